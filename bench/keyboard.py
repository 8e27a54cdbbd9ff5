"""A keyboard for the ears benchmark, as a process of its own (as a real one is): a JACK MIDI output
(client NAME, port "out"), opened once. Prints "ready", then for each line on stdin:

    play INTERVAL_S DURATION_S [[pitch, ...], ...]   plays the onsets, one every INTERVAL_S, each
                                                      released after DURATION_S; then prints one JSON
                                                      line: the monotonic time each onset was sent
    notes [[at_s, duration_s, pitch, velocity], ...] plays notes at their own times (from now); prints
                                                      the monotonic time each note-on was sent
    quit

    python bench/keyboard.py NAME
"""
from __future__ import annotations

import json
import sys
import time

import rtmidi


def main() -> int:
    out = rtmidi.MidiOut(rtmidi.API_UNIX_JACK, name=sys.argv[1])
    out.open_virtual_port("out")
    print("ready", flush=True)
    for line in sys.stdin:
        word, _, rest = line.strip().partition(" ")
        if word == "notes":
            print(json.dumps(notes(out, json.loads(rest))), flush=True)
            continue
        if word != "play":
            break
        interval, duration, onsets = rest.split(" ", 2)
        interval, duration, onsets = float(interval), float(duration), json.loads(onsets)
        start, sent = time.monotonic() + 0.01, []
        events = sorted([(start + i * interval, 1, i) for i in range(len(onsets))] +
                        [(start + i * interval + duration, 0, i) for i in range(len(onsets))])
        for at, on, i in events:  # absolute deadlines: no drift over thousands of notes
            time.sleep(max(0.0, at - time.monotonic()))
            if on:
                sent.append(time.monotonic())
            for pitch in onsets[i]:
                out.send_message([0x90, pitch, 90] if on else [0x80, pitch, 0])
        print(json.dumps(sent), flush=True)
    out.close_port()
    out.delete()
    return 0


def notes(out, rows: list) -> list[float]:
    """Each [at, duration, pitch, velocity] at its own time: absolute deadlines from now."""
    start = time.monotonic() + 0.01
    events = sorted([(start + at, 1, i) for i, (at, _, _, _) in enumerate(rows)] +
                    [(start + at + dur, 0, i) for i, (at, dur, _, _) in enumerate(rows)])
    sent = [0.0] * len(rows)
    for at, on, i in events:
        time.sleep(max(0.0, at - time.monotonic()))
        _, _, pitch, velocity = rows[i]
        if on:
            sent[i] = time.monotonic()
        out.send_message([0x90, pitch, velocity] if on else [0x80, pitch, 0])
    return sent


if __name__ == "__main__":
    sys.exit(main())
