"""Swing: how a player divides the beat, heard from where their onsets fall in it, and the warp
that plays improv's straight grid with the same feel.

The ratio is the share of the first of a pair: at the eighth level, the first eighth's share of
the beat (0.50 straight, 0.67 a triplet feel, 0.75 a dotted eighth and a sixteenth); at the
sixteenth level, the first sixteenth's share of each half beat. Swing moves the notes between
the beats, never the beats: the warp is piecewise linear inside each beat (each half beat at the
sixteenth level) and the identity at its ends, so the tempo and the downbeats stay where they are.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Sequence

import numpy as np

STRAIGHT = 0.5
LOWEST, HIGHEST = 0.5, 0.75            # the ratios heard and played
EIGHTH, SIXTEENTH = "eighth", "sixteenth"
LEVELS = (EIGHTH, SIXTEENTH)
_RATIOS = np.round(np.arange(LOWEST, HIGHEST + 1e-9, 0.0025), 4)
CONFIDENT = 0.5    # the swing heard is played from this confidence on
BARELY = 0.03      # a ratio heard this close to straight is played straight: ±10 ms of timing reads as 0.52
_CAP = 0.08        # beats: an onset further than this from every position (syncopation, a grace note) counts as this
_ON_BEAT = 0.06    # beats: an onset this close to the beat says nothing about swing
_EMPTY = 0.03      # beats: what an unused place of a level costs (a level's places must all be played)
_USED = 0.1        # a place is used when this share of the onsets is nearest it
_MOVED = 0.02      # beats: a half of the onsets explained this much worse by the swing than by its own best: the beat moved


@dataclass(frozen=True)
class Swing:
    ratio: float = STRAIGHT
    level: str = EIGHTH
    confidence: float = 0.0   # 0..1: how many offbeat onsets it rests on, and how well they fit
    offbeats: int = 0         # onsets between the beats that it was measured from

    def describe(self) -> str:
        return "straight" if abs(self.ratio - STRAIGHT) < 0.005 else f"{self.ratio:.2f} ({self.level}s)"


def played(setting: str | float, level_setting: str, heard: Swing) -> Swing:
    """The swing improv plays for time.swing `setting` (auto | straight | a ratio) and time.swing_level
    (auto | eighth | sixteenth), having heard `heard`: in auto, the swing heard once it is heard with
    confidence, timing noise near straight played straight."""
    if setting == "straight":
        return Swing(STRAIGHT, EIGHTH, 1.0)
    if setting == "auto":
        sure = heard if heard.confidence >= CONFIDENT else Swing()
        level = sure.level if level_setting == "auto" else level_setting
        ratio = sure.ratio if sure.ratio >= STRAIGHT + BARELY else STRAIGHT
        return Swing(ratio, level, heard.confidence, heard.offbeats)
    return Swing(float(setting), EIGHTH if level_setting == "auto" else level_setting, 1.0)


def positions(ratio: float, level: str) -> np.ndarray:
    """Where a player with this swing puts the onsets of one beat, in beats (0 is the beat)."""
    if level == SIXTEENTH:
        return np.array([0.0, ratio / 2, 0.5, 0.5 + ratio / 2])
    return np.array([0.0, ratio])


def _positions(ratios: np.ndarray, level: str) -> np.ndarray:
    """positions() for many ratios at once: (ratios, places)."""
    r = ratios[:, None]
    if level == SIXTEENTH:
        return np.hstack([np.zeros_like(r), r / 2, np.full_like(r, 0.5), 0.5 + r / 2])
    return np.hstack([np.zeros_like(r), r])


def _costs(phases: np.ndarray, ratios: np.ndarray, level: str, occupancy: bool = False) -> np.ndarray:
    """The mean distance (capped) of phases (..., onsets) to the nearest place of each ratio: (..., ratios).
    With `occupancy`, a level's places must all be used (by _USED of the onsets each): each empty one
    costs _EMPTY, so that the sixteenth's four places do not explain a swung eighth a quarter beat off."""
    places = _positions(ratios, level)
    x = phases[..., None, :]                                   # (..., 1, onsets)
    nearest = least = None
    for k in range(places.shape[1]):  # place by place: a min over a last axis of 2 or 4 is slow
        d = np.abs(x - places[:, k, None])
        d = np.minimum(d, 1.0 - d)  # around the beat: 0.97 is 0.03 before the next one
        if least is None:
            least, nearest = d, np.zeros(d.shape, dtype=np.int8)
        else:
            closer = d < least
            least = np.where(closer, d, least)
            nearest[closer] = k
    cost = np.minimum(least, _CAP).mean(axis=-1)               # (..., ratios)
    if occupancy:
        used = np.stack([(nearest == k).mean(axis=-1) for k in range(places.shape[1])], axis=-1) >= _USED
        cost = cost + _EMPTY * (~used).sum(axis=-1)
    return cost


def estimate(phases: Sequence[float], min_offbeats: int = 6, level: str | None = None) -> Swing:
    """The swing of onsets at these places in the beat (0..1, 0 on the beat): the ratio whose places
    they fit best (each onset counted at most _CAP beats off, so syncopations and grace notes do not
    pull it) at `level` (None: the level whose places they use, sixteenths only when they fill a
    beat's four), and a confidence that needs `min_offbeats` onsets between the beats."""
    ph = np.asarray(phases, dtype=np.float64) % 1.0
    off = ph[np.minimum(ph, 1.0 - ph) > _ON_BEAT]
    if len(off) == 0:
        return Swing()
    if level is None:
        level = min(LEVELS, key=lambda lv: float(_costs(ph, _RATIOS, lv, occupancy=True).min()))
    costs = _costs(off, _RATIOS, level)
    best = int(np.argmin(costs))
    fit = max(0.0, 1.0 - float(costs[best]) / (_CAP / 2))  # 1: every offbeat on its place; 0: half the cap off
    confidence = min(1.0, _measuring(off, float(_RATIOS[best]), level) / min_offbeats) * fit
    return Swing(float(_RATIOS[best]), level, round(confidence, 3), len(off))


def _measuring(offbeats: np.ndarray, ratio: float, level: str) -> int:
    """How many of these offbeat onsets measure the ratio: those nearest a place that moves with it
    (the eighth level's offbeat; the sixteenth level's first and third sixteenths, not the half
    beat, which is where it is at any ratio: a player of straight eighths and two stray onsets
    is not a swing of sixteenths)."""
    places = positions(ratio, level)
    d = np.abs(offbeats[:, None] - places[None, :])
    nearest = np.minimum(d, 1.0 - d).argmin(axis=1)  # around the beat, as _costs
    return int((nearest % 2 == 1).sum())


def fit(times: Sequence[float], period: float, min_offbeats: int = 6) -> Swing:
    """The swing of onsets at these times (seconds) for a beat of `period` seconds whose phase is
    not known: the phase, level and ratio that explain them best (each level using all its places),
    then the swing at that phase. A ratio of 0.5 or more makes the phase unique: the onset after
    which the longer gap follows is the beat. A swing is heard only where each half of the onsets'
    time plays its beat and is explained by it nearly as well as by that half's own best: a player
    whose beat moved inside the window (a piece begun again off the beat) leaves two straight phases
    in it, which together fit a swing (the soak's straight chorale, restarted 0.6 beats later, fitted
    a 0.75 swing of sixteenths), and quarter notes after one early eighth fit a swing whose beat is
    that eighth."""
    t = np.asarray(times, dtype=np.float64)
    if len(t) < 2:
        return Swing()
    _, phase, level = _explain(t, period)
    heard = estimate((t / period) % 1.0 - phase, min_offbeats, level)
    if heard.confidence >= CONFIDENT and heard.ratio >= STRAIGHT + BARELY:  # else not played anyway
        middle = (t[0] + t[-1]) / 2
        for half in (t[t < middle], t[t >= middle]):
            if len(half) < 3:
                continue
            at = (half / period - phase) % 1.0
            on_beat = (np.minimum(at, 1.0 - at) <= _ON_BEAT).any()
            under = float(_costs(at, np.array([heard.ratio]), level, occupancy=True)[0])
            if not on_beat or under - _explain(half, period)[0] > _MOVED:
                return replace(heard, confidence=0.0)
    return heard


_BINS = 400                                  # _explain reads each onset's place in the beat to 1/400 of it
_STARTS = np.arange(0, _BINS, _BINS // 100)  # and tries the beat at every 1/100 of it


def _tables(level: str) -> tuple[np.ndarray, np.ndarray]:
    """For _explain: for each of its ratios (_RATIOS[::4]) and each place in the beat (in _BINS), the
    capped distance to the level's nearest place and that place's index, as _costs measures them."""
    ratios = _RATIOS[::4]
    x = np.arange(_BINS) / _BINS
    places = _positions(ratios, level)                       # (ratios, places)
    d = np.abs(x[None, :, None] - places[:, None, :])        # (ratios, bins, places)
    d = np.minimum(d, 1.0 - d)
    return np.minimum(d.min(axis=2), _CAP), d.argmin(axis=2).astype(np.int8)


_TABLES = {level: _tables(level) for level in LEVELS}


def _explain(t: np.ndarray, period: float) -> tuple[float, float, str]:
    """The (cost, beat's phase 0..1, level) that explain onsets at times t best: _costs with
    occupancy at every start and level, read from tables (a fit every step must fit between a
    step's MIDI clock ticks; the places, to 1/400 of a beat, are finer than the starts tried)."""
    bins = np.round((t / period) % 1.0 * _BINS).astype(np.int64) % _BINS
    shifted = (bins[None, :] - _STARTS[:, None]) % _BINS                   # (starts, onsets)
    # onsets on the beat at each start: where several phases explain the onsets equally well (a
    # player of quarter notes fits an offbeat place as well as the beat), the beat is on them
    on_beat = (np.minimum(shifted, _BINS - shifted) <= _ON_BEAT * _BINS + 1e-9).sum(axis=1)
    costs = []
    for level in LEVELS:
        dist, nearest = _TABLES[level]
        cost = dist[:, shifted].mean(axis=-1)                                # (ratios, starts)
        near = nearest[:, shifted]
        for k in range(len(positions(STRAIGHT, level))):  # a level's places must all be used
            cost += _EMPTY * ((near == k).mean(axis=-1) < _USED)
        costs.append(cost.min(axis=0))
    cost = np.stack(costs)                                                   # (levels, starts)
    # among the least costly (level, start): the most onsets on the beat, then the first level and start
    rank = np.where(cost <= cost.min() + 1e-9, on_beat[None, :], -1)
    level, start = np.unravel_index(int(np.argmax(rank)), rank.shape)
    return float(cost[level, start]), float(_STARTS[start] / _BINS), LEVELS[level]


def warp(beat_position: float, ratio: float, level: str = EIGHTH) -> float:
    """Where a straight position in the beat (0..1) is played with this swing, in beats from the
    same beat; the beat itself (0) and its end (1) do not move."""
    whole, frac = divmod(beat_position, 1.0)
    if level == SIXTEENTH:
        half, within = divmod(frac, 0.5)
        return whole + half * 0.5 + _split(within / 0.5, ratio) * 0.5
    return whole + _split(frac, ratio)


def unwarp(played_position: float, ratio: float, level: str = EIGHTH) -> float:
    """The straight position (in beats) that warp() plays at `played_position`: how a swung player's
    onset reads on the straight grid the model thinks in (a swung offbeat is an eighth, not a dotted
    eighth's sixteenth)."""
    whole, frac = divmod(played_position, 1.0)
    if level == SIXTEENTH:
        half, within = divmod(frac, 0.5)
        return whole + half * 0.5 + _unsplit(within / 0.5, ratio) * 0.5
    return whole + _unsplit(frac, ratio)


def _unsplit(y: float, ratio: float) -> float:
    return y * 0.5 / ratio if y <= ratio else 0.5 + (y - ratio) * 0.5 / (1.0 - ratio)


def _split(x: float, ratio: float) -> float:
    """0..1 into 0..1, the first half stretched to `ratio`, the second squeezed after it."""
    return x * ratio / 0.5 if x <= 0.5 else ratio + (x - 0.5) * (1.0 - ratio) / 0.5
