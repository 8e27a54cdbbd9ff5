"""A jam's parts, wired once: the grid, the listener, the player, prediction (NextToken), the
musical decisions (Improviser) and the step loop. Settings reach them in one way, `apply`, at a
step boundary: a reload, a CC and a program change alike."""
from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from .bundle import BundleError
from .improviser import Improviser
from .midi.clock import Grid
from .midi.inbox import Inbox
from .midi.listener import Listener
from .midi.player import Player
from .midi.steploop import ClockIn, PlayerTempo, StepLoop
from .nexttoken import NextToken
from .sampling import Sampler
from .settings import JamSettings
from .tokens import Token

log = logging.getLogger("improv")
STATUS_FILE_EVERY_S = 2.0
CLOCKS = {"internal": "improv's own clock", "midi": "following the incoming MIDI clock",
          "player": "following the player"}


@dataclass
class Hooks:
    """What the jam tells the world, given at construction (all optional)."""
    notifier: Any = None                                  # systemd notify: watchdog pings
    on_status: Callable[[dict], None] | None = None       # the status, every few seconds
    on_program: Callable[[int], None] | None = None       # a program change: select a model
    ports: Callable[[], dict] | None = None               # the ports, for the status
    on_human_note: Callable | None = None                 # (onset, offset, pitch, velocity): recording
    on_ai_note: Callable | None = None


def check_grid(engine, steps_per_beat: int) -> dict:
    """The model's token settings, if its grid is the jam's; else a one-line BundleError."""
    tokens = engine.bundle.meta.get("tokens", {})
    if tokens.get("steps_per_beat", steps_per_beat) != steps_per_beat:
        raise BundleError(f"time.steps_per_beat is {steps_per_beat} but the model was trained on a grid of "
                          f"{tokens['steps_per_beat']} steps per beat; set time.steps_per_beat to "
                          f"{tokens['steps_per_beat']}")
    return tokens


class Jam:
    def __init__(self, engine, settings: dict[str, dict[str, Any]], inbox: Inbox, out_port,
                 opening: Sequence[Token] = (), hooks: Hooks | None = None, rng_seed: int | None = None):
        self.hooks = hooks or Hooks()
        self.out_port = out_port
        s = self.s = JamSettings.from_config(settings)
        spb = settings["time"]["steps_per_beat"]
        tokens = check_grid(engine, spb)
        self.grid = Grid(s.tempo, spb, time.monotonic() + 0.05)
        self.inbox = inbox
        self.listener = Listener(self.grid.step_seconds, tokens.get("max_steps", 16), s.chord_window_ms / 1000,
                                 on_note=self.hooks.on_human_note)
        self.player = Player(out_port, s.channel - 1, on_note=self.hooks.on_ai_note)
        self.next = NextToken(engine, tokens, Sampler.from_config(settings["sampling"], seed=rng_seed), s, opening)
        inbox.wake = inbox.wake or threading.Event()  # input wakes the loop before the next deadline
        self.loop = StepLoop(self.grid, self.player, None, inbox.wake,
                             on_tempo=self.listener.set_step, notifier=self.hooks.notifier,
                             periodic=self._periodic(s), realtime_priority=s.realtime_priority)
        self.improviser = Improviser(self.next, inbox, self.listener, self.player, self.grid, s,
                                     set_tempo=self.loop.set_tempo, on_program=self.hooks.on_program,
                                     rng_seed=rng_seed)
        self.loop.musician = self.improviser
        self._time_settings(s)

    def _periodic(self, s: JamSettings) -> list:
        jobs = [(s.status_every_s, lambda now: log.info("status: " + status_line(self.status())))]
        if self.hooks.on_status is not None:
            jobs.append((STATUS_FILE_EVERY_S, lambda now: self.hooks.on_status(self.status())))
        return jobs

    def _time_settings(self, s: JamSettings) -> None:
        """The clock to follow and the clock to send, as the settings say."""
        loop = self.loop
        current = getattr(loop.follow, "source", "internal")
        if s.clock != current or (s.clock == "player" and s.follow != self.s.follow):
            loop.follow = self._follower(s)
            log.info(f"tempo: {CLOCKS[s.clock]}")
        loop.clock_port = self.out_port if s.clock_out else None

    def _follower(self, s: JamSettings):
        if s.clock == "midi":
            return ClockIn(self.listener.realtime, self.grid.steps_per_beat)
        if s.clock == "player":
            from .tempo import GridFollower, TempoTracker
            lo, hi = s.follow.get("follow_range", (40.0, 220.0))
            tracker = TempoTracker(bpm=self.grid.bpm, lo=lo, hi=hi)
            follower = GridFollower(tracker, self.grid.steps_per_beat, lo, hi,
                                    max_change=s.follow.get("follow_max_change", 0.04))
            return PlayerTempo(self.listener.onset_times, tracker, follower)
        return None

    @property
    def wake(self):
        return self.loop.wake

    def run(self, stop) -> None:
        self.loop.run(stop)

    def finish(self, now: float) -> None:
        """After the jam (and after the input has handed over what it had): what the player played
        last, still in the inbox or still held, is heard, so that a recording ends with it."""
        for t, message in self.inbox.drain():
            self.listener.feed(t, message)
        self.listener.release_all(now)

    # ------------------------------------------------------------ changes, at a step boundary

    def request(self, change: Callable[["Jam", int, float], None]) -> None:
        """Thread-safe: `change(jam, k, now)` runs on the loop's thread at the next step boundary."""
        self.loop.changes.put(lambda k, now: change(self, k, now))
        self.loop.wake.set()

    def apply(self, settings: dict[str, dict[str, Any]], k: int, now: float, engine=None) -> list[str]:
        """New settings (and model): everything derived is recomputed. Returns what changed."""
        new = JamSettings.from_config(settings)
        changed = new.changed(self.s)
        if engine is not None:
            self.set_engine(engine, k, now)
        self.loop.set_tempo(new.tempo, k)
        self.loop.periodic[0][0] = new.status_every_s
        self._time_settings(new)
        self.improviser.apply(new, k, now)
        self.s = new
        return changed

    def set_engine(self, engine, k: int, now: float) -> None:
        self.improviser.set_engine(engine, check_grid(engine, self.grid.steps_per_beat))

    # ------------------------------------------------------------ reporting

    def status(self) -> dict:
        return {**self.improviser.status(), **self.loop.status(),
                "ports": self.hooks.ports() if self.hooks.ports is not None else {}}


def status_line(st: dict) -> str:
    """The status in one line: for the log, and for `improv status`."""
    lat = st.get("step_latency_ms", {})
    follow, memory = st.get("tempo_follow") or {}, st.get("memory") or {}
    heard = ""
    if follow.get("source") == "player":
        heard = f" ({'' if follow.get('confident') else 'listening: '}confidence {follow.get('confidence', 0):.2f})"
    return (f"mode {st.get('mode')}, {st.get('tempo_bpm')} BPM, clock {st.get('clock')}{heard}, "
            f"key {st.get('key') or '-'}{' locked' if st.get('key_lock') else ''}, steps {st.get('steps')}, "
            f"late {st.get('late_steps')}, step latency p50 {lat.get('p50')} ms p99 {lat.get('p99')} ms, "
            f"notes sounding {st.get('notes_sounding')}, notes in {st.get('notes_in')} out {st.get('notes_out')} "
            f"(note-offs {st.get('note_offs_out')}), messages received {st.get('messages_received')} "
            f"dropped {st.get('messages_dropped')}, phrases {st.get('phrases')}, memory {memory.get('tokens')} tokens "
            f"follow {memory.get('follow')}{' (auto)' if memory.get('follow_auto') else ''}")
