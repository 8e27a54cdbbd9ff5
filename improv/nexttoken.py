"""Prediction, one step ahead: the rolling context (in absolute pitches), the key (estimated or
fixed) and the shift into the model's key, the masks (key lock, register split), the engine
and the sampler. No clock and no thread: the caller says when."""
from __future__ import annotations

import logging
import time
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Sequence

import numpy as np

from . import keys
from .tokens import Token

if TYPE_CHECKING:
    from .sampling import Sampler
    from .settings import JamSettings

log = logging.getLogger("improv")
SAMPLING_FIELDS = ("temperature", "top_k", "top_p", "no_repeat_ngram", "repetition_penalty")
KEY_AFTER = 8  # human notes before the key is estimated from them


@dataclass
class PredictionStats:
    predictions: int = 0
    latencies_ms: deque = field(default_factory=lambda: deque(maxlen=2048))

    def p(self, q: float) -> float:
        return float(np.percentile(np.fromiter(self.latencies_ms, float), q)) if self.latencies_ms else 0.0


class NextToken:
    """What the AI plays next, from the context, the model and the rules of the moment."""

    def __init__(self, engine, token_settings: dict, sampler: "Sampler", settings: "JamSettings",
                 opening: Sequence[Token] = ()):
        self.sampler = sampler
        self.stats = PredictionStats()
        self.context: deque[Token] = deque(opening, maxlen=settings.context_length)
        self.ai_ids: deque[int] = deque(maxlen=64)      # what the AI chose, for the repetition guard
        self.human_pitches: deque[int] = deque(maxlen=96)
        self.estimated: tuple[int, str] | None = None   # the key heard (or of the opening phrase)
        self.key: tuple[int, str] | None = None         # the key in force: fixed, else estimated
        self.shift = 0
        self._masks: dict = {}
        self.set_engine(engine, token_settings)
        pitches = [p for t in opening for p in t.pitches]
        if pitches:
            tonic, mode, _ = keys.estimate(np.array(pitches))
            self.estimated = (tonic, mode)
        self.apply(settings)

    # ------------------------------------------------------------ settings

    def apply(self, s: "JamSettings") -> None:
        """Recompute everything derived from the settings: context length, sampler, key and lock."""
        self.s = s
        if self.context.maxlen != s.context_length:
            self.context = deque(self.context, maxlen=s.context_length)
        for name in SAMPLING_FIELDS:
            if name in s.sampling:
                setattr(self.sampler, name, s.sampling[name])
        self._update_key()

    def set_engine(self, engine, token_settings: dict) -> None:
        """A new model: the context is kept (it is in absolute pitches, not in ids)."""
        self.engine, self.vocab = engine, engine.vocab
        self.key_normalize = bool(token_settings.get("key_normalize"))
        self.ai_ids.clear()
        self._masks.clear()
        if hasattr(self, "s"):
            self._update_key()

    def _update_key(self) -> None:
        fixed = keys.parse_key(self.s.key_fixed) if self.s.key_fixed else None
        self.key = fixed or self.estimated
        self.shift = keys.shift_to_c(*self.key) if (self.key and self.key_normalize) else 0

    @property
    def key_lock(self) -> bool:
        return self.s.key_lock

    # ------------------------------------------------------------ what was played

    def heard(self, tokens: Sequence[Token]) -> None:
        """The human's tokens join the context; the key follows what the human plays."""
        for tok in tokens:
            self.context.append(tok)
            self.human_pitches.extend(tok.pitches)
        if tokens and len(self.human_pitches) >= KEY_AFTER:
            tonic, mode, _ = keys.estimate(np.fromiter(self.human_pitches, int))
            self.estimated = (tonic, mode)
            self._update_key()

    def played(self, token: Token) -> None:
        """The AI's own token, as it was played (cut to the answer's end)."""
        if self.s.ai_in_context:
            self.context.append(token)

    # ------------------------------------------------------------ the next token

    def predict(self) -> Token:
        t0 = time.perf_counter()
        ids = [self.vocab.nearest(self._to_model(tok)) for tok in self.context] or [0]
        probs = self.engine.predict(ids)
        choice = self.sampler.sample(probs, list(self.ai_ids), self.mask())
        self.ai_ids.append(choice)
        token = self.vocab.tokens[choice]
        out = token.transposed(-self.shift) if self.shift else token
        self.stats.latencies_ms.append((time.perf_counter() - t0) * 1000)
        self.stats.predictions += 1
        return out if out is not None else Token((), token.steps)

    def _to_model(self, tok: Token) -> Token:
        moved = tok.transposed(self.shift) if self.shift else tok
        return moved if moved is not None else tok

    def split(self) -> int | None:
        split = self.s.key_split
        if split == "learn":
            return max(self.human_pitches) + 1 if self.human_pitches else None
        return split

    def mask(self) -> np.ndarray | None:
        """Which tokens the AI may play now: in the key (key lock), above the split (register)."""
        split = self.split()
        key = self.key if self.s.key_lock else None
        if key is None and split is None:
            return None
        cache = (id(self.vocab), self.shift, key, split)
        mask = self._masks.get(cache)
        if mask is None:
            in_key = keys.scale(*key) if key else None
            mask = np.ones(len(self.vocab))
            for i, tok in enumerate(self.vocab.tokens):
                actual = [p - self.shift for p in tok.pitches]
                if in_key is not None and any(p % 12 not in in_key for p in actual):
                    mask[i] = 0
                if split is not None and actual and min(actual) < split:
                    mask[i] = 0
            if len(self._masks) > 64:
                self._masks.clear()
            self._masks[cache] = mask
        return mask
