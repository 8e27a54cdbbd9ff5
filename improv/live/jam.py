"""A jam's parts, wired once: the grid, the listener, the player, prediction (NextToken), the
musical decisions (Improviser), the live controls and the step loop. The jam holds one settings
object (settings.Current) its parts read; they reach it in one way, `apply`, at a step boundary:
a reload, a CC and a program change alike, and what changed is computed once (`changes`)."""
from __future__ import annotations

import copy
import logging
import threading
import time
from dataclasses import dataclass
from typing import Any, Callable, Sequence

from ..midi.clock import Grid
from ..midi.inbox import Inbox
from ..midi.listener import Listener
from ..midi.player import Player
from ..midi.steploop import ClockIn, PlayerTempo, StepLoop
from ..model.bundle import BundleError
from ..model.engine import Engine
from ..model.sampling import Sampler
from ..music.notes import Token
from ..music.tempo import GridFollower, TempoTracker
from ..settings import Current, JamSettings
from .controls import LiveControls, jam_actions
from .improviser import Improviser
from .nexttoken import NextToken

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


def check_grid(engine: Engine, steps_per_beat: int) -> dict:
    """The model's token settings, if its grid is the jam's; else a one-line BundleError."""
    tokens = engine.bundle.meta.get("tokens", {})
    if tokens.get("steps_per_beat", steps_per_beat) != steps_per_beat:
        raise BundleError(f"time.steps_per_beat is {steps_per_beat} but the model was trained on a grid of "
                          f"{tokens['steps_per_beat']} steps per beat; set time.steps_per_beat to "
                          f"{tokens['steps_per_beat']}")
    return tokens


def changes(old: dict[str, dict[str, Any]], new: dict[str, dict[str, Any]]) -> list[str]:
    """The settings ("section.key") that differ between two configs."""
    return [f"{sec}.{key}" for sec in new for key in new[sec] if new[sec][key] != old.get(sec, {}).get(key)]


class Jam:
    def __init__(self, engine: Engine, config: dict[str, dict[str, Any]], inbox: Inbox, out_port,
                 opening: Sequence[Token] = (), hooks: Hooks | None = None, rng_seed: int | None = None):
        self.hooks = hooks or Hooks()
        self.out_port = out_port
        self.current = Current(config)
        s = self.settings
        spb = config["time"]["steps_per_beat"]
        tokens = check_grid(engine, spb)
        self.grid = Grid(s.tempo, spb, time.monotonic() + 0.05)
        self.inbox = inbox
        self.listener = Listener(self.grid.step_seconds, tokens.get("max_steps", 16), s.chord_window_ms / 1000,
                                 on_note=self.hooks.on_human_note)
        self.player = Player(out_port, s.channel - 1, on_note=self.hooks.on_ai_note)
        self.next = NextToken(engine, tokens, Sampler.from_config(s.sampling, seed=rng_seed), self.current, opening)
        inbox.wake = inbox.wake or threading.Event()  # input wakes the loop before the next deadline
        self.loop = StepLoop(self.grid, self.player, None, inbox.wake,
                             on_tempo=self.listener.set_step, notifier=self.hooks.notifier,
                             periodic=self._periodic(s), realtime_priority=s.realtime_priority)
        self.improviser = Improviser(self.next, inbox, self.listener, self.player, self.grid, self.current,
                                     rng_seed=rng_seed)
        self.improviser.controls = LiveControls(jam_actions(self), s.control, self.hooks.on_program)
        self.loop.musician = self.improviser
        self._time_settings(None)

    @property
    def settings(self) -> JamSettings:
        return self.current.settings

    def _periodic(self, s: JamSettings) -> list:
        jobs = [(s.status_every_s, lambda now: log.info("status: " + status_line(self.status())))]
        if self.hooks.on_status is not None:
            jobs.append((STATUS_FILE_EVERY_S, lambda now: self.hooks.on_status(self.status())))
        return jobs

    def _time_settings(self, old: JamSettings | None) -> None:
        """The clock to follow and the clock to send, as the settings say."""
        s, loop = self.settings, self.loop
        following = (s.tempo_range, s.tempo_max_change) != ((old.tempo_range, old.tempo_max_change) if old else None)
        if old is None or s.clock != old.clock or (s.clock == "player" and following):
            loop.tempo_source = self._tempo_source(s)
            if old is not None or s.clock != "internal":
                log.info(f"tempo: {CLOCKS[s.clock]}")
        loop.clock_port = self.out_port if s.clock_out else None

    def _tempo_source(self, s: JamSettings):
        if s.clock == "midi":
            return ClockIn(self.listener.realtime, self.grid.steps_per_beat)
        if s.clock == "player":
            lo, hi = s.tempo_range
            tracker = TempoTracker(bpm=self.grid.bpm, lo=lo, hi=hi)
            follower = GridFollower(tracker, self.grid.steps_per_beat, lo, hi, max_change=s.tempo_max_change)
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

    def changes(self, config: dict[str, dict[str, Any]]) -> list[str]:
        """What a new config would change, "section.key" each."""
        return changes(self.current.config, config)

    def apply(self, config: dict[str, dict[str, Any]], k: int, now: float, engine: Engine | None = None) -> None:
        """New settings (and model): the jam's one settings object is replaced and everything derived
        from it recomputed."""
        old = self.settings
        self.current.config = config
        self.current.settings = s = JamSettings.from_config(config)
        if engine is not None:
            self.set_engine(engine, k, now)
        self.loop.set_tempo(s.tempo, k)
        self.loop.periodic[0][0] = s.status_every_s
        self._time_settings(old)
        self.improviser.apply(old, k, now)

    def change(self, k: int, now: float, values: dict[str, Any]) -> None:
        """Some settings ("section.key": value) changed live (a CC), through the same apply."""
        config = copy.deepcopy(self.current.config)
        for name, value in values.items():
            section, key = name.split(".")
            config[section][key] = value
        self.apply(config, k, now)

    def set_engine(self, engine: Engine, k: int, now: float) -> None:
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
    swung = st.get("swing_played") or {}
    heard_swing = st.get("swing_heard") or {}
    return (f"mode {st.get('mode')}, {st.get('tempo_bpm')} BPM, clock {st.get('clock')}{heard}, "
            f"swing played {swung.get('ratio')} heard {heard_swing.get('ratio')} "
            f"(confidence {heard_swing.get('confidence')}), "
            f"key {st.get('key') or '-'}{' locked' if st.get('key_lock') else ''}, steps {st.get('steps')}, "
            f"late {st.get('late_steps')}, chores left {st.get('chores_dropped')}, step latency p50 {lat.get('p50')} ms p99 {lat.get('p99')} ms, "
            f"notes sounding {st.get('notes_sounding')}, notes in {st.get('notes_in')} out {st.get('notes_out')} "
            f"(note-offs {st.get('note_offs_out')}), messages received {st.get('messages_received')} "
            f"dropped {st.get('messages_dropped')}, phrases {st.get('phrases')}, memory {memory.get('tokens')} tokens "
            f"follow {memory.get('follow')}{' (auto)' if memory.get('follow_auto') else ''}")
