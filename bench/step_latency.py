"""Per-step latency with a full 50-token context: numpy engine, tensorflow engine, and the
original project's way (Keras model.predict), in one run. Prints one JSON line.

    python bench/step_latency.py [--model DIR] [--steps 2000] [--predict-steps 200]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
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


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=str(REPO / "models" / "default"))
    ap.add_argument("--steps", type=int, default=2000)
    ap.add_argument("--predict-steps", type=int, default=200, help="model.predict is slow; fewer steps")
    args = ap.parse_args()
    from improv.engine import load_engine
    np_engine = load_engine(args.model, "numpy")
    v, n = len(np_engine.vocab), np_engine.context
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
              "numpy_speedup_vs_predict_p50": round(float(np.median(predict_ms) / np.median(numpy_ms)), 1)}
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
