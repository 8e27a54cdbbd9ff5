"""Remembering the player from one jam to the next: the session memory is read from memory.file
at start and written at stop and every few minutes. The snapshot is taken at a step boundary;
the file is written on a thread of its own, never on the step loop's."""
from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

from ..config import AUTO_MEMORY
from ..model.memory import MemoryFileError, looks_like_memory, vocab_sha, write_state
from ..places import state_dir

log = logging.getLogger("improv")
SAVE_EVERY_S = 300.0


def memory_path(setting: str | None, vocab) -> Path | None:
    """The file memory.file names: None (forget at stop), a path, or "auto": memory-<vocabulary>.json
    in improv's state folder, one per vocabulary, so that switching models never overwrites what
    another model's jams remembered (a fine-tuned model keeps its base's vocabulary, and memory)."""
    if setting is None:
        return None
    if setting == AUTO_MEMORY:
        return state_dir() / f"memory-{vocab_sha(vocab)[:12]}.json"
    return Path(setting)


class MemoryKeeper:
    def __init__(self, jam, path: str | Path, every_s: float = SAVE_EVERY_S):
        self.jam, self.path, self.every_s = jam, Path(path), every_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.saved = 0
        self.unwritable: str | None = None

    def start(self) -> "MemoryKeeper":
        """Read the file (if it is there), then save every few minutes until stop(). A file that
        cannot be written is said once now, once at stop, and the jam goes on without saving."""
        if self.path.exists():
            log.info(self.jam.next.memory.load(str(self.path)))
        self.unwritable = unwritable(self.path)
        if self.unwritable:
            log.warning(f"memory: {self.path} cannot be written ({self.unwritable}); what improv learns in this jam "
                        "is lost when it stops: set memory.file to a writable place")
            return self
        if not self.path.exists():
            log.info(f"memory: {self.path} does not exist yet; it is written at the end of this jam")
        self._thread = threading.Thread(target=self._every, name="improv-memory", daemon=True)
        self._thread.start()
        return self

    def _every(self) -> None:
        while not self._stop.wait(self.every_s):
            taken = threading.Event()
            snapshot: list = []

            def take(jam, k: int, now: float) -> None:  # on the loop's thread: a plain copy
                snapshot.append((jam.next.memory.memory.state(), vocab_sha(jam.next.tokenizer)))
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
        if self.unwritable:
            log.warning(f"memory: {len(memory.memory)} tokens not saved: {self.path} cannot be written "
                        f"({self.unwritable})")
        elif self._write(memory.memory.state(), vocab_sha(self.jam.next.tokenizer)):
            log.info(f"memory: {len(memory.memory)} tokens saved to {self.path}")

    def _write(self, state: dict, sha: str) -> bool:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_state(self.path, state, sha)
        except (OSError, MemoryFileError) as e:  # the jam goes on; what is in memory is kept for the next try
            log.error(f"memory: {e}")
            return False
        self.saved += 1
        return True


def unwritable(path: Path) -> str | None:
    """Why a memory file cannot be written there, or None when it can (its folder is made if need be)."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        return f"its folder {folder} cannot be made: {e.strerror or e}"
    if path.is_dir():
        return "it is a folder"
    if path.is_file() and path.stat().st_size and not looks_like_memory(path):
        return "a file that is not an improv memory file is there, and is kept"
    # the file is replaced by a rename, so the folder must take new files; a file of its own that is
    # read-only is replaced all the same, as on any editor's save
    if not os.access(folder, os.W_OK | os.X_OK):
        read_only = os.statvfs(folder).f_flag & os.ST_RDONLY
        return f"{folder} is {'on a read-only file system' if read_only else 'not writable'}"
    return None
