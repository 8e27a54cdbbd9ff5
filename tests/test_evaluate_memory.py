"""`improv evaluate`'s adaptive and memory-only entries: the session memory fed each piece so far."""
from __future__ import annotations

import json

import numpy as np
import pytest

from improv.model import bundle as bundle_mod
from improv.app.cli import main
from improv.model.evaluate import EvalData, adaptive, evaluate

from . import bundles, midifiles

NOTES = [f"{p}:{d}" for p in range(60, 72) for d in (2, 4)]  # 24 tokens, no rests


@pytest.fixture
def riff_bundle(tmp_path):
    """A random-weight bundle whose 'training pieces' are random walks over its tokens."""
    folder = bundles.make_bundle(tmp_path / "bundle", NOTES, seed=3)
    rng = np.random.default_rng(0)
    pieces = [rng.integers(0, len(NOTES), 40) for _ in range(3)]
    np.save(folder / "train_ids.npy", np.concatenate(pieces).astype(np.int32))
    (folder / "train_lengths.json").write_text(json.dumps([len(p) for p in pieces]))
    return folder


def test_a_piece_that_repeats_a_riff_is_predicted_better_with_the_memory(riff_bundle):
    b = bundle_mod.load(riff_bundle)
    riff = [3, 8, 15, 20, 9]
    rng = np.random.default_rng(1)
    pieces = [np.array(riff * 12), np.array(list(rng.integers(0, 24, 10)) + riff * 8)]
    data = EvalData(pieces=pieces, names=["a", "b"], tokens=sum(len(p) - 1 for p in pieces))
    result = evaluate(b, data)
    for part in ("model", "ngram", "unigram"):  # the keys the CLI already prints are kept
        assert set(result[part]) >= {"top1", "top5", "perplexity"}
    ada, mem, model = result["adaptive"], result["memory_only"], result["model"]
    assert set(ada) == {"top1", "top5", "perplexity", "mean_weight"} and set(mem) == {"top1", "top5", "perplexity"}
    assert ada["perplexity"] < model["perplexity"] / 3 and ada["top1"] > model["top1"]
    assert 0.05 <= ada["mean_weight"] <= 0.8 and ada["mean_weight"] > 0.5  # it learned to follow
    assert mem["perplexity"] < model["perplexity"]


def test_adaptive_starts_from_the_model_and_memory_only_never_rules_a_token_out():
    v = 6
    model = np.tile(np.array([0.5, 0.1, 0.1, 0.1, 0.1, 0.1]), (5, 1))
    fallback = np.full(v, 1 / v)
    mixed, alone, mean_w = adaptive([np.array([1, 1, 1, 1, 1, 5])], model, fallback)
    # the first prediction: an empty-ish memory at the lowest weight, 0.05
    memory_first = np.full(v, 1 / v) * (1 / 2)  # Witten-Bell after one token: T/(N+T) = 1/2 of the floor
    memory_first[1] += 1 / 2
    np.testing.assert_allclose(mixed[0], 0.95 * model[0] + 0.05 * memory_first)
    np.testing.assert_allclose(mixed.sum(axis=1), 1.0)
    np.testing.assert_allclose(alone.sum(axis=1), 1.0)
    assert alone[-1, 5] > 0 and mixed[-1, 1] > mixed[0, 1]  # the repeated token gained weight
    assert 0.05 <= mean_w <= 0.8


def test_evaluate_cli_prints_adaptive_and_memory_only(riff_bundle, tmp_path, capsys):
    riff = [(0, 240, 60), (240, 480, 64), (480, 960, 67), (960, 1200, 65)]
    notes = [(s + k * 1200, e + k * 1200, p) for k in range(10) for s, e, p in riff]
    (tmp_path / "riff.mid").write_bytes(midifiles.song(notes))
    assert main(["evaluate", "--model", str(riff_bundle), str(tmp_path / "riff.mid"), "--json",
                 "--no-cache"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) >= {"model", "ngram", "unigram", "adaptive", "memory_only", "tokens"}
    assert result["adaptive"]["perplexity"] < result["model"]["perplexity"]


def test_a_degenerate_evaluation_is_refused_not_scored(riff_bundle):
    """One token to predict, over and over: any model that says it scores 1.000, which says nothing."""
    b = bundle_mod.load(riff_bundle)
    with pytest.raises(ValueError, match="^not scored: the held-out pieces have one token to predict only"):
        evaluate(b, EvalData(pieces=[np.array([5] * 30)], names=["a"], tokens=29))
