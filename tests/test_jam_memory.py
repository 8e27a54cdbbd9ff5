"""The session memory inside the jam, stepped by hand: the answer follows the player's riff,
the follow weight learns, the memory file outlives the jam, and improv does not parrot."""
from __future__ import annotations

import logging

import pytest

from improv.live.keeper import MemoryKeeper

from . import bundles
from .test_improviser import Drive

RIFF = [62, 65, 69, 67]  # D F A G, in D minor


def wide(tmp_path):
    return bundles.make_bundle(tmp_path / "b", [f"{p}:1" for p in range(48, 84)])


def call_and_answer(d: Drive, times: int = 3) -> list[int]:
    """The human plays the riff `times` times, then waits for the whole answer."""
    for _ in range(times):
        d.play(RIFF)
    start = d.k
    d.steps(48)
    return [m.note for _, m in d.out.ons(start)]


def test_with_follow_1_the_answer_is_made_of_the_players_riff_and_with_0_it_need_not_be(tmp_path):
    bundle = wide(tmp_path)
    follow = Drive(bundle, memory__follow=1.0, jam__answer_bars=1)
    answer = call_and_answer(follow)
    in_riff = sum(p in RIFF for p in answer) / len(answer)
    assert len(answer) == 16 and in_riff >= 0.75   # the rest: leaving a quote that grew too long
    steps = {b - a for a, b in zip(answer, answer[1:])}
    riff_steps = {b - a for a, b in zip(RIFF + RIFF, (RIFF + RIFF)[1:])}
    assert steps & riff_steps                       # the riff's intervals come back
    model = Drive(bundle, memory__follow=0.0, jam__answer_bars=1)
    answer = call_and_answer(model)
    assert sum(p in RIFF for p in answer) / len(answer) < 0.5


def test_never_quotes_more_than_max_quote_tokens_of_the_player(tmp_path):
    d = Drive(wide(tmp_path), memory__follow=1.0, memory__max_quote=3, jam__answer_bars=2)
    answer = call_and_answer(d, times=4)
    played = RIFF * 4
    longest = max(n for i in range(len(answer)) for n in range(len(answer) - i + 1)
                  if any(answer[i:i + n] == played[j:j + n] for j in range(len(played) - n + 1)))
    assert len(answer) == 32 and longest <= 3


def test_the_auto_weight_rises_when_the_player_repeats_a_riff(tmp_path):
    d = Drive(wide(tmp_path), jam__mode="accompany")
    start = d.jam.status()["memory"]
    assert start["follow_auto"] and start["follow"] == pytest.approx(0.05) and start["tokens"] == 0
    for _ in range(6):
        d.play(RIFF)
    st = d.jam.status()["memory"]
    assert st["tokens"] >= 20 and st["follow"] > 0.3


def test_the_follow_cc_sets_the_weight(tmp_path):
    d = Drive(wide(tmp_path), jam__mode="accompany")
    d.send(0xB0, 87, 127)
    d.steps(1)
    assert d.jam.status()["memory"] == {"tokens": 0, "follow": 1.0, "follow_auto": False}


def test_the_memory_file_outlives_the_jam_and_a_bad_one_is_refused_in_one_line(tmp_path, caplog):
    bundle, path = wide(tmp_path), tmp_path / "me.json"
    first = Drive(bundle, jam__mode="accompany")
    keeper = MemoryKeeper(first.jam, str(path)).start()
    for _ in range(3):
        first.play(RIFF)
    keeper.stop()
    remembered = first.jam.status()["memory"]["tokens"]
    assert path.exists() and remembered >= 10
    second = Drive(bundle, jam__mode="accompany")
    with caplog.at_level(logging.INFO, logger="improv"):
        MemoryKeeper(second.jam, str(path)).start()._stop.set()
    assert second.jam.status()["memory"]["tokens"] == remembered
    assert f"memory: {remembered} tokens remembered from {path}" in caplog.text
    path.write_text(path.read_text()[:40])              # cut short
    third = Drive(bundle, jam__mode="accompany")
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="improv"):
        MemoryKeeper(third.jam, str(path)).start()._stop.set()
    lines = [r.getMessage() for r in caplog.records if "memory:" in r.getMessage()]
    assert len(lines) == 1 and "not a readable memory file" in lines[0] and "starting with an empty memory" in lines[0]
    assert third.jam.status()["memory"]["tokens"] == 0
