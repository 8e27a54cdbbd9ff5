"""`improv generate` writes what the jam would play after a phrase file: from the END of the
phrase (the model hears its last tokens), at the phrase's own tempo, with note lengths the jam
plays (no longer than the model's longest token), and swung as the phrase is."""
from __future__ import annotations

from pathlib import Path

import mido
import numpy as np

from improv.app.cli import main
from improv.config import DEFAULT_BUNDLE
from improv.music import swing

TPB = 480


def phrase_file(path: Path, notes, bpm: float = 120.0) -> Path:
    """A type-1 MIDI file: (start beat, length in beats, pitch) notes, at `bpm`."""
    mid = mido.MidiFile(type=1, ticks_per_beat=TPB)
    mid.tracks.append(mido.MidiTrack([mido.MetaMessage("set_tempo", tempo=mido.bpm2tempo(bpm), time=0)]))
    events = sorted([(round(s * TPB), 1, p) for s, _, p in notes] + [(round((s + d) * TPB), 0, p) for s, d, p in notes])
    track, now = mido.MidiTrack([mido.Message("program_change", program=0, time=0)]), 0
    for tick, on, p in events:
        track.append(mido.Message("note_on" if on else "note_off", note=p, velocity=80 if on else 0, time=tick - now))
        now = tick
    mid.tracks.append(track)
    mid.save(str(path))
    return path


def written(path: Path) -> tuple[float, dict[str, list[tuple[float, float, int]]]]:
    """The tempo of a generated file and each track's notes (start beat, length in beats, pitch)."""
    mid = mido.MidiFile(str(path))
    tempo = next(m.tempo for m in mid.tracks[0] if m.type == "set_tempo")
    tracks = {}
    for track in mid.tracks[1:]:
        tick, on, notes = 0, {}, []
        for m in track:
            tick += m.time
            if m.type == "note_on" and m.velocity:
                assert m.note not in on
                on[m.note] = tick
            elif m.type in ("note_on", "note_off"):
                start = on.pop(m.note)
                notes.append((start / TPB, (tick - start) / TPB, m.note))
        assert not on  # every note-on has its note-off
        tracks[track.name] = sorted(notes)
    return mido.tempo2bpm(tempo), tracks


def generate(tmp_path: Path, phrase: Path, *flags: str) -> tuple[float, list, list]:
    out = tmp_path / "out.mid"
    assert main(["generate", "--model", str(DEFAULT_BUNDLE), "--phrase", str(phrase), "--out", str(out),
                 "--rng-seed", "3", *flags]) == 0
    bpm, tracks = written(out)
    (_, phrase_notes), (_, improv_notes) = tracks.items()
    return bpm, phrase_notes, improv_notes


def test_a_long_phrase_is_continued_from_its_end(tmp_path):
    """28 bars high (C6 and up), then 8 bars low (around C3): improv continues the low end, after
    the whole phrase; the first 50 tokens (all high) were the phrase before."""
    high = [(i * 0.5, 0.5, [84, 88, 91, 96][i % 4]) for i in range(28 * 8)]
    low = [(112 + i, 1.0, [48, 52, 55, 53, 50, 47][i % 6]) for i in range(32)]
    bpm, phrase_notes, improv = generate(tmp_path, phrase_file(tmp_path / "long.mid", high + low), "--beats", "16")
    assert len(phrase_notes) == len(high) + len(low)          # the whole file is the phrase
    assert improv and min(s for s, _, _ in improv) >= 144 - 1e-6  # improv begins where it ends
    assert np.median([p for _, _, p in improv]) < 72, improv   # near the low end it heard last


def test_the_phrases_tempo_is_kept_and_lengths_stay_within_a_token(tmp_path):
    notes = [(i * 2.0, 8.0 if i % 4 == 3 else 2.0, [60, 64, 67, 72, 36][i % 5]) for i in range(40)]
    phrase = phrase_file(tmp_path / "slow.mid", notes, bpm=144)
    bpm, _, improv = generate(tmp_path, phrase, "--beats", "32")
    assert round(bpm, 3) == 144
    assert improv and max(length for _, length, _ in improv) <= 4.0  # events-v1: 16 steps of 4 a beat
    bpm, _, _ = generate(tmp_path, phrase, "--beats", "4", "--tempo", "100")
    assert round(bpm, 3) == 100


def swung_eighths(bars: int, ratio: float) -> list[tuple[float, float, int]]:
    scale = [60, 62, 64, 65, 67, 69, 71, 72]
    notes = []
    for b in range(bars * 4):
        notes.append((b, ratio * 0.95, scale[(2 * b) % 8]))
        notes.append((b + ratio, (1 - ratio) * 0.95, scale[(2 * b + 1) % 8]))
    return notes


def test_a_swung_phrase_is_continued_swung_and_straight_when_asked(tmp_path):
    phrase = phrase_file(tmp_path / "swung.mid", swung_eighths(8, 0.67))
    for flags, place in ((), 0.67), (("--swing", "straight"), 0.5):
        _, phrase_notes, improv = generate(tmp_path, phrase, "--beats", "16", *flags)
        if not flags:  # the phrase is written back as it was played
            assert {round(s % 1, 2) for s, _, _ in phrase_notes} == {0.0, 0.67}
        places = [swing.warp(x, place) for x in (0.25, 0.5, 0.75)]  # the straight sixteenths, swung
        offbeats = [s % 1 for s, _, _ in improv if 0.02 < s % 1 < 0.98]
        assert offbeats and all(min(abs(x - p) for p in places) < 0.01 for x in offbeats), (flags, offbeats)
        assert any(abs(x - place) < 0.01 for x in offbeats)  # eighths among them, at the phrase's swing
