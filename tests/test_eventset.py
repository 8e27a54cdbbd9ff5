"""Prepared data in events-v1: nothing mapped by frequency, notes counted, transposed copies that
stay on the keyboard, and the recipe's split by piece, style by style."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from improv.tokens import event_codec as events
from improv.data import recipes
from improv.app.cli import main
from improv.data.dataset import Prepared

from . import midifiles


def write(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)
    return folder / name


def test_prepare_keeps_every_note_counts_the_few_it_moves_and_makes_only_copies_on_the_keyboard(tmp_path, capsys):
    rng = np.random.default_rng(1)
    for i in range(5):
        notes = [(j * 240, j * 240 + 240 * int(rng.integers(1, 6)), int(rng.integers(40, 90))) for j in range(60)]
        write(tmp_path / "d", f"p{i}.mid", midifiles.song(notes))
    low = [(0, 480, 22), (480, 960, 18), (960, 1440, 60)]  # 18 is below A0: moved up an octave, counted
    write(tmp_path / "d", "low.mid", midifiles.song(low))
    assert main(["prepare", str(tmp_path / "d"), "--out", str(tmp_path / "o"), "--transpose", "3",
                 "--val-share", "0.2", "--jobs", "1"]) == 0
    out = capsys.readouterr().out
    assert "vocabulary: events-v1, 736 tokens; 1 of 303 notes (0.33%) moved into the piano's range" in out
    prep = Prepared.load(tmp_path / "o")
    summary = json.loads((tmp_path / "o" / "summary.json").read_text())
    assert summary["tokenizer"] == "events-v1" and summary["notes"] == 303 and summary["mapped"] == 1
    by_name = {p["name"]: p for p in prep.pieces}
    copies = [n for n in by_name if n.startswith("low.mid@")]
    if by_name["low.mid"]["split"] == "train":  # 22 - 2 is below A0 (21): no copy down 2 or 3
        assert sorted(copies) == ["low.mid@+1", "low.mid@+2", "low.mid@+3", "low.mid@-1"]
    else:
        assert copies == []
    for p in prep.pieces:  # every stream decodes, and its notes are the piece's
        ids = prep.ids[p["start"]:p["start"] + p["length"]]
        assert len(events.decode(ids)) == p["notes"]


def test_the_recipe_holds_out_the_first_defaults_chorales_and_caps_each_style():
    names = [f"bach/{w}.mxl" for w in sorted(recipes.CHORALE_HELD_OUT)] + [f"bach/bwv{i}.mxl" for i in range(1000, 1500)]
    folk = [f"essenFolksong/han{i // 100}.abc#{i % 100}" for i in range(3000)]
    split = recipes.assign_all([(n, "chorale") for n in names] + [(n, "folk_song") for n in folk])
    held = {n for n, s in split.items() if s == "val" and n.startswith("bach/")}
    assert {recipes.work_name(n).split("/")[-1] for n in held} == set(recipes.CHORALE_HELD_OUT)
    assert sum(s == "train" for n, s in split.items() if n.startswith("bach/")) == 400   # the chorale cap
    assert sum(s == "val" for n, s in split.items() if n.startswith("essen")) == recipes.MAX_VAL
    assert sum(s == "train" for n, s in split.items() if n.startswith("essen")) == 1000
    again = recipes.assign_all([(n, "folk_song") for n in reversed(folk)])
    assert {n for n, s in again.items() if s == "val"} == {n for n, s in split.items() if s == "val" and "essen" in n}


def test_a_recipe_is_given_alone_and_only_for_events(tmp_path, capsys):
    assert main(["prepare", "recipe:mixed-v1", "corpus:bach/bwv66.6", "--out", str(tmp_path / "o")]) == 2
    assert "brings its own music" in capsys.readouterr().err
    assert main(["prepare", "recipe:mixed-v1", "--tokenizer", "onset-v1", "--out", str(tmp_path / "o")]) == 2
    assert "events-v1" in capsys.readouterr().err
    assert main(["prepare", "recipe:nothing", "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert "no recipe 'nothing'" in err and len(err.strip().splitlines()) == 1
