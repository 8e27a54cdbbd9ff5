"""Onset jitter of `improv run --mode solo` with the model running, on a private JACK server
(dummy driver, 64 frames at 48 kHz), heard by two witnesses of their own: bench/witness.py on
the wall clock (p50/p99/max), and jack_midi_dump on JACK's frame counter (frames_*), which the
dummy driver lets slip at its xruns. Prints one JSON line: onsets, steps covered, deviations
from the fitted grid.

    python bench/jitter.py [--model DIR] [--steps 1000] [--tempo 120]
"""
from __future__ import annotations

import argparse
import json
import signal
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.private import private_env  # noqa: E402
from tests.jack import RATE, Dump, JackServer, WallWitness, grid_fit, is_on, start_improv  # noqa: E402



def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=str(REPO / "models" / "default"))
    ap.add_argument("--steps", type=int, default=1000)
    ap.add_argument("--tempo", type=float, default=120.0)
    args = ap.parse_args()
    step = 60.0 / args.tempo / 4
    with tempfile.TemporaryDirectory() as tmp:
        server = JackServer.start(Path(tmp), "ib")
        try:
            improv = start_improv(server, Path(tmp), "--mode", "solo", "--model", args.model,
                                  "--tempo", str(args.tempo), "--log-level", "warning",
                                  env_extra=private_env(Path(tmp)))
            ear = WallWitness(server, "ear", "improv-out:out")
            dump = Dump(server, "witness", "improv-out:out")
            time.sleep(args.steps * step + 1.0)  # the measurement window itself
            events = dump.stop(settle=False)
            heard = ear.stop(settle=False)
            improv.send_signal(signal.SIGTERM)
            improv.wait(10)
        finally:
            server.stop()
    frames = [f / RATE for f, m in events if is_on(m)]
    wall = [t for t, m in heard if is_on(m)]
    fitted, frame_dev = grid_fit(frames, step)
    _, wall_dev = grid_fit(wall, step)
    frame_dev, wall_dev = np.abs(frame_dev), np.abs(wall_dev)
    print(json.dumps({"bench": "jitter", "model": Path(args.model).name, "onsets": int(len(frame_dev)),
                      "steps": int(round((max(frames) - min(frames)) / step)), "fitted_step_ms": round(fitted * 1000, 4),
                      "p50_ms": round(float(np.percentile(wall_dev, 50)), 3),
                      "p99_ms": round(float(np.percentile(wall_dev, 99)), 3), "max_ms": round(float(wall_dev.max()), 3),
                      "frames_p50_ms": round(float(np.percentile(frame_dev, 50)), 3),
                      "frames_p99_ms": round(float(np.percentile(frame_dev, 99)), 3),
                      "frames_max_ms": round(float(frame_dev.max()), 3), "period_frames": 64, "rate": RATE}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
