"""One step of the jam in event tokens (events-v1, improv/events.py).

The jam keeps its context as onset tokens in absolute pitches; for an events-v1 model they become
event ids (every note exact). A step of music is generated token by token: the notes of one onset,
low to high with their holds, until a shift ends the step. The window runs once per step
(`engine.predict_state`) and each further token costs one LSTM step (`engine.advance`), so a chord
costs little more than a single note. The grammar (`events.allowed_next`), the key lock and the
register split are masks over the vocabulary's arrays; the repetition guard looks at whole steps.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

import numpy as np

from . import events, keys
from .tokens import Token

if TYPE_CHECKING:
    from .sampling import Sampler

MAX_TOKENS = 12  # a step longer than this is ended with a shift (real music: p99 6-10 tokens a step)


class _NoMemory:
    """For offline generation: no player to follow."""

    def mix(self, probs: np.ndarray, ids) -> np.ndarray:
        return probs.copy()

    def guard(self, probs, ai_ids, mask) -> None:
        pass


NO_MEMORY = _NoMemory()


class EventSteps:
    """The events-v1 side of NextToken: ids of a context, masks, and one step generated."""

    def __init__(self, engine, vocab: events.EventVocabulary):
        self.engine, self.vocab = engine, vocab
        v = vocab
        self.is_note = v.kind == events.NOTE
        self.shifts = (v.kind == events.SHIFT).astype(np.float64)
        self._masks: dict = {}

    # ------------------------------------------------------------ tokens <-> ids

    def context_ids(self, tokens: Sequence[Token], length: int) -> list[int]:
        """The last `length` event ids of onset tokens (already in the model's key)."""
        ids, _ = events.from_onset_tokens(tokens, self.vocab)
        return ids[-length:].tolist()

    def token_ids(self, token: Token) -> list[int]:
        """One onset token as events: its notes low to high with their holds, then its shift."""
        return events.from_onset_tokens([token], self.vocab)[0].tolist()

    def to_tokens(self, group: Sequence[int]) -> list[Token]:
        """A generated step as the Improviser plays it: a chord token (all its notes start together,
        for the longest of their lengths up to the next onset), then a rest if the notes end sooner."""
        return events.to_onset_tokens(group, self.vocab)

    # ------------------------------------------------------------ masks

    def mask(self, shift: int, key: tuple[int, str] | None, split: int | None) -> np.ndarray | None:
        """Key lock and register split over notes (holds and shifts are always allowed)."""
        if key is None and split is None:
            return None
        cache = (shift, key, split)
        mask = self._masks.get(cache)
        if mask is None:
            actual = self.vocab.pitch.astype(np.int64) - shift
            ok = np.ones(len(self.vocab), bool)
            if key is not None:
                ok &= np.isin(actual % 12, sorted(keys.scale(*key)))
            if split is not None:
                ok &= actual >= split
            mask = (~self.is_note | ok).astype(np.float64)
            if len(self._masks) > 64:
                self._masks.clear()
            self._masks[cache] = mask
        return mask

    # ------------------------------------------------------------ one step

    def generate(self, ids: list[int], sampler: "Sampler", mask: np.ndarray | None, memory,
                 heads: Sequence[int], ai_ids: Sequence[int]) -> list[int]:
        """The ids of one step: notes (with holds) and the shift that ends it.

        `heads` are the first ids of the AI's recent steps: the sampler's repetition guard works on
        them, so a chord's own notes (which repeat whenever the chord does) are never banned, while
        a loop of whole steps is. `memory` (PlayerMemory) mixes in the player's phrases and bans
        quoting them verbatim beyond max_quote tokens."""
        engine = self.engine
        stepping = hasattr(engine, "predict_state")
        if stepping:
            probs, state = engine.predict_state(ids or [self.vocab.shift(1)])
        else:
            probs = engine.predict(ids or [self.vocab.shift(1)])
        group: list[int] = []
        while True:
            allowed = events.allowed_next(group, self.vocab).astype(np.float64)
            if len(group) >= MAX_TOKENS - 1:
                allowed *= self.shifts  # the cap: the step ends here
            if mask is not None and (allowed * mask).sum() > 0:
                allowed *= mask
            p = memory.mix(probs, ids + group)
            memory.guard(p, list(ai_ids) + group, allowed)
            history = heads if not group else ()
            choice = sampler.sample(p, list(history), allowed)
            group.append(choice)
            if self.vocab.kind[choice] == events.SHIFT:
                return group
            if stepping:
                probs, state = engine.advance(state, choice)
            else:
                probs = engine.predict(ids + group)
