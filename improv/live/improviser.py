"""The musical decisions of a jam: when the AI plays and what the human's playing changes; the
mode (live/modes.py) decides who plays when. No clock and no threads: the step loop calls
on_step(k, now) for what must happen on the step, runs chores(k) in the gaps before the next, and
calls between_steps(k, now) when input comes."""
from __future__ import annotations

import logging
import random
from typing import TYPE_CHECKING

from ..midi.steploop import Chore
from ..music import keys
from ..music.notes import Token
from ..settings import Current, JamSettings
from .feel import Feel
from .modes import MODES, Mode

if TYPE_CHECKING:
    from ..midi.clock import Grid
    from ..midi.inbox import Inbox
    from ..midi.listener import Listener
    from ..midi.player import Player
    from .controls import LiveControls
    from .nexttoken import NextToken

log = logging.getLogger("improv")


class Improviser:
    def __init__(self, next_token: "NextToken", inbox: "Inbox", listener: "Listener", player: "Player",
                 grid: "Grid", current: Current, rng_seed: int | None = None):
        self.next, self.inbox, self.listener, self.player, self.grid = next_token, inbox, listener, player, grid
        self.current = current
        self.rng = random.Random(rng_seed)
        self.feel = Feel(current, grid, listener, self.rng)
        listener.straighten = self.feel.straight_time  # a swung player's notes reach the model straight
        self.ai_on = True
        self.mode: Mode = MODES[self.s.mode](self)
        self.ai_next: int | None = 0 if self.mode.starts_at_once else None  # the step the AI plays next
        self.prepared: tuple[int, Token] | None = None  # the token for that step, predicted ahead
        self.late = 0      # steps whose prediction was not ready in time (dropped, the grid kept)
        self.phrases = 0
        self.controls: "LiveControls | None" = None  # the jam's, given once it is wired
        self._chores_at: float | None = None  # the step's time, while its chores are to be given

    @property
    def s(self) -> JamSettings:
        """The jam's one settings object (Current): never a copy of it."""
        return self.current.settings

    # ------------------------------------------------------------ what the step loop calls

    def start(self, k: int, now: float) -> None:
        """Before the first step: a mode that starts at once plays on it, so be ready for it."""
        if self.ai_next == k:
            self._prepare(k)

    def on_step(self, k: int, now: float, running: bool = True) -> None:
        """Step k has begun: its note-on first (input handling never delays it), then input, then
        the mode's decision, then the next step's token, one step ahead."""
        if running and self.ai_next == k and self.ai_on and self.mode.may_play(k, now):
            self._play(k, now)
        self.listen(k, now)
        self._chores_at = None
        if not running:  # the MIDI clock's transport stopped: silence until it starts again
            if self.player.sounding:
                self.player.release_all(now)
            self.mode.stop(now, interrupted=True)
            self.ai_next = k + 1 if self.mode.starts_at_once else None
            return
        if self.ai_on:
            self.mode.on_step(k, now)
        self._chores_at = now

    def chores(self, k: int) -> list[Chore]:
        """Step k's work that waits for the notes due before step k+1 (the step loop fits it in their
        gaps): the next step's token, then, in spare time, learning the player and measuring the feel."""
        if self._chores_at is None:  # the transport stopped: nothing to prepare or learn
            return []
        now, self._chores_at = self._chores_at, None
        jobs = [Chore("dynamics", lambda: self.feel.measure_dynamics(now)), Chore("learn", self.next.learn),
                Chore("swing", self.feel.measure_swing)]
        if self._needs_token(k + 1):
            jobs.insert(0, Chore("token", lambda: self._needs_token(k + 1) and self._prepare(k + 1),
                                 for_next_step=True))
        return jobs

    def _needs_token(self, step: int) -> bool:
        return self.ai_on and self.ai_next == step and (self.prepared is None or self.prepared[0] != step)

    def missed(self, step: int) -> None:
        """The step loop found the token for `step` ready after its deadline: it is not played."""
        if self.prepared is not None and self.prepared[0] == step:
            self.prepared = None

    def between_steps(self, k: int, now: float) -> None:
        """Input between steps: take it in, and let the mode answer it at once."""
        self.listen(k, now, limit=256)
        self.mode.between_steps(now)

    def listen(self, k: int, now: float, limit: int = 4096) -> None:
        for t, message in self.inbox.drain(limit):
            self.listener.feed(t, message)
        self.feel.listen()
        self.take_input(self.listener.take(), now)
        while self.listener.controls:
            t, kind, channel, number, value = self.listener.controls.popleft()
            if self.controls is not None:
                self.controls.handle(kind, channel, number, value, k, now)

    def take_input(self, tokens: list[Token], now: float) -> None:
        if tokens:
            self.next.heard(tokens)
            self.mode.heard(tokens, now)
        for token, pitch, steps in self.listener.take_lengths():  # notes held past the next onset, released
            self.next.lengthen(token, pitch, steps)

    # ------------------------------------------------------------ playing

    def _prepare(self, step: int) -> None:
        self.prepared = (step, self.next.predict())

    def _play(self, k: int, now: float) -> None:
        prepared, self.prepared = self.prepared, None
        if prepared is None or prepared[0] != k:
            self.late += 1  # not ready in time: drop it, keep the grid
            self.ai_next = k + 1
            return
        token = self.mode.fit(k, prepared[1])
        self.ai_next = k + token.steps
        thin = self.mode.thin(now)
        if token.pitches and not thin:  # on its step, swung; each note for its length, by the gate; as loud as the feel says
            on_at, velocity = self.feel.time_of(k), self.feel.velocity(k, now)
            for steps in sorted(set(token.note_lengths())):
                off_at = on_at + (self.feel.time_of(k + steps) - on_at) * self.s.gate
                pitches = [p for p, n in zip(token.pitches, token.note_lengths()) if n == steps]
                self.player.play(pitches, velocity, now, off_at, on_at)
        self.mode.played(token)
        if not thin:
            self.next.played(token)
            self.listener.restart_silence(now)

    # ------------------------------------------------------------ changes, at a step boundary

    def apply(self, old: JamSettings, k: int, now: float) -> None:
        """The jam's settings changed from `old` (reload, CC): every derived thing is recomputed;
        nothing is left sounding that the change makes wrong."""
        s = self.s
        if s.mode != self.mode.name:
            self.set_mode(s.mode, k, now)
        if s.channel - 1 != self.player.channel:
            self.player.release_all(now)
            self.player.channel = s.channel - 1
        self.listener.window = s.chord_window_ms / 1000
        self.next.apply(old)
        if s.control != old.control and self.controls is not None:
            self.controls.apply(s.control)

    def set_mode(self, name: str, k: int, now: float) -> None:
        if name == self.mode.name:
            return
        self.player.release_all(now)  # a mode switch never leaves a note hanging
        self.mode.stop(now, interrupted=True)
        self.mode = MODES[name](self)
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
        return {"mode": self.mode.name, "key": keys.name(*n.key) if n.key else None, "key_lock": self.s.key_lock,
                "ai_on": self.ai_on, "late_steps": self.late, "phrases": self.phrases, "memory": n.memory.status(),
                "step_latency_ms": {"p50": round(n.stats.p(50), 3), "p99": round(n.stats.p(99), 3)},
                "notes_sounding": len(self.player.sounding), "notes_in": self.listener.notes_in,
                "notes_out": self.player.notes_on, "note_offs_out": self.player.notes_off,
                "messages_received": self.inbox.received, "messages_dropped": self.inbox.dropped,
                **self.feel.status()}
