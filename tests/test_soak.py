"""The soak's 30-second version: accompany mode on JACK, a human from a real piece with
bursts, port drops and reloads, each MIDI client a process of its own. Nothing may be lost,
and the grid holds."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

pytestmark = pytest.mark.jack
# The grid's bound here catches a broken grid (a swung offbeat moves ~60 ms at 120 BPM, a dropped
# step 125 ms); how tight it is is bench/soak.py's figure (1-3 ms on a quiet machine, 2.5-6 ms on
# this VM on 2026-12-05 in every run at every commit tried), not a timed unit test's.
GRID_P99_MS = 10.0


def grid_judged(result: dict) -> bool:
    """The witnesses' grid says something of improv only in a run the JACK server did not stall:
    their stamps follow JACK's frames, which the dummy driver lets slip at a stall, so every onset
    after one is heard shifted (a p90 of 10 ms with improv's own books saying no step was late)."""
    return result["server_xrun_lines"] == 0


def witnessed_well(result: dict) -> bool:
    """What the witnesses saw: every note improv sent, every key released, and (in a run the
    server did not stall) the grid as a listener hears it, on the wall clock (bench/witness.py)."""
    return (result["notes_out"] == result["improv_note_ons"] and result["stuck_notes"] == 0
            and result["unbalanced_keys"] == 0 and result["stuck_notes_wall"] == 0
            and result["unbalanced_keys_wall"] == 0 and grid_judged(result) and result["grid_p99_ms"] <= GRID_P99_MS)


def status_file(runtime: str | Path) -> Path:
    return Path(runtime) / "improv" / "status.json"


def stamp(path: Path) -> int | None:
    return path.stat().st_mtime_ns if path.exists() else None


def test_soak_30_seconds(jack_server, tmp_path):
    from bench.soak import soak
    # the improv this test starts keeps its status in the soak's own folder, never in the
    # runtime folder of the improv a user may be running (issue 13)
    outside = status_file(os.environ.get("XDG_RUNTIME_DIR") or f"/run/user/{os.getuid()}")
    outside_before = stamp(outside)
    # On this shared 2-vCPU VM the dummy JACK server sometimes stalls every client at once
    # (jackd logs them all "not finished"); the witnesses then hear the grid late. Such a run
    # is measured again, up to three runs, as the solo grid test does; every run is printed,
    # and improv's own books must hold in each. (The witnesses wait for the last note-offs
    # before they stop, so a late delivery is not counted as a lost note.)
    for attempt in (1, 2, 3):
        result = soak(0.5, folder=tmp_path / f"run{attempt}", server=jack_server)
        print(result)
        own = json.loads(status_file(tmp_path / f"run{attempt}" / "run").read_text())
        assert "soakhuman" in json.dumps(own)
        assert stamp(outside) == outside_before, f"the soak's improv wrote {outside}"
        assert result["exit_code"] == 0 and result["exceptions_logged"] == 0
        assert result["improv_note_ons"] == result["improv_note_offs"] > 50
        assert result["port_drops"] >= 2 and result["reconnects"] == result["port_drops"]
        assert result["reloads"] >= 3 and result["bursts"] >= 3 and result["notes_in"] > 300
        assert result["rss_end_mb"] - result["rss_start_mb"] < 20
        assert result["late_steps"] == 0  # improv's own account: every step played by its deadline
        if witnessed_well(result):
            break
    assert result["notes_out"] == result["improv_note_ons"]
    assert result["stuck_notes"] == 0 and result["unbalanced_keys"] == 0
    assert result["stuck_notes_wall"] == 0 and result["unbalanced_keys_wall"] == 0
    if grid_judged(result):
        assert result["grid_p99_ms"] <= GRID_P99_MS
    else:  # three runs, each with the server stalled: the grid is not improv's to answer for
        print(f"the grid was not judged: the JACK server stalled in every run ({result['server_xrun_lines']} "
              "xrun lines in the last)")
