"""Time: the step grid in monotonic seconds, following improv's own tempo or incoming MIDI clock."""
from __future__ import annotations

from collections import deque

import mido

from .constants import CLOCK, CONTINUE, PPQN, SONG_POSITION, START, STOP


def beat_seconds(bpm: float) -> float:
    return mido.bpm2tempo(bpm) / 1e6


class Grid:
    """Step k happens at anchor_time + (k - anchor_step) * step_seconds. A tempo change
    re-anchors at a step, so steps already scheduled never move. Step k is the step `bar_step(k)`
    of its bar: k itself, unless a MIDI clock counts the bars from elsewhere (`bar_offset`)."""

    BEATS_PER_BAR = 4

    def __init__(self, bpm: float, steps_per_beat: int, start: float):
        self.steps_per_beat = steps_per_beat
        self.bpm = bpm
        self.step_seconds = beat_seconds(bpm) / steps_per_beat
        self.anchor_time, self.anchor_step = start, 0
        self.bar_offset = 0  # steps: where the bars begin, as the clock followed says

    def bar_step(self, step: int) -> int:
        """Where step `step` falls in its bar: 0 on the downbeat, a multiple of steps_per_beat on a beat."""
        return (step + self.bar_offset) % (self.BEATS_PER_BAR * self.steps_per_beat)

    def time_of(self, step: int) -> float:
        return self.anchor_time + (step - self.anchor_step) * self.step_seconds

    def step_at(self, t: float) -> float:
        """The (fractional) step at time t: time_of's inverse."""
        return self.anchor_step + (t - self.anchor_time) / self.step_seconds

    def set_tempo(self, bpm: float, at_step: int) -> None:
        self.anchor_time, self.anchor_step = self.time_of(at_step), at_step
        self.bpm = bpm
        self.step_seconds = beat_seconds(bpm) / self.steps_per_beat

    def anchor(self, step: int, at: float, step_seconds: float | None = None) -> None:
        self.anchor_time, self.anchor_step = at, step
        if step_seconds:
            self.step_seconds = step_seconds
            self.bpm = mido.tempo2bpm(step_seconds * self.steps_per_beat * 1e6)


class ClockFollower:
    """Follows incoming MIDI clock: tempo from the tick intervals, steps on tick boundaries,
    start/stop/continue, and song position pointer."""

    def __init__(self, steps_per_beat: int):
        if PPQN % steps_per_beat:
            raise ValueError(f"following MIDI clock needs steps_per_beat dividing {PPQN} (1, 2, 3, 4, 6, 8, 12)")
        self.ticks_per_step = PPQN // steps_per_beat
        self.ticks = 0
        self.running = True  # a DAW that sends clock without start still drives the grid
        self.intervals: deque[float] = deque(maxlen=PPQN)
        self.run: deque[float] = deque(maxlen=2 * PPQN + 1)  # the latest ticks that followed each other
        self.last_tick: float | None = None
        self.boundaries: deque[tuple[int, float]] = deque(maxlen=64)  # (step, time) on step ticks
        self.last_step = 0  # the sender's step of the latest boundary taken

    def feed(self, t: float, status: int, value: int = 0) -> None:
        if status == CLOCK:
            if self.last_tick is not None and 0 < t - self.last_tick < 0.5:
                self.intervals.append(t - self.last_tick)
            else:
                self.run.clear()  # a gap: the spans start again
            self.run.append(t)
            self.last_tick = t
            if self.running:
                if self.ticks % self.ticks_per_step == 0:
                    self.boundaries.append((self.ticks // self.ticks_per_step, t))
                self.ticks += 1
        elif status == START:
            self.ticks, self.running = 0, True
        elif status == CONTINUE:
            self.running = True
        elif status == STOP:
            self.running = False
        elif status == SONG_POSITION:
            self.ticks = value * 6  # song position counts sixteenth notes

    @property
    def step_seconds(self) -> float | None:
        """The median of the spans of a beat (24 ticks) over the last two, once there is one: a tick's
        time is heard to a JACK period (1.3 ms at 64 frames), so one tick's interval (20.8 ms at
        120 BPM) comes out 20.0 or 21.3 and their median is several percent off, a beat's span a
        tenth of that; before, the median interval. A median: robust to a late tick."""
        times = self.run
        if len(times) > PPQN:
            spans = sorted(times[i + PPQN] - times[i] for i in range(len(times) - PPQN))
            return spans[len(spans) // 2] / PPQN * self.ticks_per_step
        if len(self.intervals) < 6:
            return None
        ordered = sorted(self.intervals)
        return ordered[len(ordered) // 2] * self.ticks_per_step

    @property
    def bpm(self) -> float | None:
        s = self.step_seconds
        return None if s is None else mido.tempo2bpm(s * PPQN / self.ticks_per_step * 1e6)
