"""Note events <-> tokens, and the vocabulary with its nearest-token mapping.

A token is one onset on the step grid: a note or a chord with its real pitches (octave
and voicing kept), or a rest, with a duration in steps. Tokens tile time: a token lasts
until the next one starts. Text form: "60:4" (C4 for 4 steps), "48.55.64:8" (a chord),
"rest:2".
"""
from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from .keys import note_name
REST = "rest"


@dataclass(frozen=True, order=True)
class Token:
    pitches: tuple[int, ...]  # ascending MIDI pitches; empty for a rest
    steps: int                # duration on the step grid, >= 1

    @property
    def is_rest(self) -> bool:
        return not self.pitches

    @property
    def text(self) -> str:
        head = REST if self.is_rest else ".".join(str(p) for p in self.pitches)
        return f"{head}:{self.steps}"

    @classmethod
    def parse(cls, text: str) -> "Token":
        head, _, steps = text.partition(":")
        n = int(steps)
        if n < 1:
            raise ValueError(f"token {text!r}: duration must be at least 1 step")
        if head == REST:
            return cls((), n)
        pitches = tuple(sorted({int(p) for p in head.split(".")}))
        if not all(0 <= p <= 127 for p in pitches):
            raise ValueError(f"token {text!r}: pitches must be in 0..127")
        return cls(pitches, n)

    def transposed(self, semitones: int) -> "Token | None":
        if self.is_rest:
            return self
        moved = tuple(p + semitones for p in self.pitches)
        return Token(moved, self.steps) if all(0 <= p <= 127 for p in moved) else None


@dataclass
class Piece:
    """Note events of one piece: onsets and durations in beats (quarter notes)."""
    name: str
    onsets: np.ndarray        # float64, beats
    durations: np.ndarray     # float64, beats
    pitches: np.ndarray       # int16, MIDI pitch
    velocities: np.ndarray    # int16, 1..127
    tempos: list[tuple[float, float]] = field(default_factory=list)           # (beat, BPM)
    time_signatures: list[tuple[float, str]] = field(default_factory=list)    # (beat, "3/4")

    def __len__(self) -> int:
        return len(self.onsets)

    def transposed(self, semitones: int) -> "Piece":
        return Piece(f"{self.name}@{semitones:+d}", self.onsets, self.durations,
                     np.clip(self.pitches + semitones, 0, 127).astype(np.int16),
                     self.velocities, self.tempos, self.time_signatures)


def tokenize(piece: Piece, steps_per_beat: int = 4, max_steps: int = 16) -> list[Token]:
    """One token per grid onset. Onsets in the same grid step form one chord.

    A token lasts until the next onset; if its notes end earlier, a rest fills the gap.
    Notes still held when the next onset comes are cut there (the stream is one voice of
    chords). Durations and rests are capped at max_steps.
    """
    if len(piece) == 0:
        return []
    starts = np.round(piece.onsets * steps_per_beat).astype(np.int64)
    ends = np.maximum(np.round((piece.onsets + piece.durations) * steps_per_beat).astype(np.int64),
                      starts + 1)
    order = np.argsort(starts, kind="stable")
    starts, ends, pitches = starts[order], ends[order], piece.pitches[order]
    group_starts, first = np.unique(starts, return_index=True)
    bounds = list(first) + [len(starts)]
    tokens: list[Token] = []
    for i, q in enumerate(group_starts):
        lo, hi = bounds[i], bounds[i + 1]
        chord = tuple(sorted({int(p) for p in pitches[lo:hi]}))
        end = int(ends[lo:hi].max())
        nxt = int(group_starts[i + 1]) if i + 1 < len(group_starts) else end
        if end < nxt:
            tokens.append(Token(chord, min(end - q, max_steps)))
            tokens.append(Token((), min(nxt - end, max_steps)))
        else:
            tokens.append(Token(chord, min(nxt - q, max_steps)))
    return tokens


class Vocabulary:
    """Token texts kept by frequency, with a rule that maps any other token to a kept one.

    Nearest means: same kind (rest or sounding) first, then the same top note, then the
    nearest duration, then the closest bass and chord size; ties go to the commoner token.
    """

    def __init__(self, texts: Sequence[str], counts: Sequence[int] | None = None):
        if not texts:
            raise ValueError("a vocabulary needs at least one token")
        self.texts = list(texts)
        self.counts = list(counts) if counts is not None else [0] * len(self.texts)
        self.index = {t: i for i, t in enumerate(self.texts)}
        if len(self.index) != len(self.texts):
            raise ValueError("the vocabulary has duplicate tokens")
        toks = [Token.parse(t) for t in self.texts]
        self.tokens = toks
        self._rest = np.array([t.is_rest for t in toks])
        self._top = np.array([t.pitches[-1] if t.pitches else 0 for t in toks], dtype=np.float64)
        self._bass = np.array([t.pitches[0] if t.pitches else 0 for t in toks], dtype=np.float64)
        self._size = np.array([len(t.pitches) for t in toks], dtype=np.float64)
        self._logdur = np.log2(np.array([t.steps for t in toks], dtype=np.float64))
        self._tiebreak = -np.log1p(np.array(self.counts, dtype=np.float64)) * 1e-6
        self._memo: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self.texts)

    def nearest(self, token: Token) -> int:
        """The id of `token` if kept, else of the nearest kept token."""
        text = token.text
        hit = self.index.get(text)
        if hit is not None:
            return hit
        memo = self._memo.get(text)
        if memo is not None:
            return memo
        dur = 2.0 * np.abs(self._logdur - math.log2(token.steps))
        if token.is_rest:
            dist = np.where(self._rest, dur, np.inf)
        else:
            dist = np.where(self._rest, np.inf,
                            4.0 * np.abs(self._top - token.pitches[-1]) + dur
                            + 1.0 * np.abs(self._bass - token.pitches[0])
                            + 1.5 * np.abs(self._size - len(token.pitches)))
        if not np.isfinite(dist).any():  # no token of this kind kept at all
            dist = np.where(self._rest, 1e6, 0.0) + dur
        found = int(np.argmin(dist + self._tiebreak))
        if len(self._memo) < 100_000:
            self._memo[text] = found
        return found

    def encode(self, tokens: Iterable[Token]) -> tuple[np.ndarray, int]:
        """Token ids, and how many tokens had to be mapped to a neighbour."""
        ids, mapped = [], 0
        for t in tokens:
            i = self.index.get(t.text)
            if i is None:
                i, mapped = self.nearest(t), mapped + 1
            ids.append(i)
        return np.asarray(ids, dtype=np.int32), mapped

    def decode(self, ids: Iterable[int]) -> list[Token]:
        return [self.tokens[int(i)] for i in ids]

    def describe(self, ids: Sequence[int]) -> str:
        """'D4:2  C4.E4.G4:8  rest:4' (lengths in steps)."""
        return "  ".join(f"{'.'.join(note_name(p) for p in t.pitches) or 'rest'}:{t.steps}" for t in self.decode(ids))

    def transposition(self, semitones: int) -> np.ndarray:
        """Each id moved by `semitones`: the id of the same chord that many semitones away, -1 where
        that token is not kept."""
        moved = [t.transposed(semitones) for t in self.tokens]
        return np.array([self.index.get(m.text, -1) if m is not None else -1 for m in moved], dtype=np.int64)

    @classmethod
    def build(cls, counts: Counter, min_count: int) -> "Vocabulary":
        """Keep tokens seen at least min_count times (the commonest token of each kind always)."""
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        kept = [(t, c) for t, c in ranked if c >= min_count]
        for want_rest in (True, False):  # the mapping needs at least one rest and one sound
            if not any(Token.parse(t).is_rest == want_rest for t, _ in kept):
                first = next(((t, c) for t, c in ranked if Token.parse(t).is_rest == want_rest), None)
                if first:
                    kept.append(first)
        if not kept:
            raise ValueError("no tokens to build a vocabulary from")
        return cls([t for t, _ in kept], [c for _, c in kept])

    def to_json(self) -> dict:
        return {"tokens": self.texts, "counts": self.counts}

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_json(), indent=0) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> "Vocabulary":
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("tokens"), list) \
                or not all(isinstance(t, str) for t in data["tokens"]):
            raise ValueError(f"{path}: not a vocabulary file (expected {{'tokens': [text, ...]}})")
        counts = data.get("counts")
        if counts is not None and (not isinstance(counts, list) or len(counts) != len(data["tokens"])):
            counts = None
        return cls(data["tokens"], counts)
