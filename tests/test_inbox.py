"""The way in, as pure logic: the stamper places messages from rtmidi's delta times, the drain
empties a queue shaped like rtmidi's into the Inbox (explicit times, no threads)."""
from __future__ import annotations

import threading

import pytest

from improv.midi.inbox import Drain, Inbox, Stamper


def test_stamper_keeps_the_deltas_and_learns_the_smallest_lag():
    s = Stamper(window=2.0)
    # a chord (three messages in one cycle) that arrived at 10.000, drained 4 ms late
    assert s.stamp([0.0, 0.0, 0.0], now=10.004) == pytest.approx([10.004] * 3)
    # the next note 0.25 s later, drained 0.5 ms after it came: the anchor moves 3.5 ms earlier
    assert s.stamp([0.25], now=10.2505) == pytest.approx([10.2505])
    # a drain delayed 30 ms (the interpreter lock) does not delay the stamp
    assert s.stamp([0.25], now=10.5305) == pytest.approx([10.5005])


def test_stamper_never_stamps_after_the_drain():
    s = Stamper()
    s.stamp([0.0], now=5.0)
    # deltas that add up to more than the clock moved (a faster raw clock): capped at now
    assert s.stamp([0.2], now=5.1) == pytest.approx([5.1])


def test_stamper_forgets_old_anchors_and_after_a_gap():
    s = Stamper(window=1.0)
    s.stamp([0.0], now=1.0)                     # the best anchor: 1.0
    s.stamp([0.5], now=1.6)                     # bound 1.1, worse; 1.0 still wins
    assert s.stamp([0.1], now=1.7) == pytest.approx([1.6])
    # 3 s later the old anchor is out of the window: the new drain sets it
    assert s.stamp([0.0], now=4.7) == pytest.approx([4.7])
    s.forget()
    assert s.stamp([1.0], now=9.0) == pytest.approx([9.0])


class FakeQueue:
    """rtmidi's MidiIn as the drain sees it: get_message() -> ([bytes], delta) or None."""

    def __init__(self, items):
        self.items = list(items)

    def get_message(self):
        return self.items.pop(0) if self.items else None


def test_drain_puts_every_message_stamped_and_drops_sysex_and_active_sensing():
    box = Inbox(size=64)
    box.wake = threading.Event()
    midi = FakeQueue([([0x90, 60, 90], 0.0), ([0x90, 64, 90], 0.0), ([0xFE], 0.1), ([0xF0, 1, 2, 0xF7], 0.1),
                      ([0x80, 60, 0], 0.05)])
    drain = Drain(midi, box, queue_size=64, lock=threading.Lock(), clock=lambda: 2.0)
    assert drain.once() == 5
    got = box.drain()
    assert [m for _, m in got] == [[0x90, 60, 90], [0x90, 64, 90], [0x80, 60, 0]]
    # the note-off came 0.25 s after the chord: the active sensing and sysex deltas still count
    assert [t for t, _ in got] == pytest.approx([1.75, 1.75, 2.0])
    assert box.wake.is_set()


def test_a_full_queue_is_counted_and_the_anchor_learnt_again():
    box = Inbox(size=64)
    drain = Drain(FakeQueue([([0x90, 60, 90], 0.0)] * 4), box, queue_size=4, lock=threading.Lock(),
                  clock=lambda: 1.0)
    drain.once()
    assert drain.overflows == 1 and len(box.drain()) == 4
