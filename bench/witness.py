"""A witness that stamps what it hears on the system's monotonic clock, as a process of its own:
an rtmidi JACK input connected to PORT. jack_midi_dump stamps on JACK's frame counter, and the
dummy driver's counter falls behind the wall clock at each of its xruns; this one shows what a
listener hears in real time. It reads rtmidi's own queue (filled by JACK's thread with no Python)
and stamps each message from rtmidi's delta times, as improv's own input does
(improv/midi/inbox.py): a Python callback in JACK's thread misreads messages under load, and a
witness must not. Active sensing (0xFE) comes through, so that a sender can probe whether the
connection is live yet: JACK applies a new connection at a later process cycle. Prints "ready" once
connected, then one JSON line per message as it comes, [seconds, [bytes]]; stops at a line on
stdin (or its end).

    python bench/witness.py NAME PORT
"""
from __future__ import annotations

import json
import sys
import threading
import time
from pathlib import Path

import rtmidi

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from improv.midi.inbox import POLL_S, Stamper  # noqa: E402 - pure Python; this process's rtmidi is its own

QUEUE = 8192


def main() -> int:
    name, port = sys.argv[1], sys.argv[2]
    midi_in = rtmidi.MidiIn(rtmidi.API_UNIX_JACK, name=name, queue_size_limit=QUEUE)
    midi_in.ignore_types(sysex=False, timing=False, active_sense=False)  # nothing ignored: deltas add up
    deadline = time.monotonic() + 15.0  # a loaded machine (the whole suite beside) can take seconds
    while port not in midi_in.get_ports():  # a port being registered right now: look again, a while
        if time.monotonic() > deadline:
            print(f"witness: no port {port}; there are {midi_in.get_ports()}", file=sys.stderr)
            return 1
        time.sleep(0.02)
    midi_in.open_port(midi_in.get_ports().index(port), "in")
    stop = threading.Event()

    def drain() -> None:  # off the JACK thread: read the queue, stamp, print
        stamper = Stamper()
        while True:
            done = stop.is_set()  # one more look after the stop: what came before it is printed
            batch = []
            while len(batch) < QUEUE and (item := midi_in.get_message()) is not None:
                batch.append(item)
            if batch:
                if len(batch) >= QUEUE:
                    stamper.forget()
                for t, (msg, _) in zip(stamper.stamp([d for _, d in batch], time.monotonic()), batch):
                    if msg and msg[0] != 0xF0:
                        print(json.dumps([round(t, 6), msg]), flush=True)
            if done:
                return
            time.sleep(POLL_S)
    reader = threading.Thread(target=drain)
    reader.start()
    print("ready", flush=True)
    sys.stdin.readline()
    stop.set()
    reader.join()
    midi_in.close_port()
    midi_in.delete()
    return 0


if __name__ == "__main__":
    sys.exit(main())
