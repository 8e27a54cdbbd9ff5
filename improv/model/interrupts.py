"""Ctrl-C and SIGTERM stop a training run, but never while it writes what --resume reads.

Keras writes the checkpoint, the history row and the learning rate at the end of an epoch; a
KeyboardInterrupt raised in the middle leaves a checkpoint whose weights file is cut short
(seen: resuming then fails to load). So at the end of an epoch the interrupt waits until
every callback has written its part, then stops the run.
"""
from __future__ import annotations

import signal
import threading
from typing import Any


class EpochEndGuard:
    """Install it around `model.fit`; `callbacks(cbs)` brackets the epoch-end writers."""

    def __init__(self) -> None:
        self.deferring = False
        self.pending = False
        self._old: dict[int, Any] = {}

    def _handler(self, signum, frame) -> None:
        if self.deferring:
            self.pending = True
            return
        raise KeyboardInterrupt

    def __enter__(self) -> "EpochEndGuard":
        if threading.current_thread() is threading.main_thread():  # signals reach the main thread only
            for sig in (signal.SIGINT, signal.SIGTERM):
                self._old[sig] = signal.signal(sig, self._handler)
        return self

    def __exit__(self, *exc) -> None:
        for sig, old in self._old.items():
            signal.signal(sig, old)
        self._old.clear()

    def hold(self) -> None:
        self.deferring = True

    def release(self) -> None:
        self.deferring = False
        if self.pending:
            self.pending = False
            raise KeyboardInterrupt

    def callbacks(self, writers: list) -> list:
        """The writers between a callback that holds interrupts and one that releases them."""
        import keras

        guard = self

        class Hold(keras.callbacks.Callback):
            def on_epoch_end(self, epoch, logs=None):
                guard.hold()

        class Release(keras.callbacks.Callback):
            def on_epoch_end(self, epoch, logs=None):
                guard.release()

        return [Hold(), *writers, Release()]
