"""Small MIDI files made on the spot, good and bad, for the reader's tests."""
from __future__ import annotations

import io

import mido


def song(notes=((0, 480, 60),), tpb: int = 480, channel: int = 0, program: int | None = 0,
         track_name: str = "Piano", fmt: int = 1) -> bytes:
    """A MIDI file from (start_tick, end_tick, pitch) triples on one track."""
    mid = mido.MidiFile(type=fmt, ticks_per_beat=tpb)
    track = mido.MidiTrack()
    mid.tracks.append(track)
    track.append(mido.MetaMessage("track_name", name=track_name, time=0))
    track.append(mido.MetaMessage("set_tempo", tempo=mido.bpm2tempo(100), time=0))
    track.append(mido.MetaMessage("time_signature", numerator=3, denominator=4, time=0))
    if program is not None:
        track.append(mido.Message("program_change", program=program, channel=channel, time=0))
    events = []
    for start, end, pitch in notes:
        events.append((start, 1, mido.Message("note_on", note=pitch, velocity=90, channel=channel)))
        events.append((end, 0, mido.Message("note_off", note=pitch, velocity=0, channel=channel)))
    now = 0
    for tick, _, msg in sorted(events, key=lambda e: (e[0], e[1])):
        track.append(msg.copy(time=tick - now))
        now = tick
    buf = io.BytesIO()
    mid.save(file=buf)
    return buf.getvalue()


def melody() -> bytes:
    """C major scale fragment with a chord, a rest and a long note (480 ticks per beat)."""
    notes = [(0, 480, 60), (480, 960, 62), (960, 1440, 64),
             (1440, 2400, 48), (1440, 2400, 52), (1445, 2400, 55),   # a chord, one onset 5 ticks late
             (2880, 3360, 67)]                                      # after a one-beat rest
    return song(notes)


def with_header(data: bytes, fmt: int | None = None, division: int | None = None) -> bytes:
    head = bytearray(data[:14])
    if fmt is not None:
        head[8:10] = fmt.to_bytes(2, "big")
    if division is not None:
        head[12:14] = division.to_bytes(2, "big")
    return bytes(head) + data[14:]


def no_notes() -> bytes:
    return song(notes=())


def drums_only() -> bytes:
    return song(notes=[(0, 120, 36), (240, 360, 38)], channel=9, program=None, track_name="Drums")


def big(n_notes: int) -> bytes:
    return song(notes=[(i * 10, i * 10 + 5, 40 + i % 40) for i in range(n_notes)])
