"""Port hot-plug: when a named port goes away improv releases its notes, logs once, keeps
running, and reconnects when a port of that name comes back (same MIDI clients, no leak)."""
from __future__ import annotations

import logging
import threading
import time
from typing import Callable

log = logging.getLogger("improv")

# A JACK client registers its ports before it activates, and JACK refuses to connect a port of a
# client that is not active yet; rtmidi does not report the refusal (it ignores jack_connect's
# result). Connecting in that gap left improv believing it was connected to a keyboard it never
# heard again. So a port is connected only once it has been listed for GRACE_S (its client has
# activated by then, unless the machine is very busy), and where improv can see JACK's graph the
# connection is confirmed there, and made again at the next poll if JACK refused it.
GRACE_S = 0.2


class PortWatch:
    """Polls the named ports (those given with --in / --out) from its own thread: every
    `interval` while all are connected, every `waiting_interval` while one is missing.

    `graph` (midi/libjack.JackGraph, or anything with connections(port) -> list | None) and `own`
    (improv's own port names by kind, midi/ports.own_ports) confirm a reconnect on JACK."""

    def __init__(self, ports: dict[str, object], on_lost: Callable[[str], None], interval: float = 0.25,
                 waiting_interval: float = 0.05, grace: float = GRACE_S, graph=None,
                 own: dict[str, str] | None = None):
        self.ports = {kind: p for kind, p in ports.items() if getattr(p, "wanted", None)}
        self.on_lost = on_lost
        self.interval = interval
        self.waiting_interval = waiting_interval
        self.grace = grace
        self.graph = graph
        self.own = own or {}
        self.refused = 0  # reconnects JACK did not make (the other port's client not active yet)
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="improv-ports", daemon=True)
        self.losses = 0
        self.reconnects = 0
        self.first_listed: dict[str, dict[str, float]] = {kind: {} for kind in self.ports}  # name -> when

    def start(self) -> "PortWatch":
        if self.ports:
            self.thread.start()
        return self

    def close(self) -> None:
        self.stop.set()
        if self.thread.is_alive():
            self.thread.join(2)

    def _run(self) -> None:
        while not self.stop.wait(self._pause()):
            now = time.monotonic()
            for kind, port in self.ports.items():
                self.check(kind, port, now)

    def _pause(self) -> float:
        waiting = not all(p.connected for p in self.ports.values())
        return self.waiting_interval if waiting else self.interval

    def check(self, kind: str, port, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        try:
            names = port.available()
        except Exception:  # the MIDI system itself hiccuped: try again next time
            return
        before = self.first_listed.get(kind, {})
        self.first_listed[kind] = listed = {n: before.get(n, now) for n in names}
        if port.connected and port.name not in names:
            port.connected = False
            self.losses += 1
            log.warning(f"{kind} port {port.name} went away; notes released, waiting for it to come back")
            self.on_lost(kind)
        elif not port.connected:
            matches = [n for n in names if port.wanted.lower() in n.lower()]
            if len(matches) == 1 and now - listed[matches[0]] >= self.grace:  # its client has had time to activate
                try:
                    port.reconnect(matches[0])
                except Exception as e:  # it vanished again between listing and opening
                    log.debug(f"{kind} port {matches[0]}: reconnect failed: {e}")
                    return
                if not self.confirmed(kind, matches[0]):
                    port.connected = False  # the next poll tries again
                    self.refused += 1
                    log.debug(f"{kind} port {matches[0]}: JACK did not connect it (its client is not active yet)")
                    return
                self.reconnects += 1
                log.info(f"{kind} port {matches[0]} is back; reconnected")

    def confirmed(self, kind: str, name: str) -> bool:
        """Whether JACK's graph shows improv's port connected to `name`; True where improv
        cannot see the graph (rtmidi's word is all there is)."""
        if self.graph is None:
            return True
        try:
            connected = self.graph.connections(name)
        except Exception:  # the graph could not be read: rtmidi's word, then
            return True
        if connected is None:  # gone again
            return False
        own = self.own.get(kind)
        return own in connected if own else bool(connected)
