"""The session memory as the jam uses it (the count model itself: improv/model/memory.py)."""
from __future__ import annotations

from collections import deque
from typing import Sequence

import numpy as np

from ..model.memory import MemoryFileError, SessionMemory, load, vocab_sha
from ..tokens import Tokenizer
from ..model.mixture import FollowWeight, apply_bans, mix

SHAPE = ("order", "max_tokens", "max_quote")  # memory settings that shape its tables


class PlayerMemory:
    """The session memory as the jam uses it: the player's tokens as they played them (absolute
    pitches, so that a key estimate that moves while the player repeats a riff cannot make the
    repeats look different), read in the model's key through a transposition of the vocabulary;
    the follow weight w of the mixture (1 - w)·model + w·memory, fixed or learned; and the quote
    guard. `memory` settings: order, max_tokens, follow (auto or 0..1), include_ai, max_quote, file."""

    def __init__(self, tokenizer: Tokenizer, settings: dict):
        self.tokenizer, self.settings = tokenizer, {}
        self.memory: SessionMemory | None = None
        self.weight = FollowWeight()
        self.pending: deque[tuple[list[int], int, float]] = deque(maxlen=16)  # older ones give way
        self.set_shift(0)
        self.configure(settings)

    def configure(self, settings: dict) -> None:
        old, self.settings = self.settings, dict(settings)
        self.weight.set(None if settings["follow"] == "auto" else float(settings["follow"]))
        self.include_ai = bool(settings["include_ai"])
        shape = {k: settings[k] for k in SHAPE}
        if self.memory is None or any(old.get(k) != settings[k] for k in SHAPE):
            kept = self.memory.state()["tokens"] if self.memory is not None else []
            self.memory = SessionMemory(len(self.tokenizer), **shape)
            for t in kept[-self.memory.max_tokens:]:
                self.memory.observe(t)

    def set_shift(self, shift: int) -> None:
        """The model's key is the played one moved by `shift` semitones: how ids cross between them."""
        self.shift = shift
        n = len(self.tokenizer)
        self._to_played = self.tokenizer.transposition(-shift) if shift else np.arange(n)
        self._to_model = self.tokenizer.transposition(shift) if shift else np.arange(n)
        self._pm, self._pm_model, self._mixed = np.empty(n), np.empty(n), np.empty(n)

    def remap(self, tokenizer: Tokenizer) -> None:
        """A new model: what the player played is kept, in the new tokenizer's ids where it can say
        them (Tokenizer.carry), else the memory starts afresh."""
        old, kept = self.tokenizer, self.memory.state()["tokens"]
        self.tokenizer, self.memory = tokenizer, None
        self.pending.clear()
        self.set_shift(self.shift)
        self.configure(self.settings)
        for i in tokenizer.carry(old, kept):
            self.memory.observe(i)

    def _played(self, model_ids: Sequence[int]) -> list[int]:
        """Model ids as played ids; the context starts after the last one that has no played id."""
        if not self.shift:
            return list(model_ids)
        played = self._to_played[np.asarray(model_ids, dtype=np.int64)]
        gaps = np.flatnonzero(played < 0)
        return played[gaps[-1] + 1 if len(gaps) else 0:].tolist()

    def heard(self, played_context: list[int], played: int, model_context: list[int], model: int) -> None:
        """A token of the player's, after a context, as played and in the model's key: what the
        memory gave it first (for the follow weight), then remember it as played."""
        p_memory = float(self.memory.probs(played_context, out=self._pm)[played])  # uniform while empty
        self.pending.append((model_context, model, p_memory))
        self.memory.observe(played)

    def observe_ai(self, played: int) -> None:
        self.memory.observe(played)

    def learn(self, engine, limit: int) -> None:
        for _ in range(min(limit, len(self.pending))):
            context_ids, actual, p_memory = self.pending.popleft()
            p_model = float(engine.predict(context_ids or [0])[actual])
            self.weight.observe(p_model, p_memory)

    def mix(self, p_model: np.ndarray, context_ids: list[int]) -> np.ndarray:
        """The mixture for the model's context ids, in the model's ids."""
        w = self.weight.w
        if w <= 0 or not len(self.memory):
            np.copyto(self._mixed, p_model)  # the guard then edits our copy, not the engine's buffer
            return self._mixed
        p_memory = self.memory.probs(self._played(context_ids), out=self._pm)
        if self.shift:  # the model's id j is the played id _to_played[j]; none there: probability 0
            np.take(p_memory, np.maximum(self._to_played, 0), out=self._pm_model)
            self._pm_model[self._to_played < 0] = 0.0
            p_memory = self._pm_model
        return mix(p_model, p_memory, w, out=self._mixed)

    def guard(self, probs: np.ndarray, ai_ids: Sequence[int], mask: np.ndarray | None) -> None:
        """No parrot: zero the tokens that would make improv quote the player beyond max_quote."""
        if len(self.memory):
            bans = self.memory.quote_bans(self._played(ai_ids))
            if self.shift:
                bans = {int(self._to_model[b]) for b in bans if self._to_model[b] >= 0}
            apply_bans(probs, bans, mask)

    def load(self, path: str) -> str:
        """Start from a memory file; returns one line for the log (the file's state, or why not)."""
        shape = {k: self.settings[k] for k in SHAPE}
        try:
            self.memory = load(path, vocab_sha(self.tokenizer), len(self.tokenizer), **shape)
        except MemoryFileError as e:
            return f"memory: {e}; starting with an empty memory"
        return f"memory: {len(self.memory)} tokens remembered from {path}"

    def status(self) -> dict:
        return {"tokens": len(self.memory), "follow": round(self.weight.w, 3), "follow_auto": self.weight.auto}
