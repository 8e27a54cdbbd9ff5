"""The ways of playing, a small class each over one base: who plays when. Adding a mode is one class
here, its entry in MODES and its name among jam.mode's choices (config.SCHEMA, which the flags and
the mode CC read too); nothing outside this module asks which mode is on."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ..music.notes import Token

if TYPE_CHECKING:
    from .improviser import Improviser

log = logging.getLogger("improv")
BEATS_PER_BAR = 4


class Mode:
    """One way of playing. `plays_alone`: the AI plays without waiting for a phrase;
    `starts_at_once`: from the jam's first step (and again when a stopped transport starts)."""
    name = ""
    plays_alone = True
    starts_at_once = False

    def __init__(self, improviser: "Improviser"):
        self.improviser = improviser

    def heard(self, tokens: list[Token], now: float) -> None:
        """The human's new tokens."""

    def on_step(self, k: int, now: float) -> None:
        """After the step's input: decide when the AI plays next."""

    def may_play(self, k: int, now: float) -> bool:
        return True

    def between_steps(self, now: float) -> None:
        """The human played between two steps."""

    def fit(self, k: int, token: Token) -> Token:
        """The token as it may be played from step k (an answer ends on time)."""
        return token

    def thin(self, now: float) -> bool:
        """Leave this step out (accompaniment makes room for the human)."""
        return False

    def played(self, token: Token) -> None:
        pass

    def stop(self, now: float, interrupted: bool) -> None:
        """The AI stops (switched off, or the transport stopped)."""


class CallResponse(Mode):
    """The human plays a phrase; after a silence the AI answers for up to `answer_bars`. The
    human coming back ends the answer at once."""
    name, plays_alone = "call-response", False

    def __init__(self, improviser: "Improviser"):
        super().__init__(improviser)
        self.answer_end: int | None = None   # the step the answer must end by, while answering
        self.started = 0.0                   # when the answer was decided
        self.human_new = 0                   # human tokens since the last answer
        self.tokens = 0                      # tokens played in this answer

    def heard(self, tokens: list[Token], now: float) -> None:
        self.human_new += len(tokens)

    def human_came_back(self) -> bool:
        """The one rule of turn-taking: anything the human does after the answer began ends it."""
        return self.answer_end is not None and self.improviser.listener.last_event > self.started

    def may_play(self, k: int, now: float) -> bool:
        if self.human_came_back():
            self.end(now, interrupted=True)
            return False
        if self.answer_end is not None and k >= self.answer_end:
            self.end(now, interrupted=False)  # the answer is over: its time is up
            return False
        return True

    def between_steps(self, now: float) -> None:
        if self.human_came_back():
            self.end(now, interrupted=True)

    def on_step(self, k: int, now: float) -> None:
        imp = self.improviser
        listener, grid, s = imp.listener, imp.grid, imp.s
        if self.answer_end is not None:
            if self.human_came_back():
                self.end(now, interrupted=True)
            elif k >= self.answer_end:
                self.end(now, interrupted=False)
            return
        threshold = s.silence_beats * grid.step_seconds * grid.steps_per_beat
        # answer on the first step at or after the threshold: decide one step ahead
        if self.human_new and not listener.sounding and \
                listener.silent_for(now) + grid.step_seconds >= threshold - 1e-3:
            listener.flush_silence(now)
            imp.take_input(listener.take(), now)
            log.info(f"phrase: heard {self.human_new} tokens; answering for up to {s.answer_bars} bars")
            self.human_new, self.tokens, self.started = 0, 0, now
            self.answer_end = k + 1 + s.answer_bars * BEATS_PER_BAR * grid.steps_per_beat
            imp.feel.answer_from(k + 1, self.answer_end - (k + 1), now)
            imp.ai_next, imp.prepared = k + 1, None

    def fit(self, k: int, token: Token) -> Token:
        if self.answer_end is not None and k + token.steps > self.answer_end:
            return Token(token.pitches, max(1, self.answer_end - k))
        return token

    def played(self, token: Token) -> None:
        self.tokens += 1

    def end(self, now: float, interrupted: bool) -> None:
        imp = self.improviser
        if interrupted:
            imp.player.release_all(now)  # the human plays again: stop at once
        imp.phrases += 1
        log.info(f"answer: played {self.tokens} tokens" + (" (the human came back)" if interrupted else ""))
        imp.feel.answer_over()
        self.answer_end = None
        imp.ai_next, imp.prepared = None, None

    def stop(self, now: float, interrupted: bool) -> None:
        self.answer_end = None


class Accompany(Mode):
    """The AI plays along all the time, on `density` of the steps while the human plays."""
    name = "accompany"

    def on_step(self, k: int, now: float) -> None:
        if self.improviser.ai_next is None:
            self.improviser.ai_next = k + 1

    def thin(self, now: float) -> bool:
        imp = self.improviser
        return imp.listener.silent_for(now) < imp.grid.step_seconds * 4 and imp.rng.random() > imp.s.density


class Solo(Mode):
    """The AI plays on its own from the opening phrase; the human may join in."""
    name = "solo"
    starts_at_once = True

    def on_step(self, k: int, now: float) -> None:
        if self.improviser.ai_next is None:
            self.improviser.ai_next = k + 1


MODES: dict[str, type[Mode]] = {m.name: m for m in (CallResponse, Accompany, Solo)}
