"""bench/quality.py's pure logic: the music statistics, the cuts of a piece, the phrase plan, echo."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from improv.tokens import event_codec as events
from improv.model.sampling import ends_in_loop
from improv.music.notes import Token

_spec = importlib.util.spec_from_file_location("bench_quality", Path(__file__).resolve().parent.parent / "bench" / "quality.py")
q = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(q)


def test_note_stats():
    # onset 0: a triad of quarters; onset 4: one eighth; onset 6: C again, a quarter
    notes = [(0, 4, 60), (0, 4, 64), (0, 4, 67), (4, 2, 62), (6, 4, 60)]
    s = q.note_stats(notes)
    assert s["distinct_pitch_share"] == pytest.approx(4 / 5)
    assert s["distinct_duration_share"] == pytest.approx(2 / 5)
    assert s["chord_size_mean"] == pytest.approx(5 / 3)
    assert s["chord_share"] == pytest.approx(1 / 3)
    assert q.note_stats([]) is None


def test_compare_median_within_range():
    real = [{m: v for m in q.METRICS} for v in (0.2, 0.4, 0.3)]
    out = q.compare([{m: v for m in q.METRICS} for v in (0.1, 0.35, 0.9)], real)
    assert out["chord_share"] == {"median": 0.35, "real_min": 0.2, "real_median": 0.3, "real_max": 0.4, "within": True}
    out = q.compare([{m: 0.5 for m in q.METRICS}, None], real)
    assert out["distinct_pitch_share"]["within"] is False
    assert q.compare([None], real)["chord_size_mean"]["within"] is None


def test_take_steps_whole_steps():
    groups = [[1, 2, 3], [4], [5, 6], [7]]
    assert q.take_steps(groups, 4) == [1, 2, 3, 4]
    assert q.take_steps(groups, 5) == [1, 2, 3, 4, 5, 6]
    assert q.take_steps(groups, 99) == [1, 2, 3, 4, 5, 6, 7]
    assert q.step_starts(groups) == [0, 3, 4, 6]


def test_offsets_spread_and_short_pieces():
    starts = list(range(0, 400, 4))  # 100 steps of 4 tokens
    cuts = q.offsets(starts, 400, 3, 50, 200)
    assert cuts == [52, 124, 200]  # a full context before, 200 tokens after, spread evenly
    assert q.offsets(starts, 400, 1, 50, 200) == [52]
    short = list(range(0, 100, 4))  # 100 tokens: cut near the middle, both sides keep music
    assert q.offsets(short, 100, 2, 50, 200) == [48, 48]  # the bound nearest 50, the earlier of two
    assert q.offsets([0], 10, 1, 50, 200) == []


def test_window_phrase_and_real_music_on_step_bounds():
    vocab = events.default_vocabulary()
    chord = [vocab.note(48, 4), vocab.note(64, 4), vocab.note(67, 4), vocab.shift(4)]
    ids = chord * 30
    groups = events.steps(ids, vocab)
    starts = q.step_starts(groups)
    phrase, real = q.window(groups, starts, 40, 50, 60)
    assert len(phrase) == 40 and len(real) == 60
    assert phrase[-1] == vocab.shift(4) and real[0] == vocab.note(48, 4)
    phrase, _ = q.window(groups, starts, 80, 50, 60)
    assert len(phrase) == 48  # whole steps up to the context, not 50
    # a loop of whole steps is seen as one: period 1, repeated
    assert ends_in_loop([tuple(g) for g in events.steps(real, vocab)], 4, 4)


def test_plan_goes_round_the_pieces():
    assert q.plan([], 5) == []
    runs = q.plan(["a", "b"], 5)
    assert runs == [(0, 0, 3), (1, 0, 2), (0, 1, 3), (1, 1, 2), (0, 2, 3)]
    assert q.plan(["a", "b", "c"], 2) == [(0, 0, 1), (1, 0, 1)]


def test_interleave_styles():
    pieces = [("b1", "chorale", [1]), ("f1", "folk", [2]), ("a1", "chorale", [3]), ("f2", "folk", [4])]
    assert q.interleave(pieces) == [[3], [2], [1], [4]]


def test_phrases_from_whole_steps():
    vocab = events.default_vocabulary()
    step = [vocab.note(60, 2), vocab.note(64, 2), vocab.shift(2)]
    piece = step * 20
    phrases = q.phrases_from([piece], 2, 10, lambda ids: events.steps(ids, vocab))
    assert [len(p) for p in phrases] == [9, 9]
    assert all(p[-1] == vocab.shift(2) for p in phrases)
    assert q.phrases_from([[1, 2, 3, 4, 5], [9]], 2, 3) == [[1, 2, 3], [1, 2, 3]]  # onset-v1: any token


def test_echo_and_quote():
    phrase = [Token((p,), 2) for p in (60, 62, 64, 66)] + [Token((), 4)]
    moved = [Token((p + 11,), 2) for p in (60, 62, 64, 66)]
    found, said = q.echo(phrase, moved)
    assert (found, said) == (1, 2)  # the rising whole tones, moved up: the motif again
    assert q.longest_quote([1, 2, 3, 4], [9, 2, 3, 4, 9]) == 3
    assert q.longest_quote([1, 2], [3]) == 0
