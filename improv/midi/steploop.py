"""Time, and only time: the step loop sleeps to absolute monotonic deadlines, sends note-offs,
swung note-ons and MIDI clock when they fall due, follows an incoming clock or the player's own
tempo, pings the watchdog and counts late steps. Each step it calls the musician, which knows
nothing of deadlines, for what must happen on the step; the rest of the step's work (its chores:
the next step's token, learning, measuring the swing) runs in the gaps between the events that
fall due before the next step, each chore only where it fits (its cost is learnt as it runs), so
that no chore holds back a note or a clock tick."""
from __future__ import annotations

import gc
import logging
import os
import queue
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Protocol

import mido
import numpy as np

from .clock import ClockFollower, Grid
from .constants import PPQN

log = logging.getLogger("improv")
WATCHDOG_LATE = 0.05   # a step that wakes later than this (or whose token came late) does not ping systemd's watchdog
REACT_MARGIN = 0.004   # seconds before an event (a note, a tick, the step) within which input waits for it
READY_SLACK = 0.002    # a step's token ready this long after the step's deadline is still played
START_DELAY = 0.02     # the first step, after the loop starts
CHORE_FIRST_COST = 0.005  # seconds a chore is expected to take before it has run
CHORE_MARGIN = 0.0005  # seconds kept free before an event, for the wake-up after a chore
CHORE_COSTS_KEPT = 16  # a chore's expected cost: the longest of its last runs


@dataclass(frozen=True)
class Chore:
    """Work of a step that may wait for the events due before the next step. `for_next_step`: the
    next step needs it (its token), so it runs before the next deadline even where it fits nowhere."""
    name: str
    run: Callable[[], None]
    for_next_step: bool = False


class Musician(Protocol):
    def start(self, k: int, now: float) -> None: ...
    def on_step(self, k: int, now: float, running: bool = True) -> None: ...
    def chores(self, k: int) -> list[Chore]: ...
    def missed(self, step: int) -> None: ...
    def between_steps(self, k: int, now: float) -> None: ...
    def stop_sound(self, now: float) -> None: ...


@dataclass
class LoopStats:
    steps: int = 0
    missed: int = 0
    wake_ms: deque = field(default_factory=lambda: deque(maxlen=2048))  # how late each step woke
    chores_dropped: int = 0   # chores that found no gap before their step ended (done next step)

    def p(self, q: float) -> float:
        return float(np.percentile(np.fromiter(self.wake_ms, float), q)) if self.wake_ms else 0.0


class ClockIn:
    """Follows incoming MIDI clock: the listener puts the real-time bytes it hears in `events`."""
    source = "midi"

    def __init__(self, events: deque, steps_per_beat: int):
        self.events = events
        events.clear()  # what came before we followed is no clock to follow
        self.follower = ClockFollower(steps_per_beat)

    @property
    def running(self) -> bool:
        return self.follower.running

    def update(self, k: int, grid: Grid, now: float, between: bool = False) -> bool:
        """Re-anchor the grid on the clock's latest step; True if the tempo may have changed."""
        f = self.follower
        while self.events:
            f.feed(*self.events.popleft())
        if not f.boundaries or f.step_seconds is None:
            return False
        f.last_step, at = f.boundaries[-1]
        f.boundaries.clear()
        # the clock's latest step began at `at`: it is our step nearest to that time
        ours = k + round((at - grid.time_of(k)) / grid.step_seconds)
        grid.anchor(ours, at, f.step_seconds)
        clock_step = f.last_step  # the sender counts its bars from its start (or song position)
        grid.bar_offset = (clock_step - ours) % (grid.BEATS_PER_BAR * grid.steps_per_beat)
        return True

    def status(self) -> dict:
        return {"source": "midi", "bpm": None if self.follower.bpm is None else round(self.follower.bpm, 2)}


class PlayerTempo:
    """Follows the human's own time: the listener puts each onset's time in `onsets`; a tempo
    tracker hears them and a grid follower (improv/music/tempo.py) steers the next step, once a step."""
    source = "player"
    running = True

    def __init__(self, onsets: deque, tracker, follower):
        self.onsets, self.tracker, self.follower = onsets, tracker, follower
        onsets.clear()  # only what is played from now on

    def update(self, k: int, grid: Grid, now: float, between: bool = False) -> bool:
        while self.onsets:
            self.tracker.onset(self.onsets.popleft())
        if between:  # the grid moves at step boundaries only
            return False
        r = self.follower.steer(k + 1, grid.time_of(k + 1), grid.step_seconds, now)
        if r is None:
            return False
        grid.anchor(k + 1, r.anchor_time, r.step_seconds)
        return True

    def status(self) -> dict:
        t = self.tracker
        return {"source": "player", "bpm": round(t.bpm, 2), "confidence": round(t.confidence, 2),
                "confident": t.confident}


class StepLoop:
    """Step k happens at grid.time_of(k). Hooks: `tempo_source` (a clock or the player, to follow; or None),
    `periodic` ((every_s, fn(now)) pairs run after steps), `notifier` (watchdog pings)."""

    def __init__(self, grid: Grid, player, musician: Musician, wake: threading.Event, *,
                 clock_port=None, tempo_source=None, on_tempo: Callable[[float], None] | None = None,
                 notifier=None, periodic: list[tuple[float, Callable[[float], None]]] = (),
                 realtime_priority: int = 0):
        self.grid, self.player, self.musician, self.wake = grid, player, musician, wake
        self.clock_port = clock_port           # where MIDI clock goes out, or None
        self.tempo_source = tempo_source       # ClockIn (MIDI clock in), PlayerTempo (the player), or None
        self.on_tempo = on_tempo               # the step length changed (the listener quantizes with it)
        self.notifier = notifier
        self.periodic = [[every, fn, 0.0] for every, fn in periodic]
        self.realtime_priority = realtime_priority
        self.changes: queue.SimpleQueue = queue.SimpleQueue()  # fn(k, now), applied at the next step boundary
        self.stats = LoopStats()
        self.step = 0
        self._clock_tick = 0
        self._chores: deque[Chore] = deque()   # the last step's, in order
        self._chores_before = 0                 # the step they are due before
        self._input = False                     # input came that the musician has not reacted to
        self._token_missed = -1                 # the last step whose token was not ready in time
        self._costs: dict[str, deque] = {}      # chore name -> its last durations (s)

    # ------------------------------------------------------------ the loop

    def run(self, stop: threading.Event) -> None:
        # everything loaded so far lives as long as the jam: keep the garbage collector's
        # full passes (tens of ms on a big heap) off the real-time path
        gc.collect()
        gc.freeze()
        restore = self._realtime()
        # the grid starts now, not when it was built: no burst of late first steps
        self.grid.anchor(self.step, time.monotonic() + START_DELAY)
        try:
            if self.clock_port is not None:
                self.clock_port.send(mido.Message("start"))
            self.musician.start(self.step, time.monotonic())
            while not stop.is_set():
                deadline = self.grid.time_of(self.step)
                if not self._sleep_until(deadline, stop):
                    break
                now = time.monotonic()
                self.stats.wake_ms.append((now - deadline) * 1000)
                self.tick(self.step, now)
                self.step += 1
        finally:
            self._stop_sound()
            if restore is not None:  # the thread may be the caller's (improv demo): give it back
                os.sched_setscheduler(0, restore[0], os.sched_param(restore[1]))

    def tick(self, k: int, now: float) -> None:
        """Step k, begun at `now` (the loop's, or a test's explicit times)."""
        self.stats.steps += 1
        self.player.due(now)
        while not self.changes.empty():  # a reload or a live control change, at a step boundary
            self.changes.get_nowait()(k, now)
        running = self.tempo_source is None or self.tempo_source.running
        self.musician.on_step(k, now, running)
        self._track_tempo(k, now)
        if self.notifier is not None and now - self.grid.time_of(k) < WATCHDOG_LATE and self._token_missed != k:
            self.notifier.watchdog(now)  # only while steps meet their deadlines, their tokens ready
        self._input = False  # the step took in what came
        self._chores, self._chores_before = deque(self.musician.chores(k)), k + 1
        for job in self.periodic:
            if now >= job[2]:
                job[2] = now + job[0]
                self._chores.append(Chore("periodic", lambda fn=job[1], t=now: fn(t)))

    # ------------------------------------------------------------ chores, in the gaps

    def finish_chores(self) -> None:
        """Run the step's chores that are left, now, whatever falls due (a test stepping by hand)."""
        while self._chores:
            self._run_chore(self._chores.popleft())

    def _cost(self, name: str) -> float:
        """What a chore (or the reaction to input) is expected to take: the longest of its last runs."""
        costs = self._costs.get(name)
        return max(costs) if costs else CHORE_FIRST_COST

    def _took(self, name: str, start: float) -> float:
        end = time.monotonic()
        self._costs.setdefault(name, deque(maxlen=CHORE_COSTS_KEPT)).append(end - start)
        return end

    def _run_chore(self, chore: Chore) -> None:
        start = time.monotonic()
        chore.run()
        end = self._took(chore.name, start)
        step = self._chores_before
        if chore.for_next_step and end > self.grid.time_of(step) + READY_SLACK:
            self._missed(step)  # its token came too late: drop it, keep the grid

    def _missed(self, step: int) -> None:
        self.stats.missed += 1
        self._token_missed = step
        self.musician.missed(step)

    def _next_chore(self, now: float, event: float, deadline: float) -> Chore | None:
        """The first chore that fits before the next event; or the one the next step needs, where
        waiting for a gap would leave it no time."""
        for chore in self._chores:
            cost = self._cost(chore.name) + CHORE_MARGIN
            if now + cost <= event or (chore.for_next_step and now + 2 * cost >= deadline):
                return chore
        return None

    def _track_tempo(self, k: int, now: float, between: bool = False) -> None:
        if self.tempo_source is not None and self.tempo_source.update(k, self.grid, now, between) and \
                self.on_tempo is not None:
            self.on_tempo(self.grid.step_seconds)

    def _sleep_until(self, deadline: float, stop: threading.Event) -> bool:
        """Sleep to an absolute deadline, sending note-offs, waiting note-ons and clock ticks that fall before it,
        running the last step's chores in the gaps between them, and letting the musician react to
        input between steps (never moving the grid)."""
        while True:
            now = time.monotonic()
            self.player.due(now)
            self._send_clock(now)
            if stop.is_set():
                return False
            if now >= deadline:
                if self._chores:  # no gap for them: the next step's chores measure again
                    self.stats.chores_dropped += len(self._chores)
                    if any(c.for_next_step for c in self._chores):
                        self._missed(self._chores_before)
                    self._chores.clear()
                return True
            event = deadline
            off = self.player.next_due()
            if off is not None and off < event:
                event = off
            tick = self._next_clock_time()
            if tick is not None and tick < event:
                event = tick
            if self.wake.is_set():
                self.wake.clear()
                self._input = True
            chore = self._next_chore(now, event, deadline) if self._chores else None
            if chore is not None:
                self._chores.remove(chore)
                self._run_chore(chore)
                continue
            if self._input and now + max(REACT_MARGIN, self._cost("react") + CHORE_MARGIN) <= event:
                self._input = False  # close to an event (a note, a tick, the step) that comes first
                start = time.monotonic()
                self.musician.between_steps(self.step, now)
                self._track_tempo(self.step, now, between=True)
                self._took("react", start)
                continue  # an answer may have a note to play
            self.wake.wait(max(0.0, event - now))

    def _stop_sound(self) -> None:
        try:
            self.musician.stop_sound(time.monotonic())
        finally:
            if self.clock_port is not None:
                try:
                    self.clock_port.send(mido.Message("stop"))
                except Exception:  # the port may be gone; the notes are what matter
                    pass

    def _realtime(self) -> tuple[int, int] | None:
        """Ask for a realtime (SCHED_FIFO) priority for this thread, below JACK's, if allowed.
        Returns the policy and priority to restore when the jam ends."""
        prio = self.realtime_priority
        if not prio or not hasattr(os, "sched_setscheduler"):
            return None
        before = (os.sched_getscheduler(0), os.sched_getparam(0).sched_priority)
        try:
            os.sched_setscheduler(0, os.SCHED_FIFO, os.sched_param(prio))
            log.debug(f"step loop: realtime priority {prio}")
            return before
        except (OSError, PermissionError) as e:
            log.info(f"step loop: no realtime priority ({e.strerror or e}); timing may jitter under load")
            return None

    # ------------------------------------------------------------ MIDI clock out

    def _next_clock_time(self) -> float | None:
        if self.clock_port is None:
            return None
        ticks_per_step = PPQN // self.grid.steps_per_beat
        per_tick = self.grid.step_seconds / ticks_per_step
        base_step, within = divmod(self._clock_tick, ticks_per_step)
        return self.grid.time_of(base_step) + within * per_tick

    def _send_clock(self, now: float) -> None:
        if self.clock_port is None:
            return
        while (t := self._next_clock_time()) is not None and t <= now:
            self.clock_port.send(mido.Message("clock"))
            self._clock_tick += 1

    # ------------------------------------------------------------ changes, at a step boundary

    def set_tempo(self, bpm: float, k: int) -> None:
        if abs(bpm - self.grid.bpm) > 1e-9:
            self.grid.set_tempo(bpm, k + 1)  # steps already begun keep their place
            if self.on_tempo is not None:
                self.on_tempo(self.grid.step_seconds)
            log.info(f"tempo: {bpm:g} BPM")

    def status(self) -> dict:
        follow = self.tempo_source.status() if self.tempo_source is not None else {"source": "internal"}
        return {"tempo_bpm": round(self.grid.bpm, 3), "clock": follow["source"], "tempo_follow": follow,
                "steps": self.stats.steps, "chores_dropped": self.stats.chores_dropped, "wake_ms": {"p50": round(self.stats.p(50), 3),
                                                       "p99": round(self.stats.p(99), 3)}}
