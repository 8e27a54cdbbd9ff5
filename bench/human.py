"""A simulated human for the soak, as a process of its own (as a keyboard is): plays a piece in a
loop at 120 BPM into its own JACK MIDI port (client NAME, port "out"), adds a burst of 100 random
notes every 7 s, and unplugs its port for a second every 10 s. Prints "ready" once the port
exists, waits for a line on stdin, plays for SECONDS, then prints one JSON line of what it did.

    python bench/human.py SECONDS [--name soakhuman] [--rng-seed 0] [--source corpus:bach/bwv66.6]
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time

import rtmidi

BEAT = 0.5  # seconds: 120 BPM
BURST_EVERY, DROP_EVERY, DROP_FOR = 7.0, 10.0, 1.0


def piece_events(source: str) -> list[tuple[float, bool, int, int]]:
    """(beat, is_on, pitch, velocity) of the piece's notes, each released at 90% of its length."""
    from improv.data import corpus
    files, _ = corpus.expand_sources([source])
    p = corpus.read_file(files[0])[0]
    events = []
    for on, dur, pitch, vel in zip(p.onsets, p.durations, p.pitches, p.velocities):
        events += [(float(on), True, int(pitch), int(vel)), (float(on) + float(dur) * 0.9, False, int(pitch), 0)]
    return sorted(events)


class Keyboard:
    def __init__(self, name: str):
        self.name = name
        self.port: rtmidi.MidiOut | None = None
        self.notes = 0

    def plug(self) -> None:
        self.port = rtmidi.MidiOut(rtmidi.API_UNIX_JACK, name=self.name)
        self.port.open_virtual_port("out")

    def unplug(self) -> None:
        if self.port is not None:
            self.port.close_port()
            self.port.delete()
            self.port = None

    def send(self, msg: list[int]) -> None:
        self.port.send_message(msg)
        if msg[0] & 0xF0 == 0x90 and msg[2] > 0:
            self.notes += 1


def play(seconds: float, name: str, seed: int, source: str) -> dict:
    events = piece_events(source)
    loop_beats = max(e[0] for e in events) + 2
    rng = random.Random(seed)
    keys = Keyboard(name)
    keys.plug()
    print("ready", flush=True)
    sys.stdin.readline()
    bursts = drops = 0
    start = time.monotonic()
    next_burst, next_drop = start + BURST_EVERY, start + DROP_EVERY
    loop = 0
    while time.monotonic() - start < seconds:
        for at, on, pitch, vel in events:
            when = start + (loop * loop_beats + at) * BEAT
            while (now := time.monotonic()) < when:
                time.sleep(min(0.005, when - now))
            if now - start > seconds:
                break
            keys.send([0x90 if on else 0x80, pitch, vel])
            if now >= next_burst:
                burst = [rng.randrange(30, 100) for _ in range(100)]
                for p in burst:
                    keys.send([0x90, p, 100])
                time.sleep(0.05)
                for p in burst:
                    keys.send([0x80, p, 0])
                bursts += 1
                next_burst = now + BURST_EVERY
            if now >= next_drop:  # unplugged mid-piece: notes it held are cut off with it
                keys.unplug()
                time.sleep(DROP_FOR)
                keys.plug()
                drops += 1
                next_drop = time.monotonic() + DROP_EVERY
        loop += 1
    keys.unplug()
    return {"notes_in": keys.notes, "bursts": bursts, "port_drops": drops}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("seconds", type=float)
    ap.add_argument("--name", default="soakhuman")
    ap.add_argument("--rng-seed", type=int, default=0, help="the random bursts, repeatable")
    ap.add_argument("--source", default="corpus:bach/bwv66.6")
    args = ap.parse_args()
    print(json.dumps(play(args.seconds, args.name, args.rng_seed, args.source)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
