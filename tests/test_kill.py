"""SIGKILL mid-chord, then the unit's ExecStopPost command (`improv panic`): the receiving
client sees every note released, with a named output and with the default virtual ports."""
from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest

from . import bundles
from improv.midi.routing import read_record, record_path

from .jack import Dump, is_on, start_improv, stuck

pytestmark = pytest.mark.jack
EVERY_CONTROL = lambda heard: {(ch, cc) for ch in range(16) for cc in (64, 123, 120)} <= {  # noqa: E731
    (m[0] & 0x0F, m[1]) for _, m in heard if len(m) == 3 and m[0] & 0xF0 == 0xB0}


def test_sigkill_mid_chord_then_panic_releases_every_note(any_jack_server, tmp_path):
    jack_server = any_jack_server
    bundle = bundles.chords(tmp_path / "b")
    synth = Dump(jack_server, "synth")
    env = {**jack_server.env(), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(jack_server.command([sys.executable, "-m", "improv", "run", "--backend", "jack",
                                                 "--mode", "solo", "--name", "doomed", "--out", "synth",
                                                 "--model", str(bundle)]), env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        two_chords_one_sounding = lambda heard: sum(is_on(m) for _, m in heard) >= 6 and stuck(heard)  # noqa: E731
        assert synth.wait_for(two_chords_one_sounding, 60), "improv played no chords"
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        panic = subprocess.run(jack_server.command([sys.executable, "-m", "improv", "panic", "--backend", "jack",
                                                    "--out", "synth"]),
                               env=jack_server.env(), capture_output=True, text=True, timeout=60)
        assert panic.returncode == 0, panic.stderr
        assert "panic sent to synth:input" in panic.stdout
        every_control = lambda heard: {(ch, cc) for ch in range(16) for cc in (64, 123, 120)} <= {  # noqa: E731
            (m[0] & 0x0F, m[1]) for _, m in heard if len(m) == 3 and m[0] & 0xF0 == 0xB0}
        if not synth.wait_for(every_control, 30):
            heard = [m for _, m in synth.events]
            raise AssertionError(f"the panic's controllers did not all arrive: heard {len(heard)} messages, "
                                 f"{sum(m[0] & 0xF0 == 0xB0 for m in heard)} controllers; the last: {heard[-5:]}; "
                                 f"jack_midi_dump dropped {synth.dropped()} itself")
    finally:
        if proc.poll() is None:
            proc.kill()
        events = synth.stop()
    first_panic = next((i for i, (_, m) in enumerate(events) if m == [0x80, 0, 0]), None)  # improv never plays key 0
    assert first_panic is not None, "the panic's first note-off did not arrive"
    assert stuck(events[:first_panic]), "the kill should leave a chord sounding, or this test shows nothing"
    assert not stuck(events), f"still sounding after panic: {stuck(events)}"
    assert not [m for _, m in events if m and m[0] == 0xF0], "the panic left system exclusive messages behind"


def wait_for_record(port: str, connected: str, timeout: float = 10.0) -> None:
    """Until improv's connection record (in this test's XDG_RUNTIME_DIR) has `connected` on `port`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        record, _ = read_record(record_path())
        if record is not None and connected in record.connections[port]:
            return
        time.sleep(0.05)  # polling a condition, with a deadline
    raise AssertionError(f"the record never had {connected} on improv's {port}: {read_record(record_path())}")


def test_sigkill_with_virtual_ports_then_panic_reaches_what_improv_was_connected_to(any_jack_server, tmp_path):
    """The default setup (virtual ports, a synth connected to improv's output): after a SIGKILL,
    `improv panic` with no arguments finds the synth in improv's record and releases every note."""
    jack_server = any_jack_server
    bundle = bundles.chords(tmp_path / "b")
    proc = start_improv(jack_server, tmp_path, "--mode", "solo", "--name", "virt", "--model", str(bundle))
    try:
        synth = Dump(jack_server, "vsynth", "virt-out:out")
        wait_for_record("output", "vsynth:input")
        two_chords_one_sounding = lambda heard: sum(is_on(m) for _, m in heard) >= 6 and stuck(heard)  # noqa: E731
        assert synth.wait_for(two_chords_one_sounding, 60), "improv played no chords"
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        panic = subprocess.run(jack_server.command([sys.executable, "-m", "improv", "panic", "--backend", "jack"]),
                               env=jack_server.env(), capture_output=True, text=True, timeout=60)
        assert panic.returncode == 0, panic.stderr
        assert panic.stdout.splitlines() == [
            "panic sent to vsynth:input: note-offs for every key, sustain off, all notes off, all sound off "
            "on 16 channels"], panic.stdout
        # delivered by the time the panic says "sent"; jack_midi_dump prints it a little later
        assert synth.wait_for(EVERY_CONTROL, 10), (f"heard {len(synth.events)} messages when the panic said sent; "
                                             f"jack_midi_dump dropped {synth.dropped()} itself")
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.notify.close()
        events = synth.stop()
    first_panic = next((i for i, (_, m) in enumerate(events) if m == [0x80, 0, 0]), None)
    assert first_panic is not None, "the panic's first note-off did not arrive"
    assert stuck(events[:first_panic]), "the kill should leave a chord sounding, or this test shows nothing"
    assert not stuck(events), f"still sounding after panic: {stuck(events)}"
    assert not [m for _, m in events if m and m[0] == 0xF0], "the panic left system exclusive messages behind"


def test_panic_with_no_record_and_no_out_reaches_nobody_and_says_so(jack_server):
    panic = subprocess.run([sys.executable, "-m", "improv", "panic", "--backend", "jack"], env=jack_server.env(),
                           capture_output=True, text=True, timeout=60)
    assert panic.returncode == 1
    assert panic.stdout == "" and len(panic.stderr.splitlines()) == 1, panic.stderr
    assert panic.stderr.startswith("panic reached nobody") and "--out NAME" in panic.stderr
