"""Honest evaluation on held-out pieces: next-token top-1/top-5, perplexity per token and bits per
note (a piece's -log2 p summed over its predicted tokens, over its notes, so onset-v1 and events-v1
bundles share a denominator), for the model, for n-gram baselines fitted on the bundle's own
training pieces (improv/ngram.py), and for the model with a session memory of the piece so far
(what the jam does); for all pieces and per style."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..data import corpus, dataset, recipes
from ..data.names import base_name, unique_names
from ..data.windows import padded_windows
from ..settings import TokenSettings
from .bundle import Bundle, base_of
from .engine import NumpyEngine
from .memory import SessionMemory
from .mixture import FollowWeight, mix
from .network import build_model, import_tensorflow, set_bundle_weights
from .ngram import NGramTable

ALL = "all"
GROUP_TARGETS = 8192  # targets the model predicts at a time (the probabilities of one group are kept)


ADAPTIVE = {"order": 6, "max_tokens": 5000, "max_quote": 6}  # the memory of the piece so far, as first measured


def adaptive(pieces: list[np.ndarray], model_probs: np.ndarray, fallback: np.ndarray,
             memory: dict[str, int] = ADAPTIVE) -> tuple[np.ndarray, np.ndarray, float]:
    """Each piece played as the human of a jam: a fresh session memory fed the piece so far.

    Returns, for every predicted token in order (piece after piece, all but each first token), the
    model mixed with the memory at the auto follow weight, the memory alone (backing off to
    `fallback`, so an unseen token is not impossible), and the mean weight used.
    """
    v = model_probs.shape[1]
    mixed, alone = np.empty((len(model_probs), v)), np.empty((len(model_probs), v))
    p_mem, weights, row = np.empty(v), [], 0
    for ids in pieces:
        ids = [int(i) for i in ids]
        heard, follow = SessionMemory(v, **memory), FollowWeight(None)
        solo = SessionMemory(v, **memory, prior=fallback)
        heard.observe(ids[0])
        solo.observe(ids[0])
        for t in range(1, len(ids)):
            y, ctx = ids[t], ids[max(0, t - memory["order"]):t]
            heard.probs(ctx, out=p_mem)
            solo.probs(ctx, out=alone[row])
            weights.append(follow.w)
            mix(model_probs[row], p_mem, follow.w, out=mixed[row])
            follow.observe(model_probs[row, y], p_mem[y])
            heard.observe(y)
            solo.observe(y)
            row += 1
    return mixed, alone, float(np.mean(weights))


def unscorable(pieces: int, targets: np.ndarray) -> str | None:
    """Why the held-out pieces cannot give a score worth printing, or None when they can.

    With no held-out piece there is nothing to score, and with a single next token to predict
    any model that always says it scores 1.000: such a figure says nothing of what was learned."""
    if pieces == 0 or len(targets) == 0:
        return "no held-out piece (give more pieces, or a larger --val-share)"
    if len(np.unique(targets)) < 2:
        return "the held-out pieces have one token to predict only; a score would say nothing"
    return None


@dataclass
class EvalData:
    pieces: list[np.ndarray] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    tokens: int = 0
    mapped: int = 0          # what the tokenizer changed: notes or tokens (its mapped_of)
    excluded: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    notes: list[int] = field(default_factory=list)          # each piece's notes (the bits-per-note denominator)
    styles: list[str | None] = field(default_factory=list)  # each piece's style (recipe bundles), or None
    missing: list[str] = field(default_factory=list)        # held-out names asked for and not found


def held_out_sources(bundle: Bundle) -> tuple[list[str], dict[str, str] | None, set[str], bool]:
    """The bundle's own held-out pieces: (files, style per file or None, held-out names, is a recipe).
    ValueError with one line when they cannot be found."""
    val = bundle.meta.get("split", {}).get("val", [])
    if not val:
        raise ValueError(f"{bundle.folder}: meta.json names no held-out piece (trained with --val-share 0?)")
    sources = bundle.meta.get("sources") or []
    recipe = recipes.recipe_of(sources)
    if recipe:
        files, styles = recipes.recipe_files(recipe)
    else:
        files, errors = corpus.expand_sources(sources)
        if errors:
            raise ValueError(f"the bundle's sources cannot be read here: {errors[0]}")
        styles = None
    return files, styles, {base_name(n) for n in val}, bool(recipe)


def tokenize_sources(bundle: Bundle, files: list[str], jobs: int = 0, use_cache: bool = True,
                     exclude_training: bool = True, styles: dict[str, str] | None = None,
                     only: set[str] | None = None, recipe: bool = False) -> EvalData:
    """Read pieces with the bundle's own tokenizer, settings and vocabulary, named as `improv prepare`
    names them (a recipe's corpus paths, '~N' for the n-th piece of one name); `only`: keep these
    names (base names), for the held-out pieces."""
    settings = TokenSettings.from_record(bundle.meta["tokens"])
    if recipe:
        settings.parse_timeout_s = max(settings.parse_timeout_s, recipes.PARSE_TIMEOUT_S)
    # a piece trained on, by its name or, for a recipe bundle, by its corpus path without the encoding's
    # extension (music21 ships some works twice: the .krn of a trained .mxl is the same music)
    train_names = {recipes.work_name(n) for n in bundle.meta.get("split", {}).get("train", [])} if exclude_training else set()
    recipe_bundle = bool(bundle.meta.get("recipe"))
    tok = bundle.tokenizer
    roots = None if only is None else {n.split("~")[0] for n in only}  # a name's '~N' counts that name only
    data, found, read = EvalData(), [], dataset.Summary()
    for path, piece, _ in dataset.read_pieces(files, settings, read, jobs, use_cache):
        name = recipes.piece_name(path, piece.name) if recipe else piece.name
        if roots is not None and name not in roots:
            continue
        stream = tok.stream(piece, settings)
        if tok.keeps(stream):  # the pieces prepare keeps, in its order: their names match meta.json's
            ids, mapped = tok.encode(stream)
            notes = tok.stream_notes(stream)
            found.append({"name": name, "ids": ids, "mapped": mapped, "notes": notes,
                          "style": (styles or {}).get(path),
                          "work": recipes.work_name(recipes.piece_name(path, piece.name) if recipe_bundle else name)})
    data.skipped = read.skipped
    unique_names(found)  # '~N' as prepare adds it
    for f in found:
        name, ids, mapped, notes, style = f["name"], f["ids"], f["mapped"], f["notes"], f["style"]
        if only is not None and base_name(name) not in only:
            continue
        if only is None and (recipes.work_name(name) in train_names or f["work"] in train_names):
            data.excluded.append(name)
            continue
        if len(ids) < 2:
            continue
        data.pieces.append(ids)
        data.names.append(name)
        data.notes.append(notes)
        data.styles.append(style)
        data.tokens += len(ids) - 1  # every token but the first is predicted
        data.mapped += mapped
    if only is not None:
        data.missing = sorted(only - {base_name(n) for n in data.names})
    return data


def _predictor(bundle: Bundle, engine: str, targets: int, batch: int) -> tuple[str, Callable[[np.ndarray], np.ndarray]]:
    """The model's many-to-one probabilities for padded windows (0 = padding, id + 1): TensorFlow in
    batches of `batch` when it is importable and the work is big (4x NumPy's speed), else NumPy."""
    if engine == "tensorflow" or (engine == "auto" and targets > 2000):
        try:
            import_tensorflow()
            net = build_model(bundle.arch)
            set_bundle_weights(net, bundle.weights)
            return "tensorflow", lambda x: net.predict(x, batch_size=batch, verbose=0)
        except ImportError:
            if engine == "tensorflow":
                raise ValueError("--engine tensorflow: TensorFlow is not installed here") from None
    numpy_engine = NumpyEngine(bundle)
    step = max(batch, 1024)
    return "numpy", lambda x: np.concatenate([numpy_engine.predict_batch(x[i:i + step].astype(np.int64) - 1)
                                              for i in range(0, len(x), step)])


class Tally:
    """Sums per group (a style, and "all") and scorer: bits, top-1, top-5, tokens; pieces and notes."""

    def __init__(self):
        self.groups: dict[str, dict[str, Any]] = {}

    def piece(self, keys: tuple[str, ...], notes: int, tokens: int, weight: float) -> None:
        for k in dict.fromkeys(keys):
            g = self.groups.setdefault(k, {"pieces": 0, "notes": 0, "tokens": 0, "weight": 0.0, "scores": {}})
            g["pieces"] += 1
            g["notes"] += notes
            g["tokens"] += tokens
            g["weight"] += weight * tokens

    def add(self, keys: tuple[str, ...], scorer: str, p_true: np.ndarray, rank: np.ndarray) -> None:
        bits = float(-np.log2(np.maximum(p_true, 1e-12)).sum())
        for k in dict.fromkeys(keys):
            s = self.groups[k]["scores"].setdefault(scorer, np.zeros(4))
            s += (bits, (rank == 0).sum(), (rank < 5).sum(), len(rank))

    def add_probs(self, keys: tuple[str, ...], scorer: str, probs: np.ndarray, y: np.ndarray) -> None:
        p_true = probs[np.arange(len(y)), y]
        self.add(keys, scorer, p_true, (probs > p_true[:, None]).sum(axis=1))

    def metrics(self, group: str, scorer: str, notes_known: bool) -> dict[str, Any]:
        bits, top1, top5, n = self.groups[group]["scores"][scorer]
        notes = self.groups[group]["notes"]
        out = {"top1": round(float(top1 / n), 4), "top5": round(float(top5 / n), 4),
               "perplexity": round(float(2 ** (bits / n)), 4)}
        if notes_known:  # pieces given without their notes (ids alone) have no bits per note
            out["bits_per_note"] = round(float(bits / max(1, notes)), 4)
        return out


def piece_probs(predict: Callable[[np.ndarray], np.ndarray], pieces: list[np.ndarray],
                context: int) -> Iterator[tuple[int, np.ndarray]]:
    """(k, the model's probabilities for piece k's predicted tokens), every piece in order: the
    padded windows of a group of pieces (~8k targets) at a time."""
    i = 0
    while i < len(pieces):
        j, n = i, 0
        while j < len(pieces) and (j == i or n + len(pieces[j]) - 1 <= GROUP_TARGETS):
            n += len(pieces[j]) - 1
            j += 1
        x, _ = padded_windows(pieces[i:j], context)
        probs, at = predict(x), 0
        for k in range(i, j):
            m = len(pieces[k]) - 1
            yield k, probs[at:at + m]
            at += m
        i = j


def model_scores(predict: Callable[[np.ndarray], np.ndarray], data: EvalData, context: int) -> dict[str, Any]:
    """The model alone on pieces, for all of them and per style: what training reports of its
    held-out pieces, scored as evaluate scores them."""
    tally = Tally()
    for k, pr in piece_probs(predict, data.pieces, context):
        y = np.asarray(data.pieces[k])[1:].astype(np.int64)
        keys = (ALL, data.styles[k] or ALL)
        tally.piece(keys, data.notes[k], len(y), 0.0)
        tally.add_probs(keys, "model", pr, y)
    return {g: {k: tally.groups[g][k] for k in ("pieces", "tokens", "notes")} | tally.metrics(g, "model", True)
            for g in tally.groups}


def evaluate(bundle: Bundle, data: EvalData, batch: int = 512, engine: str = "auto") -> dict[str, Any]:
    if not data.pieces:
        raise ValueError("no piece to evaluate (all were skipped, too short, or used in training)")
    y_all = np.concatenate([np.asarray(p[1:]) for p in data.pieces])
    reason = unscorable(len(data.pieces), y_all)
    if reason is not None:  # a figure here would say nothing of what the model learned
        raise ValueError(f"not scored: {reason}")
    tok = bundle.tokenizer
    lengths = json.loads((bundle.folder / "train_lengths.json").read_text())
    train_ids = np.load(bundle.folder / "train_ids.npy", allow_pickle=False)
    train_pieces = np.split(train_ids, np.cumsum(lengths)[:-1])
    table = NGramTable(tok.ngram_order, len(tok))
    ng_p, ng_rank = table.fit_score(train_pieces, data.pieces)
    engine_used, predict = _predictor(bundle, engine, len(y_all), batch)
    base, no_base = base_of(bundle)  # a fine-tuned bundle's base, scored on the same pieces
    base_probs = None if base is None else piece_probs(_predictor(base, engine, len(y_all), batch)[1], data.pieces,
                                                       base.context)
    notes_known = len(data.notes) == len(data.pieces)
    tally, row = Tally(), 0
    for k, pr in piece_probs(predict, data.pieces, bundle.context):
        ids = np.asarray(data.pieces[k])
        m, y = len(ids) - 1, ids[1:].astype(np.int64)
        mixed, alone, weight = adaptive([ids], pr, table.unigram)
        style = data.styles[k] if k < len(data.styles) else None
        keys = (ALL, style or ALL)
        tally.piece(keys, data.notes[k] if notes_known else 0, m, weight)
        tally.add_probs(keys, "model", pr, y)
        tally.add_probs(keys, "adaptive", mixed, y)
        tally.add_probs(keys, "memory_only", alone, y)
        if base_probs is not None:
            tally.add_probs(keys, "base", next(base_probs)[1], y)
        for order in range(table.order):
            tally.add(keys, str(order + 1), ng_p[order, row:row + m], ng_rank[order, row:row + m])
        row += m
    groups = {g: _group(tally, g, table.order, notes_known) for g in tally.groups}
    whole = groups[ALL]
    of_notes = tok.mapped_of == "notes"
    return {"tokenizer": tok.name, "engine": engine_used,
            **{k: whole[k] for k in ("model", "ngram", "unigram", "adaptive", "memory_only", "ngram_by_order",
                                     "improvement")},
            "tokens": data.tokens, "pieces": len(data.pieces), "notes": whole["notes"],
            "mapped_share": round(data.mapped / max(1, whole["notes"] if of_notes else data.tokens + len(data.pieces)),
                                  4),
            "mapped_of": tok.mapped_of,
            "excluded_training_pieces": len(data.excluded),
            **({"base": {"path": str(base.folder), **tally.metrics(ALL, "base", notes_known)}} if base else {}),
            **({"base_missing": no_base} if no_base else {}),
            "by_style": {g: {k: r[k] for k in ("pieces", "notes", "tokens", "model", "ngram", "unigram", "adaptive",
                                               "improvement")} for g, r in sorted(groups.items())}}


def _group(tally: Tally, group: str, orders: int, notes_known: bool) -> dict[str, Any]:
    g = tally.groups[group]
    by_order = {str(k): tally.metrics(group, str(k), notes_known) for k in range(1, orders + 1)}
    best = min(range(1, orders + 1), key=lambda k: g["scores"][str(k)][0])  # the fewest bits
    model = tally.metrics(group, "model", notes_known)
    ngram = {"order": best, **by_order[str(best)]}
    gain = None
    if model.get("bits_per_note") is not None and ngram.get("bits_per_note"):
        gain = round(1 - model["bits_per_note"] / ngram["bits_per_note"], 4)
    return {"pieces": g["pieces"], "notes": g["notes"], "tokens": g["tokens"], "model": model, "ngram": ngram,
            "unigram": by_order["1"], "ngram_by_order": by_order, "improvement": gain,
            "adaptive": {**tally.metrics(group, "adaptive", notes_known),
                         "mean_weight": round(g["weight"] / max(1, g["tokens"]), 4)},
            "memory_only": tally.metrics(group, "memory_only", notes_known)}


def report_lines(result: dict[str, Any]) -> list[str]:
    """`improv evaluate`'s table: every scorer on all pieces, the n-gram orders, and each style."""
    f = lambda m: f"{m['bits_per_note']:.3f}" if m.get("bits_per_note") is not None else "-"
    how = "moved into the piano or cut" if result["mapped_of"] == "notes" else "to a neighbour"
    out = [(f"{result['pieces']} pieces, {result['notes']} notes, {result['tokens']} predicted tokens "
            f"({result['tokenizer']}, {result['engine']}); {result['mapped_share']:.2%} of "
            f"{result['mapped_of']} mapped ({how})"),
           f"{'':10} {'top-1':>7} {'top-5':>7} {'perplexity':>11} {'bits/note':>10}"]
    rows = [("model", result["model"]), ("adaptive", result["adaptive"]), ("memory", result["memory_only"]),
            (f"{result['ngram']['order']}-gram", result["ngram"]), ("unigram", result["unigram"])]
    if "base" in result:  # a fine-tuned bundle: the model it was made from, on the same pieces
        rows.insert(1, ("base", result["base"]))
    out += [f"{name:10} {m['top1']:7.3f} {m['top5']:7.3f} {m['perplexity']:11.1f} {f(m):>10}" for name, m in rows]
    if "base" in result or "base_missing" in result:
        out.append(f"base = {result['base']['path']}, the bundle this one was fine-tuned from" if "base" in result
                   else f"no base row: {result['base_missing']}")
    out.append("n-gram bits/note by order: " + ", ".join(f"{k}: {f(m)}" for k, m in result["ngram_by_order"].items()))
    out.append(f"{'style':12} {'pieces':>6} {'notes':>7} {'model b/n':>9} {'n-gram b/n':>10} {'order':>5} "
               f"{'model top-1':>11} {'n-gram top-1':>12} {'improvement':>11}")
    for name, r in sorted(result["by_style"].items(), key=lambda kv: (kv[0] == ALL, kv[0])):
        gain = f"{r['improvement']:.1%}" if r["improvement"] is not None else "-"
        out.append(f"{name:12} {r['pieces']:6d} {r['notes']:7d} {f(r['model']):>9} {f(r['ngram']):>10} "
                   f"{r['ngram']['order']:5d} {r['model']['top1']:11.3f} {r['ngram']['top1']:12.3f} {gain:>11}")
    out.append("adaptive = the model mixed with a memory of the piece so far (the piece plays the player), "
               f"mean follow weight {result['adaptive']['mean_weight']:.2f}; improvement = 1 - model / n-gram bits")
    return out
