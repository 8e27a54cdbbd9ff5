"""Onset jitter of `improv run --mode solo` with the model running, measured by jack_midi_dump
(a separate JACK client) on a private JACK server (dummy driver, 64 frames at 48 kHz).
Prints one JSON line: onsets, steps covered, p50/p99/max deviation from the fitted grid.

    python bench/jitter.py [--model DIR] [--steps 1000] [--tempo 120]
"""
from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.jack import JackServer, dump_events, start_improv  # noqa: E402

RATE = 48000


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
                                  "--tempo", str(args.tempo), "--log-level", "warning")
            dump_path = Path(tmp) / "dump.txt"
            with open(dump_path, "w") as f:
                dump = subprocess.Popen(["jack_midi_dump", "-a", "witness"], stdout=f, env=server.env())
                server.wait_for_port("witness:input")
                subprocess.run(["jack_connect", "improv-out:out", "witness:input"], env=server.env(), check=True)
                time.sleep(args.steps * step + 1.0)  # the measurement window itself
                dump.send_signal(signal.SIGINT)
                dump.wait(10)
            improv.send_signal(signal.SIGTERM)
            improv.wait(10)
            events = dump_events(dump_path)
        finally:
            server.stop()
    frames = np.array(sorted({f for f, m in events if len(m) == 3 and m[0] & 0xF0 == 0x90 and m[2] > 0}), float)
    idx = np.round((frames - frames[0]) / (step * RATE))
    b, a = np.polyfit(idx, frames, 1)
    dev = np.abs(frames - (a + b * idx)) / RATE * 1000
    print(json.dumps({"bench": "jitter", "model": Path(args.model).name, "onsets": int(len(frames)),
                      "steps": int(idx[-1]), "fitted_step_ms": round(b / RATE * 1000, 4),
                      "p50_ms": round(float(np.percentile(dev, 50)), 3),
                      "p99_ms": round(float(np.percentile(dev, 99)), 3), "max_ms": round(float(dev.max()), 3),
                      "period_frames": 64, "rate": RATE}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
