"""Private JACK servers for the tests and the benchmarks: jackd with the dummy driver, and a
headless PipeWire serving JACK clients through its own libjack (as `pw-jack` does)."""
from __future__ import annotations

import json
import glob
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import numpy as np

RATE = 48000


def dummy_args(period: int = 64) -> list[str]:
    """The dummy driver at 48 kHz, `period` frames per cycle, paced in real time (-w, in us)."""
    return ["-d", "dummy", "-r", str(RATE), "-p", str(period), "-w", str(round(period / RATE * 1e6))]


ARGS = dummy_args(64)


SHM_FULL = ("jackd refused to start: too many JACK servers registered in /dev/shm; with no jackd running "
            "(pgrep -x jackd finds none), stale /dev/shm/jack-* files are the cause: rm -f /dev/shm/jack-*")


class JackServer:
    """jackd -d dummy, named; its clients find it through JACK_DEFAULT_SERVER."""

    kind = "jackd"

    def __init__(self, name: str, proc: subprocess.Popen, log: Path, period: int = 64):
        self.name, self.proc, self.log = name, proc, log
        self.period_ms = period / RATE * 1000

    @classmethod
    def start(cls, folder: Path, prefix: str = "ij", args: list[str] | None = None,
              name: str | None = None) -> "JackServer":
        # keep the name short: jack_lsp 1.9.21 corrupts its heap on server names of 24+ characters
        name = name or f"{prefix[:4]}{os.getpid() % 100000}{uuid.uuid4().hex[:4]}"
        log = folder / f"{name}.log"
        args = args or ARGS
        with open(log, "w") as out:
            proc = subprocess.Popen(["jackd", "-n", name, *args], stdout=out, stderr=subprocess.STDOUT,
                                    start_new_session=True)
        ready = subprocess.run(["jack_wait", "-s", name, "-w", "-t", "15"], capture_output=True, text=True)
        if ready.returncode != 0 or proc.poll() is not None:
            proc.kill()
            proc.wait()
            text = log.read_text()
            if "Too many servers already active" in text:
                raise RuntimeError(SHM_FULL)
            raise RuntimeError(f"private JACK server did not start: {text[-500:]}")
        period = int(args[args.index("-p") + 1]) if "-p" in args else 64
        return cls(name, proc, log, period)

    def stop(self) -> None:
        """SIGTERM and wait: a jackd that is killed leaves its /dev/shm slot taken."""
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()

    def env(self) -> dict[str, str]:
        return {**os.environ, "JACK_DEFAULT_SERVER": self.name, "JACK_NO_START_SERVER": "1"}

    def python_env(self) -> dict[str, str]:
        """For a Python helper that imports rtmidi itself (not through improv)."""
        return self.env()

    def command(self, argv: list[str]) -> list[str]:
        """A JACK client's command line, as a user runs it on this server."""
        return list(argv)

    def ports(self, kind: str = "midi") -> list[str]:
        out = subprocess.run(self.command(["jack_lsp", "-t", *self._server_args()]), capture_output=True,
                             text=True, env=self.env(), timeout=10).stdout.splitlines()
        return [line.strip() for line, typ in zip(out[::2], out[1::2]) if kind in typ]

    def _server_args(self) -> list[str]:
        return ["-s", self.name]

    def connect(self, source: str, destination: str) -> None:
        """jack_connect, as a user does; a connection that is already there is fine: improv
        connects a port it remembers (its connection record) as soon as that port appears."""
        done = subprocess.run(self.command(["jack_connect", source, destination]), capture_output=True, text=True,
                              env=self.env(), timeout=10)
        if done.returncode != 0 and destination not in self.connections(source):
            raise AssertionError(f"jack_connect {source} {destination} failed: {done.stderr.strip()}")

    def connections(self, port: str) -> list[str]:
        out = subprocess.run(self.command(["jack_lsp", "-c", *self._server_args(), port]), capture_output=True,
                             text=True, env=self.env(), timeout=10).stdout.splitlines()
        return [line.strip() for line in out[1:] if line.startswith((" ", "\t"))]

    def wait_for_port(self, name: str, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if name in self.ports():
                return
            time.sleep(0.02)  # polling a condition, with a deadline
        raise AssertionError(f"JACK port {name} did not appear within {timeout} s; have {self.ports()}")


PIPEWIRE_CONF = """context.properties = {{
    default.clock.rate        = {rate}
    default.clock.quantum     = {quantum}
    default.clock.min-quantum = {quantum}
    default.clock.max-quantum = {quantum}
    vm.overrides = {{ default.clock.min-quantum = {quantum} }}
}}
"""


class PipeWireServer(JackServer):
    """A headless PipeWire of its own (no session manager, no D-Bus, no sound card: its dummy
    driver keeps time) in private XDG folders, the quantum fixed. JACK clients reach it through
    PipeWire's libjack: `pw-jack` for programs, LD_PRELOAD for Python helpers that import
    rtmidi themselves (the rtmidi wheel's own libjack never reaches PipeWire)."""

    kind = "pipewire"

    def __init__(self, folder: Path, proc: subprocess.Popen, log: Path, quantum: int):
        super().__init__("pipewire-0", proc, log, quantum)
        self.folder = folder

    @classmethod
    def start(cls, folder: Path, quantum: int = 256) -> "PipeWireServer":
        runtime, config = folder / "run", folder / "config"
        runtime.mkdir(mode=0o700, parents=True)
        (config / "pipewire" / "pipewire.conf.d").mkdir(parents=True)
        (config / "pipewire" / "pipewire.conf.d" / "improv-test.conf").write_text(
            PIPEWIRE_CONF.format(rate=RATE, quantum=quantum))
        log = folder / "pipewire.log"
        env = cls._base_env(folder)
        with open(log, "w") as out:
            proc = subprocess.Popen(["pipewire"], env=env, stdout=out, stderr=subprocess.STDOUT,
                                    start_new_session=True)
        server = cls(folder, proc, log, quantum)
        deadline = time.monotonic() + 15
        while subprocess.run(["pw-cli", "info", "0"], env=env, capture_output=True, timeout=10).returncode != 0:
            if proc.poll() is not None or time.monotonic() > deadline:
                server.stop()
                raise RuntimeError(f"private PipeWire did not start: {log.read_text()[-500:]}")
            time.sleep(0.05)  # polling a condition, with a deadline
        return server

    @staticmethod
    def _base_env(folder: Path) -> dict[str, str]:
        """The server's own: its socket and config in `folder`, no D-Bus session."""
        env = {k: v for k, v in os.environ.items() if not k.startswith(("JACK_", "PIPEWIRE_"))}
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        return {**env, "XDG_RUNTIME_DIR": str(folder / "run"), "XDG_CONFIG_HOME": str(folder / "config"),
                "JACK_NO_START_SERVER": "1"}

    def env(self) -> dict[str, str]:
        """A client's: the server's socket through PIPEWIRE_RUNTIME_DIR, so that the test's own
        XDG_RUNTIME_DIR (improv's status and connection record) stays the test's."""
        env = {k: v for k, v in os.environ.items() if not k.startswith(("JACK_", "PIPEWIRE_"))}
        return {**env, "PIPEWIRE_RUNTIME_DIR": str(self.folder / "run"), "JACK_NO_START_SERVER": "1"}

    def python_env(self) -> dict[str, str]:
        return {**self.env(), "LD_PRELOAD": pipewire_libjack()}

    def command(self, argv: list[str]) -> list[str]:
        return ["pw-jack", *argv]

    def _server_args(self) -> list[str]:
        return []


def pipewire_libjack() -> str:
    """PipeWire's libjack (what `pw-jack` puts first on LD_LIBRARY_PATH)."""
    for pattern in ("/usr/lib/*/pipewire-0.3/jack/libjack.so.0", "/usr/lib*/pipewire-0.3/jack/libjack.so.0"):
        found = sorted(glob.glob(pattern))
        if found:
            return found[0]
    raise RuntimeError("PipeWire's libjack is missing: apt install pipewire-jack")


def pipewire_missing() -> str | None:
    """What is missing to run the PipeWire tests, or None."""
    for tool in ("pipewire", "pw-jack", "pw-cli"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (apt install pipewire pipewire-jack pipewire-bin)"
    try:
        pipewire_libjack()
    except RuntimeError as e:
        return str(e)
    return None


class NotifySocket:
    """A real datagram socket standing in for systemd's ($NOTIFY_SOCKET, sd_notify(3)), read
    all the time by a thread of its own, as systemd reads it."""

    def __init__(self, folder: Path):
        self.path = str(folder / f"notify{uuid.uuid4().hex[:6]}.sock")
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self.sock.bind(self.path)
        self.messages: list[tuple[float, str]] = []
        self._seen = 0  # messages looked at by collect_until
        self.arrived = threading.Condition()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        while True:
            try:
                data = self.sock.recv(4096).decode()
            except OSError:  # closed
                return
            with self.arrived:
                self.messages.append((time.monotonic(), data))
                self.arrived.notify_all()

    def collect_until(self, predicate, timeout: float) -> bool:
        """Wait for a message that satisfies predicate, among those not yet looked at by an
        earlier call; False after timeout."""
        deadline = time.monotonic() + timeout
        with self.arrived:
            while True:
                while self._seen < len(self.messages):
                    self._seen += 1
                    if predicate(self.messages[self._seen - 1][1]):
                        return True
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self.arrived.wait(left)

    def states(self) -> list[str]:
        with self.arrived:
            return [line for _, m in self.messages for line in m.splitlines()]

    def close(self) -> None:
        self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()
        Path(self.path).unlink(missing_ok=True)


def start_improv(server: JackServer, folder: Path, *args: str, env_extra: dict | None = None,
                 timeout: float = 60.0, cwd: Path | None = None) -> subprocess.Popen:
    """`improv run --backend jack ARGS` as its own process, returned once it has said READY=1 (its
    ports are open) on a notify socket, which stays open as `proc.notify`; the log is on proc.stdout.
    `cwd`: the checkout whose improv runs (a benchmark's "before"), default this one.

    Readiness comes over sd_notify, not by polling jack_lsp: libjack keeps one table of wake-up
    primitives per process, shared by that process's clients, and a client that comes and goes
    (every jack_lsp is one) while improv opens its second client can leave that client waiting
    on a stale entry for ever (jackaudio/jack2#721): its port exists but never hears anything."""
    notify = NotifySocket(folder)
    env = {**server.env(), "PYTHONUNBUFFERED": "1", "NOTIFY_SOCKET": notify.path, **(env_extra or {})}
    proc = subprocess.Popen(server.command([sys.executable, "-m", "improv", "run", "--backend", "jack", *args]),
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, cwd=cwd)
    proc.notify = notify
    deadline = time.monotonic() + timeout
    while not notify.collect_until(lambda m: "READY=1" in m, 0.5):
        if proc.poll() is not None:
            raise AssertionError(f"improv exited with {proc.returncode}: {proc.communicate()[0][-2000:]}")
        if time.monotonic() > deadline:
            proc.kill()
            raise AssertionError(f"improv was not ready within {timeout} s: {proc.communicate()[0][-2000:]}")
    return proc


class _Witness:
    """A listening process of its own that prints one heard event per line; a thread reads them
    as they come, so a test waits on what was heard instead of sleeping."""

    proc: subprocess.Popen

    def _follow(self, parse) -> None:
        self.events: list[tuple] = []
        self.arrived = threading.Condition()
        self.reader = threading.Thread(target=self._read, args=(parse,), daemon=True)
        self.reader.start()

    def _read(self, parse) -> None:
        for line in self.proc.stdout:
            event = parse(line)
            if event is not None:
                with self.arrived:
                    self.events.append(event)
                    self.arrived.notify_all()

    def wait_for(self, predicate, timeout: float) -> bool:
        """Wait until predicate(events so far) holds; False after timeout."""
        deadline = time.monotonic() + timeout
        with self.arrived:
            while not predicate(self.events):
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self.arrived.wait(left)
            return True

    def settle(self, timeout: float = 5.0) -> bool:
        """Wait until every note-on heard has had its note-off. A witness stopped right after
        the player stops can miss the last note-offs, still on their way through the server."""
        return self.wait_for(lambda events: not stuck(events), timeout)

    def stop(self, settle: bool = True) -> list[tuple]:
        """The events heard, after settle() unless told not to (a window cut out of a running
        performance has notes sounding at its end)."""
        if settle:
            self.settle()
        self._end()
        self.proc.wait(30)
        self.reader.join(30)
        with self.arrived:
            return list(self.events)


class WallWitness(_Witness):
    """bench/witness.py as a process of its own, connected to `port`: what it hears, stamped on
    the monotonic clock (the dummy driver's frame counter slips at its xruns)."""

    SCRIPT = Path(__file__).resolve().parent.parent / "bench" / "witness.py"

    def __init__(self, server: JackServer, name: str, port: str):
        self.proc = subprocess.Popen([sys.executable, str(self.SCRIPT), name, port], env=server.python_env(),
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        if self.proc.stdout.readline().strip() != "ready":
            self.proc.kill()
            raise AssertionError(f"the wall-clock witness {name} did not connect to {port}")
        self._follow(lambda line: tuple(json.loads(line)))

    def _end(self) -> None:
        self.proc.stdin.write("stop\n")
        self.proc.stdin.flush()


class Dump(_Witness):
    """JACK's own jack_midi_dump (a client that is not ours) named `name`, connected to `source`
    if given: (frame, bytes) per event. It drops what it has not printed yet when it is told to
    stop, hence settle() before stop()."""

    def __init__(self, server: JackServer, name: str, source: str | None = None):
        self.name = name
        self.proc = subprocess.Popen(server.command(["jack_midi_dump", "-a", name]), env=server.env(),
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.complaints: list[str] = []  # what it says on stderr, such as the events it dropped itself
        threading.Thread(target=lambda: self.complaints.extend(self.proc.stderr), daemon=True).start()
        self._follow(_dump_line)
        server.wait_for_port(f"{name}:input")
        if source is not None:
            server.connect(source, f"{name}:input")

    def _end(self) -> None:
        self.proc.send_signal(signal.SIGINT)

    def dropped(self) -> int:
        """Events jack_midi_dump dropped itself: it queues what it hears for a printing thread and
        drops what does not fit ("ringbuffer was full"; some 800 events) when that thread or
        whoever reads its output falls behind, as on a loaded machine."""
        return sum("ringbuffer was full" in line for line in list(self.complaints))


def _dump_line(line: str) -> tuple[int, list[int]] | None:
    """One line of `jack_midi_dump -a`: "  frame: 90 3c 50 note on ..." -> (frame, bytes)."""
    head, _, rest = line.partition(":")
    if not head.strip().isdigit():
        return None
    return int(head), [int(b, 16) for b in rest.split()[:3]]


def stuck(events) -> set:
    """(channel, pitch) pairs whose last note-on seen has no note-off after it."""
    sounding: set = set()
    for _, msg in events:
        if is_on(msg):
            sounding.add((msg[0] & 0x0F, msg[1]))
        elif is_off(msg):
            sounding.discard((msg[0] & 0x0F, msg[1]))
    return sounding


def is_on(msg) -> bool:
    return len(msg) == 3 and msg[0] & 0xF0 == 0x90 and msg[2] > 0


def is_off(msg) -> bool:
    return len(msg) == 3 and (msg[0] & 0xF0 == 0x80 or (msg[0] & 0xF0 == 0x90 and msg[2] == 0))


def distinct_onsets(onsets) -> np.ndarray:
    """Onset times in order, the notes of a chord (within 10 ms of the one before) counted once."""
    t = np.array(sorted(onsets), dtype=np.float64)
    return t[np.diff(t, prepend=-np.inf) > 0.010]


def grid_fit(onsets, step: float) -> tuple[float, np.ndarray]:
    """Fit onset = a + b * k through the onsets (seconds) on a grid of `step` seconds; returns
    (b, the residuals in ms)."""
    t = distinct_onsets(onsets)
    k = np.round((t - t[0]) / step)
    b, a = np.polyfit(k, t, 1)
    return float(b), (t - (a + b * k)) * 1000


def rss_mb(pid: int) -> float:
    """Resident memory of a process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0
