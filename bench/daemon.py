"""The daemon's footprint: seconds from start until its ports exist, RSS after 60 s, and CPU
seconds per minute when idle (call-response, no input), on a private JACK server.
Prints one JSON line.

    python bench/daemon.py [--model DIR] [--seconds 60] [--period 64]
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.private import private_env  # noqa: E402
from tests.jack import JackServer, dummy_args, rss_mb, start_improv  # noqa: E402


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


BASELINE = """
import os, sys, time, mido, rtmidi
inp = rtmidi.MidiIn(rtmidi.API_UNIX_JACK, name="base"); inp.open_virtual_port("in")
inp.set_callback(lambda e, d: None)
out = mido.Backend("mido.backends.rtmidi/UNIX_JACK").open_output("out", virtual=True, client_name="base-out")
time.sleep(2); t0 = os.times(); time.sleep(float(sys.argv[1])); t1 = os.times()
print((t1.user + t1.system - t0.user - t0.system) / float(sys.argv[1]) * 60)
"""


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=str(REPO / "models" / "default"))
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--period", type=int, default=64, help="JACK frames per cycle at 48 kHz (the tests use 64)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        server = JackServer.start(Path(tmp), "ib", dummy_args(args.period))
        try:
            t0 = time.monotonic()
            improv = start_improv(server, Path(tmp), "--mode", "call-response", "--model", args.model,
                                  "--log-level", "warning", env_extra=private_env(Path(tmp)))
            ready_s = time.monotonic() - t0  # to READY=1: ports open, model loaded
            time.sleep(5)  # let start-up work finish before measuring idle
            cpu0, w0 = cpu_seconds(improv.pid), time.monotonic()
            time.sleep(max(0.0, args.seconds - 5))
            cpu1, w1 = cpu_seconds(improv.pid), time.monotonic()
            rss = rss_mb(improv.pid)
            improv.send_signal(signal.SIGTERM)
            improv.wait(10)
            # the same two rtmidi JACK clients, doing nothing: what JACK's process cycles cost by themselves
            base = subprocess.run([sys.executable, "-c", BASELINE, str(min(30.0, args.seconds))], env=server.env(),
                                  capture_output=True, text=True, timeout=120)
            baseline = float(base.stdout.strip())
        finally:
            server.stop()
    per_minute = (cpu1 - cpu0) / (w1 - w0) * 60
    print(json.dumps({"bench": "daemon", "model": Path(args.model).name, "jack_period_frames": args.period,
                      "ready_s": round(ready_s, 3),
                      "rss_mb_after_s": args.seconds, "rss_mb": round(rss, 1),
                      "idle_cpu_s_per_min": round(per_minute, 3),
                      "idle_cpu_share_of_core": round(per_minute / 60, 4),
                      "jack_clients_alone_cpu_s_per_min": round(baseline, 3),
                      "improv_own_idle_cpu_s_per_min": round(per_minute - baseline, 3)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
