"""Per-token latency with a full 50-token context: numpy engine, tensorflow engine, and the
original project's way (Keras model.predict), in one run; and a whole jam step of events-v1
tokens (k of them, k uniform in 1..10 or the steps of a chorale): the numpy engine's
predict_state on the window plus k-1 advances, each token masked by events.allowed_next and
sampled, against the same step done by predict on the whole window for every token. An
onset-v1 model gets the step part on a random events-v1 bundle of its architecture. Prints one
JSON line.

    python bench/step_latency.py [--model DIR] [--steps 2000] [--predict-steps 200] [--k uniform|chorale]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def timings(fn, contexts) -> np.ndarray:
    out = np.empty(len(contexts))
    for k, ctx in enumerate(contexts):
        t0 = time.perf_counter_ns()
        fn(ctx)
        out[k] = (time.perf_counter_ns() - t0) / 1e6
    return out


def stats(ms: np.ndarray) -> dict:
    return {"p50_ms": round(float(np.percentile(ms, 50)), 3), "p99_ms": round(float(np.percentile(ms, 99)), 3),
            "max_ms": round(float(ms.max()), 3), "steps": int(len(ms))}


def events_bundle(arch: dict, folder: Path) -> Path:
    """A random events-v1 bundle (numpy weights) of the given architecture."""
    from improv.model import bundle as bundle_mod
    from improv.tokens.event_codec import default_vocabulary
    from improv.tokens.events import EventsV1
    vocab = default_vocabulary()
    arch = {**arch, "vocab_size": len(vocab)}
    rng = np.random.default_rng(0)
    weights = {k: rng.normal(0, 0.1, shape).astype(np.float32)
               for k, shape in bundle_mod.expected_shapes(arch).items()}
    bundle_mod.save(folder, {"architecture": arch}, EventsV1(vocab), weights)
    return folder


def chorale_ids() -> np.ndarray:
    """A real context: bach/bwv66.6 as events-v1 ids (music21's corpus)."""
    from music21 import corpus as m21corpus

    from improv.tokens import event_codec as events
    from improv.data.corpus import read_file
    return events.encode(read_file(str(m21corpus.getWork("bach/bwv66.6")))[0])[0]


def step_timings(engine, windows, ks, anchored: bool, seed: int = 0) -> np.ndarray:
    """One jam step per (window, k): k tokens, each masked by the grammar and sampled."""
    from improv.tokens.event_codec import allowed_next
    vocab = engine.tokenizer.vocab
    rng = np.random.default_rng(seed)
    out = np.empty(len(windows))
    for n, (window, k) in enumerate(zip(windows, ks)):
        t0 = time.perf_counter_ns()
        step: list[int] = []
        if anchored:
            probs, state = engine.predict_state(window)
        for j in range(k):
            if not anchored:
                probs = engine.predict(window + step)  # the whole (last context) window every token
            p = probs * allowed_next(step, vocab)
            step.append(int(rng.choice(len(p), p=p / p.sum())))
            if anchored and j < k - 1:
                probs, state = engine.advance(state, step[-1])
        out[n] = (time.perf_counter_ns() - t0) / 1e6
    return out


def step_part(model: str, n_steps: int, k_from: str) -> dict:
    from improv.model.bundle import load
    from improv.model.engine import NumpyEngine
    from improv.tokens.event_codec import steps as event_steps
    bundle = load(model)
    with tempfile.TemporaryDirectory() as tmp:
        if bundle.tokenizer == "events-v1":
            label = "the model"
        else:
            bundle, label = load(events_bundle(bundle.arch, Path(tmp) / "events")), \
                "random events-v1, same architecture"
    engine = NumpyEngine(bundle)
    ids = [int(i) for i in chorale_ids()]
    rng = np.random.default_rng(1)
    if k_from == "chorale":
        real = [len(g) for g in event_steps(ids)]
        ks = [real[i] for i in rng.integers(0, len(real), n_steps + 20)]
    else:
        ks = [int(k) for k in rng.integers(1, 11, n_steps + 20)]
    n = engine.context
    starts = rng.integers(0, len(ids) - n, n_steps + 20)
    windows = [ids[s:s + n] for s in starts]
    step_timings(engine, windows[:20], ks[:20], True)  # warm-up
    fast = step_timings(engine, windows[20:], ks[20:], True)
    step_timings(engine, windows[:20], ks[:20], False)
    slow = step_timings(engine, windows[20:], ks[20:], False)
    k = np.array(ks[20:])
    return {"step_bundle": label, "step_tokens": {"from": "uniform 1..10" if k_from == "uniform" else "bach/bwv66.6 steps",
                                                  "mean": round(float(k.mean()), 2), "max": int(k.max())},
            "step_anchored": stats(fast), "step_slow_way": stats(slow),
            "step_slow_over_anchored": {"p50": round(float(np.median(slow) / np.median(fast)), 2),
                                        "p99": round(float(np.percentile(slow, 99) / np.percentile(fast, 99)), 2)}}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=str(REPO / "models" / "default"))
    ap.add_argument("--steps", type=int, default=2000)
    ap.add_argument("--predict-steps", type=int, default=200, help="model.predict is slow; fewer steps")
    ap.add_argument("--k", choices=("uniform", "chorale"), default="uniform",
                    help="tokens per step: uniform 1..10 (the measured p99 is ~10) or a chorale's steps")
    args = ap.parse_args()
    from improv.model.engine import load_engine
    np_engine = load_engine(args.model, "numpy")
    v, n = len(np_engine.tokenizer), np_engine.context
    rng = np.random.default_rng(0)
    contexts = [rng.integers(0, v, n) for _ in range(args.steps + 50)]
    timings(np_engine.predict, contexts[:50])  # warm-up
    numpy_ms = timings(np_engine.predict, contexts[50:])

    tf_engine = load_engine(args.model, "tensorflow", "cpu")
    timings(tf_engine.predict, contexts[:50])
    tf_ms = timings(tf_engine.predict, contexts[50:])

    model = tf_engine.model  # the original project's way: model.predict on every step
    def original_way(ctx):
        model.predict((ctx + 1)[None, :].astype(np.int32), verbose=0)
    timings(original_way, contexts[:5])
    predict_ms = timings(original_way, contexts[50:50 + args.predict_steps])

    result = {"bench": "step_latency", "model": Path(args.model).name, "vocab": v, "context": n,
              "cores": os.cpu_count(), "numpy": stats(numpy_ms), "tensorflow": stats(tf_ms),
              "keras_predict": stats(predict_ms),
              "numpy_speedup_vs_predict_p50": round(float(np.median(predict_ms) / np.median(numpy_ms)), 1),
              **step_part(args.model, args.steps, args.k)}
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
