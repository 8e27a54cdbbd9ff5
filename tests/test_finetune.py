"""`improv train --from BUNDLE`: fine-tuning a base on a player's pieces keeps its tokens and
vocabulary, records the base, scores both models on the held-out pieces as evaluate does, resumes;
and training from scratch on too little music stops in one line."""
from __future__ import annotations

import json
import re
import sys

import pytest

from improv.app.cli import main
from improv.model import finetune, train
from improv.model.engine import load_engine

from . import bundles, midifiles
from .test_model import stopped_then_resumed, tiny_corpus


@pytest.fixture(scope="module")
def tuned(tmp_path_factory):
    """A tiny random events-v1 base fine-tuned on 4 pieces (3 train, 1 held out) for one epoch."""
    root = tmp_path_factory.mktemp("finetune")
    base = bundles.event_bundle(root / "base", units=8, embedding=4, key_normalize=True)
    data = tiny_corpus(root / "data", pieces=4, length=80)
    out = root / "tuned"
    code = main(["train", str(data), "--from", str(base), "--out", str(out), "--epochs", "1", "--jobs", "1",
                 "--val-share", "0.25"])
    assert code == 0
    return base, data, out


def test_a_fine_tuned_bundle_keeps_the_base_s_tokens_names_the_base_and_plays(tuned, tmp_path, capsys):
    base, data, out = tuned
    assert (out / "vocab.json").read_bytes() == (base / "vocab.json").read_bytes()
    meta, base_meta = (json.loads((f / "meta.json").read_text()) for f in (out, base))
    assert meta["architecture"] == base_meta["architecture"]
    assert meta["tokens"]["key_normalize"] is True  # the base's, though the config says false
    assert meta["base"]["path"] == str(base) and meta["base"]["weights_sha256"] == base_meta["weights_sha256"]
    assert meta["sources"] == [str(data)] and len(meta["split"]["val"]) == 1 and len(meta["split"]["train"]) == 3
    assert meta["training"]["epochs_run"] == 1 and meta["training"]["learning_rate"] == finetune.LEARNING_RATE
    assert meta["weights_sha256"] != base_meta["weights_sha256"]  # trained, not copied
    engine = load_engine(out, "numpy")
    for ids in ([0], [5, 9, 700], list(range(60))):
        p = engine.predict(ids)
        assert p.shape == (736,) and abs(float(p.sum()) - 1) < 1e-4
    assert main(["generate", "--model", str(out), "--out", str(tmp_path / "x.mid"), "--beats", "8",
                 "--phrase", str(data / "walk00.mid"), "--rng-seed", "1"]) == 0
    assert re.search(r"and 8 beats of improv \(\d+ notes\)", capsys.readouterr().out)


def test_both_figures_are_printed_recorded_and_reproduced_by_evaluate(tuned, capsys):
    base, data, out = tuned
    meta = json.loads((out / "meta.json").read_text())
    mine, theirs = meta["metrics"]["held_out_by_piece"], meta["metrics"]["base_held_out_by_piece"]
    assert mine["notes"] == theirs["notes"] > 0 and mine["bits_per_note"] > 0 and theirs["bits_per_note"] > 0
    assert main(["evaluate", "--model", str(out), "--held-out", "--json", "--jobs", "1"]) == 0
    r = json.loads(capsys.readouterr().out)
    assert r["model"]["bits_per_note"] == pytest.approx(mine["bits_per_note"], rel=1e-3)
    assert r["base"]["bits_per_note"] == pytest.approx(theirs["bits_per_note"], rel=1e-3)
    lines = finetune.report_lines(meta, out)
    assert f"{theirs['bits_per_note']:.2f} bits per note" in lines[1] and str(base) in lines[1]
    assert f"{mine['bits_per_note']:.2f} bits per note" in lines[2]
    assert any("too thin to trust" in line for line in lines)  # 80-odd held-out notes


def test_evaluate_gives_no_base_row_when_the_base_changed(tuned, tmp_path, capsys):
    base, data, out = tuned
    moved = tmp_path / "tuned"
    moved.mkdir()
    for f in out.iterdir():
        if f.is_file():
            (moved / f.name).write_bytes(f.read_bytes())
    meta = json.loads((moved / "meta.json").read_text())
    meta["base"]["weights_sha256"] = "0" * 64
    (moved / "meta.json").write_text(json.dumps(meta))
    assert main(["evaluate", "--model", str(moved), "--held-out", "--jobs", "1"]) == 0
    printed = capsys.readouterr().out
    assert "no base row: the base" in printed and "SHA-256 differs" in printed
    assert not any(line.split()[:1] == ["base"] for line in printed.splitlines())


def one_line_error(capsys) -> str:
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err, err
    return err


def test_a_base_with_other_tokens_is_refused_in_one_line(tmp_path, capsys):
    data = tiny_corpus(tmp_path / "data", pieces=3, length=30)
    onset = bundles.melodies(tmp_path / "onset")  # onset-v1: one token per onset, 32 of them
    assert main(["train", str(data), "--from", str(onset), "--out", str(tmp_path / "o"), "--tokenizer",
                 "events-v1", "--jobs", "1"]) == 2
    err = one_line_error(capsys)
    assert "onset-v1" in err and "--tokenizer events-v1 differs" in err
    events = bundles.event_bundle(tmp_path / "events", units=8, embedding=4)
    assert main(["train", str(data), "--from", str(events), "--out", str(tmp_path / "e"), "--steps-per-beat", "3",
                 "--jobs", "1"]) == 2
    assert "--steps-per-beat 3 differs" in one_line_error(capsys)
    # an onset-v1 base whose few tokens cannot read the music: most of it would be replaced
    assert main(["train", str(data), "--from", str(onset), "--out", str(tmp_path / "o"), "--jobs", "1"]) == 2
    err = one_line_error(capsys)
    assert "cannot read these sources" in err and "are not in it" in err
    assert not (tmp_path / "o").exists() and not (tmp_path / "e").exists()


def test_too_little_music_from_scratch_stops_in_one_line(tmp_path, capsys):
    (tmp_path / "short.mid").write_bytes(midifiles.melody())
    assert main(["train", str(tmp_path / "short.mid"), "--out", str(tmp_path / "b"), "--jobs", "1"]) == 2
    err = one_line_error(capsys)
    assert re.match(r"improv: error: \d notes to train on: too little", err)
    assert f"needs {train.MIN_NOTES} or more" in err
    assert "--from models/default" in err and not (tmp_path / "b").exists()


def test_with_fewer_than_3_pieces_nothing_is_held_out_and_it_says_so(tmp_path, capsys):
    base = bundles.event_bundle(tmp_path / "base", units=8, embedding=4)
    data = tiny_corpus(tmp_path / "data", pieces=2, length=40)
    assert main(["train", str(data), "--from", str(base), "--out", str(tmp_path / "t"), "--jobs", "1"]) == 0
    printed = capsys.readouterr().out
    assert "pieces: 2 (2 train, 0 validation)" in printed
    assert "not scored: no held-out piece" in printed and "3 or more pieces" in printed
    meta = json.loads((tmp_path / "t" / "meta.json").read_text())
    assert meta["split"]["val"] == [] and meta["metrics"]["held_out_by_piece"] is None
    assert meta["training"]["epochs_run"] == finetune.EPOCHS_WITHOUT_HELD_OUT


def test_an_interrupted_fine_tune_resumes_from_its_last_epoch(tmp_path):
    base = bundles.event_bundle(tmp_path / "base", units=8, embedding=4)
    data = tiny_corpus(tmp_path / "d", pieces=4, length=60)
    out = tmp_path / "t"
    stopped_then_resumed([sys.executable, "-m", "improv", "train", str(data), "--from", str(base), "--out", str(out),
                          "--epochs", "400", "--patience", "400", "--jobs", "1"], out, more=2)  # not from the base again
    meta = json.loads((out / "meta.json").read_text())
    assert meta["training"]["epochs_run"] == 2 and meta["base"]["path"] == str(base)
    assert (out / "vocab.json").read_bytes() == (base / "vocab.json").read_bytes()
