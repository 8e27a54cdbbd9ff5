"""Feel on the private JACK server, end to end: a player process swinging at 0.67 and improv's notes,
heard by a witness on the wall clock, swinging with it; a soft and a loud call answered at their level."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytestmark = [pytest.mark.jack, pytest.mark.slow]
_spec = importlib.util.spec_from_file_location("bench_feel", Path(__file__).resolve().parent.parent / "bench" / "feel.py")
feel = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(feel)


def test_improv_swings_with_a_player_at_067(jack_server, tmp_path):
    run = feel.one_run(jack_server, tmp_path, "accompany", 0.67, 120.0, "sw")
    print(run)
    assert run["improv_offbeats"] >= 4, run            # enough offbeat notes to tell
    assert run["improv_ratio"] == pytest.approx(0.67, abs=0.03), run


def test_a_soft_and_a_loud_call_are_answered_at_their_level(jack_server, tmp_path):
    for label, velocities in (("soft", (30, 50)), ("loud", (100, 120))):
        run = feel.one_run(jack_server, tmp_path, "call-response", 0.5, 120.0, label, velocities=velocities)
        print(label, run)
        assert run["improv_notes"] >= 4, run
        assert abs(run["improv_velocity_median"] - run["call_velocity_median"]) <= 12, run
        assert run["improv_velocities_distinct"] > 1, run
        assert run["beat_median"] > run["offbeat_median"], run   # improv's beats, from its own MIDI clock
