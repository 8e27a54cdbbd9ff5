"""Generation quality on held-out pieces, per style (a recipe bundle's styles; "all" otherwise).

For each style, up to --runs phrases of its held-out pieces (several from different offsets of a
piece when the style has fewer pieces), each continued by --length tokens as the jam makes them
(events-v1: whole steps, `generate.continue_phrase`; onset-v1: token by token, as before):
  - loops: how many continuations end in a loop (a period of <= 4 steps repeated >= 4 times; an
    events-v1 step is one onset's notes and its shift, judged whole), with the default sampling and
    with argmax decoding;
  - the music: share of distinct pitches (distinct pitches / notes), share of distinct durations
    (distinct note lengths / notes), notes per onset and the share of onsets with >= 2 notes, the
    continuations' median against the range (min-max) of the real music that follows the same
    phrases in the held-out pieces, over the same number of tokens.
Then answers to held-out phrases, sampled as the jam does (session memory mixed in at follow = 0
and at auto, quote guard on): echo, the share of the answer's interval-and-duration 3-grams found
in the phrase it answers, and the longest run of the phrase's tokens it quotes verbatim.
Prints one JSON line.

    python bench/quality.py [--model DIR] [--runs 20] [--length 200] [--phrases 20]
                            [--phrase-tokens N] [--answer-tokens N] [--answer-sources SRC ...] [--no-answers]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
PHRASE_TOKENS = {"events-v1": 192, "onset-v1": 64}  # about 6 bars of a chorale, about 8 bars
sys.path.insert(0, str(REPO))

LOOP_PERIOD, LOOP_REPEATS = 4, 4
MIN_REAL_NOTES = 8  # a real window with fewer notes says nothing about a style's range
METRICS = ("distinct_pitch_share", "distinct_duration_share", "chord_size_mean", "chord_share")
ALL = "all"


# ---------------------------------------------------------------- the music of a stretch of notes

def note_stats(notes) -> dict[str, float] | None:
    """Of (onset step, duration steps, pitch) notes: distinct pitches / notes, distinct durations /
    notes, notes per onset, share of onsets with 2 notes or more. None without notes."""
    notes = list(notes)
    if not notes:
        return None
    n = len(notes)
    per_onset = Counter(o for o, _, _ in notes)
    return {"distinct_pitch_share": len({p for _, _, p in notes}) / n,
            "distinct_duration_share": len({d for _, d, _ in notes}) / n,
            "chord_size_mean": n / len(per_onset),
            "chord_share": sum(c >= 2 for c in per_onset.values()) / len(per_onset)}


def compare(generated: list[dict], real: list[dict]) -> dict[str, dict]:
    """Per metric: the continuations' median, the real windows' min, median and max, and whether the
    median lies within the real range."""
    out = {}
    for m in METRICS:
        g = [s[m] for s in generated if s is not None]
        r = [s[m] for s in real if s is not None]
        if not g or not r:
            out[m] = {"median": None, "real_min": None, "real_median": None, "real_max": None, "within": None}
            continue
        med, lo, hi = float(np.median(g)), min(r), max(r)
        out[m] = {"median": round(med, 4), "real_min": round(lo, 4), "real_median": round(float(np.median(r)), 4),
                  "real_max": round(hi, 4), "within": bool(lo <= med <= hi)}
    return out


# ---------------------------------------------------------------- steps and windows

def take_steps(groups, n: int) -> list[int]:
    """Whole steps from the start until they hold `n` tokens or more (or the groups end)."""
    out: list[int] = []
    for g in groups:
        if len(out) >= n:
            break
        out.extend(g)
    return out


def step_starts(groups) -> list[int]:
    """Where each step starts, in tokens."""
    starts, at = [], 0
    for g in groups:
        starts.append(at)
        at += len(g)
    return starts


def offsets(starts: list[int], n: int, k: int, context: int, length: int) -> list[int]:
    """k step boundaries to cut a piece of n tokens at (phrase before, real music after): a full
    context before and `length` tokens after where the piece allows, spread evenly; a shorter piece
    is cut near min(context, n / 2), so that both sides keep some music."""
    bounds = [b for b in starts if b > 0]
    if not bounds or k < 1:
        return []
    lo = min(context, n // 2)
    hi = max(lo, n - length)
    cands = [b for b in bounds if lo <= b <= hi] or [min(bounds, key=lambda b: (abs(b - lo), b))]
    if k == 1:
        return [cands[0]]
    return [cands[round(r * (len(cands) - 1) / (k - 1))] for r in range(k)]


def window(groups, starts: list[int], cut: int, context: int, length: int) -> tuple[list[int], list[int]]:
    """(phrase, real): the whole steps before `cut`, at most `context` tokens (one step at least),
    and the whole steps from `cut` on until they hold `length` tokens."""
    i = starts.index(cut)
    phrase: list[int] = []
    for g in reversed(groups[:i]):
        if phrase and len(phrase) + len(g) > context:
            break
        phrase[:0] = g
    if len(phrase) > context:
        phrase = phrase[-context:]
    return phrase, take_steps(groups[i:], length)


def interleave(pieces: list[tuple[str, str, list[int]]]) -> list[list[int]]:
    """The ids of (name, style, ids) pieces, one style after another in turn (each style's pieces in
    name order), so that the first phrases taken come from every style."""
    by: dict[str, list[list[int]]] = {}
    for _, style, ids in sorted(pieces, key=lambda p: (p[1], p[0])):
        by.setdefault(style, []).append(ids)
    out, i = [], 0
    while any(i < len(v) for v in by.values()):
        out += [v[i] for v in by.values() if i < len(v)]
        i += 1
    return out


def plan(pieces: list[tuple[str, list[int]]], count: int) -> list[tuple[int, int, int]]:
    """(piece index, round, phrases from that piece) for `count` phrases going round the pieces."""
    if not pieces:
        return []
    p = len(pieces)
    per = [count // p + (i < count % p) for i in range(p)]
    return [(i % p, i // p, per[i % p]) for i in range(count)]


# ---------------------------------------------------------------- echo (the answers part)

def features(tokens) -> list[tuple]:
    """Per token: (interval of its top note from the previous sounding token's, steps); rests
    as ('rest', steps). Transposition-free, so echo counts a motif moved in pitch too."""
    out, prev = [], None
    for t in tokens:
        if t.is_rest:
            out.append(("rest", t.steps))
        else:
            out.append((None if prev is None else t.pitches[-1] - prev, t.steps))
            prev = t.pitches[-1]
    return out


def echo(phrase, answer) -> tuple[int, int]:
    """(answer 3-grams found in the phrase, answer 3-grams) of interval-and-duration features."""
    f = features(list(phrase) + list(answer))
    grams = lambda seq: [tuple(seq[i:i + 3]) for i in range(len(seq) - 2)]
    heard = set(grams(f[:len(phrase)]))
    said = grams(f[len(phrase):])
    return sum(g in heard for g in said), len(said)


def longest_quote(phrase: list[int], answer: list[int]) -> int:
    """The longest run of answer tokens found verbatim, in order, in the phrase."""
    best, prev = 0, [0] * (len(phrase) + 1)
    for a in answer:
        cur = [0] * (len(phrase) + 1)
        for j, b in enumerate(phrase):
            if a == b:
                cur[j + 1] = prev[j] + 1
                best = max(best, cur[j + 1])
        prev = cur
    return best


def _summary(echoes, quotes, weights) -> dict:
    found, said = np.sum(echoes, axis=0)
    return {"echo": round(float(found / max(1, said)), 4), "echo_grams": [int(found), int(said)],
            "longest_quote": int(max(quotes)),
            "longest_quote_mean": round(float(np.mean(quotes)), 2), "mean_weight": round(float(np.mean(weights)), 3)}


def answers(engine, phrases: list[list[int]], follow: float | None, answer_tokens: int, sampling: dict,
            memory_settings: dict) -> dict:
    """As the jam answers: the phrase's ids heard by a PlayerMemory (the auto weight learns on every
    one), then whole steps from the tokenizer's generate_step with that memory mixed in and guarding
    quotes; echo on the decoded notes (as onset tokens), quotes on ids."""
    from improv.live.playermemory import PlayerMemory
    from improv.model.sampling import Sampler
    tok, n = engine.tokenizer, engine.context
    echoes, quotes, weights = [], [], []
    for i, phrase in enumerate(phrases):
        memory = PlayerMemory(tok, {**memory_settings, "follow": "auto" if follow is None else follow})
        for t in range(len(phrase)):
            context = phrase[max(0, t - n):t]
            memory.heard(context, phrase[t], context, phrase[t])  # shift 0: played = the model's ids
            if follow is None:
                memory.learn(engine, 1)
        sampler, history, heads, out = Sampler.from_config(sampling, seed=i), list(phrase), [], []
        weights.append(memory.weight.w)
        while len(out) < answer_tokens:
            group = tok.generate_step(engine, history[-n:], sampler, None, memory, heads, out)
            heads.append(group[0])
            out += group
            history += group
        echoes.append(echo(tok.to_tokens(phrase), tok.to_tokens(out)))
        quotes.append(longest_quote(phrase, out))
    return _summary(echoes, quotes, weights)


def phrases_from(pieces: list, count: int, length: int, cut=None) -> list[list[int]]:
    """`count` phrases of `length` tokens, going round the pieces, each further into its piece;
    `cut(ids)` -> steps: whole steps only (a phrase of at most `length` tokens)."""
    long = [p for p in pieces if len(p) >= length]
    out = []
    for i in range(count):
        if not long:
            break
        piece = [int(t) for t in long[i % len(long)]]
        start = ((i // len(long)) * length) % (len(piece) - length + 1)
        if cut is None:
            out.append(piece[start:start + length])
            continue
        groups = cut(piece)
        starts = step_starts(groups)
        first = next((k for k, s in enumerate(starts) if s >= start), 0)
        phrase: list[int] = []
        for g in groups[first:]:
            if phrase and len(phrase) + len(g) > length:
                break
            phrase += g
        out.append(phrase)
    return out


# ---------------------------------------------------------------- held-out pieces

def held_out_pieces(bundle, sources: list[str] | None = None) -> tuple[list[tuple[str, str, list[int]]], dict]:
    """(name, style, ids) of the bundle's held-out pieces (meta.json's split "val"), read with the
    bundle's settings and named as `improv prepare` names them; style is the recipe's, or "all".
    Only the files that hold them are read. With `sources`, every piece of those files instead."""
    from improv.data import corpus, dataset, recipes
    from improv.data.names import base_name
    from improv.data.reading import read_all
    from improv.settings import TokenSettings
    meta = bundle.meta
    settings = TokenSettings.from_record(meta["tokens"])
    tok = bundle.tokenizer
    val = [] if sources else meta.get("split", {}).get("val", [])
    train = {base_name(n) for n in meta.get("split", {}).get("train", [])}
    recipe = None if sources else recipes.recipe_of(meta.get("sources") or [])
    wanted = {base_name(n) for n in val}
    if recipe:
        files, styles = recipes.recipe_files(recipe)
        settings.parse_timeout_s = max(settings.parse_timeout_s, recipes.PARSE_TIMEOUT_S)
        homes = {n.split("~")[0].split("#")[0] for n in wanted}
        files = [f for f in files if recipes.piece_name(f, "") in homes]
    else:
        files, errors = corpus.expand_sources(sources or meta.get("sources") or ["corpus:bach"])
        if errors:
            raise SystemExit(f"quality: the bundle's sources cannot be read here: {errors[0]}")
        styles = {}
        if wanted:
            homes = {n.split("~")[0].split("#")[0] for n in wanted}
            files = [f for f in files if Path(f).name in homes]
    found, skipped = [], []
    for res in read_all(files, settings, jobs=0, use_cache=True, progress=False):
        if res.skip:
            skipped.append(f"{Path(res.path).name}: {res.skip}")
            continue
        for piece in res.pieces:
            name = recipes.piece_name(res.path, piece.name) if recipe else piece.name
            if settings.key_normalize:
                piece, _ = dataset.normalize_key(piece)
            stream = tok.stream(piece, settings)
            ids = tok.encode(stream)[0]
            if tok.keeps(stream):  # the pieces prepare keeps, in its order, so '~N' numbers match meta.json's
                found.append((name, styles.get(res.path) or ALL, [int(i) for i in ids]))
    seen: Counter = Counter()
    out = []
    for name, style, ids in found:
        seen[name] += 1
        name = f"{name}~{seen[name]}" if seen[name] > 1 else name
        if wanted and base_name(name) not in wanted:
            continue
        if not wanted and not sources and base_name(name) in train:
            continue  # no split in meta.json: every piece not trained on
        if len(ids) >= 2:
            out.append((name, style, ids))
    info = {"pieces": len(out), "files_read": len(files), "skipped": skipped,
            "missing": sorted(wanted - {base_name(n) for n, _, _ in out})}
    return sorted(out), info


# ---------------------------------------------------------------- main

def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=str(REPO / "models" / "default"))
    ap.add_argument("--runs", type=int, default=20, help="phrases per style")
    ap.add_argument("--length", type=int, default=200, help="tokens a continuation (events: whole steps, at least)")
    ap.add_argument("--phrases", type=int, default=20)
    ap.add_argument("--phrase-tokens", type=int, default=None,
                    help="events-v1 192 (about 6 bars of a chorale), onset-v1 64 (about 8 bars)")
    ap.add_argument("--answer-tokens", type=int, default=None, help="half the phrase's (whole steps)")
    ap.add_argument("--answer-sources", nargs="*", default=None,
                    help="phrases from these files instead of the held-out pieces of the bundle's sources")
    ap.add_argument("--no-answers", action="store_true", help="skip the echo part")
    args = ap.parse_args()
    import warnings
    warnings.simplefilter("ignore")  # music21 warns about odd lyrics and part names
    from improv import config
    from improv.model.engine import load_engine
    from improv.model.generate import continue_phrase
    from improv.model.sampling import Sampler, ends_in_loop
    t0 = time.perf_counter()
    engine = load_engine(args.model)
    bundle = engine.bundle
    tok, context = bundle.tokenizer, bundle.context
    cut = tok.steps

    def notes(ids):
        return tok.to_notes(ids)[0]

    pieces, info = held_out_pieces(bundle)
    if not pieces:
        print(f"quality: no held-out piece of {args.model} could be read ({info})", file=sys.stderr)
        return 1
    sampling = config.defaults()["sampling"]
    makers = {"default_sampling": lambda i: Sampler.from_config(sampling, seed=i),
              "argmax": lambda i: Sampler.defaults(temperature=0.01, top_p=1.0, no_repeat_ngram=0,
                                                   repetition_penalty=1.0, top_repeat_penalty=1.0, seed=i)}
    totals = {k: {"runs": 0, "ending_in_loop": 0, "distinct": []} for k in makers}
    by_style: dict[str, dict] = {}
    for style in sorted({s for _, s, _ in pieces}):
        mine = [(name, ids) for name, s, ids in pieces if s == style]
        usable = []  # pieces with at least one cut that leaves real music after the phrase
        for name, ids in mine:
            groups = cut(ids)
            starts = step_starts(groups)
            cuts = offsets(starts, len(ids), 1, context, args.length)
            if cuts and len(notes(window(groups, starts, cuts[0], context, args.length)[1])) >= MIN_REAL_NOTES:
                usable.append((name, ids, groups, starts))
        loops = {k: 0 for k in makers}
        generated, real, lengths, used = [], [], [], set()
        runs = plan(usable, args.runs)
        for i, (p, r, k) in enumerate(runs):
            name, ids, groups, starts = usable[p]
            phrase, after = window(groups, starts, offsets(starts, len(ids), k, context, args.length)[r],
                                   context, args.length)
            used.add(name)
            real.append(note_stats(notes(after)))
            lengths.append(len(after))
            for kind, make in makers.items():
                made = continue_phrase(engine, make(i), phrase, args.length)
                looped = ends_in_loop([tuple(g) for g in cut(made)], LOOP_PERIOD, LOOP_REPEATS)
                loops[kind] += looped
                totals[kind]["ending_in_loop"] += looped
                totals[kind]["runs"] += 1
                totals[kind]["distinct"].append(len(set(made)))
                if kind == "default_sampling":  # the same number of tokens as the real music, whole steps
                    generated.append(note_stats(notes(take_steps(cut(made), len(after)))))
        music = compare(generated, real)
        by_style[style] = {
            "held_out_pieces": len(mine), "pieces_used": len(used), "phrases": len(runs),
            "window_tokens_median": float(np.median(lengths)) if lengths else None,
            "loops": {k: f"{v}/{len(runs)}" for k, v in loops.items()},
            **music,
            "within_range": sum(bool(m["within"]) for m in music.values()),
            "target_met": bool(runs) and loops["default_sampling"] == 0 and all(m["within"] for m in music.values())}
    results: dict = {}
    for kind, t in totals.items():
        results[kind] = {"runs": t["runs"], "ending_in_loop": t["ending_in_loop"],
                         "distinct_tokens_mean": round(float(np.mean(t["distinct"])), 1) if t["distinct"] else None}
    results["loops_judged_on"] = "whole steps (the tokenizer's steps: an onset's notes and its shift)"
    results["by_style"] = by_style
    results["target"] = ("per style: 0 loops in the sampled continuations, and the median share of distinct "
                         "pitches, of distinct durations, notes per onset and share of chords within the "
                         "real held-out range")
    results["target_met"] = all(s["target_met"] for s in by_style.values())
    results["held_out"] = info

    if args.no_answers:
        results["answers"] = {"skipped": "--no-answers"}
    else:
        phrase_tokens = args.phrase_tokens or PHRASE_TOKENS.get(tok.name, 64)
        answer_tokens = args.answer_tokens or phrase_tokens // 2
        if args.answer_sources:
            more, _ = held_out_pieces(bundle, args.answer_sources)
            source = interleave(more)
        else:
            source = interleave(pieces)
        phrases = phrases_from(source, args.phrases, phrase_tokens, cut)
        if not phrases:
            results["answers"] = {"skipped": f"no piece of {phrase_tokens} tokens or more"}
        else:
            memory = config.defaults()["memory"]
            fixed = answers(engine, phrases, 0.0, answer_tokens, sampling, memory)
            auto = answers(engine, phrases, None, answer_tokens, sampling, memory)
            max_quote = memory["max_quote"]
            results["answers"] = {"phrases": len(phrases), "phrase_tokens": phrase_tokens,
                                  "answer_tokens": answer_tokens, "max_quote": max_quote,
                                  "sources": args.answer_sources or "held-out pieces of the bundle",
                                  "follow_0": fixed, "follow_auto": auto,
                                  "echo_ratio": round(auto["echo"] / fixed["echo"], 2) if fixed["echo"] else None}
    print(json.dumps({"bench": "quality", "model": Path(args.model).name, "tokenizer": tok.name,
                      "length": args.length, "runs_per_style": args.runs, **results,
                      "seconds": round(time.perf_counter() - t0, 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
