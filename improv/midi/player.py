"""Playing: note-on now, note-off at its deadline; tracks what sounds so every note-on gets
exactly one note-off, whatever happens; panic."""
from __future__ import annotations

import threading
import time
from typing import Callable, Iterable

import mido

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
        self._lock = threading.RLock()

    def _send(self, msg: mido.Message) -> None:
        self.port.send(msg)

    def play(self, pitches: Iterable[int], velocity: int, now: float, off_at: float) -> None:
        with self._lock:
            for pitch in pitches:
                if pitch in self.sounding:  # the same key again: end the old note first
                    self._off(pitch, now)
                self._send(mido.Message("note_on", channel=self.channel, note=pitch, velocity=velocity))
                self.notes_on += 1
                self.sounding[pitch] = (off_at, now, velocity)

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

    def next_off(self) -> float | None:
        with self._lock:
            return min((off for off, _, _ in self.sounding.values()), default=None)

    def release_all(self, now: float) -> int:
        with self._lock:
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


def panic_all_channels(port, batch: int = 64, pause: float = 0.002) -> None:
    """From outside, not knowing what sounds: note-offs for every key and channel, sustain off,
    then mido's reset() (all notes off, reset controllers) and panic() (all sound off).
    Paced in batches: 2,000 messages at once overflow rtmidi's JACK ring buffer (~70 ms in all)."""
    sent = 0
    for channel in range(16):
        for note in range(128):
            port.send(mido.Message("note_off", channel=channel, note=note, velocity=0))
            sent += 1
            if sent % batch == 0:
                time.sleep(pause)
        port.send(mido.Message("control_change", channel=channel, control=SUSTAIN, value=0))
    time.sleep(pause)
    port.reset()
    time.sleep(pause)
    port.panic()
    time.sleep(pause)
