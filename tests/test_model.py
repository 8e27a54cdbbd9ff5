"""Training on a tiny corpus, the bundle, engine parity with Keras, refusals, evaluate, generate."""
from __future__ import annotations

import csv
import json
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import mido
import numpy as np
import pytest

from improv.model import bundle as bundle_mod
from improv.places import sha256
from improv.app.cli import main
from improv.model.engine import load_engine
from improv.model.sampling import Sampler, ends_in_loop
from improv.tokens.onset import OnsetV1

from . import midifiles

REPO = Path(__file__).resolve().parent.parent


def tiny_corpus(folder: Path, pieces: int = 12, length: int = 90) -> Path:
    rng = np.random.default_rng(1)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(pieces):
        pitch, t, notes = 60, 0, []
        for _ in range(length):
            pitch = int(np.clip(pitch + rng.choice([-2, -1, 1, 2]), 52, 72))
            dur = int(rng.choice([240, 480]))
            notes.append((t, t + dur, pitch))
            if rng.random() < 0.2:
                notes.append((t, t + dur, pitch - 12))
            t += dur + (480 if rng.random() < 0.05 else 0)
        (folder / f"walk{i:02d}.mid").write_bytes(midifiles.song(notes))
    return folder


@pytest.fixture(scope="session")
def tiny_bundle(tmp_path_factory):
    root = tmp_path_factory.mktemp("tiny")
    data = tiny_corpus(root / "data")
    out = root / "bundle"
    code = main(["train", str(data), "--out", str(out), "--epochs", "2", "--units", "16", "--embedding", "8",
                 "--min-notes", "0", "--min-count", "2", "--jobs", "1", "--tokenizer", "onset-v1"])
    assert code == 0
    return out


def test_an_events_bundle_names_its_tokenizer_scores_bits_per_note_and_an_unknown_one_is_refused(tmp_path, capsys):
    data = tiny_corpus(tmp_path / "data")
    out = tmp_path / "events"
    assert main(["train", str(data), "--out", str(out), "--epochs", "1", "--units", "8", "--embedding", "4",
                 "--min-notes", "0", "--jobs", "1"]) == 0
    printed = capsys.readouterr().out
    meta = json.loads((out / "meta.json").read_text())
    assert meta["tokenizer"] == "events-v1" and meta["architecture"]["vocab_size"] == 736
    held = meta["metrics"]["held_out_by_piece"]
    assert held["bits_per_note"] > 0 and f"{held['bits_per_note']:.2f} bits per note" in printed
    assert meta["training"]["objective"] == "every position of chunks" and meta["training"]["train_targets"] > 0
    assert bundle_mod.load(out).tokenizer.name == "events-v1"
    meta["tokenizer"] = "words-v9"
    (out / "meta.json").write_text(json.dumps(meta))
    assert main(["generate", "--model", str(out), "--out", str(tmp_path / "g.mid")]) == 2
    err = capsys.readouterr().err
    assert "tokenizer 'words-v9' is not known to this improv" in err and "retrain" in err
    assert len(err.strip().splitlines()) == 1


def test_training_writes_a_complete_bundle(tiny_bundle):
    for name in ("weights.npz", "vocab.json", "meta.json", "curves.png", "history.csv", "train_ids.npy"):
        assert (tiny_bundle / name).is_file(), name
    assert not (tiny_bundle / "checkpoint").exists()
    meta = json.loads((tiny_bundle / "meta.json").read_text())
    assert meta["weights_sha256"] == sha256(tiny_bundle / "weights.npz")
    assert meta["architecture"]["lstm1"] == 16 and meta["training"]["epochs_run"] == 2
    assert set(meta["split"]["val"]).isdisjoint(meta["split"]["train"]) and len(meta["split"]["val"]) == 1
    held = meta["metrics"]["held_out_by_piece"]
    assert 0 <= held["top1"] <= held["top5"] <= 1 and held["perplexity"] > 1
    assert meta["tokens"]["min_count"] == 2 and "tensorflow" in meta["versions"]
    assert meta["command"] if "command" in meta else meta["training"]["command"].startswith("improv train")


def _keras_probs(folder: Path, contexts: list[np.ndarray]) -> np.ndarray:
    from improv.model.network import build_model, set_bundle_weights
    b = bundle_mod.load(folder)
    model = build_model(b.arch)
    set_bundle_weights(model, b.weights)
    x = np.zeros((len(contexts), b.context), np.int32)
    for row, ids in zip(x, contexts):
        row[b.context - len(ids):] = ids + 1
    return model.predict(x, batch_size=250, verbose=0)


@pytest.fixture(scope="session")
def full_size_bundle(tmp_path_factory):
    """The shipped architecture (LSTM 256) with random weights: parity needs no training."""
    from improv.model.network import DEFAULT_ARCH, build_model, bundle_weights
    from improv.tokens.onset import Vocabulary
    out = tmp_path_factory.mktemp("full") / "bundle"
    vocab = Vocabulary([f"{p}:{d}" for p in range(40, 90) for d in (1, 2, 4, 8)] + ["rest:2", "rest:4"])
    arch = {**DEFAULT_ARCH, "vocab_size": len(vocab)}
    model = build_model(arch)
    weights = bundle_weights(model)
    rng = np.random.default_rng(3)
    for k in weights:  # make biases and the embedding non-trivial, as training would
        weights[k] = weights[k] + rng.normal(0, 0.1, weights[k].shape).astype(np.float32)
    bundle_mod.save(out, {"architecture": arch, "tokens": {}}, OnsetV1(vocab), weights)
    return out


def test_numpy_and_tensorflow_engines_match_keras_on_1000_contexts(full_size_bundle):
    rng = np.random.default_rng(0)
    np_engine = load_engine(full_size_bundle, "numpy")
    tf_engine = load_engine(full_size_bundle, "tensorflow", "cpu")
    v = len(np_engine.tokenizer)
    contexts = [rng.integers(0, v, size=int(rng.integers(1, 51))) for _ in range(1000)]
    contexts[:3] = [rng.integers(0, v, size=50) for _ in range(3)]
    expected = _keras_probs(full_size_bundle, contexts)
    got_np = np.stack([np_engine.predict(c) for c in contexts])
    got_tf = np.stack([tf_engine.predict(c) for c in contexts])
    assert np.abs(got_np - expected).max() < 1e-4
    assert np.abs(got_tf - expected).max() < 1e-4
    assert (got_np.argmax(1) == expected.argmax(1)).all() and (got_tf.argmax(1) == expected.argmax(1)).all()
    padded = np.full((50, 50), -1)
    for row, c in zip(padded, contexts[:50]):
        row[50 - len(c):] = c
    assert np.abs(np_engine.predict_batch(padded) - expected[:50]).max() < 1e-4


def test_numpy_engine_does_not_import_tensorflow(tiny_bundle):
    code = f"import sys; from improv.model.engine import load_engine; e = load_engine({str(tiny_bundle)!r}); " \
           "e.predict([0, 1, 2]); print('tensorflow' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def copy_bundle(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst)
    return dst


def refusal(capsys, folder) -> str:
    assert main(["generate", "--model", str(folder), "--out", "/tmp/never.mid"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err
    return err


def test_bundle_refusals_are_one_line(tiny_bundle, tmp_path, capsys):
    # tampered weights
    b = copy_bundle(tiny_bundle, tmp_path / "tampered")
    with np.load(b / "weights.npz") as z:
        w = {k: z[k] for k in z.files}
    w["out_bias"] = w["out_bias"] + 1
    np.savez(b / "weights.npz", **w)
    assert "does not match the SHA-256" in refusal(capsys, b)
    # a vocabulary from another training (one token fewer)
    b = copy_bundle(tiny_bundle, tmp_path / "swapped")
    vocab = json.loads((b / "vocab.json").read_text())
    vocab["tokens"], vocab["counts"] = vocab["tokens"][:-1], vocab["counts"][:-1]
    (b / "vocab.json").write_text(json.dumps(vocab))
    err = refusal(capsys, b)
    assert "vocab.json has" in err and "output layer has" in err
    # a symlink that leads out of the bundle
    b = copy_bundle(tiny_bundle, tmp_path / "linked")
    (b / "vocab.json").unlink()
    (b / "vocab.json").symlink_to(tiny_bundle / "vocab.json")
    assert "points outside the bundle" in refusal(capsys, b)
    # a pickled object in the weights file is never unpickled
    b = copy_bundle(tiny_bundle, tmp_path / "pickled")
    np.savez(b / "weights.npz", embedding=np.array([object()], dtype=object))
    meta = json.loads((b / "meta.json").read_text())
    meta["weights_sha256"] = sha256(b / "weights.npz")
    (b / "meta.json").write_text(json.dumps(meta))
    assert "cannot be read as plain arrays" in refusal(capsys, b)
    # a full Keras model file, a missing folder, a missing file
    (tmp_path / "model.h5").write_bytes(b"\x89HDF\r\n")
    assert "full Keras model files are not loaded" in refusal(capsys, tmp_path / "model.h5")
    assert "no such model bundle folder" in refusal(capsys, tmp_path / "nothing")
    b = copy_bundle(tiny_bundle, tmp_path / "incomplete")
    (b / "meta.json").unlink()
    assert "meta.json is missing" in refusal(capsys, b)


def test_evaluate_json(tiny_bundle, tmp_path, capsys):
    data = tiny_corpus(tmp_path / "d")  # the same pieces: those trained on are left out
    assert main(["evaluate", "--model", str(tiny_bundle), str(data), "--json"]) == 0
    out, err = capsys.readouterr()
    result = json.loads(out)
    assert set(result) >= {"model", "ngram", "unigram", "tokens", "mapped_share"}
    assert result["pieces"] == 1 and result["excluded_training_pieces"] == 11 and "left out 11" in err
    for part in ("model", "ngram", "unigram"):
        assert 0 <= result[part]["top1"] <= 1 and result[part]["perplexity"] > 1
    assert 1 <= result["ngram"]["order"] <= 5 and result["tokens"] > 50


def test_ngram_is_a_proper_distribution():
    from improv.model.ngram import NGram
    lm = NGram(3, 5).fit([np.array([0, 1, 2, 0, 1, 2, 0, 1, 3])])
    for h in ([], [0], [0, 1], [4, 4]):
        assert lm.distribution(h).sum() == pytest.approx(1.0)
    assert lm.distribution([0, 1]).argmax() == 2


def test_generate_writes_real_durations_rests_chords_and_balanced_notes(tiny_bundle, tmp_path, capsys):
    seed = tiny_corpus(tmp_path / "seed", pieces=1) / "walk00.mid"
    out = tmp_path / "gen.mid"
    png = tmp_path / "gen.png"
    assert main(["generate", "--model", str(tiny_bundle), "--out", str(out), "--seed", str(seed),
                 "--beats", "96", "--png", str(png), "--rng-seed", "5", "--temperature", "1.5"]) == 0
    assert png.stat().st_size > 5000
    mid = mido.MidiFile(out)
    assert len(mid.tracks) == 3  # tempo map, seed, continuation
    gen = mid.tracks[2]
    tick, sounding, ons, lengths, starts = 0, {}, 0, set(), []
    for msg in gen:
        tick += msg.time
        if msg.type == "note_on" and msg.velocity > 0:
            assert msg.note not in sounding
            sounding[msg.note] = tick
            ons += 1
            starts.append(tick)
        elif msg.type in ("note_off", "note_on"):
            lengths.add(tick - sounding.pop(msg.note))
    assert not sounding and ons > 100
    assert len(lengths) >= 2                       # real durations, not one fixed length
    assert len(starts) > len(set(starts))          # chords: several notes share an onset
    gaps = np.diff(sorted(set(starts)))
    assert len(set(gaps)) >= 2


def test_loop_check():
    assert ends_in_loop([1, 2, 3] + [7] * 4)
    assert ends_in_loop([5, 6] * 4)
    assert ends_in_loop([1, 2, 3, 4] * 4)
    assert not ends_in_loop([1, 2, 3, 4, 5] * 4)
    assert not ends_in_loop([1, 2] * 3)
    assert not ends_in_loop(list(range(40)))


def test_repetition_guard_breaks_loops_of_a_model_that_wants_to_loop():
    """A 'model' that always prefers repeating the token of 2 steps ago: argmax loops, the guard doesn't."""
    v = 30
    def probs(history):
        p = np.full(v, 0.2 / (v - 1))
        p[history[-2]] = 0.8
        return p
    rng_free = Sampler.defaults(temperature=1e-3, top_p=1.0, no_repeat_ngram=0, repetition_penalty=1.0, seed=0)
    guarded = Sampler.defaults(temperature=1.0, top_p=0.95, no_repeat_ngram=4, repetition_penalty=1.2, seed=0)
    for sampler, loops in ((rng_free, True), (guarded, False)):
        h = [1, 2, 3, 4]
        for _ in range(200):
            h.append(sampler.sample(probs(h), h))
        assert ends_in_loop(h, 4, 4) is loops


def test_sampler_rules():
    p = np.array([0.5, 0.3, 0.15, 0.05])
    s = Sampler.defaults(top_k=2, top_p=1.0, no_repeat_ngram=0, repetition_penalty=1.0)
    assert (s.distribution(p)[2:] == 0).all()
    s = Sampler.defaults(top_p=0.75, no_repeat_ngram=0, repetition_penalty=1.0)
    assert np.count_nonzero(s.distribution(p)) == 2
    s = Sampler.defaults(top_p=1.0, no_repeat_ngram=0, repetition_penalty=1.0)
    assert s.distribution(p, mask=np.array([0, 1, 1, 0]))[[0, 3]].sum() == 0
    cold = Sampler.defaults(temperature=0.1, top_p=1.0, no_repeat_ngram=0, repetition_penalty=1.0).distribution(p)
    assert cold[0] > 0.99
    s = Sampler.defaults(top_p=1.0, no_repeat_ngram=2, repetition_penalty=1.0)
    assert s.distribution(p, history=[0, 1, 2, 0])[1] == 0   # "0 1" already happened
    with pytest.raises(ValueError):
        Sampler.defaults(temperature=0)


def test_mirrored_strategy_over_two_logical_cpus(tmp_path):
    data = tiny_corpus(tmp_path / "d", pieces=6, length=60)
    script = textwrap.dedent(f"""
        import tensorflow as tf
        cpu = tf.config.list_physical_devices("CPU")[0]
        tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration()] * 2)
        from improv.app.cli import main
        code = main(["train", {str(data)!r}, "--out", {str(tmp_path / 'b')!r}, "--epochs", "1", "--units", "8",
                     "--embedding", "4", "--min-count", "1", "--strategy", "mirrored", "--jobs", "1",
                     "--min-notes", "0"])
        raise SystemExit(code)
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    meta = json.loads((tmp_path / "b" / "meta.json").read_text())
    assert meta["training"]["strategy"] == "MirroredStrategy" and meta["training"]["replicas"] == 2


def test_shipped_default_model_loads_and_does_not_loop():
    """models/default: made by `improv train` from the mixed-v1 recipe, checked by its SHA-256, and
    its sampled continuations (whole steps, as the jam makes them) do not end in a short loop."""
    from improv import config
    from improv.tokens import event_codec as events
    from improv.model import generate
    from improv.data import recipes
    engine = load_engine(REPO / "models" / "default")
    meta = engine.bundle.meta
    assert meta["training"]["command"].startswith("improv train recipe:mixed-v1")
    assert meta["tokenizer"] == "events-v1" and meta["recipe"]["name"] == "mixed-v1"
    assert meta["tokens"]["key_normalize"] and meta["metrics"]["held_out_by_piece"]["bits_per_note"] > 0
    assert set(meta["metrics"]["by_style"]) == {s.name for s in recipes.STYLES}
    rng = np.random.default_rng(0)
    train_ids = np.load(REPO / "models" / "default" / "train_ids.npy")  # real token ids as phrases
    for run in range(5):
        start = int(rng.integers(0, len(train_ids) - 200))
        groups = events.steps(train_ids[start:start + 200])[1:]  # from a step's start
        phrase = [int(i) for g in groups for i in g][:50]
        sampler = Sampler.from_config(config.defaults()["sampling"], seed=run)
        made = generate.continue_phrase(engine, sampler, phrase, 200)
        assert not ends_in_loop([tuple(g) for g in events.steps(made)], 4, 4)
        assert len(set(made)) > 20


def stopped_then_resumed(cmd: list[str], out: Path, more: int) -> None:
    """Train with `cmd` (with --epochs 400), stop it with SIGTERM after two epochs (one line naming
    --resume, exit 130, the log and the checkpoint agreeing), then resume it for `more` epochs: its
    log goes on where the stopped run ended."""
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
    marker = out / "checkpoint" / "training_metadata.json"
    deadline = time.monotonic() + 300
    while not (marker.exists() and json.loads(marker.read_text() or "{}").get("epoch", 0) >= 2):
        assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
        time.sleep(0.2)  # polling a file another process writes; not standing in for a result
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    line = [l for l in err.splitlines() if l.startswith("improv:")]
    assert len(line) == 1 and "--resume" in line[0] and "Traceback" not in err
    done = len(list(csv.DictReader((out / "history.csv").open())))
    assert done >= 2 and json.loads(marker.read_text())["epoch"] == done  # the log and the checkpoint agree
    total, at = done + more, cmd.index("--epochs")
    resumed = subprocess.run(cmd[:at] + ["--epochs", str(total)] + cmd[at + 2:] + ["--resume"], capture_output=True,
                             text=True, timeout=600, cwd=REPO)
    assert resumed.returncode == 0, resumed.stderr[-2000:]
    epochs = [int(r["epoch"]) for r in csv.DictReader((out / "history.csv").open())]
    assert epochs == list(range(total))  # the resumed run went on where the stopped one ended
    assert not (out / "checkpoint").exists()


def test_a_stopped_training_says_so_in_one_line_and_resume_goes_on_from_the_last_epoch(tmp_path):
    data = tiny_corpus(tmp_path / "d", pieces=6, length=60)
    out = tmp_path / "b"
    stopped_then_resumed([sys.executable, "-m", "improv", "train", str(data), "--out", str(out), "--epochs", "400",
                          "--units", "8", "--embedding", "4", "--jobs", "1", "--patience", "400", "--min-notes", "0"],
                         out, more=3)
    meta = json.loads((out / "meta.json").read_text())
    assert meta["training"]["epochs_run"] == 3
