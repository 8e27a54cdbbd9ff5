"""A stop that ends, whatever the MIDI system does: the stop bound's two guards in a process of
their own, and improv stopped together with its JACK server, many times."""
from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest

from . import bundles
from .jack import JackServer, start_improv

BLOCKED_IN_C = """
import logging, sys, threading, time
from improv.app.daemon import setup_logging
from improv.app.stopbound import StopBound
setup_logging("info")
bound = StopBound(lambda: 7, seconds=0.5)
bound.arm()
{block}
"""


def run_blocked(block: str) -> tuple[int, str, float]:
    t0 = time.monotonic()
    done = subprocess.run([sys.executable, "-c", BLOCKED_IN_C.format(block=block)], capture_output=True, text=True,
                          timeout=30)
    return done.returncode, done.stderr, time.monotonic() - t0


def test_a_stop_held_up_with_python_still_running_ends_with_its_code_and_one_line():
    code, err, took = run_blocked("time.sleep(60)  # a close that never returns, the interpreter free")
    assert code == 7 and took < 10
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "exiting without closing its clients" in lines[0], err


def test_a_stop_held_up_with_no_python_able_to_run_still_ends():
    """The interpreter lock held for ever (a regular expression that backtracks for ages, in C):
    the Python guard cannot run; faulthandler's C thread ends the process, with the stacks."""
    code, err, took = run_blocked("import re\nthreading.Thread(target=re.match, args=(r'(a+)+$', 'a' * 64 + 'b'))"
                                  ".start()\ntime.sleep(60)")
    assert code == 1 and took < 10
    assert "Timeout" in err and "Thread" in err


@pytest.mark.jack
@pytest.mark.slow
def test_improv_and_its_jack_server_stopped_together_end_in_time(tmp_path):
    """SIGTERM to improv (with a keyboard playing into it and its routing client open) and to jackd
    at the same moment: improv ends within the unit's TimeoutStopSec (5 s), every time. One server
    name for all rounds: jackd killed by the stop can leave its registry slot taken, and only a
    server of the same name takes it back."""
    name = f"st{__import__('os').getpid() % 100000}"
    bundle = bundles.one_step_notes(tmp_path / "b")
    slow = []
    for i in range(8):
        folder = tmp_path / f"round{i}"
        folder.mkdir()
        server = JackServer.start(folder, name=name)
        feeder = None
        try:
            proc = start_improv(server, folder, "--name", "both", "--model", str(bundle), "--mode", "accompany",
                                env_extra={"XDG_STATE_HOME": str(folder / "state")})
            feeder = subprocess.Popen(server.command(["jack_midiseq", "feed", "2400", "0", "60", "1200"]),
                                      env=server.env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            server.wait_for_port("feed:out")
            server.connect("feed:out", "both:in")
            proc.send_signal(signal.SIGTERM)
            server.proc.send_signal(signal.SIGTERM)
            t0 = time.monotonic()
            try:
                out = proc.communicate(timeout=5)[0]
            except subprocess.TimeoutExpired:
                proc.kill()
                out = proc.communicate()[0]
                slow.append((i, out[-1500:]))
                continue
            assert proc.returncode in (0, 1), out[-1500:]
            assert "Traceback" not in out, out[-1500:]
            print(f"round {i}: improv ended {time.monotonic() - t0:.2f} s after the stop, exit {proc.returncode}")
        finally:
            if feeder is not None:
                feeder.kill()
                feeder.wait()
            server.stop()
    JackServer.start(tmp_path, name=name).stop()  # a clean stop frees the name's registry slot
    assert not slow, f"rounds in which improv did not end within 5 s: {slow}"
