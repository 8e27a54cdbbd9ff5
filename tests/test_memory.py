"""Session memory and the mixture: counts against brute force, forgetting, the quote guard, the
follow weight, and the memory file."""
from __future__ import annotations

import json
from collections import Counter, deque

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from improv.model import memory as memory_mod
from improv.model.memory import MemoryFileError, SessionMemory
from improv.model.mixture import FollowWeight, apply_bans, mix
from improv.music.notes import Token
from improv.tokens.onset import OnsetV1, Vocabulary




def fresh(vocab_size: int, order: int = 6, max_tokens: int = 5000, max_quote: int = 6, prior=None) -> SessionMemory:
    """A memory of the shape these tests were written for (the jam's comes from memory.* settings)."""
    return SessionMemory(vocab_size, order, max_tokens, max_quote, prior)

def brute_probs(stream: list[int], context: list[int], vocab: int, order: int) -> np.ndarray:
    """Witten-Bell interpolation recomputed from scratch from every n-gram of the stream."""
    p = np.full(vocab, 1.0 / vocab)
    if not stream:
        return p
    hist = context[max(0, len(context) - (order - 1)):] if order > 1 else []
    for k in range(len(hist) + 1):
        h = tuple(hist[len(hist) - k:])
        seen = Counter(stream[i + k] for i in range(len(stream) - k) if tuple(stream[i:i + k]) == h)
        if not seen:
            continue
        total, types = sum(seen.values()), len(seen)
        vec = np.zeros(vocab)
        for w, c in seen.items():
            vec[w] = c
        p = (vec + types * p) / (total + types)
    return p


def brute_bans(stream: list[int], output: list[int], q: int, vocab: int) -> set[int]:
    """Every id x such that output + [x] ends in a run of more than q tokens found in the stream."""
    bans = set()
    for x in range(vocab):
        tail = tuple((output + [x])[-(q + 1):])
        if len(tail) == q + 1 and any(tuple(stream[i:i + q + 1]) == tail for i in range(len(stream) - q)):
            bans.add(x)
    return bans


@settings(max_examples=60, deadline=None)
@given(stream=st.lists(st.integers(0, 5), max_size=60), max_tokens=st.integers(1, 25),
       order=st.integers(1, 5), context=st.lists(st.integers(0, 5), max_size=8),
       q=st.integers(1, 4), output=st.lists(st.integers(0, 5), max_size=8))
def test_counts_probs_and_bans_match_brute_force_on_random_streams(stream, max_tokens, order, context, q, output):
    mem = fresh(6, order=order, max_tokens=max_tokens, max_quote=4)
    for t in stream:
        mem.observe(t)
    kept = stream[-max_tokens:]
    assert list(mem.stream) == kept and len(mem) == len(kept)
    for n in range(1, mem.depth + 2):  # the tables hold exactly the n-grams of the kept tokens
        want = Counter(tuple(kept[i:i + n]) for i in range(len(kept) - n + 1))
        assert dict(mem.ngrams(n)) == dict(want)
    got = mem.probs(context)
    np.testing.assert_allclose(got, brute_probs(kept, context, 6, order), rtol=1e-12, atol=1e-15)
    assert got.sum() == pytest.approx(1.0)
    assert mem.quote_bans(output, q) == brute_bans(kept, output, q, 6)


def test_forgetting_at_max_tokens():
    mem = fresh(10, order=3, max_tokens=4)
    for t in [1, 2, 3, 1, 2]:
        mem.observe(t)
    assert list(mem.stream) == [2, 3, 1, 2] and len(mem) == 4
    assert dict(mem.ngrams(2)) == {(2, 3): 1, (3, 1): 1, (1, 2): 1}
    for t in [7, 7, 7, 7]:  # everything of the first riff is gone
        mem.observe(t)
    assert dict(mem.ngrams(1)) == {(7,): 4} and dict(mem.ngrams(3)) == {(7, 7, 7): 2}
    p = mem.probs([1, 2])
    assert p.argmax() == 7 and p.sum() == pytest.approx(1.0)


def test_empty_memory_is_uniform_and_out_is_used_without_allocation():
    mem = fresh(8)
    np.testing.assert_allclose(mem.probs([1, 2, 3]), np.full(8, 1 / 8))
    for t in [1, 2, 3, 1, 2, 3]:
        mem.observe(t)
    out = np.empty(8)
    assert mem.probs([1, 2], out=out) is out
    assert out.argmax() == 3 and out.sum() == pytest.approx(1.0)
    np.testing.assert_allclose(mem.probs(deque([9 % 8, 1, 2])), out)
    mem.clear()
    assert len(mem) == 0 and mem.probs([1, 2]).max() == pytest.approx(1 / 8)


def test_a_prior_replaces_the_uniform_floor():
    prior = np.array([8.0, 1, 1, 1])
    mem = fresh(4, prior=prior)
    np.testing.assert_allclose(mem.probs([]), prior / prior.sum())
    mem.observe(1)
    assert mem.probs([]).min() > 0 and mem.probs([])[1] > mem.probs([])[2]
    with pytest.raises(ValueError):
        fresh(4, prior=np.array([1.0, 0, 1, 1]))
    with pytest.raises(ValueError):
        mem.observe(4)


def test_quote_guard_bans_only_the_continuation_that_extends_a_quote():
    riff = [1, 2, 3, 4, 5, 6, 7, 8]
    mem = fresh(20, max_quote=3)
    for t in riff + [9, 1, 2, 3, 10]:
        mem.observe(t)
    assert mem.quote_bans([0, 1, 2, 3]) == {4, 10}  # 1 2 3 is in the stream twice, followed by 4 and 10
    assert mem.quote_bans([7, 2, 3], max_quote=2) == {4, 10}  # 2 3 x is a 3-token run of the stream
    assert mem.quote_bans([7, 5, 3]) == set() and mem.quote_bans([2, 3]) == set()  # too short to quote 4
    with pytest.raises(ValueError):
        mem.quote_bans(riff, max_quote=mem.depth + 1)
    p = np.full(20, 0.05)
    assert apply_bans(p, {4, 10}) and p[4] == 0 and p[10] == 0 and p[5] == 0.05
    only = np.zeros(20)
    only[4] = 1.0
    assert not apply_bans(only, {4}) and only[4] == 1.0  # never ban everything: the guard steps aside
    mask = np.zeros(20)
    mask[[4, 5]] = 1
    q = np.full(20, 0.05)
    q[5] = 0.0
    assert not apply_bans(q, {4}, mask) and q[4] == 0.05  # nothing the key lock allows would be left


def test_mix_is_a_distribution_and_the_model_at_zero():
    rng = np.random.default_rng(0)
    a, b = rng.dirichlet(np.ones(30)), rng.dirichlet(np.ones(30))
    np.testing.assert_array_equal(mix(a, b, 0.0), a)
    np.testing.assert_allclose(mix(a, b, 1.0), b)
    out = np.empty(30)
    m = mix(a, b, 0.3, out=out)
    assert m is out and out.sum() == pytest.approx(1.0)
    np.testing.assert_allclose(out, 0.7 * a + 0.3 * b)
    b2 = b.copy()
    np.testing.assert_allclose(mix(a, b2, 0.3, out=b2), 0.7 * a + 0.3 * b)
    a2 = a.copy()
    np.testing.assert_allclose(mix(a2, b, 0.3, out=a2), 0.7 * a + 0.3 * b)


def favourite_model(vocab: int, favourites: list[int]) -> np.ndarray:
    """A model that likes a few tokens and thinks little of the rest."""
    p = np.full(vocab, 0.1 / (vocab - len(favourites)))
    p[favourites] = 0.9 / len(favourites)
    return p


def play(mem: SessionMemory, follow: FollowWeight, model: np.ndarray, tokens: list[int], played: list[int]) -> None:
    for t in tokens:
        follow.observe(model[t], mem.probs(played)[t])
        mem.observe(t)
        played.append(t)


def test_auto_follow_rises_when_the_player_repeats_a_riff_and_falls_on_the_models_favourites():
    vocab, model = 40, favourite_model(40, [0, 1, 2])
    mem, follow, played = fresh(vocab), FollowWeight(None), []
    assert follow.auto and follow.w == pytest.approx(0.05)
    play(mem, follow, model, [10, 13, 17, 12] * 8, played)  # a riff the model does not know
    assert follow.w >= 0.7
    rng = np.random.default_rng(1)
    play(mem, follow, model, [int(t) for t in rng.choice(3, 40)], played)  # the model's favourites, at random
    assert follow.w <= 0.2


def test_fixed_follow_holds_until_set_back_to_auto():
    vocab, model = 40, favourite_model(40, [0, 1, 2])
    mem, follow, played = fresh(vocab), FollowWeight(0.3), []
    play(mem, follow, model, [10, 13, 17, 12] * 8, played)
    assert not follow.auto and follow.w == 0.3
    follow.set(1.0)
    assert follow.w == 1.0
    follow.set(None)  # auto again: it has been learning all along
    assert follow.auto and follow.w >= 0.7
    with pytest.raises(ValueError):
        follow.set(1.5)
    bounded = FollowWeight(None, lo=0.1, hi=0.5, window=4)
    for _ in range(10):
        bounded.observe(1e-6, 0.9)
    assert bounded.w == 0.5
    for _ in range(10):
        bounded.observe(0.9, 0.0)
    assert bounded.w == 0.1


# ---------------------------------------------------------------------------- the memory file
SHA = "a" * 64


def filled(tokens=(1, 2, 3, 1, 2, 3, 4)) -> SessionMemory:
    mem = fresh(10, order=4, max_tokens=100)
    for t in tokens:
        mem.observe(t)
    return mem


def test_file_round_trip_is_atomic_and_keeps_the_counts(tmp_path):
    path = tmp_path / "player.json"
    mem = filled()
    mem.save(path, SHA)
    assert [p.name for p in tmp_path.iterdir()] == ["player.json"]  # no temporary file left behind
    back = memory_mod.load(path, SHA, 10, order=4, max_tokens=100)
    assert list(back.stream) == list(mem.stream)
    np.testing.assert_array_equal(back.probs([1, 2]), mem.probs([1, 2]))
    short = memory_mod.load(path, SHA, 10, max_tokens=3)  # a smaller memory keeps the newest tokens
    assert list(short.stream) == [2, 3, 4] and short.order == 4
    mem.observe(5)
    mem.save(path, SHA)  # overwriting in place
    assert len(memory_mod.load(path, SHA, 10)) == 8
    with pytest.raises(MemoryFileError) as e:
        mem.save(tmp_path / "no" / "such" / "folder.json", SHA)
    assert "cannot write" in str(e.value) and "\n" not in str(e.value)


def refusal(path, sha=SHA, size=10) -> str:
    with pytest.raises(MemoryFileError) as e:
        memory_mod.load(path, sha, size)
    msg = str(e.value)
    assert "\n" not in msg and str(path) in msg, msg
    return msg


def test_bad_files_are_refused_with_one_line_naming_the_file(tmp_path):
    path = tmp_path / "player.json"
    assert "no memory file" in refusal(path)
    filled().save(path, SHA)
    text = path.read_text()
    path.write_text(text[: len(text) // 2])
    assert "cut short" in refusal(path)
    path.write_bytes(text[:60].encode() + b"\xff\xfe\x00garbage")
    assert "damaged" in refusal(path)
    path.write_bytes(b"\xff\xfe\x00garbage")
    assert "not an improv memory file" in refusal(path) and "memory clear" not in refusal(path)
    filled().save(path, SHA)
    assert "another model's vocabulary" in refusal(path, sha="b" * 64)
    assert "another model's vocabulary" in refusal(path, size=11)
    data = json.loads(text)
    path.write_text(json.dumps({**data, "format": "improv-memory/9"}))
    assert "not known" in refusal(path)
    path.write_text(json.dumps({**data, "tokens": [1, 2, 99]}))
    assert "invalid fields" in refusal(path)
    path.write_text(json.dumps({**data, "max_quote": 10**9}))
    assert "invalid fields" in refusal(path)
    path.write_text(json.dumps({"tokens": ["C4"]}))
    assert "not an improv memory file" in refusal(path)


class FakeBundle:
    """What show() reads of a bundle: its tokenizer."""

    def __init__(self, texts: list[str]):
        self.tokenizer = OnsetV1(Vocabulary(texts))


def test_show_and_clear(tmp_path):
    texts = [f"{p}:2" for p in (60, 62, 64, 65, 67)] + ["60.64.67:8", "rest:4"]
    bundle = FakeBundle(texts)
    mem = fresh(len(texts))
    for t in [0, 2, 4, 5, 6] * 3 + [1, 3]:
        mem.observe(t)
    path = tmp_path / "player.json"
    mem.save(path, memory_mod.vocab_sha(bundle.tokenizer))
    lines = memory_mod.show(path, bundle)
    assert str(path) in lines[0] and "17 tokens remembered" in lines[1] and "order 6" in lines[1]
    assert "notes as played" in lines[1]
    assert lines[2].split() == ["3x", "C4:2", "E4:2", "G4:2", "C4.E4.G4:8", "rest:4"]  # the riff first
    assert len(lines) <= 2 + 10
    with pytest.raises(MemoryFileError):
        memory_mod.show(path, FakeBundle(texts[::-1]))  # another vocabulary
    assert "cleared" in memory_mod.clear(path) and not path.exists()
    assert "nothing to clear" in memory_mod.clear(path)
    config = tmp_path / "config.yaml"
    config.write_text("memory:\n  file: x\n")
    with pytest.raises(MemoryFileError):
        memory_mod.clear(config)  # a typo must not delete another file
    assert config.exists()


def test_show_names_event_phrases_from_a_jam_with_the_shipped_model(tmp_path, capsys):
    """`improv memory show` on what a jam with the shipped (events-v1) model remembered."""
    from improv.app.cli import main
    from improv.config import DEFAULT_BUNDLE
    from improv.live.keeper import MemoryKeeper

    from .test_improviser import Drive
    d = Drive(DEFAULT_BUNDLE, jam__mode="accompany", jam__density=0.0)
    path = tmp_path / "me.json"
    keeper = MemoryKeeper(d.jam, str(path)).start()
    for _ in range(3):
        d.play([62, 65, 69, 67], steps_each=2)
    keeper.stop()
    assert main(["memory", "show", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "tokens remembered" in out[1] and "notes as played" in out[1]
    assert any("D4:2 >2 F4:2 >2 A4:2 >2" in line for line in out[2:]), out


def test_a_file_that_is_not_a_memory_points_to_memory_file_and_is_never_written_over(tmp_path, capsys):
    """`improv memory show song.mid` must not advise `memory clear` (which refuses that file), and a
    jam whose memory.file names the user's own file keeps that file as it was."""
    from improv.app.cli import main
    from improv.config import DEFAULT_BUNDLE
    from improv.live.keeper import MemoryKeeper

    from .test_improviser import Drive
    song = tmp_path / "song.mid"
    song.write_bytes(b"MThd\x00\x00\x00\x06\x00\x00\x00\x01\x01\xe0")
    assert main(["memory", "show", str(song)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not an improv memory file" in err[0] and "memory clear" not in err[0], err
    assert "memory.file" in err[0]
    assert main(["memory", "clear", str(song)]) == 2 and song.exists()
    capsys.readouterr()

    d = Drive(DEFAULT_BUNDLE, jam__mode="accompany", jam__density=0.0)
    keeper = MemoryKeeper(d.jam, str(song)).start()
    assert keeper.unwritable and "kept" in keeper.unwritable
    d.play([62, 65, 69, 67], steps_each=2)
    keeper.stop()
    assert song.read_bytes() == b"MThd\x00\x00\x00\x06\x00\x00\x00\x01\x01\xe0"
