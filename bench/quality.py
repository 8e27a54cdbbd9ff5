"""Generation quality on held-out pieces: of N continuations of 200 tokens (default sampling),
how many end in a loop (period <= 4 repeated >= 4 times)? The seed's argmax decoding beside it.
Then answers to held-out phrases, sampled as the jam does (session memory mixed in at follow = 0
and at auto, quote guard on): echo, the share of the answer's interval-and-duration 3-grams found
in the phrase it answers, and the longest run of the phrase's tokens it quotes verbatim.
Prints one JSON line.

    python bench/quality.py [--model DIR] [--runs 20] [--length 200] [--phrases 20]
                            [--phrase-tokens 64] [--answer-tokens 32] [--answer-sources SRC ...]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


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


def answers(engine, phrases: list[list[int]], follow: float | None, answer_tokens: int, sampling: dict,
            max_quote: int = 6) -> dict:
    """Each phrase played by the human into a fresh memory, then answered token by token: model
    and memory mixed at the follow weight, the quote bans zeroed, then the Sampler."""
    from improv.memory import SessionMemory
    from improv.mixture import FollowWeight, apply_bans, mix
    from improv.sampling import Sampler
    v, n = len(engine.vocab), engine.context
    tokens = engine.vocab.tokens
    echoes, quotes, weights = [], [], []
    p_mem, p = np.empty(v), np.empty(v)
    for i, phrase in enumerate(phrases):
        memory, weight = SessionMemory(v, max_quote=max_quote), FollowWeight(follow)
        memory.observe(phrase[0])
        for t in range(1, len(phrase)):  # the player's tokens teach the auto weight
            y = phrase[t]
            weight.observe(engine.predict(phrase[max(0, t - n):t])[y], memory.probs(phrase[:t], out=p_mem)[y])
            memory.observe(y)
        sampler, history, out = Sampler.from_config(sampling, seed=i), list(phrase), []
        weights.append(weight.w)
        for _ in range(answer_tokens):
            mix(engine.predict(history[-n:]), memory.probs(history, out=p_mem), weight.w, out=p)
            apply_bans(p, memory.quote_bans(out))
            out.append(sampler.sample(p, out))
            history.append(out[-1])
        echoes.append(echo([tokens[k] for k in phrase], [tokens[k] for k in out]))
        quotes.append(longest_quote(phrase, out))
    found, said = np.sum(echoes, axis=0)
    return {"echo": round(float(found / max(1, said)), 4), "echo_grams": [int(found), int(said)],
            "longest_quote": int(max(quotes)),
            "longest_quote_mean": round(float(np.mean(quotes)), 2), "mean_weight": round(float(np.mean(weights)), 3)}


def phrases_from(pieces: list, count: int, length: int) -> list[list[int]]:
    """`count` phrases of `length` tokens, going round the pieces, each further into its piece."""
    long = [p for p in pieces if len(p) >= length]
    out = []
    for i in range(count):
        piece = long[i % len(long)]
        start = ((i // len(long)) * length) % (len(piece) - length + 1)
        out.append([int(t) for t in piece[start:start + length]])
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=str(REPO / "models" / "default"))
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--length", type=int, default=200)
    ap.add_argument("--phrases", type=int, default=20)
    ap.add_argument("--phrase-tokens", type=int, default=64)  # about 8 bars: what a memory has heard by the first answers
    ap.add_argument("--answer-tokens", type=int, default=32)
    ap.add_argument("--answer-sources", nargs="*", default=None,
                    help="phrases from these files instead of the held-out pieces of the bundle's sources")
    args = ap.parse_args()
    from improv import config, corpus
    from improv.engine import load_engine
    from improv.evaluate import tokenize_sources
    from improv.sampling import Sampler, ends_in_loop
    engine = load_engine(args.model)
    bundle = engine.bundle
    files, _ = corpus.expand_sources(bundle.meta.get("sources", ["corpus:bach"]))
    held_out = tokenize_sources(bundle, files).pieces  # pieces the model never saw
    sampling = config.defaults()["sampling"]
    results = {}
    for name, make in (("default_sampling", lambda i: Sampler.from_config(sampling, seed=i)),
                       ("argmax", lambda i: Sampler(temperature=0.01, top_p=1.0, no_repeat_ngram=0,
                                                    repetition_penalty=1.0, seed=i))):
        loops, distinct = 0, []
        for i in range(args.runs):
            seed = [int(t) for t in held_out[i % len(held_out)][:bundle.context]]
            sampler, history = make(i), list(seed)
            for _ in range(args.length):
                history.append(sampler.sample(engine.predict(history[-bundle.context:]), history[len(seed):]))
            out = history[len(seed):]
            loops += ends_in_loop(out, 4, 4)
            distinct.append(len(set(out)))
        results[name] = {"runs": args.runs, "ending_in_loop": loops, "distinct_tokens_mean": round(float(np.mean(distinct)), 1)}
    if args.answer_sources:
        more, _ = corpus.expand_sources(args.answer_sources)
        held_out = tokenize_sources(bundle, more).pieces
    phrases = phrases_from(held_out, args.phrases, args.phrase_tokens)
    fixed = answers(engine, phrases, 0.0, args.answer_tokens, sampling)
    auto = answers(engine, phrases, None, args.answer_tokens, sampling)
    results["answers"] = {"phrases": len(phrases), "phrase_tokens": args.phrase_tokens,
                          "answer_tokens": args.answer_tokens, "max_quote": 6,
                          "sources": args.answer_sources or "held-out pieces of the bundle's sources",
                          "follow_0": fixed, "follow_auto": auto,
                          "echo_ratio": round(auto["echo"] / fixed["echo"], 2) if fixed["echo"] else None}
    print(json.dumps({"bench": "quality", "model": Path(args.model).name, "length": args.length, **results}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
