"""The jam's musical decisions, driven step by step with explicit times and no threads: modes,
turn-taking, live controls, key lock, register split, and reloads that really apply."""
from __future__ import annotations

import time

import mido
import pytest

from improv import config
from improv.music import keys
from improv.music.notes import Token
from improv.app.daemon import build
from improv.model.engine import engine_for
from improv.midi.inbox import Inbox
from improv.midi.steploop import ClockIn

from . import bundles

STEP = 0.125  # 120 BPM, 4 steps per beat


class Out(mido.ports.BaseOutput):
    """Records what improv plays, with the step it was played in."""

    def _open(self, **kwargs):
        self.sent: list[tuple[int, mido.Message]] = []
        self.k = -1

    def _send(self, msg):
        self.sent.append((self.k, msg))

    def ons(self, since: int = 0, until: int = 10**9):
        return [(k, m) for k, m in self.sent if m.type == "note_on" and m.velocity > 0 and since <= k < until]

    def steps_with_notes(self, since: int = 0, until: int = 10**9):
        return sorted({k for k, _ in self.ons(since, until)})

    def balanced(self) -> bool:
        ons = sum(1 for _, m in self.sent if m.type == "note_on" and m.velocity > 0)
        offs = sum(1 for _, m in self.sent if m.type == "note_off" or (m.type == "note_on" and m.velocity == 0))
        return ons == offs


def settings_for(bundle, **changes):
    s = config.defaults()
    s["model"]["bundle"] = str(bundle)
    for dotted, value in changes.items():
        section, key = dotted.split("__")
        s[section][key] = value
    return s


class Drive:
    """A jam stepped by hand: step k begins at T0 + k * step, an hour ahead of the clock, so that
    no step is ever late; the human's messages carry their own times."""

    def __init__(self, bundle, **changes):
        self.settings = settings_for(bundle, **changes)
        self.inbox, self.out = Inbox(), Out()
        self.jam = build(self.settings, engine_for(self.settings["model"]), self.inbox, self.out, rng_seed=1)
        self.t0 = time.monotonic() + 3600
        self.jam.grid.anchor(0, self.t0)
        self.k = 0
        self.jam.improviser.start(0, self.t0)

    def now(self) -> float:
        return self.jam.grid.time_of(self.k)

    def steps(self, n: int) -> None:
        for _ in range(n):
            self.out.k = self.k
            self.jam.loop.tick(self.k, self.jam.grid.time_of(self.k))
            self.jam.loop.finish_chores()  # by hand, no gaps to wait for
            self.k += 1

    def send(self, *message, at: float | None = None) -> None:
        """A message from the keyboard, arriving `at` (default: just before the next step)."""
        self.inbox.queue.put((self.now() - 0.01 if at is None else at, list(message)))

    def play(self, pitches, steps_each: int = 1, velocity: int = 80) -> None:
        """The human plays these notes one after another, a step each, in real (stepped) time."""
        for p in pitches:
            self.send(0x90, p, velocity, at=self.now() - 0.01)
            self.steps(steps_each)
            self.send(0x80, p, 0, at=self.now() - 0.02)

    def reload(self, **changes) -> None:
        new = settings_for(self.settings["model"]["bundle"], **changes)
        self.jam.request(lambda jam, k, now: jam.apply(new, k, now))

    def stop(self) -> None:
        self.out.k = self.k
        self.jam.improviser.stop_sound(self.now())


def test_solo_plays_one_note_per_step_from_the_first(tmp_path):
    d = Drive(bundles.one_step_notes(tmp_path / "b"), jam__mode="solo")
    d.steps(8)
    assert d.out.steps_with_notes() == list(range(8))
    d.stop()
    assert d.out.balanced()


def test_ccs_switch_the_ai_off_and_on_and_set_mode_temperature_density_tempo(tmp_path):
    d = Drive(bundles.one_step_notes(tmp_path / "b"), jam__mode="solo")
    d.steps(8)
    d.send(0xB0, 80, 0)                 # AI off, heard at step 8 (after its note-on)
    d.steps(9)
    assert d.out.steps_with_notes() == list(range(9)) and not d.jam.player.sounding
    d.send(0xB0, 80, 127)               # AI on, heard at step 17: it plays again from step 18
    d.steps(5)
    assert d.out.steps_with_notes(9) == [18, 19, 20, 21]
    d.send(0xB0, 82, 0)                 # temperature to its lowest
    d.send(0xB0, 83, 127)               # density to its highest
    d.send(0xB0, 81, 64)                # mode: accompany
    d.send(0xB0, 84, 127)               # tempo nudge: +20 BPM, almost
    k = d.k
    d.steps(1)
    assert d.jam.next.sampler.temperature == pytest.approx(0.1)
    assert d.jam.improviser.s.density == 1.0 and d.jam.improviser.mode.name == "accompany"
    assert d.jam.grid.bpm == pytest.approx(120 + 63 * 20 / 64, abs=0.01)
    assert d.jam.grid.time_of(k + 1) == pytest.approx(d.t0 + (k + 1) * STEP)  # the next step keeps its place
    d.steps(4)
    assert d.out.steps_with_notes(k + 1) == [k + 1, k + 2, k + 3, k + 4]   # accompany goes on at once
    d.stop()
    assert d.out.balanced()


def test_control_channel_filter(tmp_path):
    d = Drive(bundles.one_step_notes(tmp_path / "b"), jam__mode="solo", control__channel=2)
    d.send(0xB0, 80, 0)                 # channel 1: not ours
    d.steps(2)
    assert d.jam.improviser.ai_on
    d.send(0xB1, 80, 0)                 # channel 2
    d.steps(1)
    assert not d.jam.improviser.ai_on


def test_key_lock_yields_only_in_key_pitches(tmp_path):
    bundle = bundles.make_bundle(tmp_path / "b", [f"{p}:1" for p in range(48, 84)] + ["60.63.66:2", "62.66.69:2"])
    d = Drive(bundle, jam__mode="solo", key__lock=True, key__fixed="D major")
    d.steps(60)
    pitches = [m.note for _, m in d.out.ons()]
    assert len(pitches) >= 50 and {p % 12 for p in pitches} <= keys.scale(2, "major")
    free = Drive(bundle, jam__mode="solo")  # without the lock the same model leaves the key
    free.steps(60)
    assert {m.note % 12 for _, m in free.out.ons()} - keys.scale(2, "major")


def test_key_lock_by_cc_follows_the_estimated_key(tmp_path):
    d = Drive(bundles.make_bundle(tmp_path / "b", [f"{p}:1" for p in range(48, 84)]),
              jam__mode="accompany", jam__density=1.0)
    d.play([64, 66, 68, 69, 71, 73, 75, 76, 64, 68, 71, 76])   # E major, played by the human
    d.send(0xB0, 86, 127)                                        # key lock on
    d.steps(1)
    assert d.jam.next.key == (4, "major") and d.jam.settings.key_lock
    since = d.k
    d.steps(40)
    pitches = [m.note for _, m in d.out.ons(since)]
    assert len(pitches) == 40 and {p % 12 for p in pitches} <= keys.scale(4, "major")


def test_register_split_keeps_the_ai_above_the_human(tmp_path):
    bundle = bundles.make_bundle(tmp_path / "b", [f"{p}:1" for p in range(36, 84)])
    d = Drive(bundle, jam__mode="solo", key__split=60)
    d.steps(40)
    assert min(m.note for _, m in d.out.ons()) >= 60
    d = Drive(bundle, jam__mode="accompany", jam__density=1.0, key__split="learn")
    d.play([40, 45, 52, 55])                                     # the human plays low
    since = d.k + 1
    d.steps(30)
    assert min(m.note for _, m in d.out.ons(since)) > 55


def test_call_and_response_answers_after_the_silence_and_stops_when_the_human_returns(tmp_path):
    d = Drive(bundles.one_step_notes(tmp_path / "b"), jam__silence_beats=1.0, jam__answer_bars=1)
    d.play([60, 62, 64, 65])                  # four steps of melody, the last note off before step 4
    last = d.k                                # silence from here
    d.steps(8)
    # 1 beat of silence (0.5 s from the last note-off, 20 ms before step `last`): the answer is
    # decided one step ahead and starts on the first step at or after it
    first = d.out.steps_with_notes()[0]
    assert first == last + 4
    d.steps(20)
    answer = d.out.steps_with_notes()
    assert answer == list(range(first, first + 16))   # one bar, a note each step, then it waits
    assert d.jam.improviser.phrases == 1
    d.play([60, 62, 64])                      # call again
    d.steps(5)
    second = d.out.steps_with_notes(first + 16)[0]
    d.steps(2)
    d.send(0x90, 67, 80, at=d.now() - 0.06)   # the human comes back between steps
    d.jam.improviser.between_steps(d.k, d.now() - 0.05)
    assert not d.jam.player.sounding          # stopped at once, not at the next step
    came_back = d.k
    d.steps(3)
    assert d.out.steps_with_notes(came_back) == [] and d.out.steps_with_notes(second) == list(range(second, came_back))
    d.stop()
    assert d.out.balanced()


def test_a_reload_takes_effect_at_the_next_step_boundary(tmp_path):
    bundle = bundles.make_bundle(tmp_path / "b", [f"{p}:1" for p in range(36, 84)])
    other = bundles.make_bundle(tmp_path / "o", [f"{p}:1" for p in range(20, 30)])
    d = Drive(bundle, jam__mode="solo")
    d.play([64, 66, 68, 69, 71, 73, 75, 76, 64, 68, 71, 76])   # E major, heard but not locked
    jam = d.jam
    assert jam.next.key == (4, "major") and not jam.settings.key_lock and jam.next.context.maxlen == 50

    d.reload(jam__mode="solo", key__lock=True)
    d.steps(1)
    assert jam.settings.key_lock and jam.next.mask() is not None
    since = d.k
    d.steps(30)
    assert {m.note % 12 for _, m in d.out.ons(since)} <= keys.scale(4, "major")

    d.reload(jam__mode="solo", key__lock=True, key__fixed="Bb major", jam__context_length=8)
    d.steps(1)
    assert jam.next.key == (10, "major") and jam.next.context.maxlen == 8 and len(jam.next.context) == 8
    since = d.k
    d.steps(30)
    assert {m.note % 12 for _, m in d.out.ons(since)} <= keys.scale(10, "major")

    d.reload(jam__mode="solo", key__split=70)
    d.steps(1)
    since = d.k
    d.steps(20)
    assert min(m.note for _, m in d.out.ons(since)) >= 70 and jam.next.key == (4, "major")

    d.reload(jam__mode="solo", midi__channel=5, time__tempo=90.0, sampling__temperature=0.5, midi__clock="midi")
    k = d.k
    d.steps(1)
    assert jam.player.channel == 4 and jam.grid.bpm == 90.0 and jam.next.sampler.temperature == 0.5
    assert isinstance(jam.loop.tempo_source, ClockIn)
    assert jam.grid.time_of(k + 2) - jam.grid.time_of(k + 1) == pytest.approx(60 / 90 / 4)
    since = d.k
    d.steps(4)
    assert {m.channel for _, m in d.out.ons(since)} == {4}

    d.reload(jam__mode="accompany")
    d.steps(1)
    assert jam.improviser.mode.name == "accompany" and jam.loop.tempo_source is None  # clock back to internal

    new = settings_for(other, jam__mode="solo")
    jam.request(lambda jam, k, now: jam.apply(new, k, now, engine=_engine(other)))
    d.steps(2)
    since = d.k
    d.steps(10)
    assert {m.note for _, m in d.out.ons(since)} <= set(range(20, 30))
    d.stop()
    assert d.out.balanced()


def _engine(bundle):
    from improv.model.engine import load_engine
    return load_engine(bundle)


def test_with_the_player_clock_the_grid_settles_on_the_players_tempo_and_beat(tmp_path):
    d = Drive(bundles.one_step_notes(tmp_path / "b"), jam__mode="accompany", midi__clock="player")
    assert d.jam.status()["clock"] == "player" and not d.jam.status()["tempo_follow"]["confident"]
    beat = 0.6                                           # the player: quarter notes at 100 BPM
    onsets = [d.t0 + 0.3 + i * beat for i in range(40)]
    heard = 0
    while heard < len(onsets):
        while heard < len(onsets) and onsets[heard] <= d.now():
            d.send(0x90, 60, 80, at=onsets[heard])
            d.send(0x80, 60, 0, at=onsets[heard] + 0.3)
            heard += 1
        d.steps(1)
    status = d.jam.status()
    assert status["tempo_follow"]["confident"] and status["tempo_bpm"] == pytest.approx(100, rel=0.03)
    # the grid's beats (every 4th step) fall on the player's beats
    beats = [d.jam.grid.time_of(k) for k in range(d.k - d.k % 4, d.k + 16, 4)]
    off = [abs((t - onsets[0] + beat / 2) % beat - beat / 2) for t in beats]
    assert max(off) < 0.02, off
    before = d.jam.grid.bpm
    d.steps(64)                                          # the player stops: the tempo holds
    assert d.jam.grid.bpm == pytest.approx(before, rel=0.01)


def test_each_note_of_a_step_sounds_for_its_own_length(tmp_path):
    """A step whose soprano is held over the next onset and whose bass is let go early: each note
    ends after its own length (by the gate), and every note-on gets one note-off."""
    d = Drive(bundles.one_step_notes(tmp_path / "b"), jam__mode="solo", midi__gate=1.0)
    chord = Token((48, 60, 72), 4, (2, 4, 8))
    d.jam.improviser.next.predict = lambda: chord
    d.steps(1)  # step 0 plays what was prepared before the patch; step 1 on: the chord every 4 steps
    d.steps(14)
    d.stop()
    ons = [(k, m.note) for k, m in d.out.ons(since=1)]
    first = min(k for k, _ in ons)
    offs = {}
    for k, m in d.out.sent:
        if k >= first and (m.type == "note_off" or (m.type == "note_on" and m.velocity == 0)):
            offs.setdefault(m.note, k)
    assert {n for k, n in ons if k == first} == {48, 60, 72}
    assert offs[48] - first == 2 and offs[60] - first == 4  # released at the step its length ends
    assert offs[72] - first == 4  # held into the next chord: the key struck again ends the old note first
    assert d.out.ons(since=first + 1, until=first + 4) == []
    assert d.out.balanced()
