"""events-v1: every note exact, as pitch x duration on the step grid, with holds and time shifts
(the scheme: improv/tokens/event_codec.py; why: docs/tokens.md). A step of the jam is generated
whole: the notes of one onset, low to high with their holds, until a shift ends it. The window
runs once per step (`engine.predict_state`) and each further token costs one LSTM step
(`engine.advance`), so a chord costs little more than a single note. The grammar
(`event_allowed_next`), the key lock and the register split are masks over the vocabulary's
arrays; the repetition guard looks at whole steps."""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

import numpy as np

from ..music import keys
from ..music.notes import Piece, Token
from .event_codec import NAME as EVENTS_NAME
from .event_codec import (NOTE, SHIFT, EncodeStats, EventVocabulary, allowed_next, default_vocabulary, from_onset_tokens,
                          to_onset_tokens)
from .event_codec import decode as decode_events
from .event_codec import duration as event_duration
from .event_codec import encode as encode_piece
from .event_codec import steps as event_steps
from .event_codec import transpose as transpose_ids
from .base import Engine, Memory, Sampler, Tokenizer

if TYPE_CHECKING:
    from ..settings import TokenSettings

MAX_TOKENS = 12  # a step longer than this is ended with a shift (real music: p99 6-10 tokens a step)


class EventsV1(Tokenizer):
    vocab_class = EventVocabulary
    name = EVENTS_NAME
    mapped_of = "notes"
    ngram_order = 8  # a chord is ~4 event tokens

    def __init__(self, vocab: EventVocabulary | None = None):
        v = self.vocab = vocab or default_vocabulary()
        self.is_note = v.kind == NOTE
        self.shifts = (v.kind == SHIFT).astype(np.float64)

    # ---------------------------------------------------------------- pieces
    def stream(self, piece: Piece, settings: "TokenSettings") -> tuple[np.ndarray, EncodeStats]:
        return encode_piece(piece, settings.steps_per_beat, self.vocab)

    def transpose_stream(self, stream, semitones: int):
        moved = transpose_ids(stream[0], semitones, self.vocab)
        return None if moved is None else (moved, EncodeStats(notes=stream[1].notes, tokens=len(moved)))

    def keeps(self, stream) -> bool:
        return len(stream[0]) >= 2

    def stream_notes(self, stream) -> int:
        return stream[1].notes - stream[1].merged

    def fit(self, train: list, settings: "TokenSettings", summary) -> "EventsV1":
        return self  # a fixed vocabulary: nothing is counted or mapped by frequency

    def encode(self, stream) -> tuple[np.ndarray, int]:
        return stream[0], stream[1].mapped

    def summary_line(self, summary) -> str:
        return (f"vocabulary: {self.name}, {len(self)} tokens; {summary.mapped} of {summary.notes} notes "
                f"({summary.mapped_share:.2%}) moved into the piano's range or cut at 4 bars")

    # ---------------------------------------------------------------- the jam
    def context_ids(self, tokens: Sequence[Token], length: int) -> list[int]:
        ids, _ = from_onset_tokens(tokens, self.vocab)
        return ids[-length:].tolist()

    def token_ids(self, token: Token) -> list[int]:
        """One onset token as events: its notes low to high with their holds, then its shift."""
        return from_onset_tokens([token], self.vocab)[0].tolist()

    def build_mask(self, shift: int, key: tuple[int, str] | None, split: int | None) -> np.ndarray:
        """Key lock and register split over notes (holds and shifts are always allowed)."""
        actual = self.vocab.pitch.astype(np.int64) - shift
        ok = np.ones(len(self.vocab), bool)
        if key is not None:
            ok &= np.isin(actual % 12, sorted(keys.scale(*key)))
        if split is not None:
            ok &= actual >= split
        return (~self.is_note | ok).astype(np.float64)

    def generate_step(self, engine: Engine, ids: list[int], sampler: Sampler, mask: np.ndarray | None,
                      memory: Memory, heads: Sequence[int], ai_ids: Sequence[int]) -> list[int]:
        """Notes (with holds) and the shift that ends the step. The sampler's repetition guard works
        on `heads`, so a chord's own notes (which repeat whenever the chord does) are never banned,
        while a loop of whole steps is; `memory` mixes in the player's phrases and bans quoting them
        verbatim beyond max_quote tokens."""
        probs, state = engine.predict_state(ids or [self.vocab.shift(1)])
        again = self.top_notes(ids) if sampler.top_repeat_penalty > 1 else None
        group: list[int] = []
        while True:
            allowed = allowed_next(group, self.vocab).astype(np.float64)
            if len(group) >= MAX_TOKENS - 1:
                allowed *= self.shifts  # the cap: the step ends here
            if mask is not None and (allowed * mask).sum() > 0:
                allowed *= mask
            p = memory.mix(probs, ids + group)
            memory.guard(p, list(ai_ids) + group, allowed)
            if again is not None:  # the last onset's top pitch, struck again: less likely
                p = p.copy()
                p[again] /= sampler.top_repeat_penalty
            choice = sampler.sample(p, list(heads) if not group else [], allowed)
            group.append(choice)
            if self.vocab.kind[choice] == SHIFT:
                return group
            probs, state = engine.advance(state, choice)

    def top_notes(self, ids: Sequence[int]) -> np.ndarray | None:
        """The note ids (every length) of the last onset's highest pitch in `ids`: its notes rise, so
        it is the last note before the holds and shifts that follow; None without a note."""
        kind = self.vocab.kind
        for i in reversed(ids):
            if kind[i] == NOTE:
                return np.flatnonzero((kind == NOTE) & (self.vocab.pitch == self.vocab.pitch[i]))
        return None

    def to_tokens(self, ids: Sequence[int]) -> list[Token]:
        """A chord token (all its notes start together, for the longest of their lengths up to the
        next onset; each note keeps its own length, Token.lengths), then a rest where the notes end
        sooner. The jam plays each note for its length and feeds the model the same back: cut at the
        next onset instead, the model's context lost every held note (2x its top note repeated, 4+ note
        chords 53% against 34%: bench/twosample.py, docs/listening.md)."""
        return to_onset_tokens(ids, self.vocab, lengths=True)

    def steps(self, ids: Sequence[int]) -> list[list[int]]:
        """An onset's notes with their holds, and the shifts that follow them."""
        return event_steps(ids, self.vocab)

    def to_notes(self, ids: Sequence[int]) -> tuple[list[tuple[int, int, int]], int]:
        return decode_events(ids, self.vocab), event_duration(ids, self.vocab)

    # ---------------------------------------------------------------- the session memory
    def transposition(self, semitones: int) -> np.ndarray:
        return self.vocab.transposition(semitones)

    def describe(self, ids: Sequence[int]) -> str:
        return self.vocab.describe(ids)
