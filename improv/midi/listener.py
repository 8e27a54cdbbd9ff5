"""Listening: raw MIDI messages, timestamped on arrival, into the same tokens training uses.

Messages come stamped through the Inbox (improv/midi/inbox.py); the step loop's thread feeds
the Listener, which groups near-simultaneous note-ons into chords, measures durations
(sustain pedal included), quantizes them to the step grid and fills silences with rests.
"""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Callable

from ..music.notes import Token
from .constants import ALL_NOTES_OFF, ALL_SOUND_OFF, CONTROL, NOTE_OFF, NOTE_ON, PROGRAM, SONG_POSITION, SUSTAIN


def split_realtime(message: list[int]) -> tuple[list[int], list[int]]:
    """Realtime bytes (0xF8-0xFF) may sit inside another message: take them out, keep both."""
    if all(b < 0xF8 for b in message):
        return message, []
    return [b for b in message if b < 0xF8], [b for b in message if b >= 0xF8]


@dataclass
class _Group:
    start: float                    # seconds, monotonic: the first note-on of the chord
    pitches: set[int] = field(default_factory=set)
    sounding: set[int] = field(default_factory=set)  # keys held or sustained by the pedal
    end: float | None = None        # when the last of them stopped sounding


class Listener:
    """Turns timestamped messages into tokens. Not thread-safe: one thread feeds and polls."""

    def __init__(self, step_seconds: float, max_steps: int = 16, chord_window: float = 0.03,
                 channels: set[int] | None = None, on_note=None):
        self.on_note = on_note  # (onset, offset, pitch, velocity) when a human note ends, for recording
        # time as the tokens read it: the jam's feel undoes a swung player's swing here, so that the model
        # hears straight eighths (recording, the tempo follower and the feel itself keep the real times)
        self.straighten: Callable[[float], float] = lambda t: t
        self.onsets: dict[int, tuple[float, int]] = {}
        self.step = step_seconds
        self.max_steps = max_steps
        self.window = chord_window
        self.channels = channels  # None: every channel but 10 (drums)
        self.tokens: deque[Token] = deque(maxlen=4096)
        # a chord's notes still held at the next onset: the token heard and its start, until released;
        # then (token, pitch, steps) in `lengths`, the note's real length for the model's context
        self.held_over: dict[int, tuple[Token, float]] = {}
        self.lengths: deque[tuple[Token, int, int]] = deque(maxlen=4096)
        self.velocities: deque[int] = deque(maxlen=16)
        self.group: _Group | None = None
        self.silence_from: float | None = None  # end of the last token, while nothing sounds
        self.held: set[int] = set()
        self.sustained: set[int] = set()
        self.pedal = False
        self.last_event = -1e9
        self.running_status: int | None = None
        self.notes_in = 0
        self.ignored = 0
        self.controls: deque[tuple[float, str, int, int, int]] = deque(maxlen=256)
        self.realtime: deque[tuple[float, int, int]] = deque(maxlen=4096)  # (time, status, value) for the clock
        self.onset_times: deque[float] = deque(maxlen=256)  # each new onset (a chord once), for tempo following
        self.notes_heard: deque[tuple[float, int]] = deque(maxlen=256)  # (time, velocity) of each note-on: the feel

    # ------------------------------------------------------------ input

    def feed(self, t: float, message: list[int]) -> None:
        message, realtime = split_realtime(list(message))
        for b in realtime:
            self.realtime.append((t, b, 0))
        if not message:
            return
        status = message[0]
        if status < 0x80:  # running status: data bytes that reuse the last channel status
            if self.running_status is None:
                self.ignored += 1
                return
            message = [self.running_status] + message
            status = self.running_status
        elif status < 0xF0:
            self.running_status = status
        else:  # system common / sysex: not notes; they also cancel running status
            self.running_status = None
            if status == SONG_POSITION and len(message) >= 3:
                self.realtime.append((t, status, (message[1] & 0x7F) | (message[2] & 0x7F) << 7))
            self.ignored += 1
            return
        kind, channel = status & 0xF0, status & 0x0F
        if (self.channels is None and channel == 9) or (self.channels is not None and channel not in self.channels):
            self.ignored += 1
            return
        if kind in (NOTE_ON, NOTE_OFF) and len(message) >= 3:
            for k in range(1, len(message) - 1, 2):  # several running-status pairs in one message
                pitch, velocity = message[k] & 0x7F, message[k + 1] & 0x7F
                if kind == NOTE_ON and velocity > 0:
                    self._note_on(t, pitch, velocity)
                else:
                    self._note_off(t, pitch)
        elif kind == CONTROL and len(message) >= 3:
            if message[1] == SUSTAIN:
                self._pedal(t, message[2] >= 64)
            elif message[1] in (ALL_SOUND_OFF, ALL_NOTES_OFF):  # the keyboard's own panic
                for pitch in list(self.held):
                    self._note_off(t, pitch)
                if message[1] == ALL_SOUND_OFF:
                    self._pedal(t, False)
            else:  # live control: the conductor reads these
                self.controls.append((t, "cc", channel, message[1] & 0x7F, message[2] & 0x7F))
        elif kind == PROGRAM and len(message) >= 2:
            self.controls.append((t, "program", channel, message[1] & 0x7F, 0))
        else:
            self.ignored += 1

    def _note_on(self, t: float, pitch: int, velocity: int) -> None:
        self.last_event = t
        self.notes_in += 1
        self.velocities.append(velocity)
        self.notes_heard.append((t, velocity))
        if pitch in self.onsets:  # struck again while still sounding (pedal): the old note ends here
            self._record(t, pitch)
            self._held_ended(t, pitch)
        self.onsets[pitch] = (t, velocity)
        self.held.add(pitch)
        self.sustained.discard(pitch)
        g, st = self.group, self.straighten(t)
        if g is not None and g.end is None and st - g.start <= self.window:
            g.pitches.add(pitch)
            g.sounding.add(pitch)
            return
        self._close(st)
        self.group = _Group(st, {pitch}, {pitch})
        self.onset_times.append(t)

    def _note_off(self, t: float, pitch: int) -> None:
        if pitch not in self.held:
            self.ignored += 1  # a note-off with no note-on
            return
        self.last_event = t
        self.held.discard(pitch)
        if self.pedal:
            self.sustained.add(pitch)
        else:
            self._stopped(t, pitch)

    def _pedal(self, t: float, down: bool) -> None:
        self.last_event = t
        self.pedal = down
        if not down:
            for pitch in list(self.sustained):
                self._stopped(t, pitch)
            self.sustained.clear()

    def _record(self, t: float, pitch: int) -> None:
        onset = self.onsets.pop(pitch, None)
        if onset is not None and self.on_note is not None:
            self.on_note(onset[0], t, pitch, onset[1])

    def _held_ended(self, t: float, pitch: int) -> None:
        over = self.held_over.pop(pitch, None)
        if over is not None:  # held past the next onset: its length is known now
            self.lengths.append((over[0], pitch, self._steps(self.straighten(t) - over[1])))

    def _stopped(self, t: float, pitch: int) -> None:
        self._record(t, pitch)
        self._held_ended(t, pitch)
        g = self.group
        if g is None or g.end is not None:
            return
        g.sounding.discard(pitch)
        if not g.sounding:  # the chord is over: its duration is known now
            g.end = st = self.straighten(t)
            steps = self._steps(st - g.start)
            self._emit(Token(tuple(sorted(g.pitches)), steps))
            self.silence_from = g.start + steps * self.step

    # ------------------------------------------------------------ tokens out

    def _steps(self, seconds: float) -> int:
        return max(1, min(self.max_steps, round(seconds / self.step)))

    def _emit(self, token: Token) -> None:
        self.tokens.append(token)

    def _close(self, t: float) -> None:
        """A new onset at t: finish the sounding chord, or the silence before it."""
        g = self.group
        if g is not None and g.end is None:  # still sounding: it lasts until this onset
            token = Token(tuple(sorted(g.pitches)), self._steps(t - g.start))
            self._emit(token)
            # notes still held past the new onset are heard as ending here; their length follows when
            # they are released (take_lengths), as improv's own notes keep theirs (Token.lengths)
            for pitch in g.sounding:
                self.held_over[pitch] = (token, g.start)
        elif self.silence_from is not None:
            rest = round((t - self.silence_from) / self.step)
            if rest >= 1:
                self._emit(Token((), min(rest, self.max_steps)))
        self.silence_from = None

    def flush_silence(self, now: float) -> None:
        """Turn the silence so far into a rest token (before the AI answers into it)."""
        if self.sounding or self.silence_from is None:
            return
        rest = round((now - self.silence_from) / self.step)
        if rest >= 1:
            self._emit(Token((), min(rest, self.max_steps)))
            self.silence_from = now

    def restart_silence(self, now: float) -> None:
        """The AI played: the human's next silence is measured from now."""
        if not self.sounding and self.group is not None and self.group.end is not None:
            self.silence_from = now

    def release_all(self, t: float) -> None:
        """The keyboard went away: whatever it held is over now."""
        self.pedal = False
        for pitch in list(self.held | self.sustained):
            self._stopped(t, pitch)
        self.held.clear()
        self.sustained.clear()

    def take(self) -> list[Token]:
        out = list(self.tokens)
        self.tokens.clear()
        return out

    def take_lengths(self) -> list[tuple[Token, int, int]]:
        """(token taken before, pitch, steps): a note of that token held past the next onset lasted
        `steps` (the sustain pedal included)."""
        out = list(self.lengths)
        self.lengths.clear()
        return out

    # ------------------------------------------------------------ state for the conductor

    @property
    def sounding(self) -> bool:
        return bool(self.held or self.sustained)

    def silent_for(self, now: float) -> float:
        """Seconds since the human last did anything, 0 while a key or the pedal holds a note."""
        return 0.0 if self.sounding else max(0.0, now - self.last_event)

    def recent_velocity(self, default: int = 80) -> int:
        return round(sum(self.velocities) / len(self.velocities)) if self.velocities else default

    def set_step(self, step_seconds: float) -> None:
        self.step = step_seconds
