"""A witness that stamps what it hears on the system's monotonic clock, as a process of its own:
an rtmidi JACK input connected to PORT. jack_midi_dump stamps on JACK's frame counter, and the
dummy driver's counter falls behind the wall clock at each of its xruns; this one shows what a
listener hears in real time. Active sensing (0xFE) comes through, so that a sender can probe
whether the connection is live yet: JACK applies a new connection at a later process cycle. Prints "ready" once connected, then one JSON line per message as
it comes, [seconds, [bytes]]; stops at a line on stdin (or its end).

    python bench/witness.py NAME PORT
"""
from __future__ import annotations

import json
import queue
import sys
import threading
import time

import rtmidi


def main() -> int:
    name, port = sys.argv[1], sys.argv[2]
    heard: queue.SimpleQueue = queue.SimpleQueue()

    def write() -> None:  # off the JACK thread: the callback only stamps and enqueues
        while (item := heard.get()) is not None:
            print(json.dumps([round(item[0], 6), item[1]]), flush=True)
    writer = threading.Thread(target=write)
    writer.start()
    midi_in = rtmidi.MidiIn(rtmidi.API_UNIX_JACK, name=name, queue_size_limit=8192)
    midi_in.ignore_types(sysex=True, timing=True, active_sense=False)  # a sender may probe with 0xFE
    midi_in.set_callback(lambda event, _: heard.put((time.monotonic(), event[0])))
    midi_in.open_port(midi_in.get_ports().index(port), "in")
    print("ready", flush=True)
    sys.stdin.readline()
    midi_in.cancel_callback()
    midi_in.close_port()
    midi_in.delete()
    heard.put(None)
    writer.join()
    return 0


if __name__ == "__main__":
    sys.exit(main())
