"""The way in: rtmidi's own input queue, filled by the MIDI system's thread with no Python involved,
is emptied by a thread of ours (Drain) that stamps each message on the monotonic clock from
rtmidi's delta times (Stamper) and puts it in a bounded Inbox, which the step loop reads.

Why not rtmidi's Python callback: on JACK it runs in JACK's process thread once that thread has
the interpreter lock, and a callback that waits for the lock past its cycle reads an input buffer
the server is already rewriting: the 2nd and 3rd note of a chord came through as repeats of the
1st (134 of 1,000 messages with a busy Python thread at 64 frames; 0 read from the queue).
"""
from __future__ import annotations

import queue
import threading
import time
from collections import deque

from .constants import NOTE_ON

SYSEX, ACTIVE_SENSING = 0xF0, 0xFE
POLL_S = 0.001      # how often the drain looks at rtmidi's queue (it has no way to wait on it)
WINDOW_S = 2.0      # the stamper trusts its best anchor this long (clock drift, lost deltas)


class Inbox:
    """The bounded queue between the drain thread and the step loop; put never blocks, overflow
    drops and counts; a note-on wakes the step loop at once."""

    def __init__(self, size: int = 1024):
        self.queue: queue.Queue = queue.Queue(maxsize=size)
        self.dropped = 0
        self.received = 0
        self.wake: threading.Event | None = None

    def put(self, t: float, message: list[int]) -> None:
        self.received += 1
        try:
            self.queue.put_nowait((t, message))
        except queue.Full:
            self.dropped += 1
            return
        wake = self.wake
        if wake is not None and message and message[0] & 0xF0 == NOTE_ON and not wake.is_set():
            wake.set()

    def drain(self, limit: int = 4096) -> list[tuple[float, list[int]]]:
        out = []
        try:
            while len(out) < limit:
                out.append(self.queue.get_nowait())
        except queue.Empty:
            pass
        return out


class Stamper:
    """Monotonic times for messages from rtmidi's delta times.

    rtmidi gives each message the time since the one before (on JACK, taken when the server's cycle
    handed it over, microseconds on CLOCK_MONOTONIC_RAW), so the sum of the deltas places every
    message exactly relative to the first; where that sum sits on our clock is learnt from the
    drains: a message taken out at `now` arrived at `now` or before, so `now - sum` bounds the
    anchor from above, and the smallest bound of the last WINDOW_S is the anchor. A drain that the
    interpreter lock delayed then does not delay the stamps, and a chord's notes keep one time.
    Deltas that were lost (rtmidi's queue overflowed) are forgotten after `forget()`."""

    def __init__(self, window: float = WINDOW_S):
        self.window = window
        self.elapsed = 0.0                                # the sum of the deltas so far
        self.bounds: deque[tuple[float, float]] = deque()  # (when, now - elapsed), increasing bounds

    def stamp(self, deltas: list[float], now: float) -> list[float]:
        """The times of messages drained together at `now`, given their deltas."""
        sums = []
        for d in deltas:
            self.elapsed += max(0.0, d)
            sums.append(self.elapsed)
        if not sums:
            return []
        bound = now - sums[-1]
        while self.bounds and self.bounds[-1][1] >= bound:
            self.bounds.pop()  # a later, lower bound: the old one is never the smallest again
        self.bounds.append((now, bound))
        while self.bounds[0][0] < now - self.window:
            self.bounds.popleft()
        anchor = self.bounds[0][1]
        return [min(now, anchor + s) for s in sums]

    def forget(self) -> None:
        """The deltas may have a gap: learn the anchor afresh from the next drain."""
        self.bounds.clear()


class Drain:
    """A thread that empties an rtmidi input's queue every POLL_S into an Inbox, stamping each
    message. System exclusive and active sensing are dropped here, not by rtmidi: a message rtmidi
    ignores still moves its delta clock, so the next delta would not add up."""

    def __init__(self, midi, inbox: Inbox, queue_size: int, lock: threading.Lock, poll: float | None = None,
                 clock=time.monotonic):
        self.midi, self.inbox, self.queue_size, self.lock = midi, inbox, queue_size, lock
        self.poll = POLL_S if poll is None else poll
        self.clock = clock
        self.stamper = Stamper()
        self.overflows = 0   # drains that found rtmidi's queue full: messages may have been lost there
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="improv-input", daemon=True)

    def start(self) -> "Drain":
        self.thread.start()
        return self

    def once(self) -> int:
        """Take what rtmidi has queued; returns how many messages."""
        batch = []
        with self.lock:
            while len(batch) < self.queue_size and (item := self.midi.get_message()) is not None:
                batch.append(item)
        if not batch:
            return 0
        if len(batch) >= self.queue_size:
            self.overflows += 1
            self.stamper.forget()
        times = self.stamper.stamp([delta for _, delta in batch], self.clock())
        for t, (message, _) in zip(times, batch):
            if message and message[0] not in (SYSEX, ACTIVE_SENSING):
                self.inbox.put(t, message)
        return len(batch)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.once()
            time.sleep(self.poll)

    def stop(self) -> None:
        """Stop the thread, then hand over what rtmidi still had."""
        self._stop.set()
        if self.thread.is_alive() and self.thread is not threading.current_thread():
            self.thread.join(2)
        if not self.thread.is_alive():
            self.once()
