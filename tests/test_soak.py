"""The soak's 30-second version: accompany mode on JACK, a human from a real piece with
bursts, port drops and reloads. Nothing may be lost."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.jack


def test_soak_30_seconds(jack_server, tmp_path):
    from bench.soak import soak
    result = soak(0.5, folder=tmp_path, server=jack_server)
    print(result)
    assert result["exit_code"] == 0 and result["exceptions_logged"] == 0
    assert result["stuck_notes"] == 0 and result["unbalanced_keys"] == 0
    assert result["port_drops"] >= 2 and result["reconnects"] == result["port_drops"]
    assert result["reloads"] >= 3 and result["bursts"] >= 3
    assert result["notes_in"] > 300 and result["notes_out"] > 50
    assert result["rss_end_mb"] - result["rss_start_mb"] < 20
    # The grid figure is reported, not asserted here: in this test the simulated human is a
    # JACK client inside the pytest process, and on this VM that has cost 47-83 ms outliers in
    # CI runs (1-2.4 ms when run alone). tests/test_jam_jack.py asserts the grid under a flood.
    assert result["grid_p99_ms"] > 0
