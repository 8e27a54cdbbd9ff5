"""Shared fixtures: a private JACK server with the dummy driver, isolated config and cache dirs."""
from __future__ import annotations

import os
import shutil
import subprocess
import time
import uuid
from pathlib import Path

import pytest

os.environ.setdefault("JACK_NO_START_SERVER", "1")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory, monkeypatch):
    """No test reads the developer's config or writes to their cache."""
    home = tmp_path_factory.mktemp("xdg")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("IMPROV_CONFIG", raising=False)


class JackServer:
    def __init__(self, name: str, proc: subprocess.Popen, log: Path):
        self.name, self.proc, self.log = name, proc, log

    def ports(self, kind: str = "midi") -> list[str]:
        out = subprocess.run(["jack_lsp", "-t", "-s", self.name], capture_output=True, text=True,
                             env=self.env(), timeout=10).stdout.splitlines()
        names = []
        for line, typ in zip(out[::2], out[1::2]):
            if kind in typ:
                names.append(line.strip())
        return names

    def wait_for_port(self, name: str, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if name in self.ports():
                return
            time.sleep(0.02)  # polling a condition, with a deadline
        raise AssertionError(f"JACK port {name} did not appear within {timeout} s; have {self.ports()}")

    def env(self) -> dict[str, str]:
        return {**os.environ, "JACK_DEFAULT_SERVER": self.name, "JACK_NO_START_SERVER": "1"}


@pytest.fixture(scope="session")
def jack_server(tmp_path_factory):
    """A private JACK server: dummy driver, 48 kHz, 64-frame periods paced at 1333 us."""
    if shutil.which("jackd") is None:
        if IN_CI:
            pytest.fail("jackd is missing but CI=true: .ci/run must install jackd2")
        pytest.skip("jackd is not installed (apt install jackd2)")
    name = f"improv-test-{os.getpid()}-{uuid.uuid4().hex[:6]}"
    log = tmp_path_factory.mktemp("jack") / "jackd.log"
    with open(log, "w") as out:
        proc = subprocess.Popen(["jackd", "-n", name, "-d", "dummy", "-r", "48000", "-p", "64", "-w", "1333"],
                                stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    ready = subprocess.run(["jack_wait", "-s", name, "-w", "-t", "15"], capture_output=True, text=True)
    if ready.returncode != 0 or proc.poll() is not None:
        proc.kill()
        pytest.fail(f"private JACK server did not start: {log.read_text()[-500:]}")
    saved = os.environ.get("JACK_DEFAULT_SERVER")
    os.environ["JACK_DEFAULT_SERVER"] = name
    try:
        yield JackServer(name, proc, log)
    finally:
        if saved is None:
            os.environ.pop("JACK_DEFAULT_SERVER", None)
        else:
            os.environ["JACK_DEFAULT_SERVER"] = saved
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
