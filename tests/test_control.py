"""Live control from MIDI CCs, key lock and the register split, on an in-process conductor."""
from __future__ import annotations

import threading
import time

import mido
import pytest

from improv import config, keys
from improv.midi.listener import Inbox
from improv.service import Recorder, build

from . import bundles


class Out(mido.ports.BaseOutput):
    def _open(self, **kwargs):
        self.sent = []

    def _send(self, msg):
        self.sent.append((time.monotonic(), msg))

    def ons(self, since: float = 0.0):
        return [m for t, m in self.sent if m.type == "note_on" and m.velocity > 0 and t >= since]


class Jam:
    def __init__(self, bundle, **changes):
        s = config.defaults()
        s["model"]["bundle"] = str(bundle)
        for dotted, value in changes.items():
            section, key = dotted.split("__")
            s[section][key] = value
        self.inbox, self.out = Inbox(), Out()
        self.conductor = build(s, self.inbox, self.out, Recorder(time.monotonic()), rng_seed=1)
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.conductor.run, args=(self.stop,))

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.conductor.wake.set()
        self.thread.join(10)

    def send(self, *message):
        self.inbox.callback((list(message), 0.0))
        self.conductor.wake.set()

    def wait_steps(self, n: int):
        target = self.conductor.t.steps + n
        deadline = time.monotonic() + n * 0.125 * 4 + 2
        while self.conductor.t.steps < target and time.monotonic() < deadline:
            time.sleep(0.01)  # polling a condition, with a deadline


def test_ccs_switch_the_ai_off_and_on_change_mode_temperature_and_density(tmp_path):
    bundle = bundles.one_step_notes(tmp_path / "b")
    with Jam(bundle, jam__mode="solo") as jam:
        jam.wait_steps(8)
        assert len(jam.out.ons()) >= 6
        jam.send(0xB0, 80, 0)            # AI off
        jam.wait_steps(2)
        off_at = time.monotonic()
        jam.wait_steps(8)
        assert jam.out.ons(off_at) == [] and not jam.conductor.player.sounding
        jam.send(0xB0, 80, 127)          # AI on again
        jam.wait_steps(8)
        assert len(jam.out.ons(off_at)) >= 5
        jam.send(0xB0, 82, 0)            # temperature to its lowest
        jam.send(0xB0, 83, 127)          # density to its highest
        jam.send(0xB0, 81, 64)           # mode: accompany
        jam.wait_steps(2)
        assert jam.conductor.sampler.temperature == pytest.approx(0.1)
        assert jam.conductor.s.density == 1.0 and jam.conductor.mode == "accompany"
        jam.send(0xB0, 84, 127)          # tempo nudge: +20 BPM, almost
        jam.wait_steps(2)
        assert jam.conductor.grid.bpm == pytest.approx(120 + 63 * 20 / 64, abs=0.01)
    ons = sum(1 for _, m in jam.out.sent if m.type == "note_on" and m.velocity > 0)
    offs = sum(1 for _, m in jam.out.sent if m.type == "note_off" or (m.type == "note_on" and m.velocity == 0))
    assert ons == offs  # every note-on has its note-off, through every switch


def test_control_channel_filter(tmp_path):
    bundle = bundles.one_step_notes(tmp_path / "b")
    with Jam(bundle, jam__mode="solo", control__channel=2) as jam:
        jam.send(0xB0, 80, 0)             # channel 1: not ours
        jam.wait_steps(3)
        assert jam.conductor.ai_on
        jam.send(0xB1, 80, 0)             # channel 2
        jam.wait_steps(3)
        assert not jam.conductor.ai_on


def test_key_lock_yields_only_in_key_pitches(tmp_path):
    bundle = bundles.make_bundle(tmp_path / "b", [f"{p}:1" for p in range(48, 84)] + ["60.63.66:2", "62.66.69:2"])
    d_major = keys.scale(2, "major")
    with Jam(bundle, jam__mode="solo", key__lock=True, key__fixed="D major") as jam:
        jam.wait_steps(60)
    pitches = [m.note for m in jam.out.ons()]
    assert len(pitches) > 30 and {p % 12 for p in pitches} <= d_major
    with Jam(bundle, jam__mode="solo") as free:  # without the lock the same model leaves the key
        free.wait_steps(60)
    assert {m.note % 12 for m in free.out.ons()} - d_major


def test_key_lock_by_cc_follows_the_estimated_key(tmp_path):
    bundle = bundles.make_bundle(tmp_path / "b", [f"{p}:1" for p in range(48, 84)])
    with Jam(bundle, jam__mode="accompany", jam__density=1.0) as jam:
        for p in (64, 66, 68, 69, 71, 73, 75, 76, 64, 68, 71, 76):   # E major, played by the human
            jam.send(0x90, p, 80)
            jam.send(0x80, p, 0)
        jam.send(0xB0, 86, 127)                                       # key lock on
        jam.wait_steps(4)
        since = time.monotonic()
        jam.wait_steps(40)
        assert jam.conductor.key == (4, "major") and jam.conductor.key_lock
        pitches = [m.note for m in jam.out.ons(since)]
    assert len(pitches) > 20 and {p % 12 for p in pitches} <= keys.scale(4, "major")


def test_register_split_keeps_the_ai_above_the_human(tmp_path):
    bundle = bundles.make_bundle(tmp_path / "b", [f"{p}:1" for p in range(36, 84)])
    with Jam(bundle, jam__mode="solo", key__split=60) as jam:
        jam.wait_steps(40)
    assert min(m.note for m in jam.out.ons()) >= 60
    with Jam(bundle, jam__mode="accompany", jam__density=1.0, key__split="learn") as jam:
        for p in (40, 45, 52, 55):                       # the human plays low
            jam.send(0x90, p, 80)
            jam.send(0x80, p, 0)
        jam.wait_steps(3)
        since = time.monotonic()
        jam.wait_steps(30)
        assert min(m.note for m in jam.out.ons(since)) > 55
