"""Event tokens (improv/events.py): exact round trips, voicing, time, transposition, the step grammar."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from improv.tokens import event_codec as ev
from improv.tokens.event_codec import EventVocabulary, decode, encode, encode_notes, steps, transpose
from improv.music.notes import Piece, Token, tokenize

V = ev.default_vocabulary()


def piece(rows, name="p"):
    arr = np.array(rows, dtype=np.float64).reshape(-1, 3)
    return Piece(name, arr[:, 0], arr[:, 1], arr[:, 2].astype(np.int16), np.full(len(arr), 80, np.int16))


def texts(ids):
    return [V.texts[i] for i in ids]


def unique_notes(rows):
    """What encode must give back: one note per (onset, pitch), the longest, from the first onset on."""
    best = {}
    for t, d, p in rows:
        best[(t, p)] = max(d, best.get((t, p), 0))
    t0 = min(t for t, _ in best)
    return sorted(((t - t0, d, p) for (t, p), d in best.items()), key=lambda n: (n[0], n[2]))


notes_on_grid = st.lists(st.tuples(st.integers(0, 200), st.integers(1, ev.MAX_STEPS), st.integers(ev.LOW, ev.HIGH)),
                         min_size=1, max_size=60)


@settings(max_examples=300, deadline=None)
@given(notes_on_grid, st.sampled_from([1, 2, 4, 12]))
def test_every_note_on_the_grid_comes_back_exactly(rows, spb):
    p = piece([(t / spb, d / spb, pitch) for t, d, pitch in rows])
    ids, stats = encode(p, steps_per_beat=spb)
    assert decode(ids) == unique_notes(rows)
    assert stats.mapped == 0 and stats.mapped_share == 0.0
    assert stats.notes == len(rows) and stats.merged == len(rows) - len(unique_notes(rows))
    assert stats.tokens == len(ids) and ids.dtype == np.int32


@settings(max_examples=200, deadline=None)
@given(notes_on_grid)
def test_the_encoding_follows_its_own_grammar(rows):
    ids, _ = encode_notes(rows)
    for group in steps(ids):
        for k, i in enumerate(group):
            if V.kind[i] != ev.SHIFT:
                assert ev.allowed_next(group[:k])[i], (texts(group[:k]), V.texts[i])
    assert [i for g in steps(ids) for i in g] == ids.tolist()


def test_a_chord_is_its_notes_low_to_high_then_the_shift():
    # C3-E4-G4 for a beat, then a half-beat D5, a beat's rest, an eighth G4
    p = piece([(0, 1, 64), (0, 1, 48), (0.01, 1.25, 67), (1, 0.5, 74), (2.5, 0.5, 67)])
    ids, stats = encode(p)
    assert texts(ids) == ["48:4", "64:4", "67:4", "hold:1", "shift:4", "74:2", "shift:6", "67:2"]
    assert decode(ids) == [(0, 4, 48), (0, 4, 64), (0, 5, 67), (4, 2, 74), (10, 2, 67)]
    assert stats.tokens_per_note == pytest.approx(8 / 5)


def test_held_notes_overlap_instead_of_being_cut():
    # a whole-note bass under four quarter notes: the onset tokens cut it, events keep it
    rows = [(0, 4, 36), (0, 1, 60), (1, 1, 62), (2, 1, 64), (3, 1, 65)]
    assert [t.text for t in tokenize(piece(rows))][0] == "36.60:4"
    assert decode(encode(piece(rows))[0]) == [(0, 16, 36), (0, 4, 60), (4, 4, 62), (8, 4, 64), (12, 4, 65)]


def test_lengths_between_and_beyond_the_durations_use_holds_and_long_rests_chain_shifts():
    ids, _ = encode_notes([(0, 5, 60), (40, 7, 62), (41, 40, 64)])
    assert texts(ids) == ["60:4", "hold:1", "shift:16", "shift:16", "shift:8",
                          "62:6", "hold:1", "shift:1", "64:16", "hold:16", "hold:8"]
    assert decode(ids) == [(0, 5, 60), (40, 7, 62), (41, 40, 64)]
    assert ev.duration(ids) == 41


def test_what_cannot_be_represented_is_counted_as_mapped():
    ids, stats = encode_notes([(0, 4, 12), (0, 100, 60), (4, 2, 120), (4, 2, 64)])
    assert stats.mapped == 3 and stats.mapped_share == 0.75
    assert decode(ids) == [(0, 4, 24), (0, ev.MAX_STEPS, 60), (4, 2, 64), (4, 2, 108)]  # octaves, pitch class kept


def test_unisons_are_one_note_the_longest():
    ids, stats = encode_notes([(0, 2, 60), (0, 4, 60), (0, 4, 64)])
    assert decode(ids) == [(0, 4, 60), (0, 4, 64)] and stats.merged == 1 and stats.mapped == 0


def test_steps_group_one_onset_and_step_notes_play_it():
    ids, _ = encode_notes([(0, 4, 48), (0, 4, 64), (0, 5, 67), (4, 2, 74), (40, 2, 60)])
    groups = steps(ids)
    assert [texts(g) for g in groups] == [["48:4", "64:4", "67:4", "hold:1", "shift:4"],
                                         ["74:2", "shift:16", "shift:16", "shift:4"], ["60:2"]]
    assert ev.step_notes(groups[0]) == ([(48, 4), (64, 4), (67, 5)], 4)
    assert ev.step_notes(groups[2]) == ([(60, 2)], 0)
    assert steps([V.shift(3), V.note(60, 1)]) == [[V.shift(3)], [V.note(60, 1)]]


def test_transpose_moves_notes_only_and_refuses_to_leave_the_piano():
    ids, _ = encode_notes([(0, 5, 60), (0, 2, 100), (3, 1, 62)])
    up = transpose(ids, 5)
    assert decode(up) == [(0, 5, 65), (0, 2, 105), (3, 1, 67)]
    assert transpose(ids, 9) is None and transpose(ids, -40) is None
    assert decode(transpose(ids, -39)) == [(0, 5, 21), (0, 2, 61), (3, 1, 23)]


@settings(max_examples=100, deadline=None)
@given(notes_on_grid, st.integers(-12, 12))
def test_a_transposed_stream_is_the_same_music_moved(rows, semitones):
    ids, _ = encode_notes(rows)
    moved = transpose(ids, semitones)
    pitches = [p for _, _, p in rows]
    if min(pitches) + semitones < ev.LOW or max(pitches) + semitones > ev.HIGH:
        assert moved is None
    else:
        assert decode(moved) == [(t, d, p + semitones) for t, d, p in decode(ids)]
        assert transpose(moved, -semitones).tolist() == ids.tolist()


def test_a_stray_hold_from_a_model_is_ignored():
    assert decode([V.note(60, 2), V.shift(2), V.hold(3), V.note(62, 1)]) == [(0, 2, 60), (2, 1, 62)]


def test_the_grammar_keeps_chords_rising_and_holds_canonical():
    ok = ev.allowed_next([])
    assert ok[V.note(60, 4)] and ok[V.shift(1)] and not ok[V.hold(1)]
    after = ev.allowed_next([V.note(60, 4)])
    assert after[V.note(61, 1)] and not after[V.note(60, 2)] and not after[V.note(59, 4)]
    assert after[V.hold(1)] and not after[V.hold(2)]       # 4 + 2 is written 6
    after16 = ev.allowed_next([V.note(60, 16)])
    assert after16[V.hold(16)] and after16[V.hold(3)]
    assert ev.allowed_next([V.note(60, 16), V.hold(16)])[V.hold(8)]
    assert not ev.allowed_next([V.note(60, 16), V.hold(8)])[V.hold(1)]
    assert not ev.allowed_next([V.note(60, 1)])[V.hold(1)]


onset_tokens = st.lists(st.one_of(
    st.builds(lambda ps, n: Token(tuple(sorted(ps)), n),
              st.sets(st.integers(ev.LOW, ev.HIGH), min_size=1, max_size=6), st.integers(1, 16)),
    st.builds(lambda n: Token((), n), st.integers(1, 16))), max_size=30)


@settings(max_examples=300, deadline=None)
@given(onset_tokens)
def test_the_jams_onset_tokens_survive_a_trip_through_events(toks):
    # the listener never writes two rests in a row (they would be one): merge them as it would
    canon: list[Token] = []
    for t in toks:
        if canon and t.is_rest and canon[-1].is_rest:
            canon[-1] = Token((), min(16, canon[-1].steps + t.steps))
        else:
            canon.append(t)
    ids, stats = ev.from_onset_tokens(canon)
    assert stats.mapped == 0
    assert ev.duration(ids) == sum(t.steps for t in canon)
    assert ev.to_onset_tokens(ids) == canon


def test_onset_tokens_become_chords_with_their_length():
    toks = [Token((48, 55, 64), 8), Token((), 4), Token((67,), 2)]
    ids, _ = ev.from_onset_tokens(toks)
    assert texts(ids) == ["48:8", "55:8", "64:8", "shift:12", "67:2", "shift:2"]


def test_vocabulary_size_save_load_and_refusals(tmp_path):
    assert len(V) == 88 * len(ev.DURATIONS) + ev.MAX_HOLD + ev.MAX_SHIFT <= 1000
    assert all(V.index[t] == i for i, t in enumerate(V.texts))
    V.save(tmp_path / "vocab.json")
    back = EventVocabulary.load(tmp_path / "vocab.json")
    assert back.texts == V.texts and back.to_json()["tokenizer"] == "events-v1"
    (tmp_path / "old.json").write_text('{"tokens": ["60:4", "rest:2"], "counts": [3, 1]}')
    with pytest.raises(ValueError, match="tokenizer None is not 'events-v1'.*retrain"):
        EventVocabulary.load(tmp_path / "old.json")
    small = EventVocabulary(durations=(1, 2, 4), max_hold=4, max_shift=4, low=48, high=72)
    ids, stats = encode_notes([(0, 11, 40), (9, 3, 60)], small)
    assert decode(ids, small) == [(0, 11, 52), (9, 3, 60)] and stats.mapped == 1
    with pytest.raises(ValueError, match="another vocabulary"):
        decode([len(small)], small)
    with pytest.raises(ValueError, match="include 1 step"):
        EventVocabulary(durations=(2, 4))


# ---------------------------------------------------------------- the multi-style recipe (improv/recipes.py)

def test_one_work_in_two_encodings_or_keys_is_one_name():
    from improv.data.recipes import work_name
    assert work_name("bwv277.krn") == work_name("bwv277.mxl") == work_name("bwv277.mxl@-5") == "bwv277"
    assert work_name("han1.abc#17") == "han1#17" != work_name("han1.abc#18")


def test_held_out_by_work_at_least_two_and_the_same_each_run():
    from improv.data.recipes import MAX_VAL, MIN_VAL, held_out, training_pieces
    names = [f"tune{i}.abc" for i in range(300)] + ["bwv277.krn", "bwv277.mxl"]
    val = held_out(names)
    assert val == held_out(list(reversed(names))) and 25 <= len(val) <= 35
    assert ("bwv277.krn" in val) == ("bwv277.mxl" in val)
    assert len(held_out(["a.mxl", "b.mxl", "c.mxl"])) == MIN_VAL and held_out(["a.mxl"]) == set()
    assert len(held_out([f"song{i}.abc#1" for i in range(8000)])) == MAX_VAL
    assert held_out(names, fixed={"tune3", "bwv277"}) == {"tune3.abc", "bwv277.krn", "bwv277.mxl"}
    train = training_pieces(names, val, cap=100)
    assert len(train) == 100 and not set(train) & val and train == training_pieces(names, val, cap=100)
    from improv.data.recipes import Style, assign
    sides = assign(Style("x", (), cap=100), names)
    assert {n for n, side in sides.items() if side == "val"} == val
    assert sorted(n for n, side in sides.items() if side == "train") == train


def test_styles_read_each_work_once_and_keyboard_music_is_keyboard():
    from improv.data import recipes
    chamber = [recipes._corpus_rel(f) for f in recipes.style_files(recipes.style("chamber"))]
    keyboard = [recipes._corpus_rel(f) for f in recipes.style_files(recipes.style("keyboard"))]
    assert "beethoven/opus18no1/movement1.mxl" in chamber and "beethoven/opus18no1/movement1.krn" not in chamber
    assert "mozart/k545/movement1_exposition.mxl" in keyboard and "mozart/k545/movement1_exposition.mxl" not in chamber
    assert "joplin/maple_leaf_rag.mxl" in keyboard and "schumann_robert/dichterliebe_no2.xml" in keyboard
    assert "schumann_robert/opus41no1/movement1.mxl" in chamber  # a string quartet
    assert not any(f.startswith("schumann_robert/opus41") for f in keyboard)
    capped = recipes.Style("x", ("corpus:palestrina", "corpus:josquin"), 10, max_files=(("palestrina", 5),))
    files = [recipes._corpus_rel(f) for f in recipes.style_files(capped)]
    assert sum(f.startswith("palestrina/") for f in files) == 5 and sum(f.startswith("josquin/") for f in files) == 8
    assert files == [recipes._corpus_rel(f) for f in recipes.style_files(capped)]
    with pytest.raises(ValueError, match="no style 'jazz'"):
        recipes.style("jazz")


def test_a_held_note_keeps_its_length_through_the_jams_tokens():
    """A soprano held over two chords, and a bass let go before the next onset: the jam's tokens
    carry each note's own length (Token.lengths) and give back exactly the events they came from;
    without lengths every note is cut at the next onset (the old context, which lost them)."""
    rows = [(0, 8, 72), (0, 4, 60), (0, 4, 64), (0, 2, 48), (4, 4, 62), (4, 4, 65)]
    ids, _ = ev.encode_notes(rows, None, 16, start=0, end=8)
    toks = ev.to_onset_tokens(ids, lengths=True)
    assert [(t.pitches, t.steps, t.note_lengths()) for t in toks] == [
        ((48, 60, 64, 72), 4, (2, 4, 4, 8)), ((62, 65), 4, (4, 4))]
    assert ev.from_onset_tokens(toks)[0].tolist() == list(ids)
    cut = ev.to_onset_tokens(ids)
    assert [t.note_lengths() for t in cut] == [(4, 4, 4, 4), (4, 4)]
    assert ev.from_onset_tokens(cut)[0].tolist() != list(ids)
    assert toks[0].transposed(2).note_lengths() == (2, 4, 4, 8)
