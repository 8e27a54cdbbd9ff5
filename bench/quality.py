"""Generation quality on held-out pieces: of N continuations of 200 tokens (default sampling),
how many end in a loop (period <= 4 repeated >= 4 times)? The seed's argmax decoding beside it.
Prints one JSON line.

    python bench/quality.py [--model DIR] [--runs 20] [--length 200]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=str(REPO / "models" / "default"))
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--length", type=int, default=200)
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
    print(json.dumps({"bench": "quality", "model": Path(args.model).name, "length": args.length, **results}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
