"""The Conductor: the one loop that knows time. It sleeps to absolute monotonic deadlines,
asks the model for the next token one step ahead, drops a late prediction rather than
shifting the grid, and never drops a note-off. Modes: call-response, accompany, solo."""
from __future__ import annotations

import gc
import logging
import os
import queue
import random
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Callable, Sequence

import numpy as np

from . import keys
from .midi.clock import ClockFollower, Grid
from .midi.listener import Inbox, Listener
from .midi.player import Player
from .sampling import Sampler
from .tokens import Token, Vocabulary

log = logging.getLogger("improv")
BEATS_PER_BAR = 4
WATCHDOG_LATE = 0.05   # a step that wakes later than this does not ping systemd's watchdog
REACT_MARGIN = 0.004  # seconds before a step's deadline when input waits for the step


@dataclass
class JamSettings:
    mode: str = "call-response"
    context_length: int = 50
    ai_in_context: bool = True
    silence_beats: float = 1.0
    answer_bars: int = 2
    density: float = 0.5
    velocity: int | str = 80
    gate: float = 0.9
    clock: str = "internal"
    clock_out: bool = False
    status_every_s: float = 60.0
    control: dict = field(default_factory=dict)
    key: dict = field(default_factory=lambda: {"lock": False, "fixed": None, "split": None})
    tempo: float = 120.0
    realtime_priority: int = 0

    @classmethod
    def from_config(cls, s: dict) -> "JamSettings":
        j, m = s["jam"], s["midi"]
        return cls(j["mode"], j["context_length"], j["ai_in_context"], j["silence_beats"], j["answer_bars"],
                   j["density"], m["velocity"], m["gate"], m["clock"], m["clock_out"], s["logging"]["status_every_s"],
                   dict(s["control"]), dict(s["key"]), s["time"]["tempo"], m["realtime_priority"])


@dataclass
class Telemetry:
    steps: int = 0
    late: int = 0
    predictions: int = 0
    latencies_ms: deque = field(default_factory=lambda: deque(maxlen=2048))
    wake_ms: deque = field(default_factory=lambda: deque(maxlen=2048))  # how late each step woke
    phrases: int = 0

    def p(self, q: float, data: deque | None = None) -> float:
        data = self.latencies_ms if data is None else data
        return float(np.percentile(np.fromiter(data, float), q)) if data else 0.0


class Conductor:
    def __init__(self, engine, vocab: Vocabulary, token_settings: dict, sampler: Sampler, inbox: Inbox,
                 listener: Listener, player: Player, grid: Grid, settings: JamSettings,
                 seed_tokens: Sequence[Token] = (), clock_port=None, rng_seed: int | None = None):
        self.engine, self.vocab, self.sampler = engine, vocab, sampler
        self.key_normalize = bool(token_settings.get("key_normalize"))
        self.max_steps = int(token_settings.get("max_steps", 16))
        self.inbox, self.listener, self.player, self.grid = inbox, listener, player, grid
        self.s = settings
        self.context: deque[Token] = deque(seed_tokens, maxlen=settings.context_length)
        self.ai_ids: deque[int] = deque(maxlen=64)
        self.human_pitches: deque[int] = deque(maxlen=96)
        self.key: tuple[int, str] | None = None
        self.shift = self._seed_shift(seed_tokens)
        self.ai_on = True
        self.key_lock = bool(settings.key.get("lock"))
        self._masks: dict = {}
        self._fix_key()
        self.follower = ClockFollower(grid.steps_per_beat) if settings.clock == "midi" else None
        self.clock_port = clock_port if settings.clock_out else None
        self.rng = random.Random(rng_seed)
        self.t = Telemetry()
        self.mode = settings.mode
        self.ai_next: int | None = 0 if self.mode == "solo" else None
        self.answer_end: int | None = None
        self.answer_tokens = 0
        self.human_new = 0          # human tokens since the last answer
        self.prepared: tuple[int, Token | None, float] | None = None  # (step, token, ready at)
        self.step = 0
        self._next_status = time.monotonic() + settings.status_every_s
        self._clock_tick = 0
        self.on_step: Callable[[int, float], None] | None = None  # for telemetry hooks and tests
        self.wake = threading.Event()  # input or stop: wake before the next deadline
        inbox.wake = self.wake
        self.changes: queue.SimpleQueue = queue.SimpleQueue()  # applied at the next step boundary
        self.notifier = None           # a notify.Notifier under systemd
        self.on_status: Callable[[dict], None] | None = None
        self.status_every = 2.0
        self._next_status_file = 0.0
        self.last_reload: str | None = None
        self.ports: dict[str, str] = {}
        self.on_program: Callable[[int], None] | None = None  # program change: select a model

    # ------------------------------------------------------------ keys

    def _seed_shift(self, tokens: Sequence[Token]) -> int:
        if not self.key_normalize:
            return 0
        pitches = [p for t in tokens for p in t.pitches]
        if not pitches:
            return 0
        tonic, mode, _ = keys.estimate(np.array(pitches))
        self.key = (tonic, mode)
        return keys.shift_to_c(tonic, mode)

    def _fix_key(self) -> None:
        fixed = self.s.key.get("fixed")
        if fixed:
            self.key = keys.parse_key(fixed)
            self.shift = keys.shift_to_c(*self.key) if self.key_normalize else 0

    def _update_key(self) -> None:
        if self.s.key.get("fixed"):
            return
        if len(self.human_pitches) >= 8:
            tonic, mode, _ = keys.estimate(np.fromiter(self.human_pitches, int))
            self.key = (tonic, mode)
        if self.key_normalize and len(self.human_pitches) >= 8:
            tonic, mode, _ = keys.estimate(np.fromiter(self.human_pitches, int))
            self.key = (tonic, mode)
            self.shift = keys.shift_to_c(tonic, mode)

    # ------------------------------------------------------------ the model, one step ahead

    def _predict(self) -> Token | None:
        t0 = time.perf_counter()
        ids = []
        for tok in self.context:
            moved = tok.transposed(self.shift) if self.shift else tok
            ids.append(self.vocab.nearest(moved if moved is not None else tok))
        if not ids:
            ids = [0]
        probs = self.engine.predict(ids)
        choice = self.sampler.sample(probs, list(self.ai_ids), self._mask())
        self.ai_ids.append(choice)
        token = self.vocab.tokens[choice]
        out = token.transposed(-self.shift) if self.shift else token
        self.t.latencies_ms.append((time.perf_counter() - t0) * 1000)
        self.t.predictions += 1
        return out if out is not None else Token((), token.steps)

    def _mask(self) -> np.ndarray | None:
        """Which tokens the AI may play now: in the key (key lock), above the split (register)."""
        split = self.s.key.get("split")
        if split == "learn":
            split = max(self.human_pitches) + 1 if self.human_pitches else None
        key = self.key if self.key_lock else None
        if key is None and split is None:
            return None
        cache = (id(self.vocab), self.shift, key, split)
        mask = self._masks.get(cache)
        if mask is None:
            in_key = keys.scale(*key) if key else None
            mask = np.ones(len(self.vocab))
            for i, tok in enumerate(self.vocab.tokens):
                actual = [p - self.shift for p in tok.pitches]
                if in_key is not None and any(p % 12 not in in_key for p in actual):
                    mask[i] = 0
                if split is not None and actual and min(actual) < split:
                    mask[i] = 0
            if len(self._masks) > 64:
                self._masks.clear()
            self._masks[cache] = mask
        return mask

    def _prepare(self, step: int) -> None:
        token = self._predict()
        self.prepared = (step, token, time.monotonic())

    # ------------------------------------------------------------ the loop

    def run(self, stop: threading.Event) -> None:
        # everything loaded so far lives as long as the jam: keep the garbage collector's
        # full passes (tens of ms on a big heap) off the real-time path
        gc.collect()
        gc.freeze()
        restore = self._realtime()
        # the grid starts now, not when it was built: no burst of late first steps
        self.grid.anchor(self.step, time.monotonic() + 0.02)
        try:
            if self.clock_port is not None:
                import mido
                self.clock_port.send(mido.Message("start"))
            if self.ai_next == self.step:  # solo starts on the first step: be ready for it
                self._prepare(self.step)
            while not stop.is_set():
                deadline = self.grid.time_of(self.step)
                if not self._sleep_until(deadline, stop):
                    break
                now = time.monotonic()
                self.t.wake_ms.append((now - deadline) * 1000)
                self._step(self.step, now)
                self.step += 1
        finally:
            self.stop_sound()
            if restore is not None:  # the thread may be the caller's (improv demo): give it back
                os.sched_setscheduler(0, restore[0], os.sched_param(restore[1]))

    def _realtime(self) -> tuple[int, int] | None:
        """Ask for a realtime (SCHED_FIFO) priority for this thread, below JACK's, if allowed.
        Returns the policy and priority to restore when the jam ends."""
        prio = self.s.realtime_priority
        if not prio or not hasattr(os, "sched_setscheduler"):
            return None
        before = (os.sched_getscheduler(0), os.sched_getparam(0).sched_priority)
        try:
            os.sched_setscheduler(0, os.SCHED_FIFO, os.sched_param(prio))
            log.debug(f"conductor: realtime priority {prio}")
            return before
        except (OSError, PermissionError) as e:
            log.info(f"conductor: no realtime priority ({e.strerror or e}); timing may jitter under load")
            return None

    def stop_sound(self) -> None:
        now = time.monotonic()
        try:
            self.player.panic(now)
        finally:
            if self.clock_port is not None:
                import mido
                try:
                    self.clock_port.send(mido.Message("stop"))
                except Exception:  # the port may be gone; the notes are what matter
                    pass

    def _sleep_until(self, deadline: float, stop: threading.Event) -> bool:
        """Sleep to an absolute deadline, sending note-offs and clock ticks that fall before it,
        and reacting to the human between steps (never moving the grid)."""
        while True:
            now = time.monotonic()
            self.player.release_due(now)
            self._send_clock(now)
            if stop.is_set():
                return False
            if now >= deadline:
                return True
            if self.wake.is_set():
                self.wake.clear()
                self._react(now)
            wake = deadline
            off = self.player.next_off()
            if off is not None and off < wake:
                wake = off
            tick = self._next_clock_time()
            if tick is not None and tick < wake:
                wake = tick
            self.wake.wait(max(0.0, wake - now))

    def _next_clock_time(self) -> float | None:
        if self.clock_port is None:
            return None
        per_tick = self.grid.step_seconds * self.grid.steps_per_beat / 24
        base_step = self._clock_tick // (24 // self.grid.steps_per_beat)
        within = self._clock_tick % (24 // self.grid.steps_per_beat)
        return self.grid.time_of(base_step) + within * per_tick

    def _send_clock(self, now: float) -> None:
        if self.clock_port is None:
            return
        import mido
        while (t := self._next_clock_time()) is not None and t <= now:
            self.clock_port.send(mido.Message("clock"))
            self._clock_tick += 1

    def _step(self, k: int, now: float) -> None:
        self.t.steps += 1
        self.player.release_due(now)
        while not self.changes.empty():  # a reload or a live control change, at a step boundary
            self.changes.get_nowait()(self, k, now)
        if self.ai_next == k and self.ai_on and self._may_play(k):
            self._play(k, now)  # the note-on first: input handling never delays it
        self._listen(k, now)
        if self.follower is not None and not self.follower.running:
            if self.player.sounding:
                self.player.release_all(now)
            self.ai_next = None if self.mode != "solo" else k + 1
            return
        if self.ai_on:
            getattr(self, "_" + self.mode.replace("-", "_"))(k, now)
        if self.ai_on and self.ai_next == k + 1 and (self.prepared is None or self.prepared[0] != k + 1):
            self._prepare(k + 1)
        if self.on_step is not None:
            self.on_step(k, now)
        if self.notifier is not None and now - self.grid.time_of(k) < WATCHDOG_LATE:
            self.notifier.watchdog(now)  # only while steps meet their deadlines
        if self.on_status is not None and now >= self._next_status_file:
            self._next_status_file = now + self.status_every
            self.on_status(self.status())
        if now >= self._next_status:
            self._next_status = now + self.s.status_every_s
            log.info(self.status_line())

    def _may_play(self, k: int) -> bool:
        """Call-response: the human came back since the answer was decided: don't start a note."""
        if self.mode == "call-response" and self.answer_end is not None \
                and self.listener.last_event > self._answer_started:
            self._end_answer(time.monotonic(), interrupted=True)
            return False
        return True

    def _react(self, now: float) -> None:
        """Input between steps: take it in, and stop an answer at once if the human plays.
        Close to a deadline it waits: the step's note-on comes first."""
        if self.grid.time_of(self.step) - now < REACT_MARGIN:
            return
        self._listen(self.step, now, limit=256)
        if (self.mode == "call-response" and self.answer_end is not None
                and self.listener.last_event > self._answer_started):
            self._end_answer(now, interrupted=True)

    def _listen(self, k: int, now: float, limit: int = 4096) -> None:
        for t, message in self.inbox.drain(limit):
            self.listener.feed(t, message)
        if self.listener.realtime:
            events = list(self.listener.realtime)
            self.listener.realtime.clear()
            if self.follower is not None:
                for t, status, value in events:
                    self.follower.feed(t, status, value)
                self._follow_clock(k)
        heard = self.listener.take()
        for tok in heard:
            self.context.append(tok)
            self.human_pitches.extend(tok.pitches)
            self.human_new += 1
        if heard:
            self._update_key()
        while self.listener.controls:
            self._control(k, now, *self.listener.controls.popleft())

    def _control(self, k: int, now: float, t: float, kind: str, channel: int, number: int, value: int) -> None:
        c = self.s.control
        if c.get("channel") and channel != c["channel"] - 1:
            return
        if kind == "program":
            if self.on_program is not None:
                self.on_program(number)
            return
        if number == c.get("ai_toggle"):
            on = value >= 64
            if on != self.ai_on:
                self.ai_on = on
                if not on:
                    self.player.release_all(now)
                    self.answer_end, self.prepared = None, None
                    self.ai_next = None
                else:
                    self.ai_next = k + 1 if self.mode != "call-response" else None
                log.info(f"control: AI {'on' if on else 'off'}")
        elif number == c.get("mode"):
            self.set_mode(("call-response", "accompany", "solo")[min(2, value * 3 // 128)], k, now)
        elif number == c.get("temperature"):
            self.sampler.temperature = round(0.1 + 1.9 * value / 127, 3)
            log.info(f"control: temperature {self.sampler.temperature:g}")
        elif number == c.get("density"):
            self.s.density = round(value / 127, 3)
            log.info(f"control: density {self.s.density:g}")
        elif number == c.get("tempo_nudge"):
            self.set_tempo(min(300.0, max(20.0, self.s.tempo + (value - 64) * 20 / 64)), k)
        elif number == c.get("panic") and value >= 64:
            self.player.panic(now)
            log.info("control: panic")
        elif number == c.get("key_lock"):
            self.key_lock = value >= 64
            log.info(f"control: key lock {'on' if self.key_lock else 'off'}")

    def _follow_clock(self, k: int) -> None:
        f = self.follower
        if not f.boundaries or f.step_seconds is None:
            return
        _, at = f.boundaries[-1]
        f.boundaries.clear()
        # the clock's latest step began at `at`: it is our step nearest to that time
        ours = k + round((at - self.grid.time_of(k)) / self.grid.step_seconds)
        self.grid.anchor(ours, at, f.step_seconds)
        self.listener.set_step(f.step_seconds)

    # ------------------------------------------------------------ modes

    def _call_response(self, k: int, now: float) -> None:
        human_active = self.listener.sounding or self.listener.silent_for(now) < self.grid.step_seconds
        if self.answer_end is not None:  # answering
            if human_active and self.listener.notes_in and self.listener.last_event > self._answer_started:
                self._end_answer(now, interrupted=True)
            elif k >= self.answer_end:
                self._end_answer(now, interrupted=False)
            return
        silence = self.listener.silent_for(now)
        threshold = self.s.silence_beats * self.grid.step_seconds * self.grid.steps_per_beat
        # answer on the first step at or after the threshold: decide one step ahead
        if self.human_new and not self.listener.sounding and silence + self.grid.step_seconds >= threshold - 1e-3:
            self.listener.flush_silence(now)
            for tok in self.listener.take():
                self.context.append(tok)
            self._update_key()
            log.info(f"phrase: heard {self.human_new} tokens; answering for up to {self.s.answer_bars} bars")
            self.human_new = 0
            self.answer_tokens = 0
            self._answer_started = now
            self.answer_end = k + 1 + self.s.answer_bars * BEATS_PER_BAR * self.grid.steps_per_beat
            self.ai_next = k + 1
            self.prepared = None

    _answer_started = 0.0

    def _end_answer(self, now: float, interrupted: bool) -> None:
        if interrupted:
            self.player.release_all(now)  # the human plays again: stop at once
        self.t.phrases += 1
        log.info(f"answer: played {self.answer_tokens} tokens" + (" (the human came back)" if interrupted else ""))
        self.answer_end = None
        self.ai_next = None
        self.prepared = None

    def _accompany(self, k: int, now: float) -> None:
        if self.ai_next is None:
            self.ai_next = k + 1
            self._update_key()

    def _solo(self, k: int, now: float) -> None:
        if self.ai_next is None:
            self.ai_next = k

    def _play(self, k: int, now: float) -> None:
        prepared, self.prepared = self.prepared, None
        deadline = self.grid.time_of(k)
        if prepared is None or prepared[0] != k or prepared[2] > deadline + 0.002:
            self.t.late += 1  # not ready in time: drop it, keep the grid
            self.ai_next = k + 1
            return
        token = prepared[1]
        self.ai_next = k + token.steps
        if self.answer_end is not None and self.ai_next > self.answer_end:
            token = Token(token.pitches, max(1, self.answer_end - k))
            self.ai_next = k + token.steps
        thin = (self.mode == "accompany" and self.listener.silent_for(now) < self.grid.step_seconds * 4
                and self.rng.random() > self.s.density)
        if token.pitches and not thin:
            velocity = self.listener.recent_velocity() if self.s.velocity == "follow" else int(self.s.velocity)
            off_at = deadline + token.steps * self.grid.step_seconds * self.s.gate
            self.player.play(token.pitches, velocity, now, off_at)
        self.answer_tokens += 1
        if self.s.ai_in_context and not thin:
            self.context.append(token)
            self.listener.restart_silence(now)

    # ------------------------------------------------------------ changes while playing

    def set_mode(self, mode: str, k: int, now: float) -> None:
        if mode == self.mode:
            return
        self.player.release_all(now)  # a mode switch never leaves a note hanging
        self.mode = mode
        self.answer_end, self.prepared = None, None
        self.ai_next = k + 1 if mode in ("solo", "accompany") else None
        log.info(f"mode: {mode}")

    def set_tempo(self, bpm: float, k: int) -> None:
        if abs(bpm - self.grid.bpm) > 1e-9:
            self.grid.set_tempo(bpm, k + 1)  # steps already begun keep their place
            self.listener.set_step(self.grid.step_seconds)
            log.info(f"tempo: {bpm:g} BPM")

    def set_engine(self, engine, vocab: Vocabulary, token_settings: dict) -> None:
        """A new model: the context is kept (it is in absolute pitches, not in ids)."""
        self.engine, self.vocab = engine, vocab
        self.key_normalize = bool(token_settings.get("key_normalize"))
        self.max_steps = int(token_settings.get("max_steps", 16))
        self.ai_ids.clear()
        self.prepared = None if self.prepared is None else (self.prepared[0], self._predict(), time.monotonic())

    # ------------------------------------------------------------ reporting

    def status(self) -> dict:
        t = self.t
        return {"mode": self.mode, "tempo_bpm": round(self.grid.bpm, 3),
                "clock": "midi" if self.follower is not None else "internal",
                "key": keys.name(*self.key) if self.key else None, "key_lock": self.key_lock, "ai_on": self.ai_on,
                "steps": t.steps, "late_steps": t.late, "step_latency_ms": {"p50": round(t.p(50), 3),
                                                                           "p99": round(t.p(99), 3)},
                "notes_sounding": len(self.player.sounding), "notes_in": self.listener.notes_in,
                "notes_out": self.player.notes_on, "note_offs_out": self.player.notes_off,
                "messages_received": self.inbox.received, "messages_dropped": self.inbox.dropped,
                "phrases": t.phrases, "last_reload": self.last_reload,
                "ports": self.ports() if callable(self.ports) else self.ports}

    def status_line(self) -> str:
        t = self.t
        return (f"status: mode {self.mode}, {self.grid.bpm:.1f} BPM, steps {t.steps}, late {t.late}, "
                f"step latency p50 {t.p(50):.2f} ms p99 {t.p(99):.2f} ms, notes sounding {len(self.player.sounding)}, "
                f"notes in {self.listener.notes_in} out {self.player.notes_on} (note-offs {self.player.notes_off}), "
                f"messages received {self.inbox.received} dropped {self.inbox.dropped}, phrases {self.t.phrases}")

