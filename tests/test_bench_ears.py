"""bench/ears.py's pure logic: onsets from notes, and sent against heard by content."""
from __future__ import annotations

import importlib.util
import random
from pathlib import Path

_spec = importlib.util.spec_from_file_location("bench_ears", Path(__file__).resolve().parent.parent / "bench" / "ears.py")
ears = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ears)


def test_notes_within_the_window_are_one_onset():
    notes = [(0.0, 64), (0.002, 60), (0.004, 67), (0.125, 62), (0.25, 65), (0.2505, 69)]
    assert ears.onsets_of(notes) == [(60, 64, 67), (62,), (65, 69)]


def test_compare_counts_missing_extra_and_substituted_notes():
    sent = [(60, 64, 68), (62,), (65, 69, 72), (70,)]
    assert ears.compare(sent, sent) == {"missing": 0, "extra": 0, "substituted": 0}
    # the chord read wrong (60-64-68 heard as 60-60-68), a note lost, an onset lost, one extra onset
    heard = [(60, 60, 68), (62,), (65, 69), (71,), (74,)]
    assert ears.compare(sent, heard) == {"missing": 1, "extra": 1, "substituted": 2}
    assert ears.compare(sent, []) == {"missing": 8, "extra": 0, "substituted": 0}


def test_riff_alternates_single_notes_and_chords_of_distinct_pitches():
    onsets = ears.riff(random.Random(1), 10, sizes=(3,))
    assert [len(o) for o in onsets] == [1, 3] * 5
    assert all(len(set(o)) == len(o) for o in onsets)
