"""bench/feel.py's measurement, on onsets made by hand: improv's ratio and rhythm read back."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from improv.music import swing

_spec = importlib.util.spec_from_file_location("bench_feel", Path(__file__).resolve().parent.parent / "bench" / "feel.py")
feel = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(feel)


@pytest.mark.parametrize("ratio", [0.5, 0.6, 0.67, 0.75])
def test_the_ratio_is_read_back_from_swung_sixteenth_grid_notes_at_any_phase(ratio):
    period, phase = 0.5, 0.123
    steps = [0, 2, 3, 4, 6, 8, 9, 10, 13, 14, 16, 18, 22, 24, 26]   # beats, offbeats and sixteenths
    times = np.array([10 + phase + (k // 4 + swing.warp((k % 4) / 4, ratio)) * period for k in steps])
    r, found, between = feel.offbeat_ratio(times, period)
    assert feel.offbeat_ratio(times, period, phase / period)[0] == pytest.approx(ratio, abs=0.005)
    assert r == pytest.approx(ratio, abs=0.005)
    if ratio > 0.5:  # a straight grid looks the same from each of its sixteenths: its beat is not told apart
        assert between == sum(k % 4 != 0 for k in steps)
        assert min(abs(found - phase / period), 1 - abs(found - phase / period)) < 0.01


def test_rhythm_shares_add_up_and_see_quarters_as_beats():
    period = 0.5
    quarters = 10 + np.arange(16) * period
    assert feel.rhythm(quarters, period) == {"beats": 1.0, "eighths": 0.0, "sixteenths": 0.0}
    eighths = 10 + np.arange(16) * period / 2
    assert feel.rhythm(eighths, period) == {"beats": 0.5, "eighths": 0.5, "sixteenths": 0.0}


def test_the_player_riff_swings_and_stays_in_its_velocities():
    rows = feel.swung_riff(0.67, 120.0, 2, velocities=(30, 50))
    at = np.array([r[0] for r in rows])
    assert len(rows) == 16 and all(30 <= r[3] <= 50 for r in rows)
    assert np.median(((at / 0.5) % 1.0)[1::2]) == pytest.approx(0.67, abs=0.02)
