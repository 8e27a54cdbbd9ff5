"""`improv prepare`: reading MIDI and scores into tokens, bad files skipped with their reason."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from improv.data import corpus
from improv.app.cli import main
from improv.data.dataset import Prepared, prepare
from improv.tokens.onset import MIN_VOCAB, VocabularyTooSmall
from improv.settings import TokenSettings
from improv.data.windows import padded_windows
from improv.model.evaluate import unscorable
from improv.music.notes import tokenize

from . import midifiles


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data if isinstance(data, bytes) else data.encode())
    return path


def varied(kinds: int = 24, repeats: int = 2) -> bytes:
    """A melody of `kinds` different notes, each played `repeats` times: enough kinds to learn from."""
    notes = [(j * 480, j * 480 + 480, 48 + j % kinds) for j in range(kinds * repeats)]
    return midifiles.song(notes)


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
    write(data, "good.mid", varied())
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
    write(tmp_path / "d", "good.mid", varied())
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
        notes = [(j * 240, j * 240 + 240, int(rng.integers(50, 72))) for j in range(80)]
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
    x, y = padded_windows(prep.piece_ids("train"), 50)  # what training reads
    # events-v1 (the default): a note and a shift each but after the last note, the first not a target
    assert x.shape[1] == 50 and len(x) == len(y) == 45 * (2 * 80 - 2)
    assert prep.settings.tokenizer == "events-v1" and len(prep.tokenizer) == 736 and prep.ids.max() < 736
    assert main(args) == 0
    assert "files read: 10 (10 from cache)" in capsys.readouterr().out
    assert main(args + ["--no-cache"]) == 0
    assert "(0 from cache)" in capsys.readouterr().out
    assert np.array_equal(Prepared.load(tmp_path / "out").ids, prep.ids)


def test_settings_round_trip():
    s = TokenSettings.defaults(min_count=3, transpose=2)
    assert TokenSettings.from_record(s.to_json()) == s


def test_a_vocabulary_too_small_to_learn_from_stops_prepare_saying_what_to_do(tmp_path):
    write(tmp_path / "d", "a.mid", midifiles.melody())
    with pytest.raises(VocabularyTooSmall) as caught:
        prepare([str(tmp_path / "d" / "a.mid")], tmp_path / "o", TokenSettings.defaults(tokenizer="onset-v1", min_count=2, val_share=0),
                ["x"], jobs=1, use_cache=False)
    message = str(caught.value)
    assert isinstance(caught.value, ValueError) and "\n" not in message
    assert "2 tokens" in message and "67% of the 6 training tokens" in message
    assert "lower --min-count (now 2) or add more music" in message
    assert caught.value.summary.vocab_size == 2  # what was read, for the command to print
    summary = json.loads((tmp_path / "o" / "summary.json").read_text())  # still says what was read
    assert summary["vocab_size"] == 2 and summary["mapped_share"] == pytest.approx(4 / 6)
    assert not (tmp_path / "o" / "ids.npy").exists()


def test_more_than_half_the_tokens_mapped_is_too_small_too(tmp_path):
    # 20 kinds played 3 times (60 tokens) and 40 kinds played once: min_count 2 maps 40 of 100
    notes = [(j * 480, j * 480 + 480, 40 + j % 20) for j in range(60)]
    notes += [(t * 480, t * 480 + 480, 70 + t - 60) for t in range(60, 100)]
    write(tmp_path / "d", "a.mid", midifiles.song(notes))
    settings = TokenSettings.defaults(tokenizer="onset-v1", min_count=2, val_share=0)
    summary = prepare([str(tmp_path / "d" / "a.mid")], tmp_path / "o", settings, ["x"], jobs=1, use_cache=False)
    assert summary.vocab_size >= MIN_VOCAB and summary.mapped_share == pytest.approx(0.4)
    notes += [(100 * 480 + k * 960, 100 * 480 + k * 960 + 960, 70 + k) for k in range(30)]  # 30 more, all rare
    write(tmp_path / "d", "a.mid", midifiles.song(notes))
    with pytest.raises(VocabularyTooSmall, match=r"54% of the 130 training tokens .* lower --min-count \(now 2\)"):
        prepare([str(tmp_path / "d" / "a.mid")], tmp_path / "o2", settings, ["x"], jobs=1, use_cache=False)


def test_auto_min_count_is_the_default_and_chooses_from_the_data(tmp_path):
    assert TokenSettings.defaults().min_count == "auto"
    assert TokenSettings.from_record({"min_count": 7}).min_count == 7
    write(tmp_path / "d", "a.mid", varied(kinds=24, repeats=3))  # 72 tokens: every kind seen 3 times
    summary = prepare([str(tmp_path / "d" / "a.mid")], tmp_path / "o", TokenSettings.defaults(tokenizer="onset-v1", val_share=0), ["x"],
                      jobs=1, use_cache=False)
    assert (summary.min_count, summary.min_count_chosen, summary.mapped) == (1, True, 0)  # so little music
    assert "those seen 1+ times (chosen from the data)" in "\n".join(summary.lines())
    used = json.loads((tmp_path / "o" / "settings.json").read_text())["tokens"]["min_count"]
    assert used == 1  # the bundle records the number used, not "auto"


def test_two_chorales_with_the_old_default_of_50_are_refused_and_auto_learns_from_them(tmp_path):
    files = corpus.corpus_files("bach/bwv66.6") + corpus.corpus_files("bach/bwv1.6")
    with pytest.raises(VocabularyTooSmall, match=r"lower --min-count \(now 50\) or add more music"):
        prepare(files, tmp_path / "o", TokenSettings.defaults(tokenizer="onset-v1", min_count=50), ["x"], jobs=1, use_cache=False)
    summary = prepare(files, tmp_path / "o2", TokenSettings.defaults(tokenizer="onset-v1"), ["x"], jobs=1, use_cache=False)
    assert summary.vocab_size >= MIN_VOCAB and summary.train_mapped_share <= 0.5


def test_improv_prepare_says_in_one_line_that_the_vocabulary_is_too_small(tmp_path, capsys):
    write(tmp_path / "d", "a.mid", midifiles.melody())
    assert main(["prepare", str(tmp_path / "d"), "--out", str(tmp_path / "o"), "--min-count", "2",
                 "--tokenizer", "onset-v1"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert "lower --min-count (now 2) or add more music" in err


def test_a_degenerate_evaluation_is_not_a_score():
    assert unscorable(0, np.zeros(0, np.int32)).startswith("no held-out piece")
    assert "one token to predict" in unscorable(1, np.full(40, 3, np.int32))
    assert unscorable(1, np.array([3, 4, 3])) is None


def test_training_without_a_held_out_piece_prints_no_score_and_no_tensorflow_lines(tmp_path):
    import subprocess
    import sys
    from .test_model import REPO, tiny_corpus
    data = tiny_corpus(tmp_path / "d", pieces=3, length=40)
    run = subprocess.run([sys.executable, "-m", "improv", "train", str(data), "--out", str(tmp_path / "b"),
                          "--epochs", "1", "--units", "4", "--embedding", "4", "--val-share", "0",
                          "--min-count", "1", "--jobs", "1", "--min-notes", "0"],
                         capture_output=True, text=True, cwd=REPO, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stderr == ""  # TensorFlow's absl, oneDNN and cpu_feature_guard lines are not the user's
    assert "trained 1 epochs" in run.stdout and "top-1" not in run.stdout and "perplexity" not in run.stdout
    assert "held out by piece: not scored: no held-out piece" in run.stdout
    metrics = json.loads((tmp_path / "b" / "meta.json").read_text())["metrics"]
    assert metrics["held_out_by_piece"] is None and metrics["not_scored"].startswith("no held-out piece")


def test_a_file_without_a_suffix_is_read_as_midi_by_its_header_or_skipped_saying_why(tmp_path):
    write(tmp_path, "song", midifiles.melody())
    assert len(corpus.read_file(str(tmp_path / "song"))[0]) == 7
    write(tmp_path, "notes", "C D E F G")
    with pytest.raises(corpus.Skip, match=r"no suffix, and not MIDI.*\.mid.*\.musicxml.*rename"):
        corpus.read_file(str(tmp_path / "notes"))
    write(tmp_path, "notes.txt", "C D E F G")
    with pytest.raises(corpus.Skip, match=r"unsupported file type '\.txt': improv reads MIDI"):
        corpus.read_file(str(tmp_path / "notes.txt"))
