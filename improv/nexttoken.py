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
from .events import EventVocabulary
from .eventstep import EventSteps
from .memory import MemoryFileError, SessionMemory, vocab_sha
from .mixture import FollowWeight, apply_bans, mix
from .tokens import Token

if TYPE_CHECKING:
    from .sampling import Sampler
    from .settings import JamSettings

log = logging.getLogger("improv")
SAMPLING_FIELDS = ("temperature", "top_k", "top_p", "no_repeat_ngram", "repetition_penalty")
KEY_AFTER = 8  # human notes before the key is estimated from them
LEARN_PER_STEP = 1  # human tokens whose model probability is computed per step (for the weight): one extra
# forward pass at most, so learning never pushes a step past its deadline; a burst waits in `pending`


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
        self.heads: deque[int] = deque(maxlen=64)       # events-v1: the first id of each AI step
        self.queued: deque[Token] = deque()             # events-v1: the rest after a generated chord
        self.events: EventSteps | None = None
        self.human_pitches: deque[int] = deque(maxlen=96)
        self.estimated: tuple[int, str] | None = None   # the key heard (or of the opening phrase)
        self.key: tuple[int, str] | None = None         # the key in force: fixed, else estimated
        self.shift = 0
        self._masks: dict = {}
        self.memory: PlayerMemory | None = None
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
        if self.memory is None:
            self.memory = PlayerMemory(self.vocab, s.memory)
            self.memory.set_shift(self.shift)
        else:
            self.memory.configure(s.memory)

    def set_engine(self, engine, token_settings: dict) -> None:
        """A new model: the context is kept (it is in absolute pitches, not in ids)."""
        self.engine, self.vocab = engine, engine.vocab
        self.events = EventSteps(engine, self.vocab) if isinstance(self.vocab, EventVocabulary) else None
        self.key_normalize = bool(token_settings.get("key_normalize"))
        self.ai_ids.clear()
        self.heads.clear()
        self.queued.clear()
        self._masks.clear()
        if hasattr(self, "s"):
            self._update_key()
        if self.memory is not None:
            self.memory.remap(self.vocab)

    def _update_key(self) -> None:
        fixed = keys.parse_key(self.s.key_fixed) if self.s.key_fixed else None
        self.key = fixed or self.estimated
        self.shift = keys.shift_to_c(*self.key) if (self.key and self.key_normalize) else 0
        if self.memory is not None and self.memory.shift != self.shift:
            self.memory.set_shift(self.shift)

    @property
    def key_lock(self) -> bool:
        return self.s.key_lock

    # ------------------------------------------------------------ what was played

    def heard(self, tokens: Sequence[Token]) -> None:
        """The human's tokens join the context and the memory; the key follows what the human plays.
        A rest still queued from a step made before (events-v1) is dropped: the music has moved on."""
        if tokens:
            self.queued.clear()
        for tok in tokens:
            played_ctx, model_ctx = self._ids(0), self._ids()
            played, model = self._token_ids(tok, 0), self._token_ids(tok)
            if len(played) == len(model):  # else a note folded into the keyboard's range: not remembered
                for p, m in zip(played, model):
                    self.memory.heard(list(played_ctx), p, list(model_ctx), m)
                    played_ctx.append(p)
                    model_ctx.append(m)
            self.context.append(tok)
            self.human_pitches.extend(tok.pitches)
        if tokens and len(self.human_pitches) >= KEY_AFTER:
            tonic, mode, _ = keys.estimate(np.fromiter(self.human_pitches, int))
            self.estimated = (tonic, mode)
            self._update_key()

    def played(self, token: Token) -> None:
        """The AI's own token, as it was played (cut to the answer's end)."""
        if self.memory.include_ai:
            for i in self._token_ids(token, 0):
                self.memory.observe_ai(i)
        if self.s.ai_in_context:
            self.context.append(token)

    # ------------------------------------------------------------ the next token

    def predict(self) -> Token:
        if self.events is not None:
            return self._predict_step()
        t0 = time.perf_counter()
        ids = self._ids() or [0]
        probs = self.engine.predict(ids)
        mask = self.mask()
        probs = self.memory.mix(probs, ids)
        self.memory.guard(probs, self.ai_ids, mask)
        choice = self.sampler.sample(probs, list(self.ai_ids), mask)
        self.ai_ids.append(choice)
        token = self.vocab.tokens[choice]
        out = token.transposed(-self.shift) if self.shift else token
        self.stats.latencies_ms.append((time.perf_counter() - t0) * 1000)
        self.stats.predictions += 1
        return out if out is not None else Token((), token.steps)

    def _predict_step(self) -> Token:
        """events-v1: a whole step (a chord's notes, or one note, or a silence) at once; what is
        not its first token (a rest after notes shorter than the step) waits in `queued`."""
        if self.queued:
            return self.queued.popleft()
        t0 = time.perf_counter()
        group = self.events.generate(self._ids(), self.sampler, self.mask(), self.memory, self.heads, self.ai_ids)
        self.heads.append(group[0])
        self.ai_ids.extend(group)
        toks = [(t.transposed(-self.shift) if self.shift else t) or Token((), t.steps)
                for t in self.events.to_tokens(group)] or [Token((), 1)]
        self.queued.extend(toks[1:])
        self.stats.latencies_ms.append((time.perf_counter() - t0) * 1000)
        self.stats.predictions += 1
        return toks[0]

    def learn(self) -> None:
        """Spare time in a step: what the model would have predicted for the player's latest
        tokens, so the follow weight learns which source predicts the player better."""
        self.memory.learn(self.engine, LEARN_PER_STEP)

    def _ids(self, shift: int | None = None) -> list[int]:
        """The context's ids, in the model's key (or moved by `shift`: 0 is as played)."""
        if self.events is not None:
            return self.events.context_ids([self._to_model(t, shift) for t in self.context], self.s.context_length)
        return [self.vocab.nearest(self._to_model(tok, shift)) for tok in self.context]

    def _token_ids(self, tok: Token, shift: int | None = None) -> list[int]:
        moved = self._to_model(tok, shift)
        return self.events.token_ids(moved) if self.events is not None else [self.vocab.nearest(moved)]

    def _to_model(self, tok: Token, shift: int | None = None) -> Token:
        shift = self.shift if shift is None else shift
        moved = tok.transposed(shift) if shift else tok
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
        if self.events is not None:
            return self.events.mask(self.shift, key, split)
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


class PlayerMemory:
    """The session memory as the jam uses it: the player's tokens as they played them (absolute
    pitches, so that a key estimate that moves while the player repeats a riff cannot make the
    repeats look different), read in the model's key through a transposition of the vocabulary;
    the follow weight w of the mixture (1 - w)·model + w·memory, fixed or learned; and the quote
    guard. `memory` settings: order, max_tokens, follow (auto or 0..1), include_ai, max_quote, file."""

    def __init__(self, vocab, settings: dict):
        self.vocab, self.settings = vocab, {}
        self.memory: SessionMemory | None = None
        self.weight = FollowWeight()
        self.pending: deque[tuple[list[int], int, float]] = deque(maxlen=16)  # older ones give way
        self.set_shift(0)
        self.configure(settings)

    def configure(self, settings: dict) -> None:
        old, self.settings = self.settings, dict(settings)
        follow = settings.get("follow", "auto")
        self.weight.set(None if follow == "auto" else float(follow))
        self.include_ai = bool(settings.get("include_ai", False))
        shape = {k: settings.get(k, d) for k, d in (("order", 6), ("max_tokens", 5000), ("max_quote", 6))}
        if self.memory is None or any(old.get(k) != settings.get(k) for k in shape):
            kept = self.memory.state()["tokens"] if self.memory is not None else []
            self.memory = SessionMemory(len(self.vocab), **shape)
            for t in kept[-self.memory.max_tokens:]:
                self.memory.observe(t)

    def set_shift(self, shift: int) -> None:
        """The model's key is the played one moved by `shift` semitones: how ids cross between them."""
        self.shift = shift
        n = len(self.vocab)
        self._to_played = self.vocab.transposition(-shift) if shift else np.arange(n)
        self._to_model = self.vocab.transposition(shift) if shift else np.arange(n)
        self._pm, self._pm_model, self._mixed = np.empty(n), np.empty(n), np.empty(n)

    def remap(self, vocab) -> None:
        """A new model: what the player played is kept, as the new vocabulary's nearest tokens.
        Event ids need no mapping (the same ids in every events-v1 vocabulary of the same texts);
        between tokenizers the memory starts afresh."""
        old, kept = self.vocab, self.memory.state()["tokens"]
        self.vocab, self.memory = vocab, None
        self.pending.clear()
        self.set_shift(self.shift)
        self.configure(self.settings)
        if isinstance(old, EventVocabulary) or isinstance(vocab, EventVocabulary):
            for i in kept if vocab_sha(old) == vocab_sha(vocab) else []:
                self.memory.observe(i)
            return
        for tok in old.decode(kept):
            self.memory.observe(vocab.nearest(tok))

    def _played(self, model_ids: Sequence[int]) -> list[int]:
        """Model ids as played ids; the context starts after the last one that has no played id."""
        if not self.shift:
            return list(model_ids)
        out: list[int] = []
        for i in model_ids:
            j = int(self._to_played[i])
            out = out + [j] if j >= 0 else []
        return out

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
        shape = {k: v for k, v in self.settings.items() if k in ("order", "max_tokens", "max_quote")}
        try:
            from .memory import load
            self.memory = load(path, vocab_sha(self.vocab), len(self.vocab), **shape)
        except MemoryFileError as e:
            return f"memory: {e}; starting with an empty memory"
        return f"memory: {len(self.memory)} tokens remembered from {path}"

    def status(self) -> dict:
        return {"tokens": len(self.memory), "follow": round(self.weight.w, 3), "follow_auto": self.weight.auto}
