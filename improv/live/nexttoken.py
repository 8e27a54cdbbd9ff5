"""Prediction, one step ahead: the rolling context (in absolute pitches), the key (estimated or
fixed) and the shift into the model's key, the masks (key lock, register split), the engine,
the session memory and the sampler; the model's tokenizer (improv/tokens) turns the context into
ids and generates a whole step. No clock and no thread: the caller says when."""
from __future__ import annotations

import logging
import time
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Sequence

import numpy as np

from ..music import keys
from ..music.notes import Token
from ..settings import Current, JamSettings
from .playermemory import PlayerMemory

if TYPE_CHECKING:
    from ..model.engine import Engine
    from ..model.sampling import Sampler

log = logging.getLogger("improv")
SAMPLING_FIELDS = ("temperature", "top_k", "top_p", "no_repeat_ngram", "repetition_penalty", "top_repeat_penalty")
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

    def __init__(self, engine: "Engine", token_settings: dict, sampler: "Sampler", current: Current,
                 opening: Sequence[Token] = ()):
        self.sampler, self.current = sampler, current
        self.stats = PredictionStats()
        self.context: deque[Token] = deque(opening, maxlen=self.s.context_length)
        self.ai_ids: deque[int] = deque(maxlen=64)      # what the AI chose, for the quote guard
        self.heads: deque[int] = deque(maxlen=64)       # the first id of each AI step: the repetition guard's
        self.queued: deque[Token] = deque()             # the rest of a generated step (a rest after its notes)
        self._lengthened: dict[int, tuple[Token, Token]] = {}  # id(token heard) -> (it, its lengthened copy)
        self.human_pitches: deque[int] = deque(maxlen=96)
        self.estimated: tuple[int, str] | None = None   # the key heard (or of the opening phrase)
        self.key: tuple[int, str] | None = None         # the key in force: fixed, else estimated
        self.shift = 0
        self.memory: PlayerMemory | None = None
        self.set_engine(engine, token_settings)
        pitches = [p for t in opening for p in t.pitches]
        if pitches:
            tonic, mode, _ = keys.estimate(np.array(pitches))
            self.estimated = (tonic, mode)
        self.memory = PlayerMemory(self.tokenizer, self.s.memory)
        self.apply(None)

    @property
    def s(self) -> JamSettings:
        """The jam's one settings object (Current): never a copy of it."""
        return self.current.settings

    # ------------------------------------------------------------ settings

    def apply(self, old: JamSettings | None) -> None:
        """Recompute everything derived from the settings: context length, sampler, key and lock, memory."""
        s = self.s
        if self.context.maxlen != s.context_length:
            self.context = deque(self.context, maxlen=s.context_length)
        for name in SAMPLING_FIELDS:
            setattr(self.sampler, name, s.sampling[name])
        self._update_key()
        self.memory.configure(s.memory)

    def set_engine(self, engine: "Engine", token_settings: dict) -> None:
        """A new model: the context is kept (it is in absolute pitches, not in ids)."""
        self.engine, self.tokenizer = engine, engine.tokenizer
        self.key_normalize = bool(token_settings.get("key_normalize"))
        self.ai_ids.clear()
        self.heads.clear()
        self.queued.clear()
        if self.memory is not None:
            self.memory.remap(self.tokenizer)
            self._update_key()

    def _update_key(self) -> None:
        fixed = keys.parse_key(self.s.key_fixed) if self.s.key_fixed else None
        self.key = fixed or self.estimated
        self.shift = keys.shift_to_c(*self.key) if (self.key and self.key_normalize) else 0
        if self.memory.shift != self.shift:
            self.memory.set_shift(self.shift)

    # ------------------------------------------------------------ what was played

    def heard(self, tokens: Sequence[Token]) -> None:
        """The human's tokens join the context and the memory; the key follows what the human plays.
        A rest still queued from a step made before is dropped: the music has moved on."""
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

    def lengthen(self, heard: Token, pitch: int, steps: int) -> None:
        """A note of a token heard before was held past the next onset and lasted `steps`: the context
        has it so from now on, as the model was trained (the memory keeps what it learned then)."""
        _, current = self._lengthened.get(id(heard), (heard, heard))
        for i in range(len(self.context) - 1, -1, -1):
            if self.context[i] is current:
                lengths = tuple(steps if p == pitch else n for p, n in zip(current.pitches, current.note_lengths()))
                self.context[i] = Token(current.pitches, current.steps, lengths)
                self._lengthened[id(heard)] = (heard, self.context[i])
                break
        if len(self._lengthened) > 4 * (self.context.maxlen or 64):  # those gone from the context
            inside = {id(t) for t in self.context}
            self._lengthened = {k: v for k, v in self._lengthened.items() if id(v[1]) in inside}

    def played(self, token: Token) -> None:
        """The AI's own token, as it was played (cut to the answer's end)."""
        if self.memory.include_ai:
            for i in self._token_ids(token, 0):
                self.memory.observe_ai(i)
        if self.s.ai_in_context:
            self.context.append(token)

    # ------------------------------------------------------------ the next token

    def predict(self) -> Token:
        """A whole step (a chord's notes, or one note, or a silence) at once; what is not its first
        token (a rest after notes shorter than the step) waits in `queued`."""
        if self.queued:
            return self.queued.popleft()
        t0 = time.perf_counter()
        group = self.tokenizer.generate_step(self.engine, self._ids(), self.sampler, self.mask(), self.memory,
                                             self.heads, self.ai_ids)
        self.heads.append(group[0])
        self.ai_ids.extend(group)
        toks = [(t.transposed(-self.shift) if self.shift else t) or Token((), t.steps)
                for t in self.tokenizer.to_tokens(group)] or [Token((), 1)]
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
        return self.tokenizer.context_ids([self._to_model(t, shift) for t in self.context], self.s.context_length)

    def _token_ids(self, tok: Token, shift: int | None = None) -> list[int]:
        return self.tokenizer.token_ids(self._to_model(tok, shift))

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
        return self.tokenizer.mask(self.shift, self.key if self.s.key_lock else None, self.split())
