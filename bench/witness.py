"""A witness that stamps what it hears on the system's monotonic clock, as a process of its own:
an rtmidi JACK input connected to PORT. jack_midi_dump stamps on JACK's frame counter, and the
dummy driver's counter falls behind the wall clock at each of its xruns; this one shows what a
listener hears in real time. Prints "ready" once connected; at a line on stdin (or its end) it
prints one JSON line per message: [seconds, [bytes]].

    python bench/witness.py NAME PORT
"""
from __future__ import annotations

import json
import sys
import time

import rtmidi


def main() -> int:
    name, port = sys.argv[1], sys.argv[2]
    heard: list[tuple[float, list[int]]] = []
    midi_in = rtmidi.MidiIn(rtmidi.API_UNIX_JACK, name=name, queue_size_limit=8192)
    midi_in.set_callback(lambda event, _: heard.append((time.monotonic(), event[0])))
    midi_in.open_port(midi_in.get_ports().index(port), "in")
    print("ready", flush=True)
    sys.stdin.readline()
    midi_in.cancel_callback()
    midi_in.close_port()
    midi_in.delete()
    for t, msg in heard:
        print(json.dumps([round(t, 6), msg]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
