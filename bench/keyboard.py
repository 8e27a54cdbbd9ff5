"""A keyboard for the ears benchmark, as a process of its own (as a real one is): a JACK MIDI output
(client NAME, port "out"), opened once. Prints "ready", then for each line on stdin:

    play INTERVAL_S DURATION_S [[pitch, ...], ...]   plays the onsets, one every INTERVAL_S, each
                                                      released after DURATION_S; then prints one JSON
                                                      line: the monotonic time each onset was sent
    notes [[at_s, duration_s, pitch, velocity(, channel 0-15)], ...] plays notes at their own times (from now, or from
                                                      the clock's next beat when it runs); prints
                                                      the monotonic time each note-on was sent
    clock BPM                                         sends MIDI start, then clock (24 a beat) until quit
    quit

    python bench/keyboard.py NAME
"""
from __future__ import annotations

import json
import sys
import threading
import time

import rtmidi


class Out:
    """The port, shared by the notes and the clock's thread."""

    def __init__(self, port: rtmidi.MidiOut):
        self.port, self.lock = port, threading.Lock()
        self.beat: tuple[float, float] | None = None   # the clock's (first beat, seconds a beat)
        self.done = threading.Event()

    def send_message(self, message: list[int]) -> None:
        with self.lock:
            self.port.send_message(message)

    def clock(self, bpm: float) -> None:
        beat = 60.0 / bpm
        start = time.monotonic() + 0.01
        self.beat = (start, beat)
        threading.Thread(target=self._ticks, args=(start, beat / 24), daemon=True).start()

    def _ticks(self, start: float, every: float) -> None:
        self.send_message([0xFA])
        k = 0
        while not self.done.is_set():  # absolute deadlines
            time.sleep(max(0.0, start + k * every - time.monotonic()))
            self.send_message([0xF8])
            k += 1

    def next_beat(self) -> float:
        """When notes begin: the clock's next beat (10 ms away at least), else now."""
        now = time.monotonic() + 0.01
        if self.beat is None:
            return now
        first, beat = self.beat
        return first + max(0, -(-(now - first) // beat)) * beat


def main() -> int:
    port = rtmidi.MidiOut(rtmidi.API_UNIX_JACK, name=sys.argv[1])
    port.open_virtual_port("out")
    out = Out(port)
    print("ready", flush=True)
    for line in sys.stdin:
        word, _, rest = line.strip().partition(" ")
        if word == "notes":
            print(json.dumps(notes(out, json.loads(rest))), flush=True)
            continue
        if word == "clock":
            out.clock(float(rest))
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
    out.done.set()
    with out.lock:
        port.close_port()
        port.delete()
    return 0


def notes(out, rows: list) -> list[float]:
    """Each [at, duration, pitch, velocity(, channel)] at its own time: absolute deadlines from now
    (from the clock's next beat when it runs)."""
    start = out.next_beat()
    events = sorted([(start + row[0], 1, i) for i, row in enumerate(rows)] +
                    [(start + row[0] + row[1], 0, i) for i, row in enumerate(rows)])
    sent = [0.0] * len(rows)
    for at, on, i in events:
        time.sleep(max(0.0, at - time.monotonic()))
        pitch, velocity = rows[i][2:4]
        channel = rows[i][4] if len(rows[i]) > 4 else 0
        if on:
            sent[i] = time.monotonic()
        out.send_message([0x90 | channel, pitch, velocity] if on else [0x80 | channel, pitch, 0])
    return sent


if __name__ == "__main__":
    sys.exit(main())
