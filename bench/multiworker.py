"""Two workers against one (issue 23): `improv train --strategy multiworker` in two local processes
(TF_CONFIG: one cluster of two workers on localhost ports, the same command and --out), against
`improv train` alone, on the same data, model size and epochs. One JSON line: each run's training
seconds (meta.json's, the fit alone) and wall seconds (the command, reading and scoring included),
and the ratios two workers / one.

    python bench/multiworker.py [DATA] [--units 64] [--epochs 1]

DATA defaults to bench/data/ragtime (20 rags, 41,723 notes). The one-worker run goes first and
fills improv's parse cache, so both runs read the pieces from it alike. On one machine the two
workers share its cores: the ratio says what the collective all-reduce costs there, not what two
hosts would gain.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def free_ports(n: int) -> list[int]:
    """n ports free on localhost now (held open together, so they differ; a port taken between here
    and the workers' start fails the run, it does not pass it)."""
    with ExitStack() as stack:
        socks = [stack.enter_context(socket.socket()) for _ in range(n)]
        for s in socks:
            s.bind(("localhost", 0))
        return [s.getsockname()[1] for s in socks]


def run(cmds: list[tuple[list[str], dict]], timeout: float) -> float:
    """Start every command at once; wait for all; the wall seconds. A failure ends the bench."""
    t0 = time.monotonic()
    procs = [subprocess.Popen(c, env=e, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for c, e in cmds]
    for p in procs:
        out, err = p.communicate(timeout=timeout)
        if p.returncode:
            sys.exit(f"multiworker: {' '.join(p.args)} exited {p.returncode}: {err.strip()[-2000:]}")
    return time.monotonic() - t0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("data", nargs="?", default=str(REPO / "bench" / "data" / "ragtime"))
    ap.add_argument("--units", type=int, default=64)
    ap.add_argument("--epochs", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=1800)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="improv-mw-bench-") as tmp:
        base = [sys.executable, "-m", "improv", "train", args.data, "--units", str(args.units), "--embedding", "32",
                "--epochs", str(args.epochs), "--patience", str(args.epochs + 1), "--jobs", "1", "--min-notes", "0"]
        one = Path(tmp) / "one"
        wall_one = run([(base + ["--out", str(one)], dict(os.environ))], args.timeout)
        two = Path(tmp) / "two"
        hosts = [f"localhost:{p}" for p in free_ports(2)]
        cmds = [(base + ["--out", str(two), "--strategy", "multiworker"],
                 {**os.environ, "TMPDIR": tmp,
                  "TF_CONFIG": json.dumps({"cluster": {"worker": hosts}, "task": {"type": "worker", "index": i}})})
                for i in range(2)]
        wall_two = run(cmds, args.timeout)
        m1, m2 = (json.loads((d / "meta.json").read_text()) for d in (one, two))
    t1, t2 = m1["training"], m2["training"]
    print(json.dumps({
        "bench": "multiworker", "data": Path(args.data).name, "units": args.units, "epochs": args.epochs,
        "cpus": os.cpu_count(), "machine": platform.machine(),
        "one": {"train_s": t1["seconds"], "wall_s": round(wall_one, 1), "batch": t1["batch"],
                "targets_per_s": t1["targets_per_s"], "held_out_bits_per_note": _bits(m1)},
        "two": {"train_s": t2["seconds"], "wall_s": round(wall_two, 1), "batch": t2["batch"],
                "replicas": t2["replicas"], "targets_per_s": t2["targets_per_s"], "held_out_bits_per_note": _bits(m2)},
        "ratio_train_two_over_one": round(t2["seconds"] / t1["seconds"], 2),
        "ratio_wall_two_over_one": round(wall_two / wall_one, 2)}))
    return 0


def _bits(meta: dict) -> float | None:
    m = (meta.get("metrics") or {}).get("held_out_by_piece") or {}
    return m.get("bits_per_note")


if __name__ == "__main__":
    sys.exit(main())
