"""Honest evaluation: next-token accuracy and perplexity on held-out pieces, for the model, for
n-gram baselines fitted on the bundle's own training pieces, and for the model with a session
memory of the piece so far (what the jam does)."""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from . import dataset
from .bundle import Bundle
from .model import top_k_metrics, unscorable


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


def adaptive(pieces: list[np.ndarray], model_probs: np.ndarray, fallback: np.ndarray,
             order: int = 6, max_tokens: int = 5000) -> tuple[np.ndarray, np.ndarray, float]:
    """Each piece played as the human of a jam: a fresh session memory fed the piece so far.

    Returns, for every predicted token in targets_and_contexts order, the model mixed with the
    memory at the auto follow weight, the memory alone (backing off to `fallback`, so an unseen
    token is not impossible), and the mean weight used.
    """
    from .memory import SessionMemory
    from .mixture import FollowWeight, mix
    v = model_probs.shape[1]
    mixed, alone = np.empty((len(model_probs), v)), np.empty((len(model_probs), v))
    p_mem, weights, row = np.empty(v), [], 0
    for ids in pieces:
        ids = [int(i) for i in ids]
        memory, follow = SessionMemory(v, order, max_tokens), FollowWeight(None)
        solo = SessionMemory(v, order, max_tokens, prior=fallback)
        memory.observe(ids[0])
        solo.observe(ids[0])
        for t in range(1, len(ids)):
            y, ctx = ids[t], ids[max(0, t - order):t]
            memory.probs(ctx, out=p_mem)
            solo.probs(ctx, out=alone[row])
            weights.append(follow.w)
            mix(model_probs[row], p_mem, follow.w, out=mixed[row])
            follow.observe(model_probs[row, y], p_mem[y])
            memory.observe(y)
            solo.observe(y)
            row += 1
    return mixed, alone, float(np.mean(weights))


def base_name(name: str) -> str:
    """A piece's name without the '@+N' of a transposed copy (augmentation, key normalization)."""
    head, sep, tail = name.rpartition("@")
    return head if sep and tail[:1] in "+-" and tail[1:].isdigit() else name


@dataclass
class EvalData:
    pieces: list[np.ndarray] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    tokens: int = 0
    mapped: int = 0
    excluded: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)


def tokenize_sources(bundle: Bundle, files: list[str], jobs: int = 0, use_cache: bool = True,
                     exclude_training: bool = True) -> EvalData:
    """Read pieces with the bundle's own tokenizer settings and vocabulary."""
    settings = dataset.TokenSettings(**bundle.meta["tokens"])
    train_names = {base_name(n) for n in bundle.meta.get("split", {}).get("train", [])} if exclude_training else set()
    data = EvalData()
    for res in dataset.read_all(files, settings, jobs, use_cache):
        if res.skip:
            data.skipped.append((res.path, res.skip))
            continue
        for piece in res.pieces:
            name = piece.name
            if name in train_names:
                data.excluded.append(name)
                continue
            if settings.key_normalize:
                piece, _ = dataset.normalize_key(piece)
            ids, mapped = bundle.vocab.encode(dataset.piece_tokens(piece, settings))
            if len(ids) < 2:
                continue
            data.pieces.append(ids)
            data.names.append(name)
            data.tokens += len(ids) - 1  # every token but the first is predicted
            data.mapped += mapped
    return data


def targets_and_contexts(pieces: list[np.ndarray], context: int) -> tuple[np.ndarray, np.ndarray, list[list[int]]]:
    xs, ys, hist = [], [], []
    for ids in pieces:
        for t in range(1, len(ids)):
            ctx = ids[max(0, t - context):t]
            row = np.full(context, -1, np.int64)
            row[context - len(ctx):] = ctx
            xs.append(row)
            ys.append(int(ids[t]))
            hist.append([int(i) for i in ids[:t]])
    return np.array(xs).reshape(-1, context), np.array(ys, dtype=np.int64), hist


def evaluate(bundle: Bundle, data: EvalData, batch: int = 256) -> dict[str, Any]:
    from .engine import NumpyEngine
    if not data.pieces:
        raise ValueError("no piece to evaluate (all were skipped, too short, or used in training)")
    x, y, hist = targets_and_contexts(data.pieces, bundle.context)
    reason = unscorable(len(data.pieces), y)
    if reason is not None:  # a figure here would say nothing of what the model learned
        raise ValueError(f"not scored: {reason}")
    engine = NumpyEngine(bundle)
    probs = np.concatenate([engine.predict_batch(x[i:i + batch]) for i in range(0, len(x), batch)])
    model = top_k_metrics(probs, y)

    lengths = json.loads((bundle.folder / "train_lengths.json").read_text())
    train_ids = np.load(bundle.folder / "train_ids.npy", allow_pickle=False)
    train_pieces = np.split(train_ids, np.cumsum(lengths)[:-1])
    v = len(bundle.vocab)
    results = {}
    for order in range(1, 6):
        lm = NGram(order, v).fit(train_pieces)
        p = np.stack([lm.distribution(h) for h in hist])
        results[order] = top_k_metrics(p, y)
    best = min(results, key=lambda k: results[k]["perplexity"])
    mixed, alone, mean_weight = adaptive(data.pieces, probs, NGram(1, v).fit(train_pieces).unigram)
    r = lambda d: {k: round(val, 4) for k, val in d.items()}
    return {"model": r(model), "ngram": {"order": best, **r(results[best])}, "unigram": r(results[1]),
            "adaptive": r({**top_k_metrics(mixed, y), "mean_weight": mean_weight}),
            "memory_only": r(top_k_metrics(alone, y)),
            "ngram_by_order": {str(k): r(val) for k, val in results.items()},
            "tokens": data.tokens, "pieces": len(data.pieces),
            "mapped_share": round(data.mapped / max(1, data.tokens + len(data.pieces)), 4),
            "excluded_training_pieces": len(data.excluded)}
