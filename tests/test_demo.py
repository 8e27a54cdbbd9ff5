"""`improv demo` without a MIDI system: a chorale plays the human, improv answers, and the
recording of both parts is written."""
from __future__ import annotations

import re

import mido

from improv.app.cli import main

from . import bundles


def test_demo_in_process_writes_both_parts(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("JACK_DEFAULT_SERVER", "improv-no-such-server")  # no MIDI system: in-process ports
    bundle = bundles.melodies(tmp_path / "b")
    code = main(["demo", "--seconds", "9", "--out", str(tmp_path / "demo"), "--model", str(bundle),
                 "--tempo", "160"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "in-process ports" in err and "phrase: heard" in err and "answer: played" in err
    mid = mido.MidiFile(tmp_path / "demo" / "jam.mid")
    names = [t.name for t in mid.tracks]
    assert "human" in names and "improv" in names
    counts = {t.name: sum(1 for m in t if m.type == "note_on" and m.velocity > 0) for t in mid.tracks}
    assert counts["human"] > 10 and counts["improv"] > 5
    # what the log says is what happened: every phrase announced was played and answered, and the
    # recording holds every note the listener heard and every note improv played
    announced = int(re.search(r"over in-process ports \(no MIDI system here\), (\d+) phrases in 9 s", err).group(1))
    assert announced >= 1 and err.count("phrase: heard") == announced == err.count("answer: played")
    status = [line for line in err.splitlines() if "status:" in line][-1]
    notes_in, notes_out = (int(x) for x in re.search(r"notes in (\d+) out (\d+)", status).groups())
    assert (counts["human"], counts["improv"]) == (notes_in, notes_out)
    assert (tmp_path / "demo" / "jam.png").stat().st_size > 5000
