"""How improv plays its notes: when within the beat and how loud. Swing (`time.swing`): the player's,
heard from where their onsets fall in the beat (improv/music/swing.py; the grid's beat, which
follows the player's with --clock player), or set; improv's offbeat notes are displaced by it on the straight
grid, whose steps and tempo never move. Dynamics (`midi.velocity: follow`): the level and range of
the player's last phrase, its shape over the answer (`midi.dynamics: follow`) or none (`flat`),
and metric accents (`midi.accent`); a number for `midi.velocity` pins one velocity instead.
No clock and no thread: the improviser asks at each step. What takes time (fitting the swing, a
phrase's dynamics) is measured in update(), in a step's spare time; a note's velocity and time are
then arithmetic, so that nothing stands between a step's deadline and its note-on."""
from __future__ import annotations

import math
import random
from collections import deque
from typing import TYPE_CHECKING

import numpy as np

from ..music import swing as swing_mod
from ..music.swing import STRAIGHT, Swing
from ..settings import Current, JamSettings

if TYPE_CHECKING:
    from ..midi.clock import Grid
    from ..midi.listener import Listener

ONSETS_KEPT = 32         # the player's last onsets the swing is measured on,
RECENT_BEATS = 8         # within this many beats of the last (a tempo slightly off the grid's drifts less)
CHORD_S = 0.03           # note-ons this close are one onset
CALL_SECONDS = 8.0       # without a phrase (accompany, solo), the player's notes of the last seconds are the call
FLAT_BELOW = 4           # a call of fewer notes has no shape
DEFAULT_LEVEL = 80       # before the player has played anything
JITTER_MAX = 4.0         # velocity: the most of the call's own unevenness an answer takes on
OTHER_BEATS = 0.6        # the beats after the bar's first are accented this share of midi.accent
FRESH_S = 0.5            # the recent dynamics measured in spare time serve velocity() this long (or two steps)

Dynamics = tuple[float, float, "np.ndarray | None"]   # (level, spread, shape) of a call


class Feel:
    def __init__(self, current: Current, grid: "Grid", listener: "Listener", rng: random.Random):
        self.current, self.grid, self.listener, self.rng = current, grid, listener, rng
        self.onsets: deque[float] = deque(maxlen=ONSETS_KEPT)
        self.notes: deque[tuple[float, int]] = deque(maxlen=256)   # the player's (time, velocity)
        self.heard = Swing()
        self._new = False                                   # onsets heard since the swing was measured
        self.answer: tuple[int, int, float] | None = None   # (first step, steps, when decided) of an answer
        self._call: list[tuple[float, int]] = []             # the phrase it answers
        self._call_dyn: Dynamics | None = None               # its dynamics, once measured
        self._recent_dyn: tuple[float, Dynamics] | None = None  # (when, the last CALL_SECONDS' dynamics)

    @property
    def s(self) -> JamSettings:
        return self.current.settings

    # ------------------------------------------------------------ what the player plays

    def listen(self) -> None:
        """Take in the player's new note-ons (the listener logs them): the beat, the swing, the velocities."""
        while self.listener.notes_heard:
            t, velocity = self.listener.notes_heard.popleft()
            self.notes.append((t, velocity))
            if not self.onsets or t - self.onsets[-1] > CHORD_S:  # a chord's notes are one onset
                self.onsets.append(t)
                self._new = True

    def update(self, now: float | None = None) -> None:
        """In a step's spare time: the dynamics, then the swing."""
        self.measure_dynamics(now)
        self.measure_swing()

    def measure_dynamics(self, now: float | None = None) -> None:
        """The dynamics of the phrase answered and (given `now`) of the player's last seconds (a
        fraction of a ms; a flood of notes, a few)."""
        if self.answer is not None and self._call_dyn is None:
            self._call_dyn = _call_dynamics(self._call) if self._call else None
        if now is not None:
            self._recent_dyn = (now, self._recent(now))

    def measure_swing(self) -> None:
        """Measure the swing heard again, if the player played since (a few ms)."""
        if self._new:  # on the grid's beat: with --clock player the grid is the player's, else they play to improv's tempo
            self._new = False
            period = self.grid.step_seconds * self.grid.steps_per_beat
            recent = [t for t in self.onsets if t >= self.onsets[-1] - RECENT_BEATS * period]
            self.heard = swing_mod.fit(recent, period)

    # ------------------------------------------------------------ swing

    @property
    def swing(self) -> Swing:
        """The swing played: as set, or (auto) the one heard once it is heard with confidence."""
        return swing_mod.played(self.s.swing, self.s.swing_level, self.heard)

    def time_of(self, step: int) -> float:
        """When step `step` sounds: its place on the grid, its offbeat moved by the swing played."""
        spb, sw = self.grid.steps_per_beat, self.swing
        straight = (self.grid.bar_step(step) % spb) / spb
        moved = swing_mod.warp(straight, sw.ratio, sw.level) - straight  # in beats; 0 on every beat
        return self.grid.time_of(step) + moved * spb * self.grid.step_seconds

    def straight_time(self, t: float) -> float:
        """Where a player's note at time t sits on the straight grid the model thinks in: its place in
        the grid's beat read back through the swing played (time_of's warp undone), so that a swung
        offbeat reaches the model as an eighth, as improv's own offbeats leave it."""
        sw = self.swing
        if sw.ratio == STRAIGHT:
            return t
        g = self.grid
        spb = g.steps_per_beat
        beat = (g.step_at(t) + g.bar_offset) / spb
        within = beat % 1.0
        return t + (swing_mod.unwarp(within, sw.ratio, sw.level) - within) * spb * g.step_seconds

    # ------------------------------------------------------------ dynamics

    def answer_from(self, first_step: int, steps: int, now: float) -> None:
        """An answer to the phrase just played begins at `first_step` and lasts up to `steps`: its
        dynamics follow that phrase (the player's notes since the last answer began)."""
        since = self.answer[2] if self.answer is not None else -math.inf
        self.answer = (first_step, max(1, steps), now)
        self._call = [(t, v) for t, v in self.notes if t > since] or list(self.notes)[-16:]
        self._call_dyn = None  # measured in update(), before the answer's first note

    def answer_over(self) -> None:
        if self.answer is not None:
            self.answer = (self.answer[0], 0, self.answer[2])

    def velocity(self, step: int, now: float) -> int:
        """The velocity of a note played at `step`."""
        s = self.s
        if s.velocity != "follow":
            return int(s.velocity)
        answering = self.answer is not None and self.answer[1] > 0
        if answering:
            if self._call_dyn is None:  # update() has not run since the answer began
                self._call_dyn = _call_dynamics(self._call) if self._call else None
            dyn = self._call_dyn
        elif self._recent_dyn is not None and 0.0 <= now - self._recent_dyn[0] <= max(FRESH_S, 2 * self.grid.step_seconds):
            dyn = self._recent_dyn[1]
        else:
            dyn = self._recent(now)
        level, spread, shape = dyn if dyn is not None else (float(DEFAULT_LEVEL), 0.0, None)
        if shape is not None and answering and s.dynamics == "follow":
            x = min(1.0, max(0.0, (step - self.answer[0]) / self.answer[1]))
            level = float(np.polyval(shape, x))
        jitter = self.rng.gauss(0.0, min(spread, JITTER_MAX)) if spread else 0.0
        return int(min(127, max(1, round(level + self.accent(step) + jitter))))

    def _recent(self, now: float) -> Dynamics | None:
        """The dynamics of the player's notes of the last CALL_SECONDS (accompany, solo), or None."""
        call = [(t, v) for t, v in self.notes if t >= now - CALL_SECONDS]
        return _call_dynamics(call) if call else None

    def accent(self, step: int) -> float:
        """Metric accents: the bar's downbeat by midi.accent, the other beats by OTHER_BEATS of it, the
        steps between none."""
        spb, place = self.grid.steps_per_beat, self.grid.bar_step(step)
        if place == 0:
            return float(self.s.accent)
        return self.s.accent * OTHER_BEATS if place % spb == 0 else 0.0

    # ------------------------------------------------------------ reporting

    def status(self) -> dict:
        played = self.swing
        return {"swing_heard": {"ratio": round(self.heard.ratio, 3), "level": self.heard.level,
                                "confidence": self.heard.confidence, "offbeats": self.heard.offbeats},
                "swing_played": {"ratio": round(played.ratio, 3), "level": played.level}}


def _call_dynamics(call: list[tuple[float, int]]) -> Dynamics:
    """A phrase's velocities: their level (median), their unevenness around its shape, and the shape
    (a parabola over the phrase's time, 0..1, fitted to them; None for a phrase too short for one)."""
    t = np.array([c[0] for c in call], dtype=np.float64)
    v = np.array([c[1] for c in call], dtype=np.float64)
    level = float(np.median(v))
    if len(v) < FLAT_BELOW or t[-1] - t[0] <= 0:
        return level, float(np.std(v)), None
    x = (t - t[0]) / (t[-1] - t[0])
    shape = np.polyfit(x, v, 2)
    # the shape keeps the phrase's level: its median over the answer is the call's median
    shape[-1] += level - float(np.median(np.polyval(shape, np.linspace(0, 1, 33))))
    return level, float(np.std(v - np.polyval(shape, x))), shape
