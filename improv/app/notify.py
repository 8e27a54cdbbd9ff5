"""systemd's notify protocol: one datagram per state change to $NOTIFY_SOCKET (sd_notify(3))."""
from __future__ import annotations

import os
import socket
import time


class Notifier:
    """READY=1, STOPPING=1, RELOADING=1, WATCHDOG=1, STATUS=...; a no-op outside systemd."""

    def __init__(self, environ: dict | None = None):
        env = os.environ if environ is None else environ
        address = env.get("NOTIFY_SOCKET", "")
        self.sock: socket.socket | None = None
        if address:
            if address.startswith("@"):  # an abstract socket
                address = "\0" + address[1:]
            try:
                # non-blocking: the conductor's real-time thread pings, and a receiver that falls
                # behind (a full datagram queue) must cost it a dropped message, never a stall
                self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC | socket.SOCK_NONBLOCK)
                self.sock.connect(address)
            except OSError:
                self.sock = None
        usec = env.get("WATCHDOG_USEC", "")
        pid = env.get("WATCHDOG_PID", "")
        mine = not pid or pid == str(os.getpid())
        self.watchdog_interval = int(usec) / 1e6 / 2 if usec.isdigit() and mine and int(usec) > 0 else None
        self._last_ping = 0.0
        self.dropped = 0

    @property
    def enabled(self) -> bool:
        return self.sock is not None

    def send(self, *states: str) -> bool:
        if self.sock is None:
            return False
        try:
            self.sock.send("\n".join(states).encode())
            return True
        except OSError:  # BlockingIOError included: the receiver's queue is full
            self.dropped += 1
            return False

    def ready(self, status: str = "") -> None:
        self.send("READY=1", *([f"STATUS={status}"] if status else []))

    def reloading(self) -> None:
        # systemd 253+ wants MONOTONIC_USEC with RELOADING=1; older ones ignore it
        self.send("RELOADING=1", f"MONOTONIC_USEC={time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000}")

    def stopping(self) -> None:
        self.send("STOPPING=1")

    def watchdog(self, now: float) -> bool:
        """Ping if the watchdog is on and half its interval has passed."""
        if self.watchdog_interval is None or now - self._last_ping < self.watchdog_interval:
            return False
        self._last_ping = now
        return self.send("WATCHDOG=1")

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()
            self.sock = None
