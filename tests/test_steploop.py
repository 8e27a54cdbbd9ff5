"""The step loop's chores: a step's work that is not its note-on runs in the gaps between the events
due before the next step (swung note-ons, note-offs, clock ticks), so that no chore holds one back;
the next step's token is done before its deadline even where no gap is wide enough. Real StepLoop,
real Player and real time; the port and the musician are fakes that log what happens, in order."""
from __future__ import annotations

import threading
import time

from improv.midi.clock import Grid
from improv.midi.player import Player
from improv.midi.steploop import Chore, StepLoop


class Port:
    def __init__(self, log: list):
        self.log = log

    def send(self, msg) -> None:
        self.log.append(("sent", msg.type, time.monotonic()))


def work(seconds: float) -> None:
    """Busy for this long, as a fit or a prediction is (the CPU, not a sleep)."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass


class Musician:
    """Plays one note a step, its note-on `on_after` seconds after the step (a swung offbeat) and its
    note-offs `offs` at `off_every` seconds from there; its chores: the next step's token (`token_s`
    of work) and a slow spare-time chore (`slow_s`)."""

    def __init__(self, grid: Grid, player: Player, log: list, steps: int, stop: threading.Event, *,
                 on_after: float, offs: int = 1, off_every: float = 0.05, token_s: float = 0.002,
                 slow_s: float = 0.02):
        self.grid, self.player, self.log, self.steps, self.stop = grid, player, log, steps, stop
        self.on_after, self.offs, self.off_every, self.token_s, self.slow_s = on_after, offs, off_every, token_s, slow_s
        self.tokens: set[int] = set()
        self.missed_steps: list[int] = []

    def start(self, k: int, now: float) -> None:
        self.tokens.add(k)

    def on_step(self, k: int, now: float, running: bool = True) -> None:
        self.log.append(("step", k, now))
        if k >= self.steps:
            self.stop.set()
            return
        on_at = self.grid.time_of(k) + self.on_after
        for i in range(self.offs):  # a chord whose notes end one after another
            self.player.play([60 + i], 90, now, on_at + self.off_every * (i + 1), on_at)

    def chores(self, k: int) -> list[Chore]:
        def token():
            work(self.token_s)
            self.tokens.add(k + 1)

        def slow():
            self.log.append(("slow", k, time.monotonic()))
            work(self.slow_s)
        return [Chore("token", token, for_next_step=True), Chore("slow", slow)]

    def missed(self, step: int) -> None:
        self.missed_steps.append(step)

    def between_steps(self, k: int, now: float) -> None:
        pass

    def stop_sound(self, now: float) -> None:
        self.player.release_all(now)


def run_loop(bpm: float, steps: int, **kw) -> tuple[list, Musician, StepLoop]:
    log: list = []
    grid = Grid(bpm, 4, time.monotonic())
    player = Player(Port(log))
    stop = threading.Event()
    musician = Musician(grid, player, log, steps, stop, **kw)
    loop = StepLoop(grid, player, musician, threading.Event())
    thread = threading.Thread(target=loop.run, args=(stop,))
    thread.start()
    thread.join(timeout=30)
    assert not thread.is_alive()
    return log, musician, loop


def test_a_slow_chore_waits_for_the_swung_note_on_due_before_it_ends():
    """The note-on 10 ms after each step, a 20 ms chore: once the chore's cost is known (after its
    first run), it starts only after that step's note-on has gone, and it still runs every step."""
    log, musician, loop = run_loop(120, 10, on_after=0.010, slow_s=0.020)
    ons = {}
    step = None
    for entry in log:
        if entry[0] == "step":
            step = entry[1]
        elif entry[0] == "sent" and entry[1] == "note_on":
            ons.setdefault(step, entry[2])
    slow = {k: t for kind, k, t in log if kind == "slow"}
    assert sorted(slow) == list(range(10)), slow  # never dropped: the gap after the note-on is wide
    for k in range(1, 10):
        assert ons[k] <= slow[k], f"step {k}: the chore began {1000 * (ons[k] - slow[k]):.1f} ms before the note-on"
    assert loop.stats.chores_dropped == 0


def test_the_next_steps_token_is_done_even_where_no_gap_fits_it():
    """Note-offs every 3 ms to the end of each 200 ms step leave no gap for a 5 ms token nor a 20 ms
    chore: the token is done anyway before each deadline; the spare-time chore is left."""
    log, musician, loop = run_loop(75, 6, on_after=0.002, offs=66, off_every=0.003, token_s=0.005,
                                   slow_s=0.020)
    assert set(range(7)) <= musician.tokens
    assert loop.stats.chores_dropped > 0
    ons = [e for e in log if e[0] == "sent" and e[1] == "note_on"]
    offs = [e for e in log if e[0] == "sent" and e[1] == "note_off"]
    assert len(ons) == len(offs)  # every note-on its note-off, the last ones at the stop


def test_finish_chores_runs_what_is_left_in_order():
    grid = Grid(120, 4, time.monotonic() + 3600)
    log: list = []
    player = Player(Port(log))
    stop = threading.Event()
    musician = Musician(grid, player, log, 4, stop, on_after=0.0, slow_s=0.0, token_s=0.0)
    loop = StepLoop(grid, player, musician, threading.Event())
    loop.tick(0, grid.time_of(0))
    assert 1 not in musician.tokens
    loop.finish_chores()
    assert 1 in musician.tokens and [e[1] for e in log if e[0] == "slow"] == [0]


def test_a_chore_that_fits_goes_before_one_that_waits_for_a_gap(monkeypatch):
    """Gaps of 3 ms: a 20 ms chore fits none (after its first run, at its first guess), a short
    chore listed after it fits each: the short one runs every step, the long one waits."""
    import improv.midi.steploop as steploop
    monkeypatch.setattr(steploop, "CHORE_FIRST_COST", 0.001)
    quick: list[int] = []

    class WithQuick(Musician):
        def chores(self, k):
            return super().chores(k) + [Chore("quick", lambda: quick.append(k))]

    log: list = []
    grid = Grid(75, 4, time.monotonic())
    player = Player(Port(log))
    stop = threading.Event()
    musician = WithQuick(grid, player, log, 6, stop, on_after=0.002, offs=66, off_every=0.003, slow_s=0.020)
    loop = StepLoop(grid, player, musician, threading.Event())
    thread = threading.Thread(target=loop.run, args=(stop,))
    thread.start()
    thread.join(timeout=30)
    slow = [k for kind, k, _ in log if kind == "slow"]
    assert quick == list(range(6)), quick
    assert len(slow) < 6 and loop.stats.chores_dropped >= 6 - len(slow)
