"""When improv sends what it does not send on a step: a swung offbeat's note-on (it waits for its
place after the step), every note-off, and (--clock-out) each MIDI clock tick. A player plays swung eighths into `improv run --mode
accompany` with time.swing set, on a private JACK server; a probe in improv's process (bench/sendprobe,
through PYTHONPATH, so a "before" checkout is measured unchanged) records how long after its due
time each was sent. The step's own work (the next token, learning, the swing fit, the dynamics)
must not hold them back. Prints one JSON line: counts and lateness p50/p99/max (ms).

    python bench/sendtime.py [--seconds 12] [--tempo 160] [--swing 0.58] [--level sixteenth]
                             [--clock-out] [--improv CHECKOUT]
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.private import private_env  # noqa: E402
from tests.jack import JackServer, start_improv  # noqa: E402

PLAYER = """
import sys, time, rtmidi
port, bpm, ratio, seconds = sys.argv[1], float(sys.argv[2]), float(sys.argv[3]), float(sys.argv[4])
out = rtmidi.MidiOut(rtmidi.API_UNIX_JACK, name="player")
out.open_port(out.get_ports().index(port))
beat, t0 = 60.0 / bpm, time.monotonic()
for i in range(int(seconds / beat) * 2):          # swung eighths, held a little
    at = t0 + (i // 2) * beat + (i % 2) * ratio * beat
    time.sleep(max(0.0, at - time.monotonic()))
    out.send_message([0x90, 60 + i % 7, 70])
    time.sleep(0.05)
    out.send_message([0x80, 60 + i % 7, 0])
"""


def stats(values: list[float]) -> dict:
    v = np.array(values) if values else np.zeros(1)
    return {"n": len(values), "p50": round(float(np.percentile(v, 50)), 3),
            "p99": round(float(np.percentile(v, 99)), 3), "max": round(float(v.max()), 3),
            "over_2ms": int((v > 2.0).sum())}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=str(REPO / "models" / "default"))
    ap.add_argument("--seconds", type=float, default=12.0)
    ap.add_argument("--tempo", type=float, default=160.0)
    ap.add_argument("--swing", type=float, default=0.58)
    ap.add_argument("--level", choices=("eighth", "sixteenth"), default="sixteenth")
    ap.add_argument("--clock-out", action="store_true", help="improv sends MIDI clock too (24 ticks a beat)")
    ap.add_argument("--improv", type=Path, default=None, help="the checkout whose improv runs (a 'before')")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        config = tmp / "config.yaml"
        config.write_text(f"jam:\n  density: 1.0\ntime:\n  tempo: {args.tempo}\n  swing: {args.swing}\n"
                          f"  swing_level: {args.level}\nmidi:\n  clock_out: {str(args.clock_out).lower()}\n")
        out = tmp / "late.json"
        env = {**private_env(tmp), "SENDPROBE_OUT": str(out),
               "PYTHONPATH": os.pathsep.join([str(REPO / "bench" / "sendprobe"), os.environ.get("PYTHONPATH", "")])}
        server = JackServer.start(tmp, "st")
        try:
            improv = start_improv(server, tmp, "--mode", "accompany", "--model", args.model, "--config", str(config),
                                  "--log-level", "info", env_extra=env, cwd=args.improv)
            subprocess.run([sys.executable, "-c", PLAYER, "improv:in", str(args.tempo), str(args.swing),
                            str(args.seconds)], env=server.python_env(), check=True, timeout=args.seconds + 60)
            improv.send_signal(signal.SIGTERM)
            log, _ = improv.communicate(timeout=20)
        finally:
            server.stop()
        late = json.loads(out.read_text())
    status = [line for line in log.splitlines() if "status:" in line]
    print(json.dumps({"bench": "sendtime", "improv": str(args.improv or REPO), "tempo": args.tempo,
                      "swing": args.swing, "level": args.level, "clock_out": args.clock_out,
                      "swung_note_on_late_ms": stats(late["on"]), "note_off_late_ms": stats(late["off"]),
                      "clock_tick_late_ms": stats(late["tick"]) if args.clock_out else None,
                      "status": status[-1].split("status: ", 1)[-1] if status else None}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
