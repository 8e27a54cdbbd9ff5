"""Soak: `improv run --mode accompany` on a private JACK server for N minutes, with a human
simulated from a real piece plus random bursts, the human's port unplugged and plugged back,
and config reloads. Prints one JSON line: minutes, notes in, notes out, late steps, grid p99,
RSS start/end, stuck notes, unbalanced keys, exceptions logged.

    python bench/soak.py [--minutes 10] [--model DIR]
"""
from __future__ import annotations

import argparse
import json
import os
import random
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

from tests.jack import JackServer, dump_events, rss_mb  # noqa: E402

RATE = 48000
WARM_UP = 2.0  # seconds of playing left out of the grid figures
RELOAD_EVERY = 6.0  # seconds between config reloads (SIGHUP)


def piece_notes(source: str = "corpus:bach/bwv66.6") -> list[tuple[float, float, int, int]]:
    from improv import corpus
    files, _ = corpus.expand_sources([source])
    p = corpus.read_file(files[0])[0]
    return [(float(a), float(b), int(c), int(d)) for a, b, c, d in zip(p.onsets, p.durations, p.pitches, p.velocities)]


class Human(threading.Thread):
    """Plays the piece in a loop at 120 BPM, with bursts, unplugging its port now and then."""

    def __init__(self, notes, seconds: float, seed: int = 0):
        super().__init__(daemon=True)
        self.notes, self.seconds = notes, seconds
        self.rng = random.Random(seed)
        self.notes_in = self.bursts = self.drops = 0
        self.port = None
        self.lock = threading.Lock()

    def plug(self):
        import rtmidi
        port = rtmidi.MidiOut(rtmidi.API_UNIX_JACK, name="soakhuman")
        port.open_virtual_port("out")
        return port

    def unplug(self):
        with self.lock:
            port, self.port = self.port, None
        if port is not None:
            port.close_port()
            port.delete()

    def send(self, msg) -> None:
        with self.lock:
            if self.port is not None:
                self.port.send_message(msg)
                if msg[0] & 0xF0 == 0x90 and msg[2] > 0:
                    self.notes_in += 1

    def run(self) -> None:
        self.port = self.plug()
        beat = 0.5
        events = sorted([(on, 1, p, v) for on, d, p, v in self.notes] + [(on + d * 0.9, 0, p, 0) for on, d, p, v in self.notes])
        length = max(e[0] for e in events) + 2
        start = time.monotonic()
        next_burst, next_drop = start + 7, start + 10
        loop = 0
        while time.monotonic() - start < self.seconds:
            for at, on, pitch, vel in events:
                when = start + (loop * length + at) * beat
                while (now := time.monotonic()) < when:
                    time.sleep(min(0.005, when - now))
                if now - start > self.seconds:
                    break
                self.send([0x90 if on else 0x80, pitch, vel])
                if now >= next_burst:  # a burst: 100 random notes within 50 ms
                    burst = [self.rng.randrange(30, 100) for _ in range(100)]
                    for p in burst:
                        self.send([0x90, p, 100])
                    time.sleep(0.05)
                    for p in burst:
                        self.send([0x80, p, 0])
                    self.bursts += 1
                    next_burst = now + 7
                if now >= next_drop:   # the keyboard is unplugged for a second
                    self.unplug()
                    time.sleep(1.0)
                    self.port = self.plug()
                    self.drops += 1
                    next_drop = time.monotonic() + 10
            loop += 1
        self.unplug()


def soak(minutes: float, model: str | None = None, folder: Path | None = None, server: JackServer | None = None) -> dict:
    """Run the soak; on `server` if given (libjack in one process talks to one server only)."""
    seconds = minutes * 60
    own_server = server is None
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = folder or Path(tmp_name)
        server = server or JackServer.start(tmp, "is")
        env = {**server.env(), "PYTHONUNBUFFERED": "1"}
        saved = {k: os.environ.get(k) for k in ("JACK_DEFAULT_SERVER", "JACK_NO_START_SERVER")}
        os.environ.update(JACK_DEFAULT_SERVER=server.name, JACK_NO_START_SERVER="1")  # for the human's port
        cfg = tmp / "soak.yaml"
        cfg.write_text("jam:\n  density: 0.5\n")
        dump_path = tmp / "synth.txt"
        try:
            with open(dump_path, "w") as f:
                witness = subprocess.Popen(["jack_midi_dump", "-a", "soaksynth"], stdout=f, env=env)
                server.wait_for_port("soaksynth:input")
                args = [sys.executable, "-m", "improv", "run", "--backend", "jack", "--mode", "accompany",
                        "--name", "soak", "--in", "soakhuman", "--out", "soaksynth", "--config", str(cfg)]
                if model:
                    args += ["--model", model]
                human = Human(piece_notes(), seconds)
                human_port_ready = threading.Event()  # the keyboard is there before improv starts
                orig_plug = human.plug

                def plug():
                    p = orig_plug()
                    human_port_ready.set()
                    return p
                human.plug = plug
                human.start()
                human_port_ready.wait(10)
                daemon = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                          cwd=REPO)
                log: list[str] = []
                reader = threading.Thread(target=lambda: log.extend(daemon.stdout), daemon=True)
                reader.start()
                server.wait_for_port("soak-out:out", timeout=60)
                time.sleep(min(5.0, seconds / 6))
                rss_start = rss_mb(daemon.pid)
                reloads = 0
                t0 = time.monotonic()
                while human.is_alive():
                    time.sleep(0.25)
                    if time.monotonic() - t0 >= RELOAD_EVERY * (reloads + 1):
                        cfg.write_text(f"jam:\n  density: 0.5\nsampling:\n  temperature: {0.9 + 0.2 * (reloads % 2)}\n")
                        daemon.send_signal(signal.SIGHUP)
                        reloads += 1
                rss_end = rss_mb(daemon.pid)
                daemon.send_signal(signal.SIGTERM)
                daemon.wait(20)
                reader.join(5)
                time.sleep(0.2)
                witness.send_signal(signal.SIGINT)
                witness.wait(10)
        finally:
            if own_server:
                server.stop()
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
        events = dump_events(dump_path)
    ons = [(f, m) for f, m in events if len(m) == 3 and m[0] & 0xF0 == 0x90 and m[2] > 0]
    balance: dict = {}
    sounding: set = set()
    for _, m in events:
        if len(m) < 3 or m[0] & 0xF0 not in (0x80, 0x90):
            continue
        key = (m[0] & 0x0F, m[1])
        if m[0] & 0xF0 == 0x90 and m[2] > 0:
            balance[key] = balance.get(key, 0) + 1
            sounding.add(key)
        else:
            balance[key] = balance.get(key, 0) - 1
            sounding.discard(key)
    frames = np.array(sorted({f for f, _ in ons}), dtype=np.float64)
    text = "".join(log)
    if len(frames) < 2:
        raise RuntimeError(f"improv played nothing; its log:\n{text[-2000:]}")
    frames = frames[frames >= frames[0] + WARM_UP * RATE]  # the grid once improv has settled in
    step = 0.125 * RATE
    idx = np.round((frames - frames[0]) / step)
    b, a = np.polyfit(idx, frames, 1)
    dev = np.abs(frames - (a + b * idx)) / RATE * 1000
    status = [line for line in text.splitlines() if "status:" in line]
    late = int(status[-1].split("late ")[1].split(",")[0]) if status else -1
    return {"bench": "soak", "minutes": round(minutes, 2), "notes_in": human.notes_in, "notes_out": len(ons),
            "bursts": human.bursts, "port_drops": human.drops, "reloads": reloads,
            "reconnects": text.count("is back; reconnected"), "late_steps": late,
            "grid_p99_ms": round(float(np.percentile(dev, 99)), 3), "grid_max_ms": round(float(dev.max()), 3),
            "rss_start_mb": round(rss_start, 1), "rss_end_mb": round(rss_end, 1), "stuck_notes": len(sounding),
            "unbalanced_keys": sum(1 for v in balance.values() if v != 0),
            "exceptions_logged": text.count("Traceback") + text.count("ERROR"), "exit_code": daemon.returncode,
            "worst_onsets_s": [round(float((frames[i] - frames[0]) / RATE), 2) for i in np.argsort(-dev)[:6]]}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--model", default=None)
    args = ap.parse_args()
    print(json.dumps(soak(args.minutes, args.model)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
