"""Port hot-plug on the private JACK server: a keyboard port that goes away and comes back 100
times is reconnected each time, with a constant number of JACK clients."""
from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time

import pytest
import rtmidi

from . import bundles

pytestmark = pytest.mark.jack
CYCLES = 100


def connections(server, port: str) -> list[str]:
    out = subprocess.run(["jack_lsp", "-c", "-s", server.name, port], capture_output=True, text=True,
                         env=server.env(), timeout=10).stdout.splitlines()
    return [line.strip() for line in out[1:] if line.startswith((" ", "\t"))]


def clients(server) -> set[str]:
    out = subprocess.run(["jack_lsp", "-s", server.name], capture_output=True, text=True, env=server.env(),
                         timeout=10).stdout.splitlines()
    return {line.split(":")[0] for line in out if ":" in line}


def wait(predicate, timeout: float) -> float | None:
    start = time.monotonic()
    while time.monotonic() - start < timeout:
        if predicate():
            return time.monotonic() - start
        time.sleep(0.02)  # polling a condition, with a deadline
    return None


class Lines:
    """The daemon's log, read as it comes."""

    def __init__(self, proc):
        self.lines: list[str] = []
        self.thread = threading.Thread(target=self._read, args=(proc,), daemon=True)
        self.thread.start()

    def _read(self, proc):
        for line in proc.stdout:
            self.lines.append(line)

    def count(self, text: str) -> int:
        return sum(text in line for line in list(self.lines))


def test_a_keyboard_port_unplugged_100_times_is_reconnected_each_time(jack_server, tmp_path):
    bundle = bundles.melodies(tmp_path / "b")
    heard = []

    def plug_keyboard():  # a USB keyboard: its MIDI client comes and goes with it
        kb = rtmidi.MidiOut(rtmidi.API_UNIX_JACK, name="hotkeys")
        kb.open_virtual_port("out")
        return kb

    def plug_synth():
        sy = rtmidi.MidiIn(rtmidi.API_UNIX_JACK, name="hotsynth")
        sy.open_virtual_port("in")
        sy.set_callback(lambda event, _: heard.append(event[0]))
        return sy

    def unplug(device):
        if hasattr(device, "cancel_callback"):
            device.cancel_callback()
        device.close_port()
        device.delete()
    keyboard, synth = plug_keyboard(), plug_synth()
    env = {**jack_server.env(), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen([sys.executable, "-m", "improv", "run", "--backend", "jack", "--name", "hot",
                             "--in", "hotkeys", "--out", "hotsynth", "--model", str(bundle)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    log = Lines(proc)
    try:
        assert wait(lambda: "hot:in" in connections(jack_server, "hotkeys:out"), 60) is not None
        assert wait(lambda: "hotsynth:in" in connections(jack_server, "hot-out:out"), 10) is not None
        before = clients(jack_server)
        slowest = 0.0
        for cycle in range(CYCLES):
            unplug(keyboard)
            assert wait(lambda: log.count("went away") > cycle, 5) is not None, f"cycle {cycle}: loss unseen"
            keyboard = plug_keyboard()
            took = wait(lambda: "hot:in" in connections(jack_server, "hotkeys:out"), 5)
            assert took is not None and took <= 2.0, f"cycle {cycle}: not reconnected within 2 s"
            slowest = max(slowest, took)
            assert clients(jack_server) == before
        for cycle in range(3):  # the synth goes away and comes back too
            unplug(synth)
            assert wait(lambda: log.count("output port hotsynth:in went away") > cycle, 5) is not None
            synth = plug_synth()
            assert wait(lambda: "hotsynth:in" in connections(jack_server, "hot-out:out"), 2.5) is not None, log.lines[-5:]
        answered = None
        for _ in range(3):  # and it still jams (a phrase lost in a dummy-driver xrun is played again)
            for pitch in (60, 62, 64):
                keyboard.send_message([0x90, pitch, 90])
                time.sleep(0.2)         # the musician's timing
                keyboard.send_message([0x80, pitch, 0])
            answered = wait(lambda: any(m[0] & 0xF0 == 0x90 and m[2] > 0 for m in list(heard)), 4)
            if answered is not None:
                break
        assert answered is not None, log.lines[-6:]
        assert clients(jack_server) == before
        print(f"100 unplugs: slowest reconnect {slowest:.2f} s, clients {sorted(before)}")
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
        proc.wait(10)
        unplug(synth)
        unplug(keyboard)
    assert proc.returncode == 0
    assert log.count("reconnected") == CYCLES + 3
