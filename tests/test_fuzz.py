"""Property and fuzz tests: whatever bytes arrive, the readers answer with a documented reason
and the listener keeps its books; nothing crashes."""
from __future__ import annotations

import itertools
import json
import shutil

import numpy as np
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from improv.model import bundle as bundle_mod
from improv.places import sha256
from improv import config
from improv.data import corpus
from improv.midi.listener import Listener

from . import bundles, midifiles

REASONS = (corpus.EMPTY, corpus.TRUNCATED, corpus.NOT_MIDI, corpus.ZERO_TPB, corpus.SMPTE, corpus.TYPE2,
           corpus.NO_NOTES, corpus.DRUMS_ONLY, "corrupt MIDI data", "not MIDI")
GOOD = midifiles.melody()


@st.composite
def midi_bytes(draw):
    """A real MIDI file with a few bytes changed, cut, or inserted, or plain noise."""
    kind = draw(st.sampled_from(["flip", "cut", "insert", "noise", "header"]))
    data = bytearray(GOOD)
    if kind == "flip":
        for _ in range(draw(st.integers(1, 8))):
            data[draw(st.integers(0, len(data) - 1))] = draw(st.integers(0, 255))
    elif kind == "cut":
        data = data[:draw(st.integers(0, len(data)))]
    elif kind == "insert":
        at = draw(st.integers(0, len(data)))
        data[at:at] = draw(st.binary(min_size=1, max_size=64))
    elif kind == "noise":
        data = bytearray(draw(st.binary(max_size=512)))
    else:
        data[8:14] = draw(st.binary(min_size=6, max_size=6))
    return bytes(data)


@settings(max_examples=400, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(midi_bytes())
def test_midi_reader_only_answers_with_documented_reasons(data):
    try:
        piece = corpus.read_midi(data, "fuzz.mid")
    except corpus.Skip as e:
        assert str(e).startswith(REASONS), str(e)
        return
    assert len(piece) > 0
    assert piece.pitches.min() >= 0 and piece.pitches.max() <= 127 and (piece.durations > 0).all()


messages = st.lists(st.integers(0, 255), min_size=0, max_size=8)


@settings(max_examples=300, deadline=1000)
@given(st.lists(st.tuples(st.floats(0, 0.2), messages), max_size=200))
def test_listener_survives_any_byte_stream(stream):
    li = Listener(0.125, chord_window=0.03)
    t = 0.0
    for dt, msg in stream:
        t += dt
        li.feed(t, msg)
        assert li.held <= set(range(128)) and li.sustained <= set(range(128))
    li.flush_silence(t + 1)
    for tok in li.take():
        assert 1 <= tok.steps <= 16 and all(0 <= p <= 127 for p in tok.pitches)


yaml_values = st.recursive(st.none() | st.booleans() | st.integers(-1000, 1000) | st.floats(allow_nan=True)
                           | st.text(max_size=12), lambda inner: st.lists(inner, max_size=3)
                           | st.dictionaries(st.text(max_size=10), inner, max_size=3), max_leaves=10)
sections = st.dictionaries(st.sampled_from(list(config.SCHEMA) + ["bogus"]),
                           st.dictionaries(st.sampled_from([k for s in config.SCHEMA.values() for k in s] + ["x"]),
                                           yaml_values, max_size=4), max_size=4)


@settings(max_examples=300, deadline=1000)
@given(st.one_of(sections.map(yaml.safe_dump), st.text(max_size=200)))
def test_config_loader_answers_config_error_or_valid_settings(text):
    try:
        merged = config.merge(config.defaults(), config.parse_yaml(text, "fuzz.yaml"), "fuzz.yaml")
    except config.ConfigError as e:
        assert str(e).startswith("fuzz.yaml: ") and "\n" not in str(e)
        return
    for section, keys in merged.items():
        for key, value in keys.items():
            assert config.validate_value(section, key, value, "again") == value


_serial = itertools.count()


@pytest.fixture(scope="module")
def good_bundle(tmp_path_factory):
    return bundles.one_step_notes(tmp_path_factory.mktemp("fz") / "b")


@settings(max_examples=60, deadline=3000, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(["weights.npz", "vocab.json", "meta.json"]), junk=st.binary(max_size=300),
       keep_sha=st.booleans())
def test_bundle_loader_refuses_damaged_files_with_one_line(good_bundle, tmp_path, name, junk, keep_sha):
    folder = tmp_path / f"b{next(_serial)}"
    shutil.copytree(good_bundle, folder)
    (folder / name).write_bytes(junk)
    if keep_sha and name == "weights.npz":  # a consistent SHA: the content itself must be refused
        meta = json.loads((folder / "meta.json").read_text())
        meta["weights_sha256"] = sha256(folder / name)
        (folder / "meta.json").write_text(json.dumps(meta))
    with pytest.raises(bundle_mod.BundleError) as e:
        bundle_mod.load(folder)
    assert "\n" not in str(e.value) and str(folder) in str(e.value)


def test_a_keras_lambda_in_meta_is_never_executed(good_bundle, tmp_path):
    folder = tmp_path / "lambda"
    shutil.copytree(good_bundle, folder)
    meta = json.loads((folder / "meta.json").read_text())
    marker = tmp_path / "pwned"
    meta["keras_config"] = {"class_name": "Lambda", "config": {"function": f"__import__('os').system('touch {marker}')"}}
    (folder / "meta.json").write_text(json.dumps(meta))
    loaded = bundle_mod.load(folder)  # the architecture comes from code; unknown keys are data
    assert set(loaded.weights) == set(bundle_mod.WEIGHT_NAMES) and not marker.exists()
    arrays = dict(np.load(folder / "weights.npz"))
    arrays["extra"] = np.zeros(1)
    np.savez(folder / "weights.npz", **arrays)
    meta["weights_sha256"] = sha256(folder / "weights.npz")
    (folder / "meta.json").write_text(json.dumps(meta))
    assert "extra" not in bundle_mod.load(folder).weights
