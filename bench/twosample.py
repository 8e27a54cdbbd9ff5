"""The listening test a classifier takes (issue 24): can a classifier tell improv's continuations of
a phrase from the real ones, on pieces the model never saw?

Phrases are cut (whole steps, at most the model's context of tokens) from pieces not trained on:
real piano MIDI outside the training set (--piano: files or folders) and the bundle's held-out pieces
per style (meta.json's split "val"). improv continues each phrase for the next 8 beats through the
jam's own path (NextToken: the context, the key shift, the masks, the session memory, the sampler's
defaults, whole steps); the real next 8 beats are cut the same way (whole onsets, as onset tokens
from improv's tokenizer, so that both sides are quantized alike). Each continuation becomes ~60
features, mostly relative to its phrase (`features`), and two classifiers (logistic regression, a
random forest) are cross-validated, 5 repeats of 5 folds grouped by piece, on:
  improv:  real vs improv's continuation of the same phrase (0.5: it cannot tell them apart);
  random:  real vs random pitches (within the phrase's range) in the phrase's own rhythm (a weak
           generator: near 1.0);
  repeat:  real vs the phrase played again (near 1.0);
  null:    real vs real, the next 8 beats vs the 8 beats after those (should stay near 0.5).
Per set (piano, each style with enough held-out pieces, pooled): accuracy mean and std per
classifier and comparison, the stats issue 24 names (real vs improv) and, pooled, the features that
separate improv from the real music best (|AUC - 0.5|, with the real and improv means). One JSON line.

    python bench/twosample.py [--model DIR] [--piano FILE|DIR ...] [--pairs 240] [--seed 0]
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Sequence

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from improv.music import keys  # noqa: E402
from improv.music.notes import Token  # noqa: E402

STEPS_PER_BEAT = 4
BEATS = 8                   # a continuation: the next 8 beats
FOLDS, REPEATS = 5, 5
MIN_PIECES = 10             # a style with fewer held-out pieces counts in "pooled" only
PIANO_DEFAULT = REPO / "bench" / "data" / "ragtime"  # 20 public-domain rags (its SOURCES.md); not trained on
COMPARISONS = ("improv", "random", "repeat", "null")
CLASSIFIERS = ("logreg", "forest")
DUR_BINS = ((1, 1), (2, 2), (3, 3), (4, 4), (5, 7), (8, 8), (9, 999))
LEAP_BINS = ((0, 0), (1, 2), (3, 4), (5, 7), (8, 11), (12, 999))

Row = tuple[int, int, int]  # (onset step, duration steps, pitch)


# ---------------------------------------------------------------- notes

def token_rows(tokens: Sequence[Token], at: int = 0) -> list[Row]:
    """Onset tokens as (onset step, duration steps, pitch) rows from step `at`: each note for its own
    length (Token.lengths; else its token's), as the jam plays it."""
    rows = []
    for t in tokens:
        rows += [(at, n, p) for p, n in zip(t.pitches, t.note_lengths())]
        at += t.steps
    return rows


def until(tokens: Sequence[Token], steps: int) -> list[Token]:
    """Whole tokens from the start until they cover `steps` steps (or the tokens end)."""
    out, at = [], 0
    for t in tokens:
        if at >= steps:
            break
        out.append(t)
        at += t.steps
    return out


def onsets(rows: Sequence[Row]) -> list[tuple[int, list[int]]]:
    """(onset step, ascending pitches) per onset, in time order."""
    by: dict[int, list[int]] = defaultdict(list)
    for o, _, p in rows:
        by[o].append(p)
    return [(o, sorted(by[o])) for o in sorted(by)]


# ---------------------------------------------------------------- features

def _share(values, lo, hi) -> float:
    return float(np.mean([lo <= v <= hi for v in values])) if len(values) else 0.0


def _hist(values, size) -> np.ndarray:
    h = np.bincount(np.asarray(values, dtype=np.int64), minlength=size)[:size].astype(float)
    return h / h.sum() if h.sum() else h


def _bin(lo: int, hi: int) -> str:
    """A bin's name: "3", "5-7", "12+" (no upper bound)."""
    return f"{lo}+" if hi >= 999 else str(lo) if lo == hi else f"{lo}-{hi}"


def _entropy(h: np.ndarray) -> float:
    h = h[h > 0]
    return float(-(h * np.log2(h)).sum()) if len(h) else 0.0


def _part(rows: Sequence[Row], span_steps: int) -> dict:
    """What features are made of, for one stretch of notes (phrase or continuation)."""
    ons = onsets(rows)
    sizes = [len(ps) for _, ps in ons]
    top = [ps[-1] for _, ps in ons]
    bass = [ps[0] for _, ps in ons]
    leaps = [abs(b - a) for a, b in zip(top, top[1:])]
    pitches = [p for _, _, p in rows]
    durs = [d for _, d, _ in rows]
    sounding = set()
    for o, d, _ in rows:
        sounding.update(range(o, o + d))
    beats = max(span_steps, 1) / STEPS_PER_BEAT
    pos = [o % STEPS_PER_BEAT for o, _ in ons]
    return {
        "notes": len(rows), "onsets": len(ons), "sizes": sizes, "top": top, "bass": bass, "leaps": leaps,
        "up": [b - a for a, b in zip(top, top[1:])], "pitches": pitches, "durs": durs,
        "notes_per_beat": len(rows) / beats, "onsets_per_beat": len(ons) / beats,
        "notes_per_onset": len(rows) / len(ons) if ons else 0.0,
        "mean_pitch": float(np.mean(pitches)) if pitches else 0.0,
        "top_mean": float(np.mean(top)) if top else 0.0, "bass_mean": float(np.mean(bass)) if bass else 0.0,
        "pitch_std": float(np.std(pitches)) if pitches else 0.0,
        "range": (max(pitches) - min(pitches)) if pitches else 0,
        "top_range": (max(top) - min(top)) if top else 0,
        "pc": _hist([p % 12 for p in pitches], 12),
        "dur_hist": np.array([_share(durs, lo, hi) for lo, hi in DUR_BINS]),
        "mean_log_dur": float(np.mean(np.log2(durs))) if durs else 0.0,
        "on_beat": _share(pos, 0, 0), "on_eighth": _share(pos, 2, 2),
        "on_sixteenth": float(np.mean([q % 2 == 1 for q in pos])) if pos else 0.0,
        "silence": 1 - len(sounding) / max(span_steps, 1) if span_steps else 0.0,
        "top_repeat": float(np.mean([x == 0 for x in leaps])) if leaps else 0.0,
        "mean_leap": float(np.mean(leaps)) if leaps else 0.0,
        "bass_leap": float(np.mean([abs(b - a) for a, b in zip(bass, bass[1:])])) if len(bass) > 1 else 0.0,
        "distinct_pitch": len(set(pitches)) / len(pitches) if pitches else 0.0,
        "distinct_chord": len({tuple(ps) for _, ps in ons}) / len(ons) if ons else 0.0,
    }


def phrase_key(phrase: Sequence[Row]) -> frozenset[int]:
    """The pitch classes of the phrase's key (improv.music.keys.estimate, weighted by duration)."""
    if not phrase:
        return frozenset(range(12))
    tonic, mode, _ = keys.estimate(np.array([p for _, _, p in phrase]), np.array([d for _, d, _ in phrase], float))
    return keys.scale(tonic, mode)


def _span(rows: Sequence[Row]) -> tuple[int, int]:
    return (min(o for o, _, _ in rows), max(o + d for o, d, _ in rows)) if rows else (0, 0)


def features(phrase: Sequence[Row], cont: Sequence[Row], beats: int = BEATS) -> dict[str, float]:
    """~60 features of a continuation, most of them relative to the phrase it continues. Rows are
    (onset step, duration steps, pitch) on the same time axis (a continuation starts where its
    phrase ends); on-beat shares read the onset step modulo the steps of a beat."""
    p0, p1 = _span(phrase)
    P, C = _part(phrase, p1 - p0), _part(cont, beats * STEPS_PER_BEAT)
    scale = phrase_key(phrase)
    in_key = lambda ps: float(np.mean([q % 12 in scale for q in ps])) if len(ps) else 0.0
    phrase_pcs = {p % 12 for p in P["pitches"]}
    f: dict[str, float] = {}
    # density and chords
    f["notes_per_beat"] = C["notes_per_beat"]
    f["onsets_per_beat"] = C["onsets_per_beat"]
    f["log_density_vs_phrase"] = math.log2((C["notes_per_beat"] + 0.25) / (P["notes_per_beat"] + 0.25))
    f["log_onsets_vs_phrase"] = math.log2((C["onsets_per_beat"] + 0.25) / (P["onsets_per_beat"] + 0.25))
    f["notes_per_onset"] = C["notes_per_onset"]
    f["notes_per_onset_vs_phrase"] = C["notes_per_onset"] - P["notes_per_onset"]
    for lo, hi in ((1, 1), (2, 2), (3, 3), (4, 999)):
        f[f"chord_{_bin(lo, hi)}_share"] = _share(C["sizes"], lo, hi)
    f["chord_4+_vs_phrase"] = f["chord_4+_share"] - _share(P["sizes"], 4, 99)
    f["distinct_chord_share"] = C["distinct_chord"]
    # the top line
    f["top_repeat_rate"] = C["top_repeat"]
    f["top_repeat_vs_phrase"] = C["top_repeat"] - P["top_repeat"]
    f["top_mean_leap"] = C["mean_leap"]
    f["top_leap_vs_phrase"] = C["mean_leap"] - P["mean_leap"]
    for lo, hi in LEAP_BINS:
        f[f"top_leap_{_bin(lo, hi)}_share"] = _share(C["leaps"], lo, hi)
    f["top_up_share"] = float(np.mean([u > 0 for u in C["up"]])) if C["up"] else 0.0
    f["top_range"] = C["top_range"]
    f["top_range_vs_phrase"] = C["top_range"] - P["top_range"]
    f["top_mean_vs_phrase"] = C["top_mean"] - P["top_mean"] if C["top"] else 0.0
    f["top_start_vs_phrase_end"] = C["top"][0] - P["top"][-1] if C["top"] and P["top"] else 0.0
    f["bass_mean_leap"] = C["bass_leap"]
    f["bass_leap_vs_phrase"] = C["bass_leap"] - P["bass_leap"]
    f["bass_mean_vs_phrase"] = C["bass_mean"] - P["bass_mean"] if C["bass"] else 0.0
    # register and pitch
    f["mean_pitch_vs_phrase"] = C["mean_pitch"] - P["mean_pitch"] if C["pitches"] else 0.0
    f["pitch_std"] = C["pitch_std"]
    f["pitch_std_vs_phrase"] = C["pitch_std"] - P["pitch_std"]
    f["range"] = C["range"]
    f["range_vs_phrase"] = C["range"] - P["range"]
    f["max_vs_phrase"] = max(C["pitches"]) - max(P["pitches"]) if C["pitches"] and P["pitches"] else 0.0
    f["min_vs_phrase"] = min(C["pitches"]) - min(P["pitches"]) if C["pitches"] and P["pitches"] else 0.0
    f["distinct_pitch_share"] = C["distinct_pitch"]
    f["distinct_pitch_vs_phrase"] = C["distinct_pitch"] - P["distinct_pitch"]
    # key and pitch classes
    f["in_key_share"] = in_key(C["pitches"])
    f["in_key_vs_phrase"] = f["in_key_share"] - in_key(P["pitches"])
    f["pc_in_phrase_share"] = float(np.mean([q % 12 in phrase_pcs for q in C["pitches"]])) if C["pitches"] else 0.0
    f["pc_distance"] = float(np.abs(C["pc"] - P["pc"]).sum()) if C["pitches"] else 2.0
    f["pc_entropy"] = _entropy(C["pc"])
    f["pc_entropy_vs_phrase"] = _entropy(C["pc"]) - _entropy(P["pc"])
    # lengths
    for (lo, hi), share in zip(DUR_BINS, C["dur_hist"]):
        f[f"length_{_bin(lo, hi)}_share"] = float(share)
    f["length_distance"] = float(np.abs(C["dur_hist"] - P["dur_hist"]).sum()) if C["durs"] else 2.0
    f["mean_log_length_vs_phrase"] = C["mean_log_dur"] - P["mean_log_dur"] if C["durs"] else 0.0
    f["distinct_length_share"] = len(set(C["durs"])) / len(C["durs"]) if C["durs"] else 0.0
    # rhythm
    for k in ("on_beat", "on_eighth", "on_sixteenth"):
        f[f"{k}_share"] = C[k]
        f[f"{k}_vs_phrase"] = C[k] - P[k]
    f["silence_share"] = C["silence"]
    f["silence_vs_phrase"] = C["silence"] - P["silence"]
    # echo of the phrase
    f["chords_from_phrase"] = (float(np.mean([tuple(ps) in {tuple(q) for _, q in onsets(phrase)}
                                              for _, ps in onsets(cont)])) if cont else 0.0)
    f["top_intervals_from_phrase"] = _echo(P, C)
    return f


def _echo(P: dict, C: dict) -> float:
    """Share of the continuation's top-line (interval, interval) pairs found in the phrase's."""
    grams = lambda up: [tuple(up[i:i + 2]) for i in range(len(up) - 1)]
    heard, said = set(grams(P["up"])), grams(C["up"])
    return float(np.mean([g in heard for g in said])) if said else 0.0


FEATURES = tuple(features([(0, 4, 60), (4, 4, 64)], [(8, 4, 62)]))


def stats(pairs: Sequence[tuple[Sequence[Row], Sequence[Row]]]) -> dict[str, float]:
    """Issue 24's figures over (phrase, continuation) pairs, pooled over onsets (or notes): the rate at
    which the top note repeats at the next onset, notes per onset, the share of onsets with 4 notes
    or more, the mean top-line leap (semitones), the share of notes in the phrase's key, the share
    of onsets on the beat."""
    rep = leaps = n_leaps = notes = n_ons = four = in_key = on_beat = 0
    for phrase, cont in pairs:
        ons = onsets(cont)
        top = [ps[-1] for _, ps in ons]
        d = [abs(b - a) for a, b in zip(top, top[1:])]
        rep += sum(x == 0 for x in d)
        leaps += sum(d)
        n_leaps += len(d)
        notes += len(cont)
        n_ons += len(ons)
        four += sum(len(ps) >= 4 for _, ps in ons)
        scale = phrase_key(phrase)
        in_key += sum(p % 12 in scale for _, _, p in cont)
        on_beat += sum(o % STEPS_PER_BEAT == 0 for o, _ in ons)
    r = lambda a, b: round(a / b, 4) if b else None
    return {"top_repeat_rate": r(rep, n_leaps), "notes_per_onset": r(notes, n_ons), "chord_4plus_share": r(four, n_ons),
            "top_mean_leap": r(leaps, n_leaps), "in_key_share": r(in_key, notes), "on_beat_share": r(on_beat, n_ons)}


# ---------------------------------------------------------------- the weak generators

def repeat_phrase(phrase: Sequence[Row], start: int, steps: int = BEATS * STEPS_PER_BEAT) -> list[Row]:
    """The phrase played again from `start` (its span, from its first onset to `start`, looped),
    whole onsets until `steps` steps are covered."""
    if not phrase:
        return []
    first = min(o for o, _, _ in phrase)
    period = max(start - first, 1)
    out, k = [], 0
    while True:
        moved = [(o - first + start + k * period, d, p) for o, d, p in phrase]
        keep = [r for r in moved if r[0] < start + steps]
        out += keep
        if len(keep) < len(moved) or not keep:
            return sorted(out)
        k += 1


def random_pitches(phrase: Sequence[Row], start: int, rng: np.random.Generator,
                   steps: int = BEATS * STEPS_PER_BEAT) -> list[Row]:
    """The phrase's rhythm and chord sizes (looped as in repeat_phrase) with pitches drawn at
    random, uniformly within the phrase's range."""
    rows = repeat_phrase(phrase, start, steps)
    if not rows:
        return []
    lo, hi = min(p for _, _, p in phrase), max(p for _, _, p in phrase)
    out = []
    for o, ps in onsets(rows):
        d = next(r[1] for r in rows if r[0] == o)
        drawn = rng.choice(np.arange(lo, hi + 1), size=min(len(ps), hi - lo + 1), replace=False)
        out += [(o, d, int(p)) for p in sorted(drawn)]
    return out


# ---------------------------------------------------------------- the classifiers

def folds(groups: Sequence, k: int, rng: np.random.Generator) -> np.ndarray:
    """A fold per sample, whole groups per fold: the groups in a shuffled order, each given to the
    fold with the fewest samples so far (GroupKFold's balance, with a seeded shuffle)."""
    groups = np.asarray(groups)
    names, sizes = np.unique(groups, return_counts=True)
    order = rng.permutation(len(names))
    load, fold_of = np.zeros(k), {}
    for i in order:
        f = int(np.argmin(load))
        fold_of[names[i]] = f
        load[f] += sizes[i]
    return np.array([fold_of[g] for g in groups])


def classifiers(seed: int, trees: int = 100) -> dict:
    from sklearn.ensemble import RandomForestClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    return {"logreg": make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=2000)),
            "forest": RandomForestClassifier(n_estimators=trees, min_samples_leaf=2, random_state=seed, n_jobs=1)}


def cross_validate(X: np.ndarray, y: np.ndarray, groups: Sequence, seed: int = 0, k: int = FOLDS,
                   repeats: int = REPEATS, trees: int = 100) -> dict[str, dict[str, float]]:
    """Accuracy (mean and std over repeats x folds) of each classifier, folds grouped by piece."""
    from sklearn.base import clone
    k = min(k, len(set(groups)))
    if k < 2:
        return {name: {"mean": None, "std": None} for name in CLASSIFIERS}
    scores: dict[str, list[float]] = {name: [] for name in CLASSIFIERS}
    for r in range(repeats):
        fold = folds(groups, k, np.random.default_rng([seed, r]))
        for f in range(k):
            test = fold == f
            if len(set(y[~test])) < 2:
                continue
            for name, model in classifiers(seed * 1000 + r * k + f, trees).items():
                m = clone(model).fit(X[~test], y[~test])
                scores[name].append(float(np.mean(m.predict(X[test]) == y[test])))
    return {name: {"mean": round(float(np.mean(s)), 3), "std": round(float(np.std(s)), 3)} for name, s in scores.items()}


def table(pairs: Sequence[tuple], which: int) -> tuple[np.ndarray, np.ndarray, list]:
    """X, y, groups for (group, phrase, real, *others) pairs: real (0) against others[which] (1)."""
    X, y, g = [], [], []
    for group, phrase, real, *others in pairs:
        for label, cont in ((0, real), (1, others[which])):
            f = features(phrase, cont)
            X.append([f[n] for n in FEATURES])
            y.append(label)
            g.append(group)
    return np.array(X, float), np.array(y), g


def separating(pairs: Sequence[tuple], which: int, top: int = 10) -> list[dict]:
    """The features that tell real (0) from others[which] (1) apart best, alone: |AUC - 0.5| (AUC:
    the chance that the other's value exceeds the real one's), with both means."""
    from scipy.stats import mannwhitneyu
    X, y, _ = table(pairs, which)
    out = []
    for j, name in enumerate(FEATURES):
        a, b = X[y == 0, j], X[y == 1, j]
        if np.ptp(X[:, j]) == 0:
            continue
        u = mannwhitneyu(b, a).statistic
        auc = u / (len(a) * len(b))
        out.append({"feature": name, "real": round(float(a.mean()), 3), "improv": round(float(b.mean()), 3),
                    "auc": round(float(auc), 3)})
    out.sort(key=lambda d: -abs(d["auc"] - 0.5))
    return out[:top]


def judge(pairs: Sequence[tuple], seed: int, only: Sequence[str] = COMPARISONS, repeats: int = REPEATS) -> dict:
    """Accuracies per comparison (those in `only`) and classifier for (group, phrase, real, improv,
    random, repeat, real after) pairs, and the stats, real vs improv."""
    out = {"pairs": len(pairs), "pieces": len({p[0] for p in pairs})}
    for i, name in enumerate(COMPARISONS):
        if name in only:
            X, y, g = table(pairs, i)
            out[name] = cross_validate(X, y, g, seed, repeats=repeats)
    out["stats"] = {"real": stats([(p[1], p[2]) for p in pairs]), "improv": stats([(p[1], p[3]) for p in pairs])}
    return out


# ---------------------------------------------------------------- cuts

def cuts(tokens: Sequence[Token], ids_per_token: Sequence[int], context: int, k: int, rng: np.random.Generator,
         steps: int = BEATS * STEPS_PER_BEAT, min_notes: int = 8) -> list[tuple[int, int]]:
    """Up to k (first, cut) token indices: the phrase is tokens[first:cut], the whole tokens before
    `cut` that hold at most `context` ids (the model's context: what the jam's model sees), with
    `min_notes` notes or more; after `cut` the piece has two stretches of `steps` steps with notes
    (the real continuation, and the one after it for the null). Spread over the piece, evenly from
    a seeded start."""
    n = len(tokens)
    ends = np.cumsum([t.steps for t in tokens])
    starts = ends - np.array([t.steps for t in tokens])
    ok = []
    first = 0
    held = 0
    for cut in range(1, n):
        held += ids_per_token[cut - 1]
        while held > context and first < cut - 1:
            held -= ids_per_token[first]
            first += 1
        if held > context or sum(len(t.pitches) for t in tokens[first:cut]) < min_notes:
            continue
        a = int(np.searchsorted(starts, starts[cut] + steps))   # the first token starting after the real 8 beats
        b = int(np.searchsorted(starts, starts[cut] + 2 * steps))
        if b >= n or not any(t.pitches for t in tokens[cut:a]) or not any(t.pitches for t in tokens[a:b]):
            continue
        ok.append((first, cut))
    if not ok or k < 1:
        return []
    if k >= len(ok):
        return ok
    gap = len(ok) / k
    off = rng.uniform(0, gap)
    return [ok[int(off + i * gap)] for i in range(k)]


def pieces_plan(counts: dict[str, int], total: int) -> dict[str, int]:
    """Pairs per set: weights piano 3, chorale 2, another style with MIN_PIECES held-out pieces or
    more 1, a smaller one 0.25 (it counts in "pooled" only), `total` in all (largest remainders)."""
    w = {s: 3.0 if s == "piano" else 2.0 if s == "chorale" else 1.0 if c >= MIN_PIECES else 0.25
         for s, c in counts.items() if c}
    if not w:
        return {}
    raw = {s: total * v / sum(w.values()) for s, v in w.items()}
    out = {s: int(r) for s, r in raw.items()}
    for s in sorted(raw, key=lambda s: out[s] - raw[s])[:total - sum(out.values())]:
        out[s] += 1
    return out


# ---------------------------------------------------------------- data

def piano_files(paths: Sequence[str]) -> list[str]:
    out = []
    for p in paths:
        q = Path(p)
        out += sorted(str(f) for f in q.rglob("*") if f.suffix.lower() in (".mid", ".midi")) if q.is_dir() else [str(q)]
    return out


def read_sets(bundle, piano: Sequence[str], held_out: bool = True) -> tuple[dict[str, list[tuple[str, np.ndarray]]], dict]:
    """{set: [(piece name, ids)]}: "piano" (the files, less any piece the bundle was trained on) and
    one set per style of the bundle's held-out pieces (its recipe's; "held_out" without one)."""
    from improv.data import recipes
    from improv.model import evaluate
    sets: dict[str, list] = {}
    info: dict = {}
    if piano:
        data = evaluate.tokenize_sources(bundle, piano_files(piano))
        sets["piano"] = list(zip(data.names, data.pieces))
        info["piano"] = {"files": len(piano_files(piano)), "pieces": len(data.names),
                         "excluded_as_trained": data.excluded, "skipped": [f"{Path(p).name}: {r}" for p, r in data.skipped]}
    if not held_out:
        return sets, info
    files, styles, only, recipe = evaluate.held_out_sources(bundle)
    homes = {n.split("~")[0].split("#")[0] for n in only}
    files = [f for f in files if (recipes.piece_name(f, "") if recipe else Path(f).name) in homes]
    data = evaluate.tokenize_sources(bundle, files, styles=styles, only=only, recipe=recipe)
    for name, ids, style in zip(data.names, data.pieces, data.styles):
        sets.setdefault(style or "held_out", []).append((name, ids))
    info["held_out"] = {"pieces": len(data.names), "missing": data.missing}
    return sets, info


def make_pairs(engine, sets: dict[str, list], total: int, seed: int, progress: bool = True,
               settings: dict | None = None) -> dict[str, list]:
    """Per set: (piece, phrase rows, real, improv, random, repeat, real after) for the planned pairs.
    improv continues each phrase as the jam would (live/continuation.py) with `settings` (config.yaml's
    defaults if None).

    The phrase is fed in the pitches it was read in. For a key-normalized bundle those are already in
    the model's key (tokenize_sources moves each piece to C major / A minor); the jam estimates the
    key from what it hears and shifts, as it would for a musician, and its estimate is transposition-
    equivariant, so this is the jam hearing the piece played in C (or A minor): the shift is mostly 0."""
    from improv import config
    from improv.live.continuation import continue_as_jam
    settings = settings or config.defaults()
    tok = engine.tokenizer
    context = engine.bundle.context
    plan = pieces_plan({s: len(v) for s, v in sets.items()}, total)
    out: dict[str, list] = {}
    shifts = Counter()
    made = 0
    for s in sorted(plan):
        rng = np.random.default_rng([seed, sum(map(ord, s))])
        pieces = sorted(sets[s], key=lambda p: p[0])
        order = rng.permutation(len(pieces))
        per = [plan[s] // len(pieces) + (r < plan[s] % len(pieces)) for r in range(len(pieces))]
        chosen = []
        for r, i in enumerate(order):
            name, ids = pieces[i]
            tokens = tok.to_tokens([int(x) for x in ids])
            n_ids = [len(tok.token_ids(t)) for t in tokens]
            for c in cuts(tokens, n_ids, context, per[r], rng):
                chosen.append((name, tokens, c))
        if len(chosen) > plan[s]:  # pieces too short for their share leave it to the others: no top-up
            chosen = chosen[:plan[s]]
        pairs = []
        for name, tokens, (first, cut) in chosen:
            at = sum(t.steps for t in tokens[:first])
            phrase_toks = tokens[first:cut]
            start = at + sum(t.steps for t in phrase_toks)
            phrase = token_rows(phrase_toks, at)
            real = until(tokens[cut:], BEATS * STEPS_PER_BEAT)
            later = until(tokens[cut + len(real):], BEATS * STEPS_PER_BEAT)
            real_end = start + sum(t.steps for t in real)
            improv, shift = continue_as_jam(engine, settings, phrase_toks, BEATS * STEPS_PER_BEAT,
                                            seed=seed * 100_003 + made)
            shifts[shift] += 1
            # the null's second sample stays where it is in the piece (its beat positions are the real ones)
            later_rows = token_rows(later, real_end)
            pairs.append((name, phrase, token_rows(real, start), token_rows(improv, start),
                          random_pitches(phrase, start, np.random.default_rng([seed, made])),
                          repeat_phrase(phrase, start), later_rows))
            made += 1
            if progress and made % 20 == 0:
                print(f"twosample: {made} pairs", file=sys.stderr, flush=True)
        out[s] = pairs
    make_pairs.shifts = dict(shifts)
    return out


# ---------------------------------------------------------------- main

def with_sets(assignments: Sequence[str]) -> dict:
    """config.yaml's defaults with SECTION.KEY=VALUE assignments (values read as YAML), checked by
    the config's own schema."""
    import yaml
    from improv import config
    cfg = config.defaults()
    for a in assignments:
        key, _, value = a.partition("=")
        section, _, name = key.partition(".")
        if section not in cfg or name not in cfg[section]:
            raise SystemExit(f"twosample: --set {a}: no setting {key} in config.yaml")
        try:
            cfg[section][name] = config.validate_value(section, name, yaml.safe_load(value), "--set")
        except config.ConfigError as e:
            raise SystemExit(f"twosample: {e}") from None
    return cfg


def cached(path: str | None, key, read):
    """read(), or what an earlier run with the same key kept in `path`."""
    import pickle
    if path and Path(path).exists():
        kept = pickle.loads(Path(path).read_bytes())
        if kept["key"] == key:
            return kept["value"]
    value = read()
    if path:
        Path(path).write_bytes(pickle.dumps({"key": key, "value": value}))
    return value


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", default=str(REPO / "models" / "default"))
    ap.add_argument("--piano", nargs="*", default=[str(PIANO_DEFAULT)] if PIANO_DEFAULT.exists() else [],
                    help="real piano MIDI files or folders the model was not trained on (default: %(default)s)")
    ap.add_argument("--pairs", type=int, default=240, help="phrase pairs in all, shared among the sets (%(default)s)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--sets", nargs="*", default=None,
                    help="only these sets: piano and the bundle's styles (chorale, folk_song, ...); default all")
    ap.add_argument("--quiet", action="store_true", help="no progress on stderr")
    ap.add_argument("--cache", metavar="FILE", help="keep the pieces read (the slow part) in FILE and read them "
                    "from it on the next run with the same model weights and --piano")
    ap.add_argument("--set", action="append", default=[], metavar="SECTION.KEY=VALUE",
                    help="a jam setting other than config.yaml's default, e.g. sampling.top_p=0.9 (repeatable)")
    ap.add_argument("--only", nargs="*", choices=COMPARISONS, default=list(COMPARISONS),
                    help="only these comparisons (default all)")
    ap.add_argument("--repeats", type=int, default=REPEATS, help="cross-validation repeats (%(default)s)")
    args = ap.parse_args(argv)
    import warnings
    warnings.simplefilter("ignore")  # music21 warns about odd lyrics and part names
    from improv.model.engine import load_engine
    t0 = time.perf_counter()
    engine = load_engine(args.model)
    settings = with_sets(args.set)
    held_out = args.sets is None or set(args.sets) != {"piano"}
    sets, info = cached(args.cache, (engine.bundle.meta.get("weights_sha256"), sorted(args.piano), held_out),
                        lambda: read_sets(engine.bundle, args.piano, held_out=held_out))
    if args.sets is not None:
        sets = {s: v for s, v in sets.items() if s in args.sets}
    t_read = time.perf_counter() - t0
    pairs = make_pairs(engine, sets, args.pairs, args.seed, progress=not args.quiet, settings=settings)
    t_gen = time.perf_counter() - t0 - t_read
    result: dict = {}
    for s, p in sorted(pairs.items()):
        if s == "piano" or len(sets[s]) >= MIN_PIECES:
            result[s] = judge(p, args.seed, args.only, args.repeats)
            result[s]["top"] = separating(p, 0, 3)
    everything = [x for p in pairs.values() for x in p]
    result["pooled"] = judge(everything, args.seed, args.only, args.repeats)
    top = separating(everything, 0, 10)
    print(json.dumps({
        "bench": "twosample", "model": Path(args.model).name, "seed": args.seed, "pairs": len(everything),
        "settings": args.set,
        "beats": BEATS, "cv": f"{args.repeats}x{FOLDS}-fold, grouped by piece", "features": len(FEATURES),
        "comparisons": {"improv": "real vs improv (jam path, default sampling)",
                        "random": "real vs random pitches in the phrase's rhythm",
                        "repeat": "real vs the phrase repeated", "null": "real vs the real 8 beats after"},
        "sets": result, "top_features": top,
        "pairs_per_set": {s: len(p) for s, p in pairs.items()},
        "pieces_per_set": {s: len(v) for s, v in sets.items()},
        "key_shifts": make_pairs.shifts, "data": info,
        "seconds": {"read": round(t_read, 1), "generate": round(t_gen, 1),
                    "classify": round(time.perf_counter() - t0 - t_read - t_gen, 1),
                    "total": round(time.perf_counter() - t0, 1)}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
