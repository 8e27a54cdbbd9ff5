"""improv on PipeWire's JACK: the libjack the system chose is the one rtmidi speaks through
(improv/midi/libjack.py), under `pw-jack` on a private headless PipeWire."""
from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from improv.midi import libjack

from . import bundles
from .jack import RATE, Dump, grid_fit, is_on, pipewire_libjack, start_improv, stuck

REPO = Path(__file__).resolve().parent.parent
CHOSEN = "from improv.midi import libjack, ports; ports.rtmidi(); c = libjack.loaded(); print(c.origin, c.path)"


def test_the_system_libjack_comes_before_the_wheels_copy():
    """In this process (no pw-jack): the system's libjack.so.0, not python-rtmidi's renamed copy."""
    chosen = libjack.load()
    assert chosen.origin in ("jackd", "pipewire"), chosen
    assert chosen.path and "python_rtmidi" not in chosen.path
    assert chosen.version and chosen.version in chosen.describe()


def test_the_wheels_copy_only_when_the_system_has_none():
    code = ("import ctypes; real = ctypes.CDLL\n"
            "def cdll(name, *a, **k):\n"
            "    if name == 'libjack.so.0': raise OSError('not found')\n"
            "    return real(name, *a, **k)\n"
            "ctypes.CDLL = cdll\n" + CHOSEN.replace("; ", "\n"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert out.returncode == 0, out.stderr
    origin, path = out.stdout.split()
    assert origin == "wheel" and "python_rtmidi" in path
    assert Path(path) == libjack.wheel_copy()


@pytest.mark.jack
def test_pw_jack_gives_pipewires_libjack(pipewire_server):
    out = subprocess.run(pipewire_server.command([sys.executable, "-c", CHOSEN]), env=pipewire_server.env(),
                         capture_output=True, text=True, cwd=REPO, timeout=60)
    assert out.returncode == 0, out.stderr
    origin, path = out.stdout.split()
    assert origin == "pipewire"
    assert Path(path) == Path(pipewire_libjack()).resolve()


@pytest.mark.jack
def test_auto_finds_pipewires_jack_as_it_finds_jackd(pipewire_server):
    """auto keeps its order: ALSA where /dev/snd/seq exists (PipeWire bridges ALSA MIDI into its
    graph), else a running JACK, PipeWire's included."""
    expected = "alsa" if Path("/dev/snd/seq").exists() else "jack"
    code = ("from improv.midi.ports import choose_backend, list_ports, new_client\n"
            "probe = new_client('output', 'jack', 'pwprobe'); probe.open_virtual_port('out')\n"
            "backend = choose_backend('auto'); print(backend, list_ports(backend).inputs)\n"
            "probe.delete()")
    out = subprocess.run(pipewire_server.command([sys.executable, "-c", code]), env=pipewire_server.env(),
                         capture_output=True, text=True, cwd=REPO, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split()[0] == expected, out.stdout
    if expected == "jack":
        assert "pwprobe:out" in out.stdout, out.stdout


@pytest.mark.jack
def test_a_solo_grid_is_heard_by_jack_midi_dump_under_pw_jack(pipewire_server, tmp_path):
    """`pw-jack improv run --backend jack` plays on PipeWire: JACK's own jack_midi_dump, under
    pw-jack too, hears the solo on the grid by PipeWire's frame counter (the wall-clock figures
    are in test_jam_jack.py's grid test, which runs on both servers)."""
    bundle = bundles.one_step_notes(tmp_path / "b")
    proc = start_improv(pipewire_server, tmp_path, "--mode", "solo", "--name", "pwsolo", "--model", str(bundle))
    try:
        dump = Dump(pipewire_server, "pwdump", "pwsolo-out:out")
        assert dump.wait_for(lambda heard: sum(is_on(m) for _, m in heard) >= 40, 30), "fewer than 40 notes in 30 s"
    finally:
        proc.send_signal(signal.SIGTERM)
        log = proc.communicate(timeout=10)[0]
        proc.notify.close()
    heard = dump.stop()
    assert proc.returncode == 0, log
    assert "JACK through PipeWire" in log
    onsets = [frame / RATE for frame, m in heard if is_on(m)]
    step, residual = grid_fit(onsets, 0.125)
    print(f"jack_midi_dump on PipeWire: {len(onsets)} onsets, step {step * 1000:.3f} ms, "
          f"p99 {np.percentile(np.abs(residual), 99):.3f} ms by its frames")
    assert abs(step - 0.125) <= 0.01 * 0.125
    assert not stuck(heard) and dump.dropped() == 0
