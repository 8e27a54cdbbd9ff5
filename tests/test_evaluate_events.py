"""`improv evaluate` in bits per note: the model and the n-grams on the same tokens, for onset-v1 and
events-v1 bundles, per style, and on a bundle's own held-out pieces (--held-out)."""
from __future__ import annotations

import json
import math
import shutil

import numpy as np
import pytest

from improv.model import bundle as bundle_mod
from improv.tokens import event_codec as events
from improv.data import recipes
from improv.app.cli import main
from improv.model.evaluate import EvalData, evaluate, tokenize_sources
from improv.model.ngram import NGram, NGramTable
from improv.tokens.events import EventsV1

from . import bundles, midifiles

V = len(events.default_vocabulary())  # 736


def events_bundle(folder, uniform: bool = False, train=None, seed: int = 0):
    """A random-weight events-v1 bundle (uniform: an output layer of zeros, so p = 1/V everywhere)."""
    rng = np.random.default_rng(seed)
    arch = {"vocab_size": V, "embedding": 4, "lstm1": 8, "lstm2": 8, "dense": 8, "context": 50, "dropout": 0.2}
    weights = {k: rng.normal(0, 0.3, s).astype(np.float32) for k, s in bundle_mod.expected_shapes(arch).items()}
    if uniform:
        weights["out_kernel"][:] = 0
        weights["out_bias"][:] = 0
    meta = {"tokenizer": "events-v1", "architecture": arch,
            "tokens": {"tokenizer": "events-v1", "steps_per_beat": 4, "key_normalize": False},
            "sources": [], "split": {"train": [], "val": []}}
    bundle_mod.save(folder, meta, EventsV1(), weights)
    train = [np.array([0, 0, 1])] if train is None else train
    np.save(folder / "train_ids.npy", np.concatenate([np.asarray(p) for p in train]).astype(np.int32))
    (folder / "train_lengths.json").write_text(json.dumps([len(p) for p in train]))
    return bundle_mod.load(folder)


def test_a_uniform_model_scores_log2_v_bits_a_token_and_the_unigram_is_add_one(tmp_path):
    b = events_bundle(tmp_path / "u", uniform=True, train=[np.array([0, 0, 1])])
    pieces = [np.array([0, 1, 0]), np.array([5, 6, 7, 8])]  # 2 + 3 predicted tokens
    data = EvalData(pieces=pieces, names=["a", "b"], tokens=5, notes=[2, 3], styles=[None, None])
    r = evaluate(b, data, engine="numpy")
    assert r["model"]["bits_per_note"] == pytest.approx(math.log2(V) * 5 / 5, abs=1e-3)
    assert r["model"]["perplexity"] == pytest.approx(V, rel=1e-3)
    # add-one unigram over 3 training tokens: p(0) = 3/(V+3), p(1) = 2/(V+3), any other 1/(V+3)
    z = V + 3
    bits = -math.log2(2 / z) - math.log2(3 / z) - 3 * math.log2(1 / z)
    assert r["unigram"]["bits_per_note"] == pytest.approx(bits / 5, abs=1e-3)
    assert r["by_style"]["all"]["notes"] == 5 and r["notes"] == 5 and r["tokens"] == 5
    assert set(r["ngram_by_order"]) == {str(k) for k in range(1, 9)}  # events-v1: orders up to 8
    assert r["improvement"] == pytest.approx(1 - r["model"]["bits_per_note"] / r["ngram"]["bits_per_note"], abs=1e-3)


def test_the_bits_are_over_notes_not_tokens(tmp_path):
    b = events_bundle(tmp_path / "u", uniform=True)
    piece = np.arange(11)  # 10 predicted tokens
    few = evaluate(b, EvalData(pieces=[piece], names=["a"], tokens=10, notes=[4], styles=[None]), engine="numpy")
    assert few["model"]["bits_per_note"] == pytest.approx(math.log2(V) * 10 / 4, abs=1e-3)
    # pieces given as ids alone (no notes) keep the per-token figures and have no bits per note
    bare = evaluate(b, EvalData(pieces=[piece], names=["a"], tokens=10), engine="numpy")
    assert "bits_per_note" not in bare["model"] and bare["model"]["perplexity"] == few["model"]["perplexity"]


def test_per_style_rows_and_all_add_up(tmp_path):
    rng = np.random.default_rng(2)
    train = [rng.integers(0, 40, 60) for _ in range(4)]
    b = events_bundle(tmp_path / "s", train=train, seed=1)
    pieces = [rng.integers(0, 40, n) for n in (30, 20, 25)]
    data = EvalData(pieces=pieces, names=["p", "q", "r"], tokens=72, notes=[20, 15, 17],
                    styles=["folk_song", "folk_song", "chorale"])
    r = evaluate(b, data, engine="numpy")
    rows = r["by_style"]
    assert set(rows) == {"folk_song", "chorale", "all"}
    assert (rows["folk_song"]["pieces"], rows["chorale"]["pieces"], rows["all"]["pieces"]) == (2, 1, 3)
    assert (rows["folk_song"]["notes"], rows["chorale"]["notes"], rows["all"]["notes"]) == (35, 17, 52)
    for scorer in ("model", "unigram", "adaptive"):  # total bits of the styles are the whole's
        total = sum(rows[s][scorer]["bits_per_note"] * rows[s]["notes"] for s in ("folk_song", "chorale"))
        assert total == pytest.approx(rows["all"][scorer]["bits_per_note"] * 52, rel=1e-3)
    assert rows["all"]["model"] == r["model"] and rows["all"]["ngram"] == r["ngram"]
    for s in rows.values():  # the best order of each row is the one with the fewest bits in that row
        assert s["ngram"]["order"] in range(1, 9)


def test_the_vectorised_ngrams_equal_the_reference_of_every_order():
    rng = np.random.default_rng(0)
    train = [rng.integers(0, 12, rng.integers(1, 60)) for _ in range(30)] + [np.array([1, 2, 3] * 10)]
    held = [rng.integers(0, 12, rng.integers(1, 40)) for _ in range(10)] + [np.array([1, 2, 3, 1, 2, 3, 4])]
    p_true, rank = NGramTable(6, 12).fit_score(train, held, batch=7)
    for order in range(1, 7):
        lm = NGram(order, 12).fit(train)
        dists = [(lm.distribution([int(i) for i in ids[:t]]), ids[t]) for ids in held for t in range(1, len(ids))]
        np.testing.assert_allclose(p_true[order - 1], [d[y] for d, y in dists])
        np.testing.assert_array_equal(rank[order - 1], [(d > d[y]).sum() for d, y in dists])


NOTES = [(0, 480, 60), (480, 960, 64), (960, 1920, 67), (960, 1920, 48), (1920, 2160, 65), (2160, 2400, 62)]


def test_onset_and_events_bundles_share_the_note_denominator(tmp_path):
    (tmp_path / "p.mid").write_bytes(midifiles.song(NOTES * 1))
    files = [str(tmp_path / "p.mid")]
    ev = tokenize_sources(events_bundle(tmp_path / "ev"), files, jobs=1, use_cache=False)
    onset_folder = bundles.make_bundle(tmp_path / "on", ["60:4", "64:4", "48.67:8", "65:2", "62:2"])
    on = tokenize_sources(bundle_mod.load(onset_folder), files, jobs=1, use_cache=False)
    assert ev.notes == on.notes == [len(NOTES)]
    assert len(ev.pieces[0]) > len(on.pieces[0])  # more tokens, the same notes
    assert ev.mapped == 0 and ev.styles == [None]


def test_pieces_are_named_as_prepare_names_them(tmp_path):
    """Two files of one name: the second piece is 'NAME~2', as eventset.prepare_events names it."""
    for folder, pitch in (("a", 60), ("b", 70)):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.mid").write_bytes(midifiles.song([(i * 480, i * 480 + 480, pitch + i % 3)
                                                                  for i in range(6 + pitch // 10)]))
    b = events_bundle(tmp_path / "ev")
    files = [str(tmp_path / "a" / "x.mid"), str(tmp_path / "b" / "x.mid")]
    both = tokenize_sources(b, files, jobs=1, use_cache=False)
    second = tokenize_sources(b, files, jobs=1, use_cache=False, only={both.names[1], "gone.mid"})
    assert both.names[1] == both.names[0] + "~2" and both.notes == [12, 13]
    assert second.names == [both.names[1]] and second.notes == [13] and second.missing == ["gone.mid"]


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    out = tmp_path_factory.mktemp("tiny") / "bundle"
    assert main(["train", "corpus:bach/bwv66.6", "corpus:bach/bwv1.6", "corpus:bach/bwv10.7", "--out", str(out),
                 "--epochs", "1", "--units", "8", "--embedding", "4", "--jobs", "1", "--val-share", "0.34",
                 "--min-notes", "0"]) == 0
    return out


def test_held_out_scores_the_bundle_s_own_pieces_as_training_did(tiny, capsys):
    meta = json.loads((tiny / "meta.json").read_text())
    capsys.readouterr()
    assert main(["evaluate", "--model", str(tiny), "--held-out", "--json", "--jobs", "1"]) == 0
    r = json.loads(capsys.readouterr().out)
    assert r["tokenizer"] == "events-v1" and r["pieces"] == len(meta["split"]["val"]) == 1
    trained = meta["metrics"]["held_out_by_piece"]
    assert r["model"]["bits_per_note"] == pytest.approx(trained["bits_per_note"], rel=1e-3)
    assert r["model"]["top1"] == pytest.approx(trained["top1"], abs=1e-3)
    assert set(r["by_style"]) == {"all"} and r["by_style"]["all"]["notes"] == r["notes"] > 100
    assert main(["evaluate", "--model", str(tiny), "--held-out", "--jobs", "1"]) == 0
    out = capsys.readouterr().out
    assert "bits/note" in out and "n-gram bits/note by order: 1:" in out and "8:" in out
    row = next(line for line in out.splitlines() if line.startswith("all "))
    assert row.split()[1:3] == ["1", str(r["notes"])] and row.endswith("%")


def test_held_out_of_a_recipe_bundle_prints_a_row_per_style(tiny, tmp_path, monkeypatch, capsys):
    from improv.data import corpus
    files, _ = corpus.expand_sources(["corpus:bach/bwv66.6", "corpus:bach/bwv1.6", "corpus:bach/bwv10.7"])
    styles = dict(zip(files, ["chorale", "keyboard", "chorale"]))
    monkeypatch.setattr(recipes, "recipe_files", lambda name: (files, styles))
    folder = tmp_path / "recipe"
    shutil.copytree(tiny, folder)
    meta = json.loads((folder / "meta.json").read_text())
    meta["sources"], meta["recipe"] = ["recipe:mixed-v1"], {"name": "mixed-v1"}
    meta["split"]["val"] = [recipes.piece_name(f, "") for f in files[:2]]  # corpus paths, as prepare names them
    (folder / "meta.json").write_text(json.dumps(meta))
    assert main(["evaluate", "--model", str(folder), "--held-out", "--json", "--jobs", "1"]) == 0
    r = json.loads(capsys.readouterr().out)
    assert set(r["by_style"]) == {"chorale", "keyboard", "all"} and r["pieces"] == 2
    assert r["by_style"]["chorale"]["notes"] + r["by_style"]["keyboard"]["notes"] == r["notes"]
    assert main(["evaluate", "--model", str(folder), "--held-out", "--jobs", "1"]) == 0
    rows = [line.split()[0] for line in capsys.readouterr().out.splitlines()[-4:-1]]
    assert rows == ["chorale", "keyboard", "all"]


def test_refusals(tiny, tmp_path, capsys):
    assert main(["evaluate", "--model", str(tiny)]) == 2  # neither SOURCES nor --held-out
    assert "--held-out" in capsys.readouterr().err
    assert main(["evaluate", "--model", str(tiny), "--held-out", "corpus:bach/bwv66.6"]) == 2
    capsys.readouterr()
    folder = tmp_path / "unknown"
    shutil.copytree(tiny, folder)
    meta = json.loads((folder / "meta.json").read_text())
    (folder / "meta.json").write_text(json.dumps({**meta, "tokenizer": "bpe-v9"}))
    assert main(["evaluate", "--model", str(folder), "--held-out"]) != 0
    assert "tokenizer 'bpe-v9' is not known to this improv" in capsys.readouterr().err


def test_corpus_pieces_a_recipe_bundle_trained_on_are_left_out_by_their_corpus_path():
    """`improv evaluate --model models/default corpus:joplin/maple_leaf_rag` scored a piece the shipped
    model was trained on (named 'joplin/maple_leaf_rag.mxl' in its split, 'maple_leaf_rag' when read
    from corpus:): the 8-gram that memorised it made 1.1 bits a note. A held-out one is kept."""
    from improv.config import DEFAULT_BUNDLE
    from improv.data import corpus
    bundle = bundle_mod.load(DEFAULT_BUNDLE)
    trained, _ = corpus.expand_sources(["corpus:joplin/maple_leaf_rag"])
    held, _ = corpus.expand_sources(["corpus:schumann_clara/polonaise_op1n4"])
    assert "joplin/maple_leaf_rag.mxl" in bundle.meta["split"]["train"]
    assert "schumann_clara/polonaise_op1n4.mxl" in bundle.meta["split"]["val"]
    data = tokenize_sources(bundle, trained + held, jobs=1)
    assert len(data.excluded) == 1 and len(data.pieces) == 1
