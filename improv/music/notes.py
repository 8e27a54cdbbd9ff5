"""What music is to improv: a piece's notes (Piece), and the jam's onset tokens (Token) on the step grid.

A token is one onset on the step grid: a note or a chord with its real pitches (octave
and voicing kept), or a rest, with a duration in steps. Tokens tile time: a token lasts
until the next one starts. Text form: "60:4" (C4 for 4 steps), "48.55.64:8" (a chord),
"rest:2". The listener hears the player as these tokens, the jam plays them, and each
tokenizer (improv/tokens) turns them into its ids.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

REST = "rest"


@dataclass(frozen=True, order=True)
class Token:
    pitches: tuple[int, ...]  # ascending MIDI pitches; empty for a rest
    steps: int                # duration on the step grid, >= 1
    # each pitch's own length in steps where a note is held past the next onset or let go before it
    # (a tokenizer that keeps lengths, events-v1: the jam plays and hears them so); None: all `steps`.
    # Not part of the token's identity (the text form, equality, a vocabulary's lookups)
    lengths: tuple[int, ...] | None = field(default=None, compare=False)

    def note_lengths(self) -> tuple[int, ...]:
        """Each pitch's length in steps."""
        return self.lengths if self.lengths is not None else (self.steps,) * len(self.pitches)

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
        return Token(moved, self.steps, self.lengths) if all(0 <= p <= 127 for p in moved) else None


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


def tokenize(piece: Piece, steps_per_beat: int = 4, max_steps: int = 16, lengths: bool = False) -> list[Token]:
    """One token per grid onset. Onsets in the same grid step form one chord.

    A token lasts until the next onset; if its notes end earlier, a rest fills the gap.
    Notes still held when the next onset comes are cut there (the stream is one voice of
    chords), unless `lengths`: then each keeps its own length (Token.lengths) where that differs.
    Durations and rests are capped at max_steps.
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
        steps = int(min((end if end < nxt else nxt) - q, max_steps))
        own = None
        if lengths:
            last = {}
            for p, e in zip(pitches[lo:hi].tolist(), ends[lo:hi].tolist()):
                last[p] = max(last.get(p, 0), e)
            own = tuple(int(min(last[p] - q, max_steps)) for p in chord)
            own = None if all(n == steps for n in own) else own
        tokens.append(Token(chord, steps, own))
        if end < nxt:
            tokens.append(Token((), int(min(nxt - end, max_steps))))
    return tokens
