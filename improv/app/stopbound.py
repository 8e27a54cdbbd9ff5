"""A stop that ends: once improv has begun to stop, the process is gone within a bound, whatever the
MIDI system does meanwhile (a JACK server that hangs, or dies, while improv closes its clients).

Two guards, armed when the stop begins and disarmed once the MIDI clients are closed: a Python
timer that logs one line and exits with the stop's own code (the notes were released before the
clients are closed), and, a second later, faulthandler's watchdog, a C thread that needs no
interpreter lock: it writes every thread's stack to stderr and exits 1 even when no Python can
run any more. Both come well before the unit's TimeoutStopSec=5, after which systemd kills."""
from __future__ import annotations

import faulthandler
import logging
import os
import sys
import threading
from typing import Callable

log = logging.getLogger("improv")
STOP_BOUND_S = 3.0   # the soft guard; the hard one one second later


class StopBound:
    def __init__(self, code: Callable[[], int], seconds: float = STOP_BOUND_S):
        self.code, self.seconds = code, seconds
        self.timer: threading.Timer | None = None

    def arm(self) -> None:
        """Start the clock (again, if it runs: the bound counts from the latest call)."""
        self.disarm()
        faulthandler.dump_traceback_later(self.seconds + 1.0, exit=True)
        self.timer = threading.Timer(self.seconds, self._expired)
        self.timer.daemon = True
        self.timer.start()

    def disarm(self) -> None:
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None
            faulthandler.cancel_dump_traceback_later()

    def _expired(self) -> None:
        log.error(f"stop: the MIDI system still held improv {self.seconds:g} s after the notes were released "
                  "(its server hung or went away); exiting without closing its clients")
        for handler in log.handlers:
            handler.flush()
        sys.stderr.flush()
        os._exit(self.code())
