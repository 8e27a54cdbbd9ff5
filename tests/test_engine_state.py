"""Stepping the engine from a carried LSTM state: a jam step of several tokens costs one window and
one LSTM step per extra token, with the same probabilities as running the whole longer sequence."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from improv.model import bundle as bundle_mod
from improv.model.engine import NumpyEngine, load_engine
from improv.tokens.event_codec import default_vocabulary
from improv.tokens.events import EventsV1


def events_bundle(folder: Path, lstm1: int = 32, lstm2: int = 32, seed: int = 0) -> Path:
    """An events-v1 bundle (vocab 736) with random weights, made with NumPy alone."""
    vocab = default_vocabulary()
    arch = {"vocab_size": len(vocab), "embedding": 8, "lstm1": lstm1, "lstm2": lstm2, "dense": 24,
            "context": 50, "dropout": 0.2}
    rng = np.random.default_rng(seed)
    weights = {k: rng.normal(0, 0.3, shape).astype(np.float32)
               for k, shape in bundle_mod.expected_shapes(arch).items()}
    bundle_mod.save(folder, {"architecture": arch, "tokens": {"steps_per_beat": 4}}, EventsV1(vocab), weights)
    return folder


@pytest.fixture(scope="module", params=[(32, 32), (24, 40)], ids=["equal-units", "unequal-units"])
def folder(request, tmp_path_factory):
    return events_bundle(tmp_path_factory.mktemp("events") / "bundle", *request.param)


def twin(engine: NumpyEngine, context: int) -> NumpyEngine:
    """The same weights with a longer window: what `advance` must equal (no truncation)."""
    b = engine.bundle
    meta = {**b.meta, "architecture": {**b.arch, "context": context}}
    return NumpyEngine(bundle_mod.Bundle(b.folder, meta, b.tokenizer, b.weights))


def test_predict_state_gives_predicts_probabilities(folder):
    eng = load_engine(folder)
    assert eng.bundle.tokenizer.name == "events-v1" and len(eng.tokenizer) == 736
    rng = np.random.default_rng(1)
    for n in (1, 7, 50, 80):  # short windows, a full one, and one cut to the last 50
        ids = rng.integers(0, 736, n)
        probs, state = eng.predict_state(ids)
        assert np.array_equal(probs, eng.predict(ids))
        assert [a.shape for a in state] == [(eng.u1,), (eng.u1,), (eng.u2,), (eng.u2,)]
        assert abs(probs.sum() - 1) < 1e-5


def test_advance_equals_the_longer_window_with_no_truncation(folder):
    eng = load_engine(folder)
    long = twin(eng, 60)
    rng = np.random.default_rng(2)
    for n in (3, 50, 70):
        ids = list(rng.integers(0, 736, n))
        window = ids[-50:]
        probs, state = eng.predict_state(ids)
        extra = []
        for k in range(10):
            extra.append(int(rng.integers(0, 736)))
            probs, state = eng.advance(state, extra[-1])
            assert np.abs(probs - long.predict(window + extra)).max() < 1e-5
        padded = np.full((1, 60), -1)
        padded[0, 60 - len(window) - 10:] = window + extra
        assert np.abs(probs - long.predict_batch(padded)[0]).max() < 1e-5


def test_advance_is_pure(folder):
    eng = load_engine(folder)
    ids = np.random.default_rng(3).integers(0, 736, 50)
    _, state = eng.predict_state(ids)
    saved = [a.copy() for a in state]
    first, after = eng.advance(state, 5)
    eng.predict(ids[::-1])          # the engine's buffers are reused in between
    eng.advance(after, 700)
    second, again = eng.advance(state, 5)
    assert np.array_equal(first, second)
    assert all(np.array_equal(a, b) for a, b in zip(after, again))
    assert all(np.array_equal(a, b) for a, b in zip(state, saved))
    assert not any(np.shares_memory(a, b) for a in after for b in state)


def test_advance_refuses_ids_outside_the_vocabulary(folder):
    eng = load_engine(folder)
    _, state = eng.predict_state([1, 2, 3])
    for bad in (-1, 736):
        with pytest.raises(ValueError, match="0..735"):
            eng.advance(state, bad)


def test_advance_matches_the_keras_sequence_model_and_the_tensorflow_engine(folder):
    pytest.importorskip("tensorflow")
    from improv.model.network import build_model, set_bundle_weights
    eng = load_engine(folder)
    tf_eng = load_engine(folder, "tensorflow", "cpu")
    model = build_model(eng.bundle.arch, sequence=True)
    set_bundle_weights(model, eng.bundle.weights)
    rng = np.random.default_rng(4)
    ids = list(rng.integers(0, 736, 50))
    extra = [int(i) for i in rng.integers(0, 736, 6)]
    probs, state = eng.predict_state(ids)
    tf_probs, tf_state = tf_eng.predict_state(ids)
    assert np.abs(probs - tf_probs).max() < 1e-5
    for k, tok in enumerate(extra, 1):
        probs, state = eng.advance(state, tok)
        tf_probs, tf_state = tf_eng.advance(tf_state, tok)
        keras = model(np.array([ids + extra[:k]], np.int32) + 1, training=False).numpy()[0, -1]
        assert np.abs(probs - keras).max() < 1e-5
        assert np.abs(tf_probs - keras).max() < 1e-5
    assert len(tf_state) == 56
