"""SIGKILL mid-chord, then the unit's ExecStopPost command (`improv panic`): the receiving
client sees every note released."""
from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest

from . import bundles
from .jack import dump_events, is_on
from .test_jam_jack import stuck

pytestmark = pytest.mark.jack


def test_sigkill_mid_chord_then_panic_releases_every_note(jack_server, tmp_path):
    bundle = bundles.chords(tmp_path / "b")
    dump_path = tmp_path / "witness.txt"
    with open(dump_path, "w") as f:
        witness = subprocess.Popen(["jack_midi_dump", "-a", "synth"], stdout=f, env=jack_server.env())
        jack_server.wait_for_port("synth:input")
        env = {**jack_server.env(), "PYTHONUNBUFFERED": "1"}
        proc = subprocess.Popen([sys.executable, "-m", "improv", "run", "--backend", "jack", "--mode", "solo",
                                 "--name", "doomed", "--out", "synth", "--model", str(bundle)], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                f.flush()
                events = dump_events(dump_path)
                if sum(is_on(m) for _, m in events) >= 6 and stuck(events):  # two chords, one sounding
                    break
                time.sleep(0.02)  # polling a condition, with a deadline
            proc.send_signal(signal.SIGKILL)
            proc.wait(10)
            time.sleep(0.2)        # let JACK deliver what was in flight
            f.flush()
            hanging = stuck(dump_events(dump_path))
            assert hanging, "the kill should leave a chord sounding, or this test shows nothing"
            panic = subprocess.run([sys.executable, "-m", "improv", "panic", "--backend", "jack", "--out", "synth"],
                                   env=jack_server.env(), capture_output=True, text=True, timeout=60)
            assert panic.returncode == 0, panic.stderr
            assert "panic sent to synth:input" in panic.stdout
            time.sleep(0.2)
        finally:
            if proc.poll() is None:
                proc.kill()
            witness.send_signal(signal.SIGINT)
            witness.wait(10)
    events = dump_events(dump_path)
    assert not stuck(events), f"still sounding after panic: {stuck(events)}"
    controls = [(m[0] & 0x0F, m[1]) for _, m in events if len(m) == 3 and m[0] & 0xF0 == 0xB0]
    for channel in range(16):
        assert (channel, 64) in controls and (channel, 123) in controls and (channel, 120) in controls
