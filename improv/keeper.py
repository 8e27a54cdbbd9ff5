"""Remembering the player from one jam to the next: the session memory is read from memory.file
at start and written at stop and every few minutes. The snapshot is taken at a step boundary;
the file is written on a thread of its own, never on the step loop's."""
from __future__ import annotations

import logging
import threading
from pathlib import Path

from .memory import vocab_sha, write_state

log = logging.getLogger("improv")
SAVE_EVERY_S = 300.0


class MemoryKeeper:
    def __init__(self, jam, path: str, every_s: float = SAVE_EVERY_S):
        self.jam, self.path, self.every_s = jam, Path(path), every_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.saved = 0

    def start(self) -> "MemoryKeeper":
        """Read the file (if it is there), then save every few minutes until stop()."""
        if self.path.exists():
            log.info(self.jam.next.memory.load(str(self.path)))
        else:
            log.info(f"memory: {self.path} does not exist yet; it is written at the end of this jam")
        self._thread = threading.Thread(target=self._every, name="improv-memory", daemon=True)
        self._thread.start()
        return self

    def _every(self) -> None:
        while not self._stop.wait(self.every_s):
            taken = threading.Event()
            snapshot: list = []

            def take(jam, k: int, now: float) -> None:  # on the loop's thread: a plain copy
                snapshot.append((jam.next.memory.memory.state(), vocab_sha(jam.next.vocab)))
                taken.set()
            self.jam.request(take)
            if taken.wait(5.0) and snapshot:
                self._write(*snapshot[0])

    def stop(self) -> None:
        """After the jam: the last save, from the thread that ran it."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)
        memory = self.jam.next.memory
        self._write(memory.memory.state(), vocab_sha(self.jam.next.vocab))
        log.info(f"memory: {len(memory.memory)} tokens saved to {self.path}")

    def _write(self, state: dict, sha: str) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_state(self.path, state, sha)
            self.saved += 1
        except OSError as e:  # the jam goes on; what is in memory is kept for the next try
            log.error(f"memory: cannot write {self.path}: {e.strerror or e}; check memory.file")
