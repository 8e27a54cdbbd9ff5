"""Pure logic of tokens, the vocabulary, the split by piece and the training windows."""
from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from improv.music import keys
from improv.data.dataset import split_by_piece
from improv.tokens.onset import auto_min_count
from improv.data.windows import padded_windows
from improv.music.notes import Piece, Token, tokenize
from improv.tokens.onset import Vocabulary


def piece(rows, name="p"):
    arr = np.array(rows, dtype=np.float64)
    return Piece(name, arr[:, 0], arr[:, 1], arr[:, 2].astype(np.int16), np.full(len(arr), 80, np.int16))


def test_token_text_round_trip_and_validation():
    for text in ("60:4", "48.55.64:8", "rest:2"):
        assert Token.parse(text).text == text
    assert Token.parse("64.48.55:1").pitches == (48, 55, 64)
    with pytest.raises(ValueError):
        Token.parse("60:0")
    with pytest.raises(ValueError):
        Token.parse("200:1")


def test_chords_keep_octave_and_voicing_and_durations_are_real():
    # C3-E4-G4 chord for a beat, then a half-beat D5, a one-beat rest, then an eighth G4
    p = piece([(0, 1, 48), (0, 1, 64), (0.01, 1, 67), (1, 0.5, 74), (2.5, 0.5, 67)])
    toks = [t.text for t in tokenize(p, steps_per_beat=4, max_steps=16)]
    assert toks == ["48.64.67:4", "74:2", "rest:4", "67:2"]


def test_overlapping_notes_are_cut_at_the_next_onset_and_long_ones_capped():
    p = piece([(0, 4, 60), (1, 1, 64), (2, 10, 65)])
    assert [t.text for t in tokenize(p, 4, 16)] == ["60:4", "64:4", "65:16"]
    assert [t.text for t in tokenize(p, 2, 16)] == ["60:2", "64:2", "65:16"]


def test_transposition_keeps_rests_and_refuses_out_of_range():
    assert Token.parse("60.64:2").transposed(3).text == "63.67:2"
    assert Token.parse("rest:2").transposed(5).text == "rest:2"
    assert Token.parse("126:1").transposed(3) is None


def test_vocabulary_threshold_and_nearest_mapping():
    counts = Counter({"60:4": 100, "60:2": 80, "62:4": 60, "48.60:4": 55, "rest:4": 70, "rest:1": 5, "61:4": 3})
    vocab = Vocabulary.build(counts, min_count=50)
    assert sorted(vocab.texts) == sorted(["60:4", "60:2", "62:4", "48.60:4", "rest:4"])
    near = lambda text: vocab.texts[vocab.nearest(Token.parse(text))]  # noqa: E731
    assert near("60:8") == "60:4"           # same top note, nearest duration
    assert near("60:1") == "60:2"
    assert near("rest:1") == "rest:4"       # a rest stays a rest
    assert near("45.60:4") == "48.60:4"     # same top note, closest bass and size
    ids, mapped = vocab.encode([Token.parse(t) for t in ("60:4", "60:8", "rest:1")])
    assert mapped == 2 and list(ids) == [vocab.index["60:4"], vocab.index["60:4"], vocab.index["rest:4"]]


def test_vocabulary_keeps_one_rest_and_one_sound_even_below_threshold():
    vocab = Vocabulary.build(Counter({"60:4": 100, "rest:2": 1}), min_count=50)
    assert "rest:2" in vocab.texts
    assert vocab.texts[vocab.nearest(Token.parse("rest:8"))] == "rest:2"


def test_vocabulary_save_load(tmp_path):
    vocab = Vocabulary(["60:4", "rest:1"], [3, 2])
    vocab.save(tmp_path / "v.json")
    back = Vocabulary.load(tmp_path / "v.json")
    assert back.texts == vocab.texts and back.counts == [3, 2]


def test_split_is_by_piece_fixed_by_seed_and_disjoint():
    names = [f"piece{i}" for i in range(50)]
    val = split_by_piece(names, 0.1, seed=7)
    assert len(val) == 5 and val == split_by_piece(list(reversed(names)), 0.1, seed=7)
    assert val != split_by_piece(names, 0.1, seed=8)
    assert split_by_piece(["only"], 0.1, 1) == set()


def test_training_windows_are_every_next_token_with_its_context_left_padded():
    # inputs are ids + 1 (0 is the padding the embedding masks); a piece's first token has no context
    x, y = padded_windows([np.arange(8)], 5)
    assert x.shape == (7, 5) and list(y) == [1, 2, 3, 4, 5, 6, 7]
    assert list(x[0]) == [0, 0, 0, 0, 1] and list(x[4]) == [1, 2, 3, 4, 5] and list(x[6]) == [3, 4, 5, 6, 7]
    x, y = padded_windows([np.arange(3), np.arange(1), np.arange(10, 12)], 4)
    assert list(y) == [1, 2, 11]  # pieces never share a window; one token alone gives none
    assert list(x[2]) == [0, 0, 0, 11]
    assert padded_windows([np.arange(1)], 4)[0].shape == (0, 4)


def test_auto_min_count_grows_with_the_music_and_never_leaves_too_small_a_vocabulary():
    kinds = lambda n, each: {f"{40 + i}:{1 + i // 80}": each for i in range(n)}  # noqa: E731
    assert auto_min_count(Counter(kinds(20, 100))) == 1  # 2,000 tokens: every token kept
    assert auto_min_count(Counter(kinds(20, 1500))) == 10  # 30,000 tokens, as many as the chorales
    assert auto_min_count(Counter(kinds(20, 10000))) == 50  # 200,000 tokens
    # 18,000 tokens would allow 5, but only 10 kinds are seen 5 times: 3 keeps 2,010 kinds
    assert auto_min_count(Counter({**kinds(10, 1000), **{f"r{i}": 4 for i in range(2000)}})) == 3
    assert auto_min_count(Counter({"60:4": 5, "rest:4": 2})) == 1  # too few kinds at any threshold


def test_key_estimate_and_shift_to_c():
    e_major = [64, 66, 68, 69, 71, 73, 75, 76, 64, 68, 71]
    tonic, mode, _ = keys.estimate(np.array(e_major))
    assert (tonic, mode) == (4, "major") and keys.shift_to_c(tonic, mode) == -4
    d_minor = [62, 64, 65, 67, 69, 70, 73, 74, 62, 65, 69, 62]
    tonic, mode, _ = keys.estimate(np.array(d_minor))
    assert (tonic, mode) == (2, "minor") and keys.shift_to_c(tonic, mode) == -5


def test_chunks_make_every_token_but_the_first_a_target_exactly_once_after_its_own_context():
    from improv.model.train import chunks
    for length in range(0, 40):
        for context in (2, 4, 5, 50):
            ids = np.arange(length) + 100
            x, y, w = chunks([ids], context)
            assert sorted(y[w > 0].tolist()) == ids[1:].tolist()
            # the input at a target's position is the token just before it: inputs are ids + 1 (0 is
            # padding), and these ids count up by one, so input and target are equal where weighted
            assert (x[w > 0] == y[w > 0]).all()
            later = np.nonzero(w[1:])[1]  # all but the first chunk's targets see context // 2 tokens or more
            assert later.size == 0 or later.min() >= context // 2 - 1
