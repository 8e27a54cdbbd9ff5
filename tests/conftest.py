"""Shared fixtures: a private JACK server with the dummy driver, a private headless PipeWire serving
JACK clients, isolated config and cache dirs."""
from __future__ import annotations

import os
import shutil

import pytest

from .jack import JackServer, PipeWireServer, pipewire_missing

os.environ.setdefault("JACK_NO_START_SERVER", "1")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _private_dirs(home, setenv, delenv) -> None:
    setenv("XDG_CONFIG_HOME", str(home / "config"))
    setenv("XDG_CACHE_HOME", str(home / "cache"))
    setenv("XDG_STATE_HOME", str(home / "state"))
    for systemd_given in ("STATE_DIRECTORY", "RUNTIME_DIRECTORY"):
        delenv(systemd_given, raising=False)
    (home / "run").mkdir(mode=0o700)
    setenv("XDG_RUNTIME_DIR", str(home / "run"))
    delenv("IMPROV_CONFIG", raising=False)


@pytest.fixture(scope="session", autouse=True)
def _isolated_session_dirs(tmp_path_factory):
    """The same for what session and module fixtures make (a trained bundle reads pieces through
    the events cache) before any test's own folders exist: set first, undone last."""
    with pytest.MonkeyPatch.context() as mp:
        _private_dirs(tmp_path_factory.mktemp("xdg-session"), mp.setenv, mp.delenv)
        yield


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory, monkeypatch):
    """No test reads the developer's config, writes to their cache, or touches the status, the
    connection record or the memory of an improv they run (XDG_RUNTIME_DIR, XDG_STATE_HOME)."""
    _private_dirs(tmp_path_factory.mktemp("xdg"), monkeypatch.setenv, monkeypatch.delenv)


@pytest.fixture(scope="session")
def jack_server(tmp_path_factory):
    """A private JACK server: dummy driver, 48 kHz, 64-frame periods paced at 1333 us."""
    if shutil.which("jackd") is None:
        if IN_CI:
            pytest.fail("jackd is missing but CI=true: .ci/run must install jackd2")
        pytest.skip("jackd is not installed (apt install jackd2)")
    try:
        server = JackServer.start(tmp_path_factory.mktemp("jack"))
    except RuntimeError as e:
        pytest.fail(str(e))
    saved = os.environ.get("JACK_DEFAULT_SERVER")
    os.environ["JACK_DEFAULT_SERVER"] = server.name
    try:
        yield server
    finally:
        if saved is None:
            os.environ.pop("JACK_DEFAULT_SERVER", None)
        else:
            os.environ["JACK_DEFAULT_SERVER"] = saved
        server.stop()


@pytest.fixture
def own_jack_server(tmp_path_factory):
    """A JACK server for one test whose clients come and go by the hundred (hot-plug), so the
    shared one stays clean. Only other processes may be its clients: libjack in this process
    talks to the shared server."""
    if shutil.which("jackd") is None:
        if IN_CI:
            pytest.fail("jackd is missing but CI=true: .ci/run must install jackd2")
        pytest.skip("jackd is not installed (apt install jackd2)")
    server = JackServer.start(tmp_path_factory.mktemp("ownjack"), "oj")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def pipewire_server(tmp_path_factory):
    """A private headless PipeWire, quantum fixed at 256 frames (5.3 ms at 48 kHz): PipeWire
    0.3.65 dropped MIDI events at 64; 128 and above were clean (issue 14)."""
    missing = pipewire_missing()
    if missing:
        if IN_CI:
            pytest.fail(f"{missing} but CI=true: .ci/run must install it")
        pytest.skip(missing)
    try:
        server = PipeWireServer.start(tmp_path_factory.mktemp("pipewire"))
    except RuntimeError as e:
        pytest.fail(str(e))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(params=["jackd", "pipewire"])
def any_jack_server(request):
    """The JACK tests that matter to a user run on both servers a user meets: jackd, and
    PipeWire's JACK (most Linux desktops today)."""
    return request.getfixturevalue("jack_server" if request.param == "jackd" else "pipewire_server")
