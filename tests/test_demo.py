"""`improv demo` without a MIDI system: a chorale plays the human, improv answers, and the
recording of both parts is written."""
from __future__ import annotations

import mido

from improv.cli import main

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
    assert (tmp_path / "demo" / "jam.png").stat().st_size > 5000
