"""The musical decisions of a jam: when the AI plays, what the human's playing changes, and the
three ways of playing (call and response, accompaniment, solo), a small class each. No clock
and no threads: the step loop calls on_step(k, now) and between_steps(k, now)."""
from __future__ import annotations

import logging
import random
from typing import TYPE_CHECKING, Callable

from .controls import LiveControls, jam_actions
from .tokens import Token

if TYPE_CHECKING:
    from .midi.clock import Grid
    from .midi.inbox import Inbox
    from .midi.listener import Listener
    from .midi.player import Player
    from .nexttoken import NextToken
    from .settings import JamSettings

log = logging.getLogger("improv")
BEATS_PER_BAR = 4


class Mode:
    """One way of playing. `plays_alone`: the AI plays without waiting for a phrase."""
    name = ""
    plays_alone = True

    def __init__(self, jam: "Improviser"):
        self.jam = jam

    def heard(self, tokens: list[Token], now: float) -> None:
        """The human's new tokens."""

    def on_step(self, k: int, now: float) -> None:
        """After the step's input: decide when the AI plays next."""

    def may_play(self, k: int, now: float) -> bool:
        return True

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

    def __init__(self, jam: "Improviser"):
        super().__init__(jam)
        self.answer_end: int | None = None   # the step the answer must end by, while answering
        self.started = 0.0                   # when the answer was decided
        self.human_new = 0                   # human tokens since the last answer
        self.tokens = 0                      # tokens played in this answer

    def heard(self, tokens: list[Token], now: float) -> None:
        self.human_new += len(tokens)

    def human_came_back(self) -> bool:
        """The one rule of turn-taking: anything the human does after the answer began ends it."""
        return self.answer_end is not None and self.jam.listener.last_event > self.started

    def may_play(self, k: int, now: float) -> bool:
        if self.human_came_back():
            self.end(now, interrupted=True)
            return False
        if self.answer_end is not None and k >= self.answer_end:
            self.end(now, interrupted=False)  # the answer is over: its time is up
            return False
        return True

    def on_step(self, k: int, now: float) -> None:
        jam, listener, grid = self.jam, self.jam.listener, self.jam.grid
        if self.answer_end is not None:
            if self.human_came_back():
                self.end(now, interrupted=True)
            elif k >= self.answer_end:
                self.end(now, interrupted=False)
            return
        threshold = jam.s.silence_beats * grid.step_seconds * grid.steps_per_beat
        # answer on the first step at or after the threshold: decide one step ahead
        if self.human_new and not listener.sounding and \
                listener.silent_for(now) + grid.step_seconds >= threshold - 1e-3:
            listener.flush_silence(now)
            jam.take_input(listener.take(), now)
            log.info(f"phrase: heard {self.human_new} tokens; answering for up to {jam.s.answer_bars} bars")
            self.human_new, self.tokens, self.started = 0, 0, now
            self.answer_end = k + 1 + jam.s.answer_bars * BEATS_PER_BAR * grid.steps_per_beat
            jam.ai_next, jam.prepared = k + 1, None

    def fit(self, k: int, token: Token) -> Token:
        if self.answer_end is not None and k + token.steps > self.answer_end:
            return Token(token.pitches, max(1, self.answer_end - k))
        return token

    def played(self, token: Token) -> None:
        self.tokens += 1

    def end(self, now: float, interrupted: bool) -> None:
        if interrupted:
            self.jam.player.release_all(now)  # the human plays again: stop at once
        self.jam.phrases += 1
        log.info(f"answer: played {self.tokens} tokens" + (" (the human came back)" if interrupted else ""))
        self.answer_end = None
        self.jam.ai_next, self.jam.prepared = None, None

    def stop(self, now: float, interrupted: bool) -> None:
        self.answer_end = None


class Accompany(Mode):
    """The AI plays along all the time, on `density` of the steps while the human plays."""
    name = "accompany"

    def on_step(self, k: int, now: float) -> None:
        if self.jam.ai_next is None:
            self.jam.ai_next = k + 1

    def thin(self, now: float) -> bool:
        jam = self.jam
        return jam.listener.silent_for(now) < jam.grid.step_seconds * 4 and jam.rng.random() > jam.s.density


class Solo(Mode):
    """The AI plays on its own from the opening phrase; the human may join in."""
    name = "solo"

    def on_step(self, k: int, now: float) -> None:
        if self.jam.ai_next is None:
            self.jam.ai_next = k + 1


MODES: dict[str, type[Mode]] = {m.name: m for m in (CallResponse, Accompany, Solo)}


class Improviser:
    def __init__(self, next_token: "NextToken", inbox: "Inbox", listener: "Listener", player: "Player",
                 grid: "Grid", settings: "JamSettings", *, set_tempo: Callable[[float, int], None],
                 on_program: Callable[[int], None] | None = None, rng_seed: int | None = None):
        self.next, self.inbox, self.listener, self.player, self.grid = next_token, inbox, listener, player, grid
        self.s = settings
        self.rng = random.Random(rng_seed)
        self.ai_on = True
        self.mode: Mode = MODES[settings.mode](self)
        self.ai_next: int | None = 0 if settings.mode == "solo" else None  # the step the AI plays next
        self.prepared: tuple[int, Token] | None = None  # the token for that step, predicted ahead
        self.late = 0      # steps whose prediction was not ready in time (dropped, the grid kept)
        self.phrases = 0
        self.controls = LiveControls(jam_actions(self, set_tempo), settings.control, on_program)

    # ------------------------------------------------------------ what the step loop calls

    def start(self, k: int, now: float) -> None:
        """Before the first step: solo starts on it, so be ready for it."""
        if self.ai_next == k:
            self._prepare(k)

    def on_step(self, k: int, now: float, running: bool = True) -> None:
        """Step k has begun: its note-on first (input handling never delays it), then input, then
        the mode's decision, then the next step's token, one step ahead."""
        if running and self.ai_next == k and self.ai_on and self.mode.may_play(k, now):
            self._play(k, now)
        self.listen(k, now)
        if not running:  # the MIDI clock's transport stopped: silence until it starts again
            if self.player.sounding:
                self.player.release_all(now)
            self.mode.stop(now, interrupted=True)
            self.ai_next = k + 1 if self.mode.name == "solo" else None
            return
        if self.ai_on:
            self.mode.on_step(k, now)
        if self.ai_on and self.ai_next == k + 1 and (self.prepared is None or self.prepared[0] != k + 1):
            self._prepare(k + 1)
        self.next.learn()  # after the next step's token: only spare time goes to learning the player

    def missed(self, step: int) -> None:
        """The step loop found the token for `step` ready after its deadline: it is not played."""
        if self.prepared is not None and self.prepared[0] == step:
            self.prepared = None

    def between_steps(self, k: int, now: float) -> None:
        """Input between steps: take it in, and stop an answer at once if the human plays."""
        self.listen(k, now, limit=256)
        if isinstance(self.mode, CallResponse) and self.mode.human_came_back():
            self.mode.end(now, interrupted=True)

    def listen(self, k: int, now: float, limit: int = 4096) -> None:
        for t, message in self.inbox.drain(limit):
            self.listener.feed(t, message)
        self.take_input(self.listener.take(), now)
        while self.listener.controls:
            t, kind, channel, number, value = self.listener.controls.popleft()
            self.controls.handle(kind, channel, number, value, k, now)

    def take_input(self, tokens: list[Token], now: float) -> None:
        if tokens:
            self.next.heard(tokens)
            self.mode.heard(tokens, now)

    # ------------------------------------------------------------ playing

    def _prepare(self, step: int) -> None:
        self.prepared = (step, self.next.predict())

    def _play(self, k: int, now: float) -> None:
        prepared, self.prepared = self.prepared, None
        deadline = self.grid.time_of(k)
        if prepared is None or prepared[0] != k:
            self.late += 1  # not ready in time: drop it, keep the grid
            self.ai_next = k + 1
            return
        token = self.mode.fit(k, prepared[1])
        self.ai_next = k + token.steps
        thin = self.mode.thin(now)
        if token.pitches and not thin:
            velocity = self.listener.recent_velocity() if self.s.velocity == "follow" else int(self.s.velocity)
            off_at = deadline + token.steps * self.grid.step_seconds * self.s.gate
            self.player.play(token.pitches, velocity, now, off_at)
        self.mode.played(token)
        if not thin:
            self.next.played(token)
            self.listener.restart_silence(now)

    # ------------------------------------------------------------ changes, at a step boundary

    def apply(self, s: "JamSettings", k: int, now: float) -> None:
        """New settings (reload, CC): every derived thing is recomputed; nothing is left sounding
        that the change makes wrong."""
        old, self.s = self.s, s
        if s.mode != self.mode.name:
            self.set_mode(s.mode, k, now)
        if s.channel - 1 != self.player.channel:
            self.player.release_all(now)
            self.player.channel = s.channel - 1
        self.listener.window = s.chord_window_ms / 1000
        self.next.apply(s)
        if s.control != old.control:
            self.controls.apply(s.control)

    def change(self, k: int, now: float, **fields) -> None:
        self.apply(self.s.but(**fields), k, now)

    def set_mode(self, name: str, k: int, now: float) -> None:
        if name == self.mode.name:
            return
        self.player.release_all(now)  # a mode switch never leaves a note hanging
        self.mode.stop(now, interrupted=True)
        self.mode = MODES[name](self)
        self.s = self.s.but(mode=name)
        self.prepared = None
        self.ai_next = k + 1 if self.mode.plays_alone else None
        log.info(f"mode: {name}")

    def set_ai(self, on: bool, k: int, now: float) -> None:
        if on == self.ai_on:
            return
        self.ai_on = on
        if not on:
            self.player.release_all(now)
            self.mode.stop(now, interrupted=True)
            self.prepared, self.ai_next = None, None
        else:
            self.ai_next = k + 1 if self.mode.plays_alone else None
        log.info(f"control: AI {'on' if on else 'off'}")

    def set_engine(self, engine, token_settings: dict) -> None:
        """A new model at a step boundary; a token already prepared is predicted again with it."""
        self.next.set_engine(engine, token_settings)
        if self.prepared is not None:
            self._prepare(self.prepared[0])

    def stop_sound(self, now: float) -> None:
        self.player.panic(now)

    # ------------------------------------------------------------ reporting

    def status(self) -> dict:
        n = self.next
        return {"mode": self.mode.name, "key": _key_name(n.key), "key_lock": n.key_lock, "ai_on": self.ai_on,
                "late_steps": self.late, "phrases": self.phrases, "memory": n.memory.status(),
                "step_latency_ms": {"p50": round(n.stats.p(50), 3), "p99": round(n.stats.p(99), 3)},
                "notes_sounding": len(self.player.sounding), "notes_in": self.listener.notes_in,
                "notes_out": self.player.notes_on, "note_offs_out": self.player.notes_off,
                "messages_received": self.inbox.received, "messages_dropped": self.inbox.dropped}


def _key_name(key: tuple[int, str] | None) -> str | None:
    from . import keys
    return keys.name(*key) if key else None
