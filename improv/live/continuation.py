"""A phrase continued offline exactly as the jam continues a player (`improv generate`, and the
listening test in bench/twosample.py): the jam's NextToken hears the phrase token by token (its
memory learning the player, the key followed, the follow weight learned a step at a time), then
predicts whole steps under the jam's masks and guards with the configured sampler."""
from __future__ import annotations

from typing import Any, Sequence

from ..music.notes import Token
from ..model.sampling import Sampler
from ..settings import Current
from .nexttoken import NextToken

# a long phrase is heard whole (context, memory, key), and the follow weight learned, a step at a time as
# in a jam, over its last tokens only: the weight is fitted to the last 32 tokens it was given, and the
# model's predictions for all the others would only make a whole file slow to continue
LEARNED_TAIL = 48


def continue_as_jam(engine, settings: dict[str, dict[str, Any]], phrase: Sequence[Token], steps: int,
                    seed: int | None = None) -> tuple[list[Token], int]:
    """improv's tokens after `phrase` (tokens as played, absolute pitches) until they cover `steps`
    steps of the grid, as played (absolute pitches); and the key shift the jam was using."""
    nt = NextToken(engine, engine.bundle.meta["tokens"], Sampler.from_config(settings["sampling"], seed=seed),
                   Current(settings))
    for k, t in enumerate(phrase):
        nt.heard([t])
        if k >= len(phrase) - LEARNED_TAIL:  # the follow weight rests on the player's last 32 tokens
            for _ in range(t.steps):
                nt.learn()
    out, at = [], 0
    while at < steps:
        t = nt.predict()
        nt.played(t)
        out.append(t)
        at += t.steps
        for _ in range(t.steps):
            nt.learn()
    return out, nt.shift
