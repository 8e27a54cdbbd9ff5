"""`improv prepare`: reading MIDI and scores into tokens, bad files skipped with their reason."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from improv import corpus
from improv.cli import main
from improv.dataset import Prepared, TokenSettings, prepare
from improv.tokens import tokenize

from . import midifiles


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode())
    return path


def test_midi_reader_keeps_pitches_durations_velocities_tempo_and_meter():
    p = corpus.read_midi(midifiles.melody(), "m.mid")
    assert list(p.pitches[:3]) == [60, 62, 64] and list(p.onsets[:3]) == [0, 1, 2]
    assert p.durations[3] == 2.0 and set(p.velocities) == {90}
    assert p.tempos == [(0.0, 100.0)] and p.time_signatures == [(0.0, "3/4")]
    toks = [t.text for t in tokenize(p, 4, 16)]
    assert toks == ["60:4", "62:4", "64:4", "48.52.55:8", "rest:4", "67:4"]


def test_piano_parts_are_chosen_and_drums_never_count():
    import io
    import mido
    mid = mido.MidiFile(file=io.BytesIO(midifiles.melody()))
    strings = mido.MidiTrack([mido.Message("program_change", program=48, channel=1),
                              mido.Message("note_on", note=90, velocity=80, channel=1),
                              mido.Message("note_off", note=90, channel=1, time=480)])
    drums = mido.MidiTrack([mido.Message("note_on", note=36, velocity=80, channel=9),
                            mido.Message("note_off", note=36, channel=9, time=480)])
    mid.tracks += [strings, drums]
    buf = io.BytesIO()
    mid.save(file=buf)
    piano = corpus.read_midi(buf.getvalue(), "x.mid", parts="piano")
    assert 90 not in piano.pitches and 36 not in piano.pitches
    everything = corpus.read_midi(buf.getvalue(), "x.mid", parts="all")
    assert 90 in everything.pitches and 36 not in everything.pitches


def test_midi_and_musicxml_of_the_same_music_give_the_same_tokens(tmp_path):
    from music21 import chord, note, stream
    s = stream.Part()
    for item in (note.Note("C4", quarterLength=1), note.Note("E4", quarterLength=0.5),
                 chord.Chord(["C3", "G3", "E4"], quarterLength=2), note.Rest(quarterLength=1),
                 note.Note("G5", quarterLength=1.5)):
        s.append(item)
    s.write("midi", fp=tmp_path / "same.mid")
    s.write("musicxml", fp=tmp_path / "same.musicxml")
    from_midi = corpus.read_file(str(tmp_path / "same.mid"))[0]
    from_xml = corpus.read_file(str(tmp_path / "same.musicxml"))[0]
    t_midi = [t.text for t in tokenize(from_midi, 4, 16)]
    assert t_midi == [t.text for t in tokenize(from_xml, 4, 16)]
    assert t_midi == ["60:4", "64:2", "48.55.64:8", "rest:4", "79:6"]


def test_builtin_corpus_piece_reads_through_music21():
    files = corpus.corpus_files("bach/bwv66.6")
    assert len(files) == 1
    p = corpus.read_file(files[0])[0]
    assert len(p) > 100 and p.pitches.min() < 50 < 70 < p.pitches.max()  # four voices, bass to soprano


BAD_FILES = {
    "empty.mid": (b"", corpus.EMPTY),
    "truncated.mid": (midifiles.melody()[:60], corpus.TRUNCATED),
    "text.mid": (b"this is not a MIDI file at all\n" * 3, corpus.NOT_MIDI),
    "zero-tpb.mid": (midifiles.with_header(midifiles.melody(), division=0), corpus.ZERO_TPB),
    "smpte.mid": (midifiles.with_header(midifiles.melody(), division=0xE728), corpus.SMPTE),
    "type2.mid": (midifiles.with_header(midifiles.melody(), fmt=2), corpus.TYPE2),
    "silent.mid": (midifiles.no_notes(), corpus.NO_NOTES),
    "drums.mid": (midifiles.drums_only(), corpus.DRUMS_ONLY),
    "broken.musicxml": (b"<?xml version='1.0'?><score-partwise><part id=", corpus.UNREADABLE),
}


def test_every_bad_file_is_skipped_once_with_its_reason_and_the_run_goes_on(tmp_path, capsys):
    data = tmp_path / "data"
    for name, (content, _) in BAD_FILES.items():
        write(data / "bad", name, content)
    write(data, "big.mid", midifiles.big(2000))
    write(data, "good.mid", midifiles.melody())
    write(data, "notes.txt", "ignored: not a music suffix")
    code = main(["prepare", str(data), "--out", str(tmp_path / "out"), "--jobs", "2", "--min-count", "1",
                 "--max-file-mb", "0.01"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Traceback" not in out + err
    for name, (_, reason) in BAD_FILES.items():
        lines = [line for line in out.splitlines() if line.startswith(f"skipped {data / 'bad' / name}:")]
        assert len(lines) == 1, (name, out)
        assert reason in lines[0]
    assert f"skipped {data / 'big.mid'}: {corpus.TOO_BIG}" in out
    assert "notes.txt" not in out
    assert "files read: 1 " in out and "skipped: 10" in out
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["files_read"] == 1 and len(summary["skipped"]) == 10


def test_a_parse_over_the_time_limit_is_skipped(tmp_path, capsys):
    write(tmp_path / "d", "slow.mid", midifiles.big(60000))
    write(tmp_path / "d", "good.mid", midifiles.melody())
    code = main(["prepare", str(tmp_path / "d"), "--out", str(tmp_path / "o"), "--parse-timeout", "0.3",
                 "--min-count", "1", "--jobs", "1"])
    out = capsys.readouterr().out
    assert code == 0
    assert f"skipped {tmp_path / 'd' / 'slow.mid'}: {corpus.TIMEOUT}" in out


def test_no_readable_piece_exits_1_and_a_missing_source_exits_2(tmp_path, capsys):
    write(tmp_path / "d", "empty.mid", b"")
    assert main(["prepare", str(tmp_path / "d"), "--out", str(tmp_path / "o")]) == 1
    assert "no piece could be read" in capsys.readouterr().err
    assert main(["prepare", str(tmp_path / "missing"), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert "missing: no such file or directory" in err and len(err.strip().splitlines()) == 1
    assert main(["prepare", "corpus:nobody-at-all", "--out", str(tmp_path / "o")]) == 2
    assert "music21's corpus" in capsys.readouterr().err


def test_prepared_folder_split_by_piece_vocab_and_cache(tmp_path, capsys):
    data = tmp_path / "data"
    rng = np.random.default_rng(0)
    for i in range(10):  # ten different pieces, each 80 notes long
        notes = [(j * 240, j * 240 + 240, int(rng.integers(55, 67))) for j in range(80)]
        write(data, f"p{i}.mid", midifiles.song(notes))
    args = ["prepare", str(data), "--out", str(tmp_path / "out"), "--min-count", "5", "--transpose", "2"]
    assert main(args) == 0
    first = capsys.readouterr().out
    assert "files read: 10 (0 from cache)" in first
    prep = Prepared.load(tmp_path / "out")
    originals = [p for p in prep.pieces if "augmented" not in p]
    val = {p["name"] for p in originals if p["split"] == "val"}
    assert len(val) == 1
    augmented = [p for p in prep.pieces if "augmented" in p]
    assert len(augmented) == 9 * 4 and all(p["split"] == "train" for p in augmented)
    assert not any(p["name"].rsplit("@", 1)[0] in val for p in augmented)
    x, y = prep.windows("train", 50)
    assert x.shape[1] == 50 and len(x) == len(y) == 45 * (80 - 50)
    assert prep.ids.max() < len(prep.vocab)
    assert main(args) == 0
    assert "files read: 10 (10 from cache)" in capsys.readouterr().out
    assert main(args + ["--no-cache"]) == 0
    assert "(0 from cache)" in capsys.readouterr().out
    assert np.array_equal(Prepared.load(tmp_path / "out").ids, prep.ids)


def test_settings_round_trip():
    s = TokenSettings(min_count=3, transpose=2)
    assert TokenSettings(**s.to_json()) == s


def test_prepare_api_reports_mapped_share(tmp_path):
    write(tmp_path / "d", "a.mid", midifiles.melody())
    summary = prepare([str(tmp_path / "d" / "a.mid")], tmp_path / "o", TokenSettings(min_count=2, val_share=0),
                      ["x"], jobs=1, use_cache=False)
    assert summary.tokens == 6 and summary.vocab_size == 2  # only the commonest rest and sound are kept
    assert summary.mapped_share == pytest.approx(4 / 6)
