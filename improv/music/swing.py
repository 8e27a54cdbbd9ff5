"""Swing: how a player divides the beat, heard from where their onsets fall in it, and the warp
that plays improv's straight grid with the same feel.

The ratio is the share of the first of a pair: at the eighth level, the first eighth's share of
the beat (0.50 straight, 0.67 a triplet feel, 0.75 a dotted eighth and a sixteenth); at the
sixteenth level, the first sixteenth's share of each half beat. Swing moves the notes between
the beats, never the beats: the warp is piecewise linear inside each beat (each half beat at the
sixteenth level) and the identity at its ends, so the tempo and the downbeats stay where they are.
"""
from __future__ import annotations

from dataclasses import dataclass
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
    With `occupancy`, a level's places must all be used (by a tenth of the onsets each): each empty one
    costs _EMPTY, so that the sixteenth's four places do not explain a swung eighth a quarter beat off."""
    places = _positions(ratios, level)
    d = np.abs(phases[..., None, :, None] - places[:, None, :])
    d = np.minimum(d, 1.0 - d)  # around the beat: 0.97 is 0.03 before the next one
    cost = np.minimum(d.min(axis=-1), _CAP).mean(axis=-1)
    if occupancy:
        nearest = d.argmin(axis=-1)  # (..., ratios, onsets)
        used = np.stack([(nearest == k).mean(axis=-1) for k in range(places.shape[1])], axis=-1) >= 0.1
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
    confidence = min(1.0, len(off) / min_offbeats) * fit
    return Swing(float(_RATIOS[best]), level, round(confidence, 3), len(off))


def fit(times: Sequence[float], period: float, min_offbeats: int = 6) -> Swing:
    """The swing of onsets at these times (seconds) for a beat of `period` seconds whose phase is
    not known: the phase, level and ratio that explain them best (each level using all its places),
    then the swing at that phase. A ratio of 0.5 or more makes the phase unique: the onset after
    which the longer gap follows is the beat."""
    t = np.asarray(times, dtype=np.float64)
    if len(t) < 2:
        return Swing()
    ph = (t / period) % 1.0
    starts = np.arange(0.0, 1.0, 0.01)
    shifted = (ph[None, :] - starts[:, None]) % 1.0
    # onsets on the beat at each start: where several phases explain the onsets equally well (a
    # player of quarter notes fits an offbeat place as well as the beat), the beat is on them
    on_beat = (np.minimum(shifted, 1.0 - shifted) <= _ON_BEAT).sum(axis=1)
    options = [(float(c.min(axis=1)[i]), -int(on_beat[i]), level, float(starts[i]))
               for level in LEVELS for c in [_costs(shifted, _RATIOS[::4], level, occupancy=True)]
               for i in range(len(starts))]
    least = min(o[0] for o in options)
    best = min((o for o in options if o[0] <= least + 1e-9), key=lambda o: o[1:])
    return estimate(ph - best[3], min_offbeats, best[2])


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
