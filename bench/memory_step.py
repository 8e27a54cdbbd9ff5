"""Per-step cost of the session memory with 5,000 tokens held: observe + probs + quote_bans (and
with the mixture: + mix + FollowWeight.observe), in wall time and in the thread's CPU time,
beside the numpy engine's predict of the shipped model and one np.dot of vocabulary size,
measured in the same run. Prints one JSON line.

    python bench/memory_step.py [--model DIR] [--steps 3000] [--vocabs 597,720,2000]

The stream is the bundle's training tokens; for a vocabulary larger than the bundle's, half of
them are moved to Zipf-drawn ids of the larger vocabulary, so contexts are followed by more types.
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


def stats(ms: np.ndarray) -> dict:
    return {"p50_ms": round(float(np.percentile(ms, 50)), 4), "p99_ms": round(float(np.percentile(ms, 99)), 4),
            "max_ms": round(float(ms.max()), 4)}


def stream_for(ids: np.ndarray, v: int, v0: int, rng: np.random.Generator) -> np.ndarray:
    if v <= v0:
        return ids
    moved = rng.random(len(ids)) < 0.5
    zipf = np.minimum(rng.zipf(1.3, len(ids)) - 1, v - 1)
    return np.where(moved, zipf, ids)


def measure(v: int, stream: np.ndarray, steps: int, fill: int) -> dict:
    from improv.model.memory import SessionMemory
    from improv.model.mixture import FollowWeight, mix
    mem, follow = SessionMemory(v, order=6, max_tokens=fill, max_quote=6), FollowWeight(None)
    for t in stream[:fill]:
        mem.observe(int(t))
    p_mem, p_mix = np.empty(v), np.empty(v)
    p_model = np.full(v, 1.0 / v)
    bare, full, cpu = np.empty(steps), np.empty(steps), np.empty(steps)
    ctx = [int(t) for t in stream[fill - 50:fill]]
    for k in range(steps):
        t = int(stream[fill + k])
        c0 = time.thread_time_ns()
        t0 = time.perf_counter_ns()
        mem.observe(t)
        ctx.append(t)
        del ctx[0]
        mem.probs(ctx, out=p_mem)
        mem.quote_bans(ctx[-6:])
        t1 = time.perf_counter_ns()
        cpu[k] = (time.thread_time_ns() - c0) / 1e6
        follow.observe(p_model[t], p_mem[t])
        mix(p_model, p_mem, follow.w, out=p_mix)
        t2 = time.perf_counter_ns()
        bare[k], full[k] = (t1 - t0) / 1e6, (t2 - t0) / 1e6
    assert len(mem) == fill
    # wall time counts the moments other processes held the CPU; thread CPU time does not
    return {"vocab": v, "tokens_held": len(mem), "step": stats(bare), "step_cpu": stats(cpu),
            "step_with_mix": stats(full)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=str(REPO / "models" / "default"))
    ap.add_argument("--steps", type=int, default=3000)
    ap.add_argument("--fill", type=int, default=5000)
    ap.add_argument("--vocabs", default="597,720,2000")
    args = ap.parse_args()
    from improv.model.engine import load_engine
    engine = load_engine(args.model, "numpy")
    v0 = len(engine.tokenizer)
    ids = np.load(Path(args.model) / "train_ids.npy").astype(np.int64)
    if len(ids) < args.fill + args.steps:
        ids = np.tile(ids, (args.fill + args.steps) // len(ids) + 1)
    rng = np.random.default_rng(0)

    contexts = [ids[i:i + engine.context] for i in range(0, 300 * 7, 7)]
    for c in contexts[:20]:
        engine.predict(c)  # warm-up
    predict_ms = np.empty(len(contexts) - 20)
    for k, c in enumerate(contexts[20:]):
        t0 = time.perf_counter_ns()
        engine.predict(c)
        predict_ms[k] = (time.perf_counter_ns() - t0) / 1e6
    a, b = rng.random(v0), rng.random(v0)
    dot_ms = np.empty(2000)
    for k in range(len(dot_ms)):
        t0 = time.perf_counter_ns()
        np.dot(a, b)
        dot_ms[k] = (time.perf_counter_ns() - t0) / 1e6

    runs = []
    for v in [int(x) for x in args.vocabs.split(",")]:
        r = measure(v, stream_for(ids, v, v0, rng), args.steps, args.fill)
        r["step_p50_vs_predict_p50"] = round(r["step"]["p50_ms"] / float(np.median(predict_ms)), 4)
        r["step_p50_vs_dot_p50"] = round(r["step"]["p50_ms"] / float(np.median(dot_ms)), 1)
        runs.append(r)
    print(json.dumps({"bench": "memory_step", "model": Path(args.model).name, "order": 6, "max_quote": 6,
                      "cores": os.cpu_count(), "reference": {"numpy_predict": stats(predict_ms),
                                                             "dot_vocab": {**stats(dot_ms), "vocab": v0}},
                      "runs": runs}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
