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
