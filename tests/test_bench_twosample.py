"""bench/twosample.py's pure logic: the features of hand-made continuations, the cuts, the weak
generators, and the classifiers' calibration: real vs real stays near 0.5, a parrot is caught."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from improv.music.notes import Token

pytest.importorskip("sklearn")  # the `test` extra installs it

_spec = importlib.util.spec_from_file_location("bench_twosample", Path(__file__).resolve().parent.parent / "bench" / "twosample.py")
ts = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ts)

# a C major phrase: C E G C' as quarters, then a C major triad for a half note (steps 0-24)
PHRASE = [(0, 4, 60), (4, 4, 64), (8, 4, 67), (12, 4, 72), (16, 8, 60), (16, 8, 64), (16, 8, 67)]


def test_features_a_repeated_note():
    cont = [(24 + 4 * i, 4, 67) for i in range(8)]  # G, eight quarters on the beat
    f = ts.features(PHRASE, cont)
    assert f["top_repeat_rate"] == 1.0 and f["top_mean_leap"] == 0.0
    assert f["top_leap_0_share"] == 1.0
    assert f["notes_per_onset"] == 1.0 and f["chord_1_share"] == 1.0
    assert f["onsets_per_beat"] == 1.0 and f["on_beat_share"] == 1.0 and f["on_sixteenth_share"] == 0.0
    assert f["in_key_share"] == 1.0 and f["pc_in_phrase_share"] == 1.0
    assert f["distinct_pitch_share"] == pytest.approx(1 / 8)
    assert f["length_4_share"] == 1.0 and f["silence_share"] == 0.0
    s = ts.stats([(PHRASE, cont)])
    assert s["top_repeat_rate"] == 1.0 and s["notes_per_onset"] == 1.0 and s["on_beat_share"] == 1.0


def test_features_a_chord_of_four():
    cont = [(24, 8, p) for p in (48, 60, 64, 67)] + [(32, 8, p) for p in (53, 60, 65, 69)]  # C, F: 4 notes each
    f = ts.features(PHRASE, cont)
    assert f["notes_per_onset"] == 4.0 and f["chord_4+_share"] == 1.0 and f["chord_1_share"] == 0.0
    assert f["notes_per_onset_vs_phrase"] == pytest.approx(4 - 7 / 5)
    assert f["top_mean_leap"] == 2.0 and f["top_leap_1-2_share"] == 1.0  # G -> A
    assert f["bass_mean_leap"] == 5.0
    assert f["silence_share"] == pytest.approx(1 - 16 / 32)  # two half notes in 8 beats
    assert ts.stats([(PHRASE, cont)])["chord_4plus_share"] == 1.0


def test_features_a_leap_of_an_octave():
    cont = [(24, 2, 60), (26, 2, 72), (28, 2, 60), (30, 2, 72)]  # eighths: C C' C C'
    f = ts.features(PHRASE, cont)
    assert f["top_mean_leap"] == 12.0 and f["top_leap_12+_share"] == 1.0 and f["top_repeat_rate"] == 0.0
    assert f["range"] == 12 and f["top_range"] == 12
    assert f["on_beat_share"] == 0.5 and f["on_eighth_share"] == 0.5
    assert f["length_2_share"] == 1.0
    assert ts.stats([(PHRASE, cont)])["top_mean_leap"] == 12.0


def test_features_of_nothing_are_numbers():
    f = ts.features(PHRASE, [])
    assert len(f) == len(ts.FEATURES) and all(np.isfinite(v) for v in f.values())
    assert 40 <= len(ts.FEATURES) <= 70


def test_token_rows_and_until():
    toks = [Token((60, 64), 4), Token((), 2), Token((67,), 2), Token((72,), 4)]
    assert ts.token_rows(toks, 10) == [(10, 4, 60), (10, 4, 64), (16, 2, 67), (18, 4, 72)]
    assert ts.until(toks, 6) == toks[:2]
    assert ts.until(toks, 7) == toks[:3]  # whole tokens: the last one may reach past the end


def test_repeat_and_random_keep_the_phrase_rhythm():
    rep = ts.repeat_phrase(PHRASE, 24)
    assert rep[:7] == sorted((o + 24, d, p) for o, d, p in PHRASE)
    assert max(o for o, _, _ in rep) < 24 + 32 and min(o for o, _, _ in rep) == 24
    rnd = ts.random_pitches(PHRASE, 24, np.random.default_rng(0))
    assert [(o, d) for o, d, _ in rnd] == [(o, d) for o, d, _ in rep]
    assert all(60 <= p <= 72 for _, _, p in rnd)


def test_cuts_phrase_fits_the_context_and_leaves_two_stretches():
    toks = [Token((60 + i % 7,), 2) for i in range(100)]
    cuts = ts.cuts(toks, [2] * 100, 20, 3, np.random.default_rng(0))
    assert len(cuts) == 3
    for first, cut in cuts:
        assert cut - first == 10  # 10 tokens of 2 ids fill a context of 20
        assert cut + 32 <= 100  # 16 beats (32 tokens of 2 steps) after the cut
    assert ts.cuts(toks[:30], [2] * 30, 20, 3, np.random.default_rng(0)) == []


def test_folds_keep_pieces_whole_and_balanced():
    groups = [g for g in "abcdefghij" for _ in range(4)]
    fold = ts.folds(groups, 5, np.random.default_rng(1))
    for g in set(groups):
        assert len({f for f, h in zip(fold, groups) if h == g}) == 1
    assert sorted(np.bincount(fold)) == [8] * 5


def test_pieces_plan():
    plan = ts.pieces_plan({"piano": 20, "chorale": 41, "folk_song": 40, "keyboard": 2}, 100)
    assert sum(plan.values()) == 100
    assert plan["piano"] > plan["chorale"] > plan["folk_song"] > plan["keyboard"] > 0


# ---------------------------------------------------------------- calibration on synthetic music

def _walk(rng, start, steps):
    """A random-walk melody in C major, eighths and quarters, with a chord now and then."""
    rows, at, p = [], start, 60 + int(rng.integers(-5, 6))
    scale = [0, 2, 4, 5, 7, 9, 11]
    while at < start + steps:
        d = int(rng.choice([2, 4]))
        p = int(np.clip(p + rng.choice([-4, -2, -1, 1, 2, 3]), 50, 80))
        while p % 12 not in scale:
            p += 1
        rows.append((at, d, p))
        if rng.random() < 0.25:
            rows.append((at, d, p - 4 if (p - 4) % 12 in scale else p - 3))
        at += d
    return rows


def _synthetic_pairs(n_pieces=30, per=4, seed=0):
    rng = np.random.default_rng(seed)
    pairs = []
    for g in range(n_pieces):
        for k in range(per):
            at = 200 * k
            phrase = _walk(rng, at, 24)
            real, later = _walk(rng, at + 24, 32), _walk(rng, at + 56, 32)
            pairs.append((f"piece{g}", phrase, real, later, ts.repeat_phrase(phrase, at + 24)))
    return pairs


def test_null_real_vs_real_stays_near_half():
    X, y, g = ts.table(_synthetic_pairs(), 0)
    acc = ts.cross_validate(X, y, g, seed=0, repeats=2, trees=40)
    for name in ts.CLASSIFIERS:
        assert 0.35 <= acc[name]["mean"] <= 0.65, (name, acc)


def test_a_parrot_is_caught():
    X, y, g = ts.table(_synthetic_pairs(n_pieces=15, per=2), 1)
    acc = ts.cross_validate(X, y, g, seed=0, repeats=1, trees=40)
    for name in ts.CLASSIFIERS:
        assert acc[name]["mean"] > 0.9, (name, acc)


def test_cross_validation_is_deterministic():
    X, y, g = ts.table(_synthetic_pairs(n_pieces=6, per=2), 0)
    assert ts.cross_validate(X, y, g, seed=3, repeats=1, trees=20) == ts.cross_validate(X, y, g, seed=3, repeats=1, trees=20)
