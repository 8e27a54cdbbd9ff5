"""The README's promise, walked command by command: every bad input is one line on stderr, naming
what is wrong and where, and exit 2; nothing is opened, trained or written before it is said."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from improv.app.cli import build_parser, main

REPO = Path(__file__).resolve().parent.parent

# argv (with {tmp} for a private folder, {song} for a MIDI file, {text} for a text file) and what the line says
BAD = [
    ("ports --backend nope", "invalid choice: 'nope'"),
    ("ports --config {tmp}/none.yaml", "config file not found"),
    ("run --mode jazz", "invalid choice: 'jazz'"),
    ("run --tempo fast", "invalid float value"),
    ("run --tempo -5", "'time.tempo' is -5.0"),
    ("run --channel 17", "'midi.channel' is 17"),
    ("run --velocity loud", "'midi.velocity' is 'loud'"),
    ("run --swing 0.9", "'time.swing' is 0.9"),
    ("run --model {tmp}/none", "no such model bundle folder"),
    ("run --model {text}", "is a file, not a model bundle folder"),
    ("run --mode solo --phrase {tmp}/none.mid", "jam.phrase"),
    ("run --mode solo --phrase {text}", "unsupported file type '.txt'"),
    ("run --mode solo --phrase {song}", "jam.phrase"),
    ("run --record {text}/jam.mid", "is a file, so no folder can be made there"),
    ("run --png {tmp}", "exists and is a folder"),
    ("demo --seconds 0", "--seconds must be greater than 0"),
    ("demo --out {text}", "exists and is not a folder"),
    ("demo --model {tmp}/none", "no such model bundle folder"),
    ("prepare corpus:bach/bwv66.6", "required: --out"),
    ("prepare {tmp}/none --out {tmp}/p", "no such file or directory"),
    ("prepare corpus:nope --out {tmp}/p", "no such piece or composer"),
    ("prepare corpus:bach/bwv66.6 --out {text}", "exists and is not a folder"),
    ("train recipe:nope --out {tmp}/t", "no recipe 'nope'"),
    ("train corpus:bach --out {tmp}/t --epochs 0", "--epochs must be at least 1"),
    ("train corpus:bach --out {text}", "exists and is not a folder"),
    ("evaluate --model {tmp}/none", "no such model bundle folder"),
    ("evaluate {tmp}/none.mid", "no such file or directory"),
    ("generate --out {tmp}/g.mid --phrase {text}", "unsupported file type '.txt'"),
    ("generate --out {tmp}/g.mid --beats 0", "--beats must be greater than 0"),
    ("generate --out {text}/g.mid", "is a file, so no folder can be made there"),
    ("generate --out {tmp}/g.mid --png {tmp}", "exists and is a folder"),
    ("memory show {song}", "not an improv memory file"),
    ("memory frob", "invalid choice: 'frob'"),
    ("tempo {tmp}/none.mid", "cannot open"),
    ("tempo {text}", "unsupported file type '.txt'"),
    ("tempo {song}", "truncated MIDI data"),
    ("service frob", "invalid choice: 'frob'"),
    ("status extra", "unrecognized arguments: extra"),
    ("panic --backend nope", "invalid choice: 'nope'"),
]


def argv(line: str, tmp: Path) -> list[str]:
    text, song = tmp / "notes.txt", tmp / "song.mid"
    text.write_text("a text file, not music\n")
    song.write_bytes(b"MThd\x00\x00\x00\x06\x00\x00\x00\x01\x01\xe0")
    return line.format(tmp=tmp, text=text, song=song).split()


def test_the_walk_covers_every_subcommand():
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    assert {line.split()[0] for line, _ in BAD} == set(sub.choices)


@pytest.mark.parametrize("line,says", BAD, ids=[line.split(" {")[0] for line, _ in BAD])
def test_a_bad_input_is_one_line_and_exit_2(line, says, tmp_path, capfd):
    args = argv(line, tmp_path)
    made = sorted(p.name for p in tmp_path.iterdir())
    assert main(args) == 2
    out, err = capfd.readouterr()  # file descriptors: log handlers and C libraries included
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("improv: error: ") and says in lines[0], err
    assert out == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == made, "a bad input left something behind"


def test_a_missing_model_is_said_before_jack_is_asked(jack_server, tmp_path):
    """With a JACK server running, `improv run --model /nonexistent` opens no port and restores no
    connection first: its whole output is the one line."""
    out = subprocess.run([sys.executable, "-m", "improv", "run", "--backend", "jack", "--model", str(tmp_path / "none")],
                         capture_output=True, text=True, timeout=120, env=jack_server.env(), cwd=REPO)
    assert out.returncode == 2 and out.stdout == "", out
    assert out.stderr.strip().splitlines() == [f"improv: error: {tmp_path / 'none'}: no such model bundle folder; "
                                               "train one with `improv train` or set model.bundle in the config"]
