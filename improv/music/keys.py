"""Key estimation (Krumhansl-Kessler profiles) for key normalization and key awareness."""
from __future__ import annotations

import numpy as np

# Krumhansl & Kessler (1982) probe-tone ratings, tonic first.
MAJOR = np.array([6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88])
MINOR = np.array([6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17])
NAMES = ["C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"]


def _profiles() -> np.ndarray:
    rows = [np.roll(MAJOR, k) for k in range(12)] + [np.roll(MINOR, k) for k in range(12)]
    rows = np.array(rows)
    rows = rows - rows.mean(axis=1, keepdims=True)
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


_PROFILES = _profiles()


def estimate(pitches: np.ndarray, weights: np.ndarray | None = None) -> tuple[int, str, float]:
    """(tonic pitch class, 'major' | 'minor', correlation) of a set of notes weighted by duration."""
    pcs = np.asarray(pitches, dtype=np.int64) % 12
    hist = np.bincount(pcs, weights=weights, minlength=12).astype(np.float64)
    if not hist.any():
        return 0, "major", 0.0
    hist -= hist.mean()
    norm = np.linalg.norm(hist)
    if norm == 0:
        return 0, "major", 0.0
    scores = _PROFILES @ (hist / norm)
    best = int(np.argmax(scores))
    return best % 12, ("major" if best < 12 else "minor"), float(scores[best])


def shift_to_c(tonic: int, mode: str) -> int:
    """Semitones (-6..+5) that move a key to C major or A minor."""
    target = 0 if mode == "major" else 9
    return (target - tonic + 6) % 12 - 6


def name(tonic: int, mode: str) -> str:
    return f"{NAMES[tonic % 12]} {mode}"


MAJOR_SCALE = (0, 2, 4, 5, 7, 9, 11)
NATURAL_MINOR = (0, 2, 3, 5, 7, 8, 10)
_SPELLINGS = {"c": 0, "c#": 1, "db": 1, "d": 2, "d#": 3, "eb": 3, "e": 4, "f": 5, "f#": 6, "gb": 6, "g": 7,
              "g#": 8, "ab": 8, "a": 9, "a#": 10, "bb": 10, "b": 11}


def parse_key(text: str) -> tuple[int, str] | None:
    """'D minor' -> (2, 'minor'); None if it is not a key."""
    parts = text.strip().lower().split()
    if len(parts) != 2 or parts[0] not in _SPELLINGS or parts[1] not in ("major", "minor"):
        return None
    return _SPELLINGS[parts[0]], parts[1]


def scale(tonic: int, mode: str) -> frozenset[int]:
    steps = MAJOR_SCALE if mode == "major" else NATURAL_MINOR
    return frozenset((tonic + s) % 12 for s in steps)


def note_name(pitch: int) -> str:
    """'C4' for 60."""
    return f"{NAMES[pitch % 12]}{pitch // 12 - 1}"
