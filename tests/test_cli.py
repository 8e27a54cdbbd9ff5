"""The command line as a function: help, exit codes, and `improv ports` on a real JACK server."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from improv.app.cli import build_parser, main

COMMANDS = ["ports", "run", "demo", "prepare", "train", "evaluate", "generate", "service", "panic"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_subcommand_has_help(command, capsys):
    assert main([command, "--help"]) == 0
    assert f"usage: improv {command}" in capsys.readouterr().out


def test_all_design_subcommands_exist():
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    assert set(COMMANDS) <= set(sub.choices)


def test_usage_error_is_exit_2(capsys):
    assert main(["prepare"]) == 2
    assert "required" in capsys.readouterr().err
    assert main(["no-such-command"]) == 2


def test_console_script_entry_point_runs():
    out = subprocess.run([sys.executable, "-m", "improv", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and out.stdout.startswith("improv ")


def test_no_midi_system_is_one_line_and_exit_2(monkeypatch, capsys):
    monkeypatch.setenv("JACK_DEFAULT_SERVER", "improv-no-such-server")
    assert main(["ports", "--backend", "jack"]) == 2
    err = capsys.readouterr().err.strip()
    assert "'jack' cannot be opened" in err and "start a JACK server" in err and len(err.splitlines()) == 1
    if not os.path.exists("/dev/snd/seq"):  # with an ALSA sequencer, auto finds a MIDI system
        assert main(["ports"]) == 2
        err = capsys.readouterr().err.strip()
        assert err.startswith("improv: error: no MIDI system found") and len(err.splitlines()) == 1


@pytest.mark.jack
def test_ports_lists_the_jack_servers_midi_ports(jack_server, capsys):
    seq = subprocess.Popen(["jack_midiseq", "improvprobe", "24000", "0", "60", "12000"], env=jack_server.env(),
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        jack_server.wait_for_port("improvprobe:out")
        assert main(["ports", "--backend", "jack"]) == 0
        out = capsys.readouterr().out
        assert "backend: jack" in out
        inputs = out.split("inputs")[1].split("outputs")[0]
        assert "improvprobe:out" in inputs  # a JACK output port is a port improv can listen to
        assert main(["ports"]) == 0  # auto finds the running JACK server (no ALSA sequencer here)
        assert "improvprobe:out" in capsys.readouterr().out
    finally:
        seq.terminate()
        seq.wait(timeout=10)
