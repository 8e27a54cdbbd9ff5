"""Port hot-plug: when a named port goes away improv releases its notes, logs once, keeps
running, and reconnects when a port of that name comes back (same MIDI clients, no leak)."""
from __future__ import annotations

import logging
import threading
from typing import Callable

log = logging.getLogger("improv")


class PortWatch:
    """Polls the named ports (those given with --in / --out) from its own thread.

    A port that comes back is connected only once it has been listed on two polls in a row. A
    JACK client registers its ports before it activates, JACK refuses to connect a port of a
    client not yet active, and rtmidi does not report the refusal: connecting in that gap left
    improv believing it was connected to a keyboard it never heard again."""

    def __init__(self, ports: dict[str, object], on_lost: Callable[[str], None], interval: float = 0.25):
        self.ports = {kind: p for kind, p in ports.items() if getattr(p, "wanted", None)}
        self.on_lost = on_lost
        self.interval = interval
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="improv-ports", daemon=True)
        self.losses = 0
        self.reconnects = 0
        self.seen: dict[str, set[str]] = {kind: set() for kind in self.ports}  # listed on the last poll

    def start(self) -> "PortWatch":
        if self.ports:
            self.thread.start()
        return self

    def close(self) -> None:
        self.stop.set()
        if self.thread.is_alive():
            self.thread.join(2)

    def _run(self) -> None:
        while not self.stop.wait(self.interval):
            for kind, port in self.ports.items():
                self.check(kind, port)

    def check(self, kind: str, port) -> None:
        try:
            names = port.available()
        except Exception:  # the MIDI system itself hiccuped: try again next time
            return
        seen, self.seen[kind] = self.seen.get(kind, set()), set(names)
        if port.connected and port.name not in names:
            port.connected = False
            self.losses += 1
            log.warning(f"{kind} port {port.name} went away; notes released, waiting for it to come back")
            self.on_lost(kind)
        elif not port.connected:
            matches = [n for n in names if port.wanted.lower() in n.lower()]
            if len(matches) == 1 and matches[0] in seen:  # listed last time too: its client is active
                try:
                    port.reconnect(matches[0])
                except Exception as e:  # it vanished again between listing and opening
                    log.debug(f"{kind} port {matches[0]}: reconnect failed: {e}")
                    return
                self.reconnects += 1
                log.info(f"{kind} port {matches[0]} is back; reconnected")
