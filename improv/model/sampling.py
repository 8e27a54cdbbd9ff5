"""Choosing the next token from the model's probabilities: temperature, top-k, top-p, an
optional mask (key lock, register), and a repetition guard against loops."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from .. import config


@dataclass
class Sampler:
    """The `sampling` settings (config.SCHEMA has their defaults: from_config, defaults)."""
    temperature: float
    top_k: int
    top_p: float
    no_repeat_ngram: int           # forbid completing an n-gram already in the recent output
    repetition_penalty: float      # divide the odds of recently used tokens by this
    top_repeat_penalty: float      # divide the odds of the last onset's top pitch by this (events-v1)
    window: int = 32               # how far back the guard looks
    seed: int | None = None

    def __post_init__(self) -> None:
        if self.temperature <= 0:
            raise ValueError("temperature must be greater than 0")
        if not 0 < self.top_p <= 1:
            raise ValueError("top_p must be in (0, 1]")
        self.rng = np.random.default_rng(self.seed)

    @classmethod
    def from_config(cls, sampling: dict, seed: int | None = None) -> "Sampler":
        return cls(sampling["temperature"], sampling["top_k"], sampling["top_p"], sampling["no_repeat_ngram"],
                   sampling["repetition_penalty"], sampling["top_repeat_penalty"], seed=seed)

    @classmethod
    def defaults(cls, seed: int | None = None, **changes) -> "Sampler":
        """The built-in defaults, with some settings changed (tests, tools)."""
        return cls.from_config({**config.defaults()["sampling"], **changes}, seed=seed)

    def distribution(self, probs: np.ndarray, history: Sequence[int] = (),
                     mask: np.ndarray | None = None) -> np.ndarray:
        """The distribution actually sampled from, after every rule."""
        p = np.asarray(probs, dtype=np.float64).copy()
        if mask is not None and (p * mask).sum() > 0:
            p *= mask
        recent = list(history[-self.window:])
        if self.repetition_penalty > 1 and recent:
            p[np.unique(recent)] /= self.repetition_penalty
        banned = self._banned(recent)
        if banned:
            q = p.copy()
            q[list(banned)] = 0
            if q.sum() > 0:  # never ban everything: then the guard steps aside
                p = q
        logp = np.log(np.maximum(p, 1e-300)) / self.temperature
        logp[p <= 0] = -np.inf
        logp -= logp.max()
        p = np.exp(logp)
        if self.top_k and self.top_k < len(p):
            cut = np.partition(p, -self.top_k)[-self.top_k]
            p[p < cut] = 0
        p /= p.sum()
        if self.top_p < 1:
            order = np.argsort(-p)
            cum = np.cumsum(p[order])
            keep = order[:int(np.searchsorted(cum, self.top_p)) + 1]
            q = np.zeros_like(p)
            q[keep] = p[keep]
            p = q / q.sum()
        return p

    def _banned(self, recent: list[int]) -> set[int]:
        n = self.no_repeat_ngram
        if n < 2 or len(recent) < n:
            return set()
        prefix = tuple(recent[-(n - 1):])
        return {recent[i + n - 1] for i in range(len(recent) - n + 1) if tuple(recent[i:i + n - 1]) == prefix}

    def sample(self, probs: np.ndarray, history: Sequence[int] = (), mask: np.ndarray | None = None) -> int:
        p = self.distribution(probs, history, mask)
        return int(self.rng.choice(len(p), p=p))


def ends_in_loop(seq: Sequence, max_period: int = 4, min_repeats: int = 4) -> bool:
    """True if the sequence ends with a block of period <= max_period repeated >= min_repeats times."""
    seq = list(seq)
    for period in range(1, max_period + 1):
        need = period * min_repeats
        if len(seq) < need:
            continue
        tail = seq[-need:]
        if all(tail[i] == tail[i % period] for i in range(need)):
            return True
    return False
