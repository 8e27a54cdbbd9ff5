"""improv as a service: the systemd unit, sd_notify on a real datagram socket, SIGHUP reload,
the watchdog, and `improv status`."""
from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from improv import config
from improv.app.cli import main

from . import bundles
from .conftest import IN_CI
from .jack import NotifySocket, WallWitness, grid_fit, is_on, start_improv, stuck

REPO = Path(__file__).resolve().parent.parent


def test_install_dry_run_install_verify_uninstall(tmp_path, monkeypatch, capsys):
    from improv.app import service as unit
    monkeypatch.setattr(unit, "PRIVATE_TMP", ())  # this checkout may be a clone in /tmp (see the next test)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    unit_path = tmp_path / "cfg" / "systemd" / "user" / "improv.service"
    cfg = tmp_path / "cfg" / "improv" / "config.yaml"
    assert main(["service", "install", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert f"would write {unit_path}" in out and "systemctl --user enable --now improv" in out
    assert not unit_path.exists() and not cfg.exists()
    assert main(["service", "install"]) == 0
    text = unit_path.read_text()
    assert f"ExecStart={sys.executable} -m improv run" in text and "@PYTHON@" not in text
    for line in ("Type=notify", "WatchdogSec=10", "ExecReload=/bin/kill -HUP $MAINPID", "Restart=on-failure",
                 f"ExecStopPost=-{sys.executable} -m improv panic", "SyslogIdentifier=improv",
                 "Environment=PYTHONUNBUFFERED=1", "ProtectSystem=strict", "ProtectHome=read-only",
                 "RestrictAddressFamilies=AF_UNIX", "DevicePolicy=closed", "DeviceAllow=char-alsa rw",
                 "RuntimeDirectory=improv", "StateDirectory=improv", "ReadWritePaths=%S/improv"):
        assert line in text
    assert "@WRITABLE@" not in text and "memory.file is set outside" not in text
    settings, _ = config.load(cfg)  # the config it wrote is valid and points at the shipped model
    assert settings["model"]["bundle"] == str(config.DEFAULT_BUNDLE)
    if shutil.which("systemd-analyze") is None and not IN_CI:
        pytest.skip("systemd-analyze is not installed")
    verify = subprocess.run(["systemd-analyze", "verify", str(unit_path)], capture_output=True, text=True)
    assert verify.returncode == 0 and "Unknown" not in verify.stderr, verify.stderr
    assert main(["service", "uninstall"]) == 0
    assert not unit_path.exists() and not cfg.exists()
    capsys.readouterr()


def test_service_status_says_when_the_service_is_not_installed(tmp_path, monkeypatch, capsys):
    from improv.app import service as unit
    monkeypatch.setattr(unit, "PRIVATE_TMP", ())
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    assert main(["service", "status"]) == 1
    out, err = capsys.readouterr()
    assert out == "" and len(err.strip().splitlines()) == 1, (out, err)
    assert "not installed" in err and "improv service install" in err and "last report" not in err
    assert main(["service", "install"]) == 0
    capsys.readouterr()
    assert main(["service", "status"]) == 1  # installed, not running here: the status says so
    out = capsys.readouterr().out
    assert out.startswith(f"systemd: {tmp_path / 'cfg' / 'systemd' / 'user' / 'improv.service'} is ")
    assert "improv is not running" in out


def test_install_lets_the_service_write_a_memory_file_set_elsewhere(tmp_path, monkeypatch, capsys):
    """Under ProtectHome=read-only the service writes only its state folder, unless told more."""
    from improv.app import service as unit
    monkeypatch.setattr(unit, "PRIVATE_TMP", ())
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    cfg = tmp_path / "cfg" / "improv" / "config.yaml"
    cfg.parent.mkdir(parents=True)
    cfg.write_text("memory:\n  file: ../../my jams/me.json\n")
    assert main(["service", "install"]) == 0
    text = (tmp_path / "cfg" / "systemd" / "user" / "improv.service").read_text()
    folder = (tmp_path / "my jams").resolve()
    assert f'ReadWritePaths=-"{folder}"' in text
    assert f"the service may write {folder}" in capsys.readouterr().out
    if shutil.which("systemd-analyze") is None and not IN_CI:
        pytest.skip("systemd-analyze is not installed")
    unit_path = tmp_path / "cfg" / "systemd" / "user" / "improv.service"
    verify = subprocess.run(["systemd-analyze", "verify", str(unit_path)], capture_output=True, text=True)
    assert verify.returncode == 0 and "Unknown" not in verify.stderr, verify.stderr


def test_install_refuses_a_checkout_the_service_cannot_see(tmp_path, monkeypatch, capsys):
    """The unit has PrivateTmp=yes: an interpreter or a clone under /tmp is invisible to it."""
    from improv.app import service as unit
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    monkeypatch.setattr(unit, "REPO_ROOT", Path("/home/me/improv"))
    assert unit.install(python="/tmp/clone/.venv/bin/python") == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "/tmp/clone/.venv/bin/python is under /tmp" in err and "PrivateTmp" in err
    assert not (tmp_path / "cfg" / "systemd" / "user" / "improv.service").exists()
    monkeypatch.setattr(unit, "REPO_ROOT", Path("/var/tmp/improv"))
    assert unit.install(python="/usr/bin/python3", dry_run=True) == 2
    assert "/var/tmp/improv is under /var/tmp" in capsys.readouterr().err


def test_uninstall_keeps_an_edited_config(tmp_path, monkeypatch, capsys):
    from improv.app import service as unit
    monkeypatch.setattr(unit, "PRIVATE_TMP", ())
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    main(["service", "install"])
    cfg = tmp_path / "improv" / "config.yaml"
    cfg.write_text(cfg.read_text() + "\n# my change\n")
    main(["service", "uninstall"])
    assert cfg.exists() and "kept" in capsys.readouterr().out


def start_daemon(jack_server, tmp_path, bundle, *args, env_extra=None):
    model = ["--model", str(bundle)] if bundle is not None else []  # a flag would override the file
    return start_improv(jack_server, tmp_path, "--name", "svc", *model, *args, env_extra=env_extra)


@pytest.mark.jack
def test_notify_ready_watchdog_reload_and_stopping(jack_server, tmp_path):
    bundle = bundles.one_step_notes(tmp_path / "b")
    cfg = tmp_path / "c.yaml"
    cfg.write_text("jam:\n  mode: solo\n")
    proc = start_daemon(jack_server, tmp_path, bundle, "--config", str(cfg), env_extra={"WATCHDOG_USEC": "1000000"})
    ns = proc.notify
    try:
        assert {"svc:in", "svc-out:out"} <= set(jack_server.ports())  # READY=1 comes once the ports are open
        ns.collect_until(lambda m: False, 2.0)
        pings = [t for t, m in ns.messages if "WATCHDOG=1" in m]
        assert len(pings) >= 3
        proc.send_signal(signal.SIGHUP)
        assert ns.collect_until(lambda m: "RELOADING=1" in m, 10)
        assert ns.collect_until(lambda m: "READY=1" in m, 10)
        proc.send_signal(signal.SIGTERM)
        assert ns.collect_until(lambda m: "STOPPING=1" in m, 10)
        assert proc.wait(10) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    log = proc.stdout.read()
    assert "reloaded: nothing changed" in log


@pytest.mark.jack
def test_reload_changes_tempo_and_model_without_restart_or_stuck_notes(jack_server, tmp_path):
    first = bundles.one_step_notes(tmp_path / "b1")
    second = bundles.make_bundle(tmp_path / "b2", [f"{p}:1" for p in range(40, 48)], seed=3)
    cfg = tmp_path / "c.yaml"
    cfg.write_text(f"jam:\n  mode: solo\ntime:\n  tempo: 120\nmodel:\n  bundle: {first}\n")
    proc = start_daemon(jack_server, tmp_path, None, "--config", str(cfg))
    try:
        ear = WallWitness(jack_server, "ear", "svc-out:out")
        time.sleep(3)                      # three seconds at 120 BPM
        cfg.write_text(f"jam:\n  mode: solo\ntime:\n  tempo: 90\nmodel:\n  bundle: {second}\n")
        proc.send_signal(signal.SIGHUP)
        time.sleep(4)                      # four seconds at 90 BPM, with the second model
        cfg.write_text("time:\n  tempo: 500\n")  # invalid: refused, the old config stays
        proc.send_signal(signal.SIGHUP)
        time.sleep(2)
        assert proc.poll() is None, "the daemon restarted or died"
        proc.send_signal(signal.SIGTERM)
        proc.wait(10)
        heard = ear.stop()
    finally:
        if proc.poll() is None:
            proc.kill()
    log = proc.stdout.read()
    assert "reloaded: " in log and "time.tempo" in log and "model.bundle" in log
    assert "reload refused, the old config stays" in log and "'time.tempo' is 500" in log
    ons = [(t, m) for t, m in heard if is_on(m)]
    early = [t for t, m in ons if m[1] >= 60]
    late = [t for t, m in ons if m[1] < 48]
    assert len(early) > 10 and len(late) > 10 and max(early) < min(late)  # the model changed once
    step_before, _ = grid_fit(early, 0.125)
    step_after, _ = grid_fit(late, 60 / 90 / 4)
    print(f"reload: step {step_before * 1000:.2f} ms before, {step_after * 1000:.2f} ms after")
    assert abs(step_before - 0.125) < 0.002 and abs(step_after - 60 / 90 / 4) < 0.003
    assert not stuck(heard)


def test_notify_never_blocks_when_nobody_reads(tmp_path):
    """A receiver that falls behind (a full datagram queue) costs dropped messages, never a
    stalled step loop: the real-time thread sends the watchdog pings."""
    from improv.app.notify import Notifier
    path = str(tmp_path / "deaf.sock")
    deaf = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    deaf.bind(path)  # and never read
    notifier = Notifier({"NOTIFY_SOCKET": path})
    sent: list[bool] = []
    worker = threading.Thread(target=lambda: sent.extend(notifier.send("WATCHDOG=1") for _ in range(200)),
                              daemon=True)
    worker.start()
    worker.join(30)
    deaf.close()
    assert not worker.is_alive(), "send blocked on the full queue"
    assert len(sent) == 200 and sent[0] and sent.count(False) == notifier.dropped > 0


def test_watchdog_pings_stop_while_the_loop_is_stalled(tmp_path):
    """The step loop pings only while its steps meet their deadlines."""
    from improv.app.demo import InProcessOut
    from improv.midi.inbox import Inbox
    from improv.app.notify import Notifier
    from improv.app.daemon import Recorder, build
    from improv.model.engine import engine_for
    from improv.live.jam import Hooks
    bundle = bundles.one_step_notes(tmp_path / "b")
    ns = NotifySocket(tmp_path)
    settings = config.defaults()
    settings["model"]["bundle"] = str(bundle)
    settings["jam"]["mode"] = "accompany"
    hooks = Hooks(notifier=Notifier({"NOTIFY_SOCKET": ns.path, "WATCHDOG_USEC": "200000"}))  # ping every 0.1 s
    jam = build(settings, engine_for(settings["model"]), Inbox(), InProcessOut(), Recorder(time.monotonic()), hooks=hooks)
    stall = threading.Event()
    real_predict = jam.next.engine.predict

    def predict(ids):
        if stall.is_set():
            time.sleep(0.4)  # the stall, on purpose
        return real_predict(ids)
    jam.next.engine.predict = predict
    stop = threading.Event()
    thread = threading.Thread(target=jam.run, args=(stop,))
    thread.start()
    try:
        ns.collect_until(lambda m: False, 1.5)
        healthy = sum("WATCHDOG=1" in m for _, m in ns.messages)
        stall.set()
        ns.collect_until(lambda m: False, 0.5)   # let the stall begin
        before = len(ns.messages)
        ns.collect_until(lambda m: False, 2.0)
        stalled = sum("WATCHDOG=1" in m for _, m in ns.messages[before:])
        stall.clear()
        before = len(ns.messages)
        ns.collect_until(lambda m: False, 1.5)
        recovered = sum("WATCHDOG=1" in m for _, m in ns.messages[before:])
    finally:
        stop.set()
        jam.wake.set()
        thread.join(10)
    assert healthy >= 8 and stalled == 0 and recovered >= 5, (healthy, stalled, recovered)


@pytest.mark.jack
def test_status_reports_the_running_daemon(jack_server, tmp_path, monkeypatch, capsys):
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)  # a runtime dir must be private (XDG), or it is not used
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    bundle = bundles.one_step_notes(tmp_path / "b")
    proc = start_daemon(jack_server, tmp_path, bundle, "--mode", "accompany", "--tempo", "100",
                        env_extra={"XDG_RUNTIME_DIR": str(runtime)})
    try:
        status = runtime / "improv" / "status.json"
        deadline = time.monotonic() + 60
        while not status.exists() and time.monotonic() < deadline:
            time.sleep(0.05)  # polling a condition, with a deadline
        assert main(["status"]) == 0
        out = capsys.readouterr().out
        assert "improv: running" in out and "mode accompany, 100.0 BPM, clock internal" in out
        assert "svc:in" in out and "step latency p50" in out
        proc.send_signal(signal.SIGINT)  # Ctrl-C: stopped cleanly, and the exit code says interrupted
        assert proc.wait(10) == 130
    finally:
        if proc.poll() is None:
            proc.kill()
    assert main(["status"]) == 1
    assert "not running" in capsys.readouterr().out


CLOCK_SOURCE = """
import sys, time, rtmidi
out = rtmidi.MidiOut(rtmidi.API_UNIX_JACK, name="drummachine")
out.open_port(out.get_ports().index(sys.argv[1]))
tick = 60 / 100 / 24                        # 100 BPM, 24 clocks per quarter note
out.send_message([0xFA])                    # start
start = time.monotonic()
for n in range(int(float(sys.argv[2]) / tick)):
    delay = start + n * tick - time.monotonic()
    if delay > 0:
        time.sleep(delay)
    out.send_message([0xF8])
out.send_message([0xFC])                    # stop
"""


@pytest.mark.jack
def test_incoming_midi_clock_at_100_bpm_moves_the_grid(jack_server, tmp_path):
    bundle = bundles.one_step_notes(tmp_path / "b")
    proc = start_daemon(jack_server, tmp_path, bundle, "--mode", "solo", "--clock", "midi", "--tempo", "120")
    try:
        ear = WallWitness(jack_server, "ear", "svc-out:out")
        clock = subprocess.run([sys.executable, "-c", CLOCK_SOURCE, "svc:in", "8"], env=jack_server.env(),
                               capture_output=True, text=True, timeout=60)
        assert clock.returncode == 0, clock.stderr
        proc.send_signal(signal.SIGTERM)
        proc.wait(10)
        heard = ear.stop()
    finally:
        if proc.poll() is None:
            proc.kill()
    onsets = sorted(t for t, m in heard if is_on(m))
    settled = [t for t in onsets if t > onsets[0] + 2.0]  # after two seconds of clock
    step, residual = grid_fit(settled, 0.15)
    print(f"clock: {len(settled)} onsets, step {step * 1000:.2f} ms")
    assert len(settled) > 20
    assert abs(step - 0.150) <= 0.0015, f"step {step * 1000:.2f} ms, want 150 ms at 100 BPM"
