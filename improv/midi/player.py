"""Playing: note-on now or at its time (a swung offbeat comes a little after its step), note-off at
its deadline; tracks what sounds so every note-on gets exactly one note-off, whatever happens, and
a note-on still waiting is never sent once the notes are released; panic."""
from __future__ import annotations

import threading
import time
from typing import Callable, Iterable

import mido
import mido.ports

from .constants import ALL_NOTES_OFF, ALL_SOUND_OFF, SUSTAIN


class Player:
    """Sends to a mido output port on one channel (0-15). Thread-safe."""

    def __init__(self, port, channel: int = 0, on_note: Callable[[float, float, int, int], None] | None = None):
        if not 0 <= channel <= 15:
            raise ValueError("channel must be in range 0..15")
        self.port = port
        self.channel = channel
        self.sounding: dict[int, tuple[float, float, int]] = {}  # pitch -> (off deadline, onset, velocity)
        self.notes_on = 0
        self.notes_off = 0
        self.on_note = on_note  # (onset, offset, pitch, velocity) when a note ends, for recording
        self.waiting: list[tuple[float, tuple[int, ...], int, float]] = []  # (on at, pitches, velocity, off at)
        self._lock = threading.RLock()

    def _send(self, msg: mido.Message) -> None:
        self.port.send(msg)

    def play(self, pitches: Iterable[int], velocity: int, now: float, off_at: float, on_at: float | None = None) -> None:
        """Note-ons now, or at `on_at` if that is later (start_due sends them); note-offs at `off_at`."""
        with self._lock:
            if on_at is not None and on_at > now:
                self.waiting.append((on_at, tuple(pitches), velocity, off_at))
                self.waiting.sort(key=lambda w: w[0])
                return
            self._on(pitches, velocity, now, off_at)

    def _on(self, pitches: Iterable[int], velocity: int, now: float, off_at: float) -> None:
        for pitch in pitches:
            if pitch in self.sounding:  # the same key again: end the old note first
                self._off(pitch, now)
            self._send(mido.Message("note_on", channel=self.channel, note=pitch, velocity=velocity))
            self.notes_on += 1
            self.sounding[pitch] = (off_at, now, velocity)

    def start_due(self, now: float) -> int:
        """Send the note-ons whose time has come; returns how many chords."""
        with self._lock:
            n = 0
            while self.waiting and self.waiting[0][0] <= now:
                _, pitches, velocity, off_at = self.waiting.pop(0)
                self._on(pitches, velocity, now, max(off_at, now))
                n += 1
            return n

    def _off(self, pitch: int, now: float) -> None:
        _, onset, velocity = self.sounding.pop(pitch)
        try:
            self._send(mido.Message("note_off", channel=self.channel, note=pitch, velocity=0))
        finally:
            self.notes_off += 1
            if self.on_note is not None:
                self.on_note(onset, now, pitch, velocity)

    def release_due(self, now: float) -> int:
        """Send the note-offs whose deadline has come; returns how many."""
        with self._lock:
            due = [p for p, (off, _, _) in self.sounding.items() if off <= now]
            for pitch in due:
                self._off(pitch, now)
            return len(due)

    def due(self, now: float) -> None:
        """What falls due by `now`: note-offs first, then the note-ons waiting (a key struck again)."""
        with self._lock:
            self.release_due(now)
            self.start_due(now)

    def next_due(self) -> float | None:
        """When the next note-on or note-off falls due."""
        with self._lock:
            off = min((off for off, _, _ in self.sounding.values()), default=None)
            on = self.waiting[0][0] if self.waiting else None
            return min((t for t in (off, on) if t is not None), default=None)

    def release_all(self, now: float) -> int:
        """Every sounding note off now; note-ons still waiting are dropped, never sent."""
        with self._lock:
            self.waiting.clear()
            pitches = list(self.sounding)
            for pitch in pitches:
                self._off(pitch, now)
            return len(pitches)

    def panic(self, now: float) -> None:
        """Note-offs for what sounds, then sustain off, all notes off, all sound off (our channel)."""
        with self._lock:
            try:
                self.release_all(now)
            finally:
                for control in (SUSTAIN, ALL_NOTES_OFF, ALL_SOUND_OFF):
                    self._send(mido.Message("control_change", channel=self.channel, control=control, value=0))


def panic_messages() -> list[mido.Message]:
    """From outside, not knowing what sounds: note-offs for every key and channel, sustain off,
    then mido's reset messages (all notes off, reset controllers) and panic messages (all sound off)."""
    msgs = []
    for channel in range(16):
        msgs += [mido.Message("note_off", channel=channel, note=note, velocity=0) for note in range(128)]
        msgs.append(mido.Message("control_change", channel=channel, control=SUSTAIN, value=0))
    return msgs + list(mido.ports.reset_messages()) + list(mido.ports.panic_messages())


def panic_all_channels(port, confirm: Callable[[list[list[int]], float], bool] | None = None, batch: int = 32,
                       batch_seconds: float = 0.01, tries: int = 5, wait: float = 1.0) -> int:
    """Send panic_messages() to `port` in batches; returns how many were confirmed delivered.

    rtmidi's JACK output moves a cycle's messages from its ring buffer into the port's buffer and
    drops what does not fit (127 short messages here, on jackd and PipeWire alike), and a cycle
    in which the server finds a client late (an xrun) can lose what that client wrote. So after
    each batch, confirm(batch, wait) (echo.Echo) waits until the batch has come back to a port of
    improv's own, and a batch not seen back within `wait` is sent again, up to `tries` times:
    note-offs and these controllers may arrive twice without harm, never not at all (the first
    batch may go out before the echo's new connection carries anything: it is sent again). Batches
    start at least `batch_seconds` apart (3,200 messages a second at most, some 0.7 s in all): a
    receiver that buffers what it hears (jack_midi_dump drops beyond some 800 unread messages, a
    hardware synth behind a bridge sooner) keeps up. Without confirm nothing is confirmed."""
    msgs = panic_messages()
    confirmed = 0
    for start in range(0, len(msgs), batch):
        began = time.monotonic()
        part = msgs[start:start + batch]
        for attempt in range(tries if confirm is not None else 1):
            for msg in part:
                port.send(msg)
            if confirm is None or confirm([m.bytes() for m in part], wait):
                break
        else:
            return confirmed  # the server passed nothing on `tries` times: more would only pile up
        if confirm is not None:
            confirmed = min(len(msgs), start + batch)
        time.sleep(max(0.0, began + batch_seconds - time.monotonic()))  # pacing, not waiting for an event
    return confirmed
