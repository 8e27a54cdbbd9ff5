"""Witten-Bell interpolated n-gram baselines over token ids (for `improv evaluate` and the benchmarks).

`NGram` is the reference: one history at a time, from dicts of counts. `NGramTable` is the same
model for every order up to its own at once, fitted and scored with NumPy (an order-8 model over
~700k training tokens fits in seconds): the order-n model's distribution is the order-8 recursion
stopped after its context of n - 1 tokens, so one pass scores every order.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator

import numpy as np


class NGram:
    """Witten-Bell interpolated n-gram over token ids, backing off to an add-one unigram."""

    def __init__(self, order: int, vocab_size: int):
        self.order, self.v = order, vocab_size
        self.counts: list[dict[tuple[int, ...], Counter]] = [defaultdict(Counter) for _ in range(order)]

    def fit(self, pieces: list[np.ndarray]) -> NGram:
        for ids in pieces:
            ids = [int(i) for i in ids]
            for t, w in enumerate(ids):
                for k in range(self.order):  # k = context length
                    if t - k < 0:
                        break
                    self.counts[k][tuple(ids[t - k:t])][w] += 1
        uni = self.counts[0][()]
        self.unigram = np.ones(self.v)
        for w, c in uni.items():
            self.unigram[w] += c
        self.unigram /= self.unigram.sum()
        return self

    def distribution(self, history: list[int]) -> np.ndarray:
        p = self.unigram
        for k in range(1, self.order):
            if len(history) < k:
                break
            seen = self.counts[k].get(tuple(history[-k:]))
            if not seen:
                continue
            total, types = sum(seen.values()), len(seen)
            vec = np.zeros(self.v)
            for w, c in seen.items():
                vec[w] = c
            p = (vec + types * p) / (total + types)
        return p


def _stream(pieces: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """All pieces as one stream, and each token's position in its own piece."""
    lengths = np.array([len(p) for p in pieces], np.int64)
    ids = np.concatenate([np.asarray(p, np.int64) for p in pieces]) if len(pieces) else np.zeros(0, np.int64)
    starts = np.repeat(np.cumsum(lengths) - lengths, lengths)
    return ids, np.arange(len(ids)) - starts


def add_one_unigram(pieces: list[np.ndarray], v: int) -> np.ndarray:
    """Each token's count over the pieces plus one, normalized: the order-1 model of NGramTable."""
    ids, _ = _stream(pieces)
    counts = np.bincount(ids, minlength=v).astype(np.float64) + 1.0
    return counts / counts.sum()


class NGramTable:
    """Witten-Bell n-grams of orders 1..order, fitted on training pieces and scored on others together
    (contexts are numbered over both). score() gives, for every token but each piece's first, the
    probability each order gives the true token and its rank (how many tokens are likelier)."""

    def __init__(self, order: int, vocab_size: int):
        self.order, self.v = order, vocab_size

    def fit_score(self, train: list[np.ndarray], held: list[np.ndarray],
                  batch: int = 1024) -> tuple[np.ndarray, np.ndarray]:
        """(p_true, rank), each (order, held-out targets): row n - 1 is the order-n model."""
        tr_ids, tr_pos = _stream(train)
        ev_ids, ev_pos = _stream(held)
        ids, pos = np.concatenate([tr_ids, ev_ids]), np.concatenate([tr_pos, ev_pos])
        n_train, v = len(tr_ids), self.v
        self.unigram = add_one_unigram(train, v)
        levels = []  # per context length k: each token's context id (-1: none), and the counts per context
        ctx = np.zeros(len(ids), np.int64)
        for k in range(1, self.order):
            valid = pos >= k
            key = np.full(len(ids), -1, np.int64)
            prev = np.roll(ids, k)  # the token k before (only read where pos >= k, inside the piece)
            key[valid] = ctx[valid] * (v + 1) + prev[valid]
            _, inverse = np.unique(key, return_inverse=True)
            ctx = np.where(valid, inverse.reshape(-1), -1)
            levels.append(self._counts(ctx[:n_train], tr_ids, max(1, int(ctx.max()) + 1)))
            levels[-1]["ctx"] = ctx[n_train:]
        targets = np.flatnonzero(ev_pos > 0)
        p_true = np.empty((self.order, len(targets)))
        rank = np.empty((self.order, len(targets)), np.int64)
        for a in range(0, len(targets), batch):
            rows = targets[a:a + batch]
            for order, p in enumerate(self._distributions(rows, ev_pos[rows], levels)):
                y = ev_ids[rows]
                pt = p[np.arange(len(rows)), y]
                p_true[order, a:a + batch] = pt
                rank[order, a:a + batch] = (p > pt[:, None]).sum(axis=1)
        return p_true, rank

    def _counts(self, ctx: np.ndarray, words: np.ndarray, n_ctx: int) -> dict[str, np.ndarray]:
        """The training counts of one context length, grouped by context (CSR)."""
        ok = ctx >= 0
        keys, c = np.unique(ctx[ok] * self.v + words[ok], return_counts=True)
        of = keys // self.v
        return {"word": keys % self.v, "count": c.astype(np.float64),
                "start": np.searchsorted(of, np.arange(n_ctx + 1)),
                "total": np.bincount(of, weights=c, minlength=n_ctx), "types": np.bincount(of, minlength=n_ctx)}

    def _distributions(self, rows: np.ndarray, pos: np.ndarray, levels: list[dict]) -> Iterator[np.ndarray]:
        """The distribution of every order for these held-out tokens, lowest order first."""
        p = np.tile(self.unigram, (len(rows), 1))
        yield p
        for k, lv in enumerate(levels, start=1):
            c = lv["ctx"][rows]
            c = np.where(pos >= k, c, 0)
            live = (pos >= k) & (lv["total"][c] > 0)
            if live.any():
                r, c = np.flatnonzero(live), c[live]
                n, t = lv["total"][c], lv["types"][c].astype(np.float64)
                lengths = lv["types"][c]
                rep = np.repeat(np.arange(len(r)), lengths)
                flat = lv["start"][c][rep] + np.arange(lengths.sum()) - np.repeat(np.cumsum(lengths) - lengths, lengths)
                seen = np.zeros((len(r), self.v))
                seen[rep, lv["word"][flat]] = lv["count"][flat]
                p = p.copy()
                p[r] = (seen + t[:, None] * p[r]) / (n + t)[:, None]
            yield p
