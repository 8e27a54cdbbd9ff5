"""Feel, as pure logic with explicit times: the swing heard from synthetic players (ratios, tempi,
timing noise, syncopation; a straight player never heard as swung), the warp that plays it, improv's
own notes displaced by exactly that much, and dynamics that follow the call."""
from __future__ import annotations

import random
from collections import deque

import numpy as np
import pytest

from improv import config
from improv.live.feel import Feel
from improv.midi.clock import Grid
from improv.music import swing
from improv.settings import Current

from . import bundles
from .test_improviser import Drive


def player(ratio: float, bpm: float, bars: int = 4, noise_ms: float = 10.0, seed: int = 0,
           level: str = swing.EIGHTH, syncopate: float = 0.0) -> list[float]:
    """Onset times of a player of swung eighths (or sixteenths) from t=10 s: on every beat and every
    offbeat, each off by up to ±noise_ms; `syncopate`: the share of offbeats replaced by a note on
    the straight sixteenth before the next beat."""
    rng = random.Random(seed)
    beat = 60.0 / bpm
    out = []
    for b in range(bars * 4):
        for p in swing.positions(ratio, level):
            if p and rng.random() < syncopate:
                p = 0.75
            out.append(10.0 + (b + p) * beat + rng.uniform(-noise_ms, noise_ms) / 1000)
    return out


class Heard:
    """What the Feel reads of a listener: the note-ons it logs."""

    def __init__(self):
        self.notes_heard: deque = deque()


def feel_for(bpm: float = 120.0, **changes) -> tuple[Feel, Heard, Grid]:
    cfg = config.defaults()
    cfg["time"]["tempo"] = bpm
    for dotted, value in changes.items():
        section, key = dotted.split("__")
        cfg[section][key] = value
    grid, heard = Grid(bpm, 4, 100.0), Heard()
    return Feel(Current(cfg), grid, heard, random.Random(0)), heard, grid


def hear(feel: Feel, heard: Heard, times, velocity: int = 80) -> None:
    for t in times:
        heard.notes_heard.append((t, velocity))
    feel.listen()
    feel.update()


@pytest.mark.parametrize("ratio", [0.5, 0.58, 0.62, 0.67, 0.75])
@pytest.mark.parametrize("bpm", [90, 120, 160])
def test_the_swing_of_a_player_is_heard_within_003_after_two_bars(ratio, bpm):
    feel, heard, _ = feel_for(bpm)
    hear(feel, heard, player(ratio, bpm, bars=2, seed=int(ratio * 100) + bpm))
    assert feel.heard.ratio == pytest.approx(ratio, abs=0.03), feel.heard
    assert feel.heard.confidence >= 0.5 and feel.heard.level == swing.EIGHTH
    assert feel.swing.ratio == pytest.approx(ratio, abs=0.03)


def test_a_straight_player_is_never_heard_as_swung():
    for seed in range(20):
        bpm = 90 + 7 * seed % 70
        feel, heard, _ = feel_for(bpm)
        hear(feel, heard, player(0.5, bpm, bars=4, noise_ms=10, seed=seed))
        assert feel.swing.ratio == pytest.approx(0.5, abs=0.02), (seed, bpm, feel.heard)


@pytest.mark.parametrize("phase", np.arange(0.0, 1.0, 0.05))
def test_a_player_of_quarter_notes_is_heard_straight_wherever_their_beat_falls(phase):
    """Onsets once a beat fit an offbeat place as well as the beat: the beat is put on them, not
    behind them (they were heard as all offbeats of a 0.75 swing at some phases of the clock)."""
    period = 0.6
    times = (np.arange(24) + phase) * period + np.random.default_rng(int(phase * 100)).uniform(-0.005, 0.005, 24)
    heard = swing.fit(times, period)
    assert heard.offbeats == 0 and heard.confidence == 0.0, heard
    assert swing.played("auto", "auto", heard).ratio == swing.STRAIGHT


def chorale(loops: int, loop_beats: float, bpm: float = 120.0, seed: int = 0) -> list[float]:
    """A straight player of quarter notes and passing eighths (a chorale's rhythm), the piece begun
    again every `loop_beats` beats: a fractional length puts each new start off the old beat."""
    rng = random.Random(seed)
    rhythm = [1, 1, 0.5, 0.5, 1, 1, 1, 0.5, 0.5, 2, 1, 1, 1, 0.5, 0.5, 1, 2, 1, 1, 0.5, 0.5, 1, 1, 2, 3]
    beats = np.cumsum([0] + rhythm[:-1])
    assert beats[-1] < loop_beats
    return [10.0 + (k * loop_beats + b) * 60.0 / bpm + rng.uniform(-0.003, 0.003)
            for k in range(loops) for b in beats]


@pytest.mark.parametrize("loop_beats", [25.6, 25.4, 25.25, 26.1])
def test_a_straight_player_whose_beat_moves_is_never_heard_as_swung(loop_beats):
    """The soak's player (a chorale begun again 0.6 beats off) left two straight phases in the
    window, which fitted a 0.75 swing of sixteenths, and improv's offbeats moved 60 ms."""
    feel, heard, _ = feel_for(120)
    for t in chorale(4, loop_beats, seed=int(loop_beats * 10)):
        hear(feel, heard, [t])
        assert feel.swing.ratio == swing.STRAIGHT, (t, feel.heard)


@pytest.mark.parametrize("early", [0.45, 0.48])
def test_quarter_notes_after_one_early_eighth_are_not_a_swing_on_that_eighth(early):
    """One eighth a little early fits a beat of its own, on which every quarter note after it is a
    swung offbeat (read as a 0.55 swing, confidence 0.89)."""
    beats = np.array([0, 1, 1 + early, 2, 3, 4, 5, 6]) + np.random.default_rng(0).uniform(-0.01, 0.01, 8)
    heard = swing.fit(10.0 + beats * 0.5, 0.5)
    assert swing.played("auto", "auto", heard).ratio == swing.STRAIGHT, heard


def test_a_swung_player_whose_beat_moves_is_heard_swung_again_on_the_new_beat():
    first = player(0.67, 120, bars=2, seed=5)
    later = [t + first[-1] - 10.0 + 0.5 + 0.3 * 0.5 for t in player(0.67, 120, bars=2, seed=6)]  # 0.3 beats off
    feel, heard, _ = feel_for(120)
    hear(feel, heard, first)
    assert feel.swing.ratio == pytest.approx(0.67, abs=0.03)
    hear(feel, heard, later)
    assert feel.swing.ratio == pytest.approx(0.67, abs=0.03), feel.heard


def test_straight_eighths_and_two_stray_notes_are_not_a_swing_of_sixteenths():
    """The half beat is a sixteenth swing's place at any ratio: only the first and third sixteenths
    measure it, and two of them are not enough to play it."""
    phases = [0.0, 0.5] * 4 + [0.375, 0.875]
    heard = swing.estimate(phases, level=swing.SIXTEENTH)
    assert heard.offbeats == 6 and heard.confidence < swing.CONFIDENT, heard


def test_syncopation_and_grace_notes_do_not_pull_the_ratio():
    feel, heard, _ = feel_for(120)
    hear(feel, heard, player(0.67, 120, bars=4, syncopate=0.2, seed=3))
    assert feel.heard.ratio == pytest.approx(0.67, abs=0.03)


def test_swung_and_straight_sixteenths_are_heard_at_their_level():
    straight = swing.estimate(np.array([0, 0.25, 0.5, 0.75] * 8) + np.random.default_rng(0).uniform(-0.02, 0.02, 32))
    assert straight.level == swing.SIXTEENTH and straight.ratio == pytest.approx(0.5, abs=0.02)
    swung = swing.estimate(list(swing.positions(0.62, swing.SIXTEENTH)) * 8)
    assert swung.level == swing.SIXTEENTH and swung.ratio == pytest.approx(0.62, abs=0.01)
    quarters = swing.estimate([0.0, 0.01, 0.99] * 10)   # nothing between the beats: nothing to say
    assert quarters.confidence == 0 and quarters.ratio == 0.5


def test_the_warp_moves_offbeats_only_and_keeps_every_beat():
    assert swing.warp(0.5, 0.67) == pytest.approx(0.67)
    assert swing.warp(0.25, 0.67) == pytest.approx(0.335) and swing.warp(0.75, 0.67) == pytest.approx(0.835)
    assert swing.warp(0.0, 0.75) == 0 and swing.warp(3.0, 0.75) == pytest.approx(3.0)
    assert swing.warp(0.25, 0.6, swing.SIXTEENTH) == pytest.approx(0.3)
    assert swing.warp(0.5, 0.6, swing.SIXTEENTH) == pytest.approx(0.5)
    assert swing.warp(0.75, 0.6, swing.SIXTEENTH) == pytest.approx(0.8)


def test_a_set_ratio_and_straight_override_what_is_heard():
    feel, heard, grid = feel_for(120, time__swing=0.6)
    hear(feel, heard, player(0.75, 120, bars=3))
    assert feel.swing.ratio == 0.6 and feel.time_of(2) - grid.time_of(2) == pytest.approx(0.1 * 0.5)
    assert feel.time_of(4) == grid.time_of(4)                 # the beat does not move
    feel, heard, grid = feel_for(120, time__swing="straight")
    hear(feel, heard, player(0.75, 120, bars=3))
    assert feel.time_of(2) == grid.time_of(2)


def test_improvs_offbeat_notes_are_displaced_by_exactly_the_players_swing():
    """Accompany: the human plays swung eighths at 0.67 (explicit times); the notes improv then plays
    on its offbeat eighths are scheduled exactly (0.67 - 0.5) of a beat after their step, its beats on
    the step, and every note-on still gets its note-off."""
    d = Drive(bundles.one_step_notes(__import__("pathlib").Path(__import__("tempfile").mkdtemp()) / "b"),
              jam__mode="accompany", jam__density=1.0, midi__velocity=90)
    plays = []
    real_play = d.jam.player.play
    d.jam.player.play = lambda *a, **kw: (plays.append((d.k, *a)), real_play(*a, **kw))
    beat = 0.5
    for b in range(8):          # eight beats of swung eighths, each note at its own time
        for p in (0.0, 0.67):
            at = d.jam.grid.time_of(d.k) + p * beat
            d.send(0x90, 60, 90, at=at)
            d.send(0x80, 60, 0, at=at + 0.1)
        d.steps(4)
    plays.clear()
    d.steps(16)
    assert d.jam.improviser.feel.swing.ratio == pytest.approx(0.67, abs=0.03)
    ratio = d.jam.improviser.feel.swing.ratio
    offbeats = [(on_at - d.jam.grid.time_of(k)) for k, pitches, vel, now, off_at, on_at in plays if k % 4 == 2]
    beats = [(on_at - d.jam.grid.time_of(k)) for k, pitches, vel, now, off_at, on_at in plays if k % 4 == 0]
    assert offbeats and all(x == pytest.approx((ratio - 0.5) * beat) for x in offbeats)
    assert beats and all(x == pytest.approx(0.0, abs=1e-9) for x in beats)
    d.stop()
    assert d.out.balanced()


@pytest.mark.parametrize("setting, expected", [("auto", [2, 2]), ("straight", [3, 1])])
def test_a_swung_players_eighths_reach_the_model_as_eighths(tmp_path, setting, expected):
    """Legato swung eighths at 0.67: with the swing heard (auto), the model's context gets two steps
    and two steps a beat, as improv's own offbeats leave it; read literally (swing straight), the
    same notes are a dotted eighth and a sixteenth (2.68 and 1.32 steps, rounded)."""
    d = Drive(bundles.one_step_notes(tmp_path / "b"), jam__mode="accompany", jam__density=0.0,
              time__swing=setting)
    beat = 0.5
    for b in range(12):
        for p, nxt, pitch in ((0.0, 0.67, 60), (0.67, 1.0, 62)):
            at = d.jam.grid.time_of(d.k) + p * beat
            d.send(0x90, pitch, 90, at=at)
            d.send(0x80, pitch, 0, at=d.jam.grid.time_of(d.k) + nxt * beat - 0.001)
        d.steps(4)
    d.steps(4)
    heard = [t.steps for t in d.jam.next.context if t.pitches][-8:]
    assert heard == expected * 4, heard
    d.stop()


def test_dynamics_follow_the_calls_level_with_accents_and_some_life():
    for level in (40, 110):
        feel, heard, _ = feel_for(120)
        rng = random.Random(level)
        for i in range(16):
            heard.notes_heard.append((10.0 + 0.25 * i, level + rng.randint(-8, 8)))
        feel.listen()
        feel.answer_from(200, 32, 14.5)
        v = [feel.velocity(k, 15.0) for k in range(200, 232)]
        assert abs(np.median(v) - level) <= 12 and len(set(v)) > 1
        downbeats = [v[k - 200] for k in range(200, 232) if k % 4 == 0]
        offbeats = [v[k - 200] for k in range(200, 232) if k % 4 != 0]
        assert np.median(downbeats) > np.median(offbeats)


def test_a_crescendo_is_answered_with_its_shape_unless_flat_and_a_number_pins_the_velocity():
    def answer(**changes):
        feel, heard, _ = feel_for(120, midi__accent=0, **changes)
        for i in range(16):
            heard.notes_heard.append((10.0 + 0.25 * i, 40 + 4 * i))  # 40 -> 100
        feel.listen()
        feel.answer_from(200, 32, 14.5)
        return [feel.velocity(k, 15.0) for k in range(200, 232)]
    shaped = answer()
    assert np.mean(shaped[-8:]) - np.mean(shaped[:8]) > 30
    flat = answer(midi__dynamics="flat")
    assert abs(np.mean(flat[-8:]) - np.mean(flat[:8])) < 8
    assert set(answer(midi__velocity=77)) == {77}


def test_under_midi_clock_the_senders_beats_are_swung_not_improvs_own_step_count():
    """A DAW that started 6 sixteenths before improv's step 0 (its song position): the DAW's offbeat
    eighths are improv's steps 0, 4, 8 ... minus 2; those are the ones displaced."""
    from improv.midi.steploop import ClockIn
    feel, heard, grid = feel_for(120, time__swing=0.6)
    events = deque()
    clock = ClockIn(events, 4)
    events.append((99.0, 0xF2, 6))           # song position: sixteenth 6
    t = 99.5
    for tick in range(48):                   # two beats of clock at 120 BPM from there
        events.append((t + tick * 0.5 / 24, 0xF8, 0))
    clock.update(0, grid, 101.0)
    # the last step boundary heard is the DAW's step 13 (ticks 36 + 42), at improv's step 3
    assert grid.anchor_step == 3 and grid.bar_offset == 10
    offbeats = [k for k in range(16) if grid.bar_step(k) % 4 == 2]
    assert offbeats == [0, 4, 8, 12]
    assert offbeats and all(feel.time_of(k) - grid.time_of(k) == pytest.approx(0.1 * 0.5) for k in offbeats)
    assert all(feel.time_of(k) == grid.time_of(k) for k in range(16) if grid.bar_step(k) % 4 == 0)


def test_a_notes_velocity_is_arithmetic_once_the_spare_time_has_measured_the_call(monkeypatch):
    """The dynamics of the player's last seconds and of the phrase answered are measured in update()
    (a step's spare time); velocity() at a step's deadline only reads them (a flood of notes made
    that measurement take up to 13 ms between a step's deadline and its note-on)."""
    import improv.live.feel as feel_module
    feel, heard, _ = feel_for(120)
    for i in range(16):
        heard.notes_heard.append((10.0 + 0.25 * i, 40 + (i % 3)))
    feel.listen()
    feel.update(14.0)
    real = feel_module._call_dynamics
    monkeypatch.setattr(feel_module, "_call_dynamics", lambda call: pytest.fail("measured at the deadline"))
    assert abs(feel.velocity(57, 14.1) - 41) <= 12    # accompany: the last seconds
    feel.answer_from(200, 32, 14.2)
    monkeypatch.setattr(feel_module, "_call_dynamics", real)
    feel.update(14.2)
    monkeypatch.setattr(feel_module, "_call_dynamics", lambda call: pytest.fail("measured at the deadline"))
    assert abs(feel.velocity(201, 14.3) - 41) <= 12   # the answer: its call
