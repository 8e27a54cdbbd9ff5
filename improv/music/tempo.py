"""Following the player's time: beat period and phase from human onsets (TempoTracker), the step
grid steered smoothly toward them (GridFollower), and the same estimator run over a file (suggest)."""
from __future__ import annotations

import math
from collections import deque
from dataclasses import dataclass

import numpy as np

SIXTEENTH = 0.25          # positions are kept in beats, quantised to sixteenths
LEVEL_WEIGHT = {0.0: 1.0, 0.5: 0.4, 0.25: 0.15, 0.75: 0.15}  # on-beat onsets weigh most in the fit


class TempoTracker:
    """Beat period and phase of a human player, fed onset times (monotonic seconds) as they arrive.

    Acquiring: the intervals of a window of recent onsets folded into a beat period by a comb
    (comb()), the onsets placed on a sixteenth grid and fitted by weighted least squares: time =
    anchor + period * position. Locked: each onset is placed on the current grid and the fit
    (forgetting in beats) refreshed, so a ramp is followed; onsets off the grid do not move it, and
    enough in a row drop the lock. Cost per onset is bounded by the window size."""

    def __init__(self, bpm: float = 120.0, lo: float = 40.0, hi: float = 220.0, confident_after: int = 8,
                 chord_window: float = 0.05, window: int = 16, memory_beats: float = 6.0, tolerance: float = 0.06,
                 spread_octaves: float = 0.5, plain_share: float = 0.75, max_error: float = 0.03):
        if not 0 < lo < hi:
            raise ValueError(f"tempo follow range must be 0 < lo < hi, got {lo}..{hi}")
        self.configured = min(max(bpm, lo), hi)
        self.lo, self.hi, self.confident_after, self.chord_window = lo, hi, confident_after, chord_window
        self.tolerance = tolerance          # beats: an onset further from the grid than this disagrees
        self.max_error = max_error          # seconds: the same, at slow tempi
        self.plain_share = plain_share      # of the agreeing onsets, on beats or half beats, to lock
        self.spread = spread_octaves        # width of the preference around the current tempo
        self.forget = 0.5 ** (1.0 / memory_beats)  # weight per beat of age: halves every memory_beats
        self.times: deque[float] = deque(maxlen=window)       # the window: onset times, and weights
        self.weights: deque[float] = deque(maxlen=window)     # in the fit (0: out of it)
        self.positions: deque[float] = deque(maxlen=window)   # beats, meaningful while locked
        self.period = 60.0 / self.configured
        self.anchor: float | None = None    # time of beat position 0 of the fit
        self.locked = self.ever_locked = False
        self.agree = 0.0                    # agreeing onsets (a leaky count while locked)
        self.onsets = 0                     # onsets counted (chords once, ornaments not)
        self.last_note = -math.inf          # the last note-on of any kind (chord grouping)
        self.last_onset = -math.inf         # the last onset that counted
        self._candidates = 60.0 / np.geomspace(hi, lo, 220)  # beat periods, ascending (about 0.8% apart)
        self._log_candidates = np.log2(self._candidates)
        self._log_multiples, self._multiple_weight = np.log2(np.arange(1, 5)), np.array([1.0, 0.45, 0.25, 0.15])
        width = 0.035 / math.log(2) / (self._log_candidates[1] - self._log_candidates[0])  # in candidates
        self._kernel = np.exp(-0.5 * (np.arange(-3 * int(width), 3 * int(width) + 1) / width) ** 2)
        self._pairs = [np.triu_indices(n, 1) for n in range(window + 1)]

    # ------------------------------------------------------------ what the step loop reads

    @property
    def confident(self) -> bool:
        return self.locked

    @property
    def confidence(self) -> float:
        return float(min(1.0, self.agree / self.confident_after))

    @property
    def bpm(self) -> float:
        """The player's tempo once it has been heard with confidence (and held through silence);
        the configured tempo before."""
        return 60.0 / self.period if self.ever_locked else self.configured

    @property
    def ear_period(self) -> float:
        """Where improv listens for a beat: the configured tempo (which chooses the metrical level)
        and, once a tempo was heard, halfway to it in log tempo. Listening again from the last
        tempo alone would let one heard level drift the ear: a player heard at 100 who goes on at
        144 is 1.44x away and would be heard at its half, 72, though configured at 120."""
        configured = 60.0 / self.configured
        return math.sqrt(configured * self.period) if self.ever_locked else configured

    @property
    def beat_seconds(self) -> float:
        return self.period if self.ever_locked else 60.0 / self.configured

    def beat_time(self, now: float) -> float | None:
        """The player's last beat at or before `now` (None until a grid has been heard)."""
        if self.anchor is None:
            return None
        return self.anchor + math.floor((now - self.anchor) / self.period) * self.period

    def next_beat(self, now: float) -> float | None:
        """The player's first beat after `now`."""
        last = self.beat_time(now)
        return None if last is None else last + self.period

    def phase(self, t: float) -> float:
        """Where `t` falls in the player's beat, 0..1 (0 on the beat)."""
        return 0.0 if self.anchor is None else ((t - self.anchor) / self.period) % 1.0

    # ------------------------------------------------------------ what the listener feeds

    def onset(self, t: float) -> bool:
        """A note-on at monotonic time t. Returns True when it counted as a new onset."""
        if t - self.last_note < 0:
            return False  # out of order: a late message from before the last onset
        since_note, self.last_note = t - self.last_note, t
        if t - self.last_onset <= self.chord_window:
            if self.weights:  # a fuller chord is a stronger accent, up to a point
                self.weights[-1] = min(self.weights[-1] + 0.25, 2.0)
            return False
        # An ornament (trill, burst, roll) is not a beat: notes that close together are ignored.
        if since_note < max(0.06, min(self.period / 5, 0.1)):
            return False
        gap, self.last_onset = t - self.last_onset, t
        self.onsets += 1
        if gap > max(4 * self.period, 2.5):  # after a pause the player may come back anywhere
            for kept in (self.times, self.weights, self.positions):
                kept.clear()
        self.times.append(t)
        self.weights.append(1.0)
        if self.locked:
            self._track(t)
        else:
            self._acquire()
        return True

    # ------------------------------------------------------------ estimation

    def comb(self, times: np.ndarray, prior_period: float) -> float:
        """The beat period that best explains the intervals between all pairs of onsets: each votes for
        the periods it is 1-4 beats of (the first multiples most), a log-normal preference around
        prior_period breaks ties between levels, and of the best peaks the one leaving fewest beats empty wins."""
        d = (times[None, :] - times[:, None])[self._pairs[len(times)]]
        step = self._log_candidates[1] - self._log_candidates[0]
        at = ((np.log2(d)[:, None] - self._log_multiples[None, :]) - self._log_candidates[0]) / step
        votes = np.broadcast_to(self._multiple_weight, at.shape)
        inside = (at >= 0) & (at < len(self._candidates) - 1)
        at, votes = at[inside], votes[inside]
        low = at.astype(np.int64)
        frac = at - low  # split each vote between its two neighbouring candidates
        hist = np.bincount(low, votes * (1 - frac), len(self._candidates))
        hist += np.bincount(low + 1, votes * frac, len(self._candidates))
        score = np.convolve(hist, self._kernel, mode="same")
        score *= np.exp(-0.5 * ((self._log_candidates - math.log2(prior_period)) / self.spread) ** 2)
        peaks = np.flatnonzero((score[1:-1] >= score[:-2]) & (score[1:-1] > score[2:])) + 1
        if not len(peaks):
            return prior_period
        peaks = peaks[np.argsort(score[peaks])[-4:]]
        best = max(peaks, key=lambda i: score[i] * self._occupancy(times, self._candidates[i]) ** 2)
        a, b, c = score[best - 1], score[best], score[best + 1]
        shift = 0.5 * (a - c) / (a - 2 * b + c) if a - 2 * b + c < 0 else 0.0
        return float(2 ** (self._log_candidates[best] + shift * step))

    def _occupancy(self, times: np.ndarray, period: float) -> float:
        """The share of the beats of `period` over the window with an onset on them, at the best of a few
        phases (each of the last onsets taken as a beat): half the true beat leaves every other beat empty."""
        cycles = (times - times[-1]) / period
        slots = math.floor(-cycles[0] + self.tolerance) + 1
        beats = cycles[None, :] - cycles[-4:, None]
        slot = np.round(beats)
        hit = np.abs(beats - slot) < self.tolerance
        first = hit.copy()  # count each beat once, however many onsets sit on it
        first[:, 1:] &= (slot[:, 1:] != slot[:, :-1]) | ~hit[:, :-1]
        return float(first.sum(axis=1).max()) / max(slots, 1)

    def _acquire(self) -> None:
        if len(self.times) < 3:
            self.agree = 0.0
            return
        times, weights = np.array(self.times), np.array(self.weights)
        period = self.comb(times, self.ear_period)
        # Place the onsets on a sixteenth grid by their intervals, then choose which sixteenth
        # is the beat: the one that puts the most (and the strongest) onsets on beats.
        steps = np.round(np.diff(times) / period / SIXTEENTH)
        pos = np.concatenate(([0.0], np.cumsum(steps))) * SIXTEENTH
        offsets = np.arange(4) * SIXTEENTH
        on_beat = [(weights * (((pos + o) % 1.0) == 0)).sum() for o in offsets]
        pos = pos + offsets[int(np.argmax(on_beat))]
        anchor, fitted = self._fit(times, pos, weights, period)
        resid = np.abs(times - (anchor + fitted * pos)) / fitted
        # Agreement: the run of most recent onsets that sit on the fitted grid.
        off = np.flatnonzero(resid[::-1] > self._tolerance(fitted))
        run = int(off[0]) if len(off) else len(resid)
        self.agree = float(run)
        recent = pos[len(pos) - run:]
        plain = np.mean(recent % 0.5 == 0) if run else 0.0  # beats and half beats, not only sixteenths
        if run >= self.confident_after and recent[-1] - recent[0] >= 3 and plain >= self.plain_share:
            self.anchor, self.period = anchor, fitted
            self.positions.clear()
            self.positions.extend(pos.tolist())
            self.locked = self.ever_locked = True

    def _track(self, t: float) -> None:
        pos = round((t - self.anchor) / self.period / SIXTEENTH) * SIXTEENTH
        err = abs(t - (self.anchor + self.period * pos)) / self.period
        if err > self._tolerance(self.period):
            self.weights[-1] = 0.0  # kept for the intervals, out of the fit
            self.agree -= 2.0
            if self.agree < self.confident_after / 2:
                self.locked, self.agree = False, 0.0  # lost: acquire again, the tempo holds meanwhile
                self._acquire()
                return
        else:
            self.agree = min(self.agree + 1.0, 2.0 * self.confident_after)
        self.positions.append(pos)
        times, weights = np.array(self.times), np.array(self.weights)
        self.anchor, self.period = self._fit(times, np.array(self.positions), weights, self.period)

    def _tolerance(self, period: float) -> float:
        """Beats: a share of the beat, and at slow tempi no more than a human's timing spread."""
        return min(self.tolerance, self.max_error / period)

    def _fit(self, times: np.ndarray, pos: np.ndarray, weights: np.ndarray, period: float) -> tuple[float, float]:
        """Weighted least squares of time on beat position (recent and on-beat onsets weigh most): a line,
        or over 8 beats and more a parabola whose tangent at the newest onset gives the period there (a
        ramp is followed without a line's lag). Returns (anchor, period); the period stays if the span is short."""
        level = np.array([LEVEL_WEIGHT.get(p % 1.0, 0.1) for p in pos])
        w = weights * level * self.forget ** (pos[-1] - pos)
        used = w > 0
        if not used.any():
            return self.anchor if self.anchor is not None else times[-1], period
        x, t0 = pos - pos[-1], times[-1]
        span = x[used].max() - x[used].min()
        if span < 2 or used.sum() < 3:  # too little to measure a period: keep it, fit the phase
            return float(((times - period * pos) * w).sum() / w.sum()), period
        degree = 2 if span >= 8 and used.sum() >= 6 else 1
        coef = _weighted_fit(x, times - t0, w, degree)
        fitted = coef[1]
        if degree == 2:  # the tangent only refines the line; a stray onset must not bend it far
            line = _weighted_fit(x, times - t0, w, 1)[1]
            fitted = min(max(fitted, line * 0.9), line * 1.1)
        fitted = min(max(fitted, 60.0 / self.hi), 60.0 / self.lo)
        return t0 + coef[0] - fitted * pos[-1], fitted


def _weighted_fit(x: np.ndarray, y: np.ndarray, w: np.ndarray, degree: int) -> list[float]:
    """Coefficients (constant first) of the weighted least-squares polynomial: the normal
    equations, small enough to solve directly (numpy's polyfit costs ten times more)."""
    powers = [np.ones_like(x), x, x * x][:degree + 1]
    a = np.array([[float((w * p * q).sum()) for q in powers] for p in powers])
    b = np.array([float((w * p * y).sum()) for p in powers])
    return [float(c) for c in np.linalg.solve(a, b)]


@dataclass(frozen=True)
class Steer:
    step_seconds: float   # the grid's new step length
    anchor_time: float    # when the grid's next step now happens


class GridFollower:
    """Moves the step grid toward the player's tempo and beat, a little each step. Pure: the
    step loop passes the time. Call once per step, after step k has been played:

        r = follower.steer(k + 1, grid.time_of(k + 1), grid.step_seconds, now)
        if r:
            grid.anchor(k + 1, r.anchor_time, r.step_seconds)

    Step k + 1 keeps its index; only its time moves (never before `now`). Grid beats are the
    steps whose index is a multiple of steps_per_beat.

    Like a phase-locked loop, the phase is corrected through the tempo alone: to catch up with
    the player the grid runs a little faster (at most `max_phase` of a beat per beat), never
    shifts its steps; and the step length moves at most `max_change` per beat, so no beat is
    more than that longer or shorter than the one before it, whatever is being corrected."""

    def __init__(self, tracker: TempoTracker, steps_per_beat: int, lo: float = 40.0, hi: float = 220.0,
                 max_change: float = 0.04, phase_gain: float = 0.7, max_phase: float = 0.15):
        self.tracker, self.steps_per_beat, self.lo, self.hi = tracker, steps_per_beat, lo, hi
        # Per-step limits that compound to the per-beat ones.
        self.step_change = (1.0 + max_change) ** (1.0 / steps_per_beat) - 1.0
        self.phase_gain, self.max_phase = phase_gain, max_phase

    def steer(self, step: int, step_time: float, step_seconds: float, now: float) -> Steer | None:
        tr = self.tracker
        if not tr.confident or tr.anchor is None:
            return None
        beat = min(max(tr.period, 60.0 / self.hi), 60.0 / self.lo)
        # Where the next step falls in the player's beat, against where it should (its index).
        want = (step % self.steps_per_beat) / self.steps_per_beat
        err = (tr.phase(step_time) - want + 0.5) % 1.0 - 0.5   # beats; > 0: the player is ahead
        catch_up = max(-self.max_phase, min(self.max_phase, self.phase_gain * err))
        target = beat * (1.0 - catch_up) / self.steps_per_beat
        lo, hi = step_seconds / (1.0 + self.step_change), step_seconds * (1.0 + self.step_change)
        new = min(max(target, lo, 60.0 / self.hi / self.steps_per_beat), hi, 60.0 / self.lo / self.steps_per_beat)
        # the change starts now: step k to k + 1 already takes the new length
        return Steer(new, max(step_time + (new - step_seconds), now))
