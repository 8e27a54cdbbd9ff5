"""Soak: `improv run --mode accompany` on a private JACK server for N minutes, with a human
simulated from a real piece plus random bursts (bench/human.py, a process of its own), the
human's port unplugged and plugged back, and config reloads. Prints one JSON line: minutes,
notes in, notes out, late steps, grid p99 (on the wall clock, and on JACK's frame counter),
RSS start/end, the note-ons and note-offs improv counted, stuck notes and unbalanced keys as
each witness saw them, exceptions logged.

    python bench/soak.py [--minutes 10] [--model DIR] [--improv CHECKOUT]
"""
from __future__ import annotations

import argparse
import json
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.private import private_env  # noqa: E402
from tests.jack import (RATE, Dump, JackServer, WallWitness, distinct_onsets, grid_fit, is_off, is_on,  # noqa: E402
                        rss_mb, start_improv, stuck)

WARM_UP = 2.0  # seconds of playing left out of the grid figures
RELOAD_EVERY = 6.0  # seconds between config reloads (SIGHUP)
STEP = 0.125  # seconds: 120 BPM, 4 steps per beat


def server_xrun_lines(server) -> int:
    """The JACK server's xrun lines so far (jackd's log: one "JackEngine::XRun ... not finished" per
    late client; when the server itself stalls, every client is in it, the witnesses too): the
    grid heard late at such a moment is the server's, not improv's."""
    log = getattr(server, "log", None)
    if log is None or not Path(log).exists():
        return 0
    lines = [line for line in Path(log).read_text(errors="replace").splitlines() if "JackEngine::XRun" in line]
    return len(lines)


def soak(minutes: float, model: str | None = None, folder: Path | None = None, server: JackServer | None = None,
         improv: Path | None = None) -> dict:
    """Run the soak, on `server` if given, with the improv of checkout `improv` (default this one).
    Every MIDI client here is a process of its own: the simulated human (bench/human.py), improv,
    jack_midi_dump as the synth (it checks that every note-on has its note-off), and
    bench/witness.py, which hears the grid on the wall clock."""
    seconds = minutes * 60
    own_server = server is None
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = folder or Path(tmp_name)
        tmp.mkdir(parents=True, exist_ok=True)
        server = server or JackServer.start(tmp, "is")
        xruns_before = server_xrun_lines(server)
        env = server.env()
        cfg = tmp / "soak.yaml"
        # time.swing is auto, as shipped: a straight player must get a straight grid (a swing heard
        # in its piece begun again off the beat once moved improv's offbeats ~60 ms)
        cfg.write_text("jam:\n  density: 0.5\n")
        human = daemon = wall = synth = None
        try:
            synth = Dump(server, "soaksynth")
            human = subprocess.Popen([sys.executable, str(REPO / "bench" / "human.py"), str(seconds)], env=env,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
            assert human.stdout.readline().strip() == "ready", "the simulated human did not start"
            args = ["--mode", "accompany", "--name", "soak", "--in", "soakhuman", "--out", "soaksynth",
                    "--config", str(cfg)] + (["--model", model] if model else [])
            # the keyboard is there before improv starts; improv's status file is the soak's own
            daemon = start_improv(server, tmp, *args, env_extra=private_env(tmp), cwd=improv)
            wall = WallWitness(server, "soakear", "soak-out:out")
            log: list[str] = []
            reader = threading.Thread(target=lambda: log.extend(daemon.stdout), daemon=True)
            reader.start()
            human.stdin.write("go\n")
            human.stdin.flush()
            time.sleep(min(5.0, seconds / 6))
            rss_start = rss_mb(daemon.pid)
            reloads = 0
            t0 = time.monotonic()
            while human.poll() is None:
                time.sleep(0.25)
                if time.monotonic() - t0 >= RELOAD_EVERY * (reloads + 1):
                    cfg.write_text(f"jam:\n  density: 0.5\nsampling:\n"
                                   f"  temperature: {0.9 + 0.2 * (reloads % 2)}\n")
                    daemon.send_signal(signal.SIGHUP)
                    reloads += 1
            played = json.loads(human.stdout.read().strip().splitlines()[-1])
            rss_end = rss_mb(daemon.pid)
            daemon.send_signal(signal.SIGTERM)
            try:
                daemon.wait(20)
            except subprocess.TimeoutExpired:
                daemon.send_signal(signal.SIGUSR1)  # improv prints its threads' stacks
                time.sleep(1.0)
                daemon.kill()
                reader.join(5)
                raise RuntimeError("improv did not stop within 20 s of SIGTERM; its log ends:\n"
                                   + "".join(log)[-6000:]) from None
            reader.join(5)
            heard = wall.stop()  # each witness first waits (5 s at most) for the last note-offs
            events = synth.stop()
            (tmp / "heard.json").write_text(json.dumps({"wall": heard, "synth": events}))  # for a second look
            (tmp / "improv.log").write_text("".join(log))
        finally:
            for proc in (human, daemon, wall and wall.proc, synth and synth.proc):
                if proc is not None and proc.poll() is None:
                    proc.kill()
            if daemon is not None:
                daemon.notify.close()
            if own_server:
                server.stop()
    xruns = server_xrun_lines(server) - xruns_before
    ons = [(f, m) for f, m in events if is_on(m)]
    off_balance, sounding = unbalanced(events), stuck(events)
    off_balance_wall, sounding_wall = unbalanced(heard), stuck(heard)
    text = "".join(log)
    if len(ons) < 2:
        raise RuntimeError(f"improv played nothing; its log:\n{text[-2000:]}")
    wall_at = settled([t for t, m in heard if is_on(m)])
    wall_dev = np.abs(grid_fit(wall_at, STEP)[1])
    frame_dev = np.abs(grid_fit(settled([f / RATE for f, _ in ons]), STEP)[1])
    status = [line for line in text.splitlines() if "status:" in line]
    late = int(status[-1].split("late ")[1].split(",")[0]) if status else -1
    sent_on, sent_off = (int(x) for x in re.search(r"out (\d+) \(note-offs (\d+)\)", status[-1]).groups())
    return {"bench": "soak", "minutes": round(minutes, 2), "notes_in": played["notes_in"], "notes_out": len(ons),
            "bursts": played["bursts"], "port_drops": played["port_drops"], "reloads": reloads,
            "reconnects": text.count("is back; reconnected"), "late_steps": late,
            "grid_p90_ms": round(float(np.percentile(wall_dev, 90)), 3),
            "grid_p99_ms": round(float(np.percentile(wall_dev, 99)), 3), "grid_max_ms": round(float(wall_dev.max()), 3),
            "server_xrun_lines": xruns,
            "grid_frames_p99_ms": round(float(np.percentile(frame_dev, 99)), 3),
            "rss_start_mb": round(rss_start, 1), "rss_end_mb": round(rss_end, 1),
            "improv_note_ons": sent_on, "improv_note_offs": sent_off,
            "stuck_notes": len(sounding), "unbalanced_keys": len(off_balance),
            "stuck_notes_wall": len(sounding_wall), "unbalanced_keys_wall": len(off_balance_wall),
            "unbalanced_sample": {f"{c + 1}:{p}": v for (c, p), v in list(off_balance.items())[:5]},
            "exceptions_logged": text.count("Traceback") + text.count("ERROR"), "exit_code": daemon.returncode,
            "worst_onsets_s": [round(float(wall_at[i] - wall_at[0] + WARM_UP), 2) for i in np.argsort(-wall_dev)[:6]]}


def unbalanced(events) -> dict:
    """The (channel, pitch) keys whose note-ons and note-offs a receiver saw differ in number,
    with the difference."""
    balance: dict = {}
    for _, m in events:
        if is_on(m) or is_off(m):
            key = (m[0] & 0x0F, m[1])
            balance[key] = balance.get(key, 0) + (1 if is_on(m) else -1)
    return {k: v for k, v in balance.items() if v}


def settled(onsets_s: list[float]) -> np.ndarray:
    """The onsets once improv has settled in: WARM_UP seconds after the first."""
    t = distinct_onsets(onsets_s)
    return t[t >= t[0] + WARM_UP]



def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--model", default=None)
    ap.add_argument("--improv", type=Path, default=None, help="the checkout whose improv runs (a 'before')")
    args = ap.parse_args()
    print(json.dumps(soak(args.minutes, args.model, improv=args.improv)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
