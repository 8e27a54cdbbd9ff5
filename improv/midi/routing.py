"""What improv's ports are connected to: a record next to the status file, kept up to date while
improv runs, restored at its next start and used by `improv panic` after a crash."""
from __future__ import annotations

import json
import logging
import os
import re
import shutil
import subprocess
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from ..places import state_dir
from .libjack import JackGraph

log = logging.getLogger("improv")

FORMAT = 1
KINDS = ("input", "output")


def record_path() -> Path:
    """connections.json in improv's state folder ($XDG_STATE_HOME/improv; the unit's StateDirectory):
    it outlives a stop, a crash and a reboot, as the routing it restores does."""
    return state_dir() / "connections.json"


@dataclass
class Record:
    """improv's own ports ({"input": "improv:in", "output": "improv-out:out"}) and, for each, the
    ports connected to it: its input's sources, its output's destinations."""
    backend: str
    ports: dict[str, str]
    connections: dict[str, list[str]] = field(default_factory=lambda: {kind: [] for kind in KINDS})

    def to_json(self) -> dict:
        return {"format": FORMAT, "backend": self.backend, "ports": self.ports, "connections": self.connections,
                "pid": os.getpid(), "updated": time.strftime("%Y-%m-%dT%H:%M:%S%z")}


def read_record(path: Path | None = None) -> tuple[Record | None, str | None]:
    """The last record, or (None, why) where why is None when there is no record at all."""
    path = path or record_path()
    try:
        text = path.read_text()
    except FileNotFoundError:
        return None, None
    except OSError as e:
        return None, f"cannot be read ({e.strerror})"
    try:
        data = json.loads(text)
    except ValueError:
        return None, "not JSON (truncated?)"
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        version = data.get("format") if isinstance(data, dict) else None
        return None, f"of an unknown format ({version!r}; this improv reads {FORMAT})"
    try:
        ports = {kind: str(data["ports"][kind]) for kind in KINDS}
        connections = {kind: [str(p) for p in data["connections"][kind]] for kind in KINDS}
        return Record(str(data["backend"]), ports, connections), None
    except (KeyError, TypeError):
        return None, "incomplete (no ports or connections)"


def write_record(record: Record, path: Path | None = None) -> None:
    """Atomically: a crash while writing leaves the last good record."""
    path = path or record_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(record.to_json(), indent=1) + "\n")
        os.replace(tmp, path)
    except OSError as e:  # the jam goes on; the next change tries again
        log.debug(f"cannot write {path}: {e}")


# ---- ALSA: the sequencer's own account of its clients, ports and subscriptions

_CLIENT = re.compile(r'^Client\s+(\d+)\s*:\s*"(.*)"')
_PORT = re.compile(r'^\s+Port\s+(\d+)\s*:\s*"(.*)"\s*\((.{4})\)')
_LINK = re.compile(r'^\s+(Connecting To|Connected From)\s*:\s*(.*)$')
_ADDRESS = re.compile(r'(\d+):(\d+)')


@dataclass
class AlsaPort:
    address: str            # "128:0"
    name: str               # "improv:out" (client name:port name)
    caps: str               # "RWe-": R readable (a source), W writable (a destination)
    to: list[str] = field(default_factory=list)      # addresses it sends to
    came: list[str] = field(default_factory=list)    # addresses it hears from


def parse_alsa_clients(text: str) -> dict[str, AlsaPort]:
    """/proc/asound/seq/clients as {address: AlsaPort}."""
    ports: dict[str, AlsaPort] = {}
    client = name = None
    port = None
    for line in text.splitlines():
        if m := _CLIENT.match(line):
            client, name, port = m.group(1), m.group(2), None
        elif (m := _PORT.match(line)) and client is not None:
            address = f"{client}:{m.group(1)}"
            port = ports[address] = AlsaPort(address, f"{name}:{m.group(2)}", m.group(3))
        elif (m := _LINK.match(line)) and port is not None:
            addresses = [f"{a}:{b}" for a, b in _ADDRESS.findall(re.sub(r"\[[^\]]*\]", "", m.group(2)))]
            (port.to if m.group(1) == "Connecting To" else port.came).extend(addresses)
    return ports


class AlsaGraph:
    """The ALSA sequencer's graph, read from /proc/asound/seq/clients; connects with aconnect
    (alsa-utils). Ports are named "client:port" by name, as they are the same after a restart
    where their numbers are not; of several clients of one name, the newest counts."""

    PROC = Path("/proc/asound/seq/clients")

    def _ports(self) -> dict[str, AlsaPort]:
        try:
            return parse_alsa_clients(self.PROC.read_text())
        except OSError:
            return {}

    def _by_name(self, ports: dict[str, AlsaPort]) -> dict[str, AlsaPort]:
        by_name: dict[str, AlsaPort] = {}
        for port in sorted(ports.values(), key=lambda p: tuple(map(int, p.address.split(":")))):
            by_name[port.name] = port  # the newest client of a name wins
        return by_name

    def ports(self, direction: str | None = None) -> list[str]:
        flag = {"input": "W", "output": "R"}.get(direction or "")
        return [name for name, port in self._by_name(self._ports()).items() if flag is None or flag in port.caps]

    def exists(self, port: str) -> bool:
        return port in self._by_name(self._ports())

    def connections(self, port: str) -> list[str] | None:
        ports = self._ports()
        mine = self._by_name(ports).get(port)
        if mine is None:
            return None
        return [ports[a].name for a in dict.fromkeys(mine.to + mine.came) if a in ports]

    def connect(self, source: str, destination: str) -> bool:
        by_name = self._by_name(self._ports())
        if source not in by_name or destination not in by_name or shutil.which("aconnect") is None:
            return False
        done = subprocess.run(["aconnect", by_name[source].address, by_name[destination].address],
                              capture_output=True, text=True, timeout=10)
        return done.returncode == 0 or "already" in done.stderr.lower()

    def close(self) -> None:
        pass


def open_graph(backend: str, name: str = "improv-routing"):
    """The graph of `backend` (JackGraph or AlsaGraph), or None where improv cannot see it."""
    if backend == "jack":
        try:
            return JackGraph(name)
        except OSError as e:
            log.warning(f"connections are not recorded or restored: {e}")
            return None
    if backend == "alsa":
        return AlsaGraph()
    return None


class Routing:
    """While improv runs: restores the last record's connections at start, connects a recorded
    port when it appears, and rewrites the record when the connections change (polled from a
    thread of its own). A port that went away (rather than being disconnected) stays in the
    record, to be connected again when it comes back, now or at a later start."""

    def __init__(self, graph, backend: str, own: dict[str, str], path: Path | None = None,
                 interval: float = 0.5):
        self.graph, self.backend, self.own = graph, backend, own
        self.path = path or record_path()
        self.interval = interval
        self.pending: dict[str, list[str]] = {kind: [] for kind in KINDS}
        self.current: dict[str, list[str]] = {kind: [] for kind in KINDS}
        self.written: dict[str, list[str]] | None = None
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="improv-routing", daemon=True)

    def _arrow(self, kind: str, other: str) -> str:
        return f"{other} -> {self.own[kind]}" if kind == "input" else f"{self.own[kind]} -> {other}"

    def _connect(self, kind: str, other: str) -> bool:
        if not self.graph.exists(other):
            return False
        source, destination = (other, self.own[kind]) if kind == "input" else (self.own[kind], other)
        return self.graph.connect(source, destination)

    def restore(self, enabled: bool = True) -> None:
        """Connect improv's new ports as the record says; log once per port."""
        record, why = read_record(self.path)
        if why:
            log.warning(f"connection record {self.path} is {why}: ignored, no connections restored")
        if record is None:
            return
        if not enabled:
            log.info("midi.restore_connections is off: the last connections are not restored")
            self.written = record.connections  # the record stays as it is until something changes
            return
        if record.backend != self.backend:
            log.info(f"the last connections were on {record.backend}, improv now runs on {self.backend}: "
                     "not restored")
            return
        for kind in KINDS:
            already = self.graph.connections(self.own[kind]) or []  # e.g. the port named with --out
            for other in record.connections[kind]:
                if other in already:
                    continue
                if self._connect(kind, other):
                    log.info(f"connection restored: {self._arrow(kind, other)}")
                else:
                    self.pending[kind].append(other)
                    log.info(f"{other} is not there: {self._arrow(kind, other)} will be connected when it appears")

    def poll(self) -> None:
        """One look at the graph: connect what appeared, note what changed, write if it did."""
        seen = {}
        for kind in KINDS:
            now = self.graph.connections(self.own[kind])
            if now is None:  # improv's own port is being reopened (hot-plug): look again next time
                return
            for other in list(self.pending[kind]):
                if other in now or self._connect(kind, other):
                    self.pending[kind].remove(other)
                    if other not in now:
                        log.info(f"{other} appeared: connected {self._arrow(kind, other)}")
                        now.append(other)
            for other in self.current[kind]:
                if other not in now and other not in self.pending[kind] and not self.graph.exists(other):
                    self.pending[kind].append(other)  # went away: back in when it returns
            self.current[kind] = now
            seen[kind] = now + [p for p in self.pending[kind] if p not in now]
        if seen != self.written:
            write_record(Record(self.backend, dict(self.own), seen), self.path)
            self.written = seen

    def _run(self) -> None:
        while not self.stop.wait(self.interval):
            try:
                self.poll()
            except Exception as e:  # the MIDI system hiccuped: the next poll tries again
                log.debug(f"routing: {type(e).__name__}: {e}")

    def start(self) -> "Routing":
        self.thread.start()
        return self

    def close(self) -> None:
        """Stop polling (before improv's ports close: the record keeps their last connections)."""
        self.stop.set()
        if self.thread.is_alive():
            self.thread.join(5)
        self.graph.close()


def start_routing(backend: str, own: dict[str, str], restore: bool = True) -> Routing | None:
    """For the daemon, once its ports are open: restore, then keep the record; None where the
    backend's graph cannot be seen (CoreMIDI, Windows, JACK without a libjack of its own)."""
    graph = open_graph(backend)
    if graph is None:
        return None
    routing = Routing(graph, backend, own)
    routing.restore(restore)
    routing.poll()
    return routing.start()
