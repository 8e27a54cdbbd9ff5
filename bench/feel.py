"""Feel: does improv swing as the player does, and play as loud as the call? Through JACK: a player
(bench/keyboard.py, a process of its own), `improv run` at the player's tempo, and a wall-clock
witness (bench/witness.py) on improv's output. One JSON line a run.

    python bench/feel.py [--ratios 0.5,0.58,0.62,0.67,0.75] [--tempi 90,120,160] [--modes call-response,accompany]
                         [--clock internal|midi]

- swing: the player plays swung eighths (a riff, ±8 ms of timing) at each ratio and tempo, in
  call-and-response (two calls of two bars, each answered) and in accompaniment (eight bars
  played along); improv's own offbeat ratio is measured from its notes after the player's first
  two bars: its beat placed where most of its notes fall, then the ratio whose warp of the
  sixteenth grid fits its notes best (least squares; independent of the estimator improv uses).
  Targets: within ±0.03 of the player's ratio, 0.50 ± 0.02 for a straight player.
- dynamics: the same phrase played soft (velocities 30-50) and loud (100-120), in call-and-response:
  the answer's median velocity within ±12 of the call's, not all equal, notes on improv's beats
  above those between (its beats from its own MIDI clock, --clock-out; the bar's downbeats apart).
- rhythm: the share of the call's and of improv's onsets on beats, on eighths and on sixteenths,
  for each of the players above and for a player of quarter notes (120 BPM, each mode). With
  improv's own clock the player begins whenever it begins, so beat_offset says where the player's
  beat fell in improv's, and the shares are on improv's beat. `--clock midi`: the keyboard sends
  MIDI clock and improv follows it, so that both share a beat.
"""
from __future__ import annotations

import argparse
import json
import random
import signal
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.ears import Keyboard  # noqa: E402
from bench.private import private_env  # noqa: E402
from improv.music import swing  # noqa: E402
from tests.jack import RATE, Dump, JackServer, is_on, start_improv  # noqa: E402

NOISE_S = 0.008
PLAYER_CHANNEL = 15                        # the player's notes: channel 16 (improv plays on 1)
CLOCK, START = 0xF8, 0xFA
RIFF = [62, 65, 69, 67, 65, 64, 62, 60]   # eighths over a D minor riff


# ---------------------------------------------------------------- pure logic (tests/test_bench_feel.py)

def swung_riff(ratio: float, bpm: float, bars: int, start: float = 0.0, velocities=(70, 90), seed: int = 0,
               quarters: bool = False) -> list:
    """[at, duration, pitch, velocity] rows: swung eighths (or, with `quarters`, a note on each beat
    only), `bars` bars of 4/4 from `start` (seconds)."""
    rng, beat = random.Random(seed), 60.0 / bpm
    rows = []
    for b in range(bars * 4):
        for j, place in enumerate((0.0,) if quarters else (0.0, ratio)):
            at = start + (b + place) * beat + rng.uniform(-NOISE_S, NOISE_S)
            length = (1.0 if quarters else ratio if j == 0 else 1 - ratio) * beat * 0.8
            rows.append([round(at, 4), round(length, 4), RIFF[(2 * b + j) % len(RIFF)], rng.randint(*velocities)])
    return rows


def grid_phase(times: np.ndarray, period: float) -> float:
    """Where in the beat (0..1) most of the onsets fall: a note on every beat, whatever the offbeats."""
    ph = (times / period) % 1.0
    starts = np.arange(0.0, 1.0, 0.005)
    d = np.abs(ph[None, :] - starts[:, None])
    return float(starts[np.argmax((np.minimum(d, 1 - d) < 0.04).sum(axis=1))])


def offbeat_ratio(times, period: float, phase: float | None = None) -> tuple[float, float, int]:
    """improv's swing from its onsets: the ratio (and the phase, unless given: improv's own clock
    says where its beats are) whose warp of the straight sixteenths (0, 1/4, 1/2, 3/4 of a beat) fits
    the onsets best, by least squares (each onset at most 0.1 beat off); searched together, only the
    true beat fits a swung grid (the warp is not symmetric). Returns (ratio, the beat's phase 0..1,
    onsets between beats)."""
    t = np.asarray(sorted(times), dtype=np.float64)
    if len(t) < 4:
        return float("nan"), 0.0, 0
    ph = (t / period) % 1.0
    ratios = np.arange(0.5, 0.7501, 0.0025)
    places = np.array([[swing.warp(j / 4, r) for j in range(4)] + [1.0] for r in ratios])   # (R, 5)
    phases = np.arange(0.0, 1.0, 0.0025) if phase is None else np.array([phase])
    x = (ph[None, :] - phases[:, None]) % 1.0                                                 # (P, n)
    d = np.abs(x[:, None, :, None] - places[None, :, None, :]).min(axis=-1)                  # (P, R, n)
    err = (np.minimum(d, 0.1) ** 2).sum(axis=-1)                                              # (P, R)
    i, j = np.unravel_index(np.argmin(err), err.shape)
    between = ((ph - phases[i]) % 1.0)
    return float(ratios[j]), float(phases[i]), int(((between > 0.1) & (between < 0.9)).sum())


def rhythm(times, period: float, phase: float | None = None) -> dict:
    """Shares of onsets on beats, on the eighths between, and on the sixteenths (straight places,
    ±1/16 beat; swung offbeats count with the eighths they stand for)."""
    t = np.asarray(sorted(times), dtype=np.float64)
    if not len(t):
        return {"beats": None, "eighths": None, "sixteenths": None}
    ph = ((t / period) - (grid_phase(t, period) if phase is None else phase)) % 1.0
    beats = (ph < 0.0625) | (ph > 0.9375)
    eighths = (ph > 0.4) & (ph < 0.8) & ~beats
    return {"beats": round(float(beats.mean()), 3), "eighths": round(float(eighths.mean()), 3),
            "sixteenths": round(float(1 - beats.mean() - eighths.mean()), 3)}


# ---------------------------------------------------------------- runs

def one_run(server, tmp: Path, mode: str, ratio: float, bpm: float, tag: str, velocities=(70, 90),
            improv: Path | None = None, quarters: bool = False, clock: str = "internal") -> dict:
    """improv at `bpm` in `mode`, a swung player (or one of quarter notes); what improv played after
    the player's first two bars. `clock` internal: improv keeps its own tempo, the player plays at it
    from whenever it starts; midi: the player's keyboard sends MIDI clock, improv follows it (--clock
    midi), so that its beat is the player's. beat_offset: where the player's beat falls in improv's."""
    period = 60.0 / bpm
    folder = tmp / tag
    folder.mkdir()
    player = Keyboard(server, f"fp{tag}")
    # One jack_midi_dump hears both the player (on channel 16) and improv: each dump counts frames
    # from its own start, so two dumps' frames do not compare. The MIDI clock it hears says where
    # improv's beats are (the first tick after a start is step 0): improv's own (--clock-out), or
    # the keyboard's that improv follows.
    ear = Dump(server, f"fe{tag}", f"fp{tag}:out")
    proc = start_improv(server, folder, "--mode", mode, "--tempo", str(bpm), "--name", f"f{tag}", "--in",
                        f"fp{tag}:out", "--out", f"fe{tag}:input",
                        *(["--clock", "midi"] if clock == "midi" else ["--clock-out"]), env_extra=private_env(folder),
                        cwd=improv)
    try:
        if clock == "midi":
            player.clock(bpm)
        if mode == "call-response":   # two calls of two bars, each followed by a two-bar answer
            sent = []
            for call in range(2):
                rows = [row + [PLAYER_CHANNEL]
                        for row in swung_riff(ratio, bpm, 2, velocities=velocities, seed=call, quarters=quarters)]
                sent += player.notes(rows)
                time.sleep(5 * 4 * period)  # the answer: a beat of silence, two bars, and some room
            measured_from = sent[0] + 2 * 4 * period  # both answers: each comes after two bars heard
            calls = rows
        else:
            rows = [row + [PLAYER_CHANNEL]
                    for row in swung_riff(ratio, bpm, 8, velocities=velocities, quarters=quarters)]
            sent = player.notes(rows)
            measured_from = sent[0] + 8 * period
            calls = rows
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.communicate(timeout=20)
        both = [(frame / RATE, m) for frame, m in ear.stop(settle=True)]  # one frame clock: notes and clock alike
        player.close()
    played = [t for t, m in both if is_on(m) and m[0] & 0x0F == PLAYER_CHANNEL]
    heard = [(t, m) for t, m in both if not (m[0] < 0xF0 and m[0] & 0x0F == PLAYER_CHANNEL)]
    starts = [i for i, (_, m) in enumerate(heard) if m == [START]]
    ticks = [t for t, m in heard[starts[0]:] if m == [CLOCK]] if starts else []
    # the player's times are on the wall clock, the dumps' on JACK's frames: its first note is the bridge
    since = played[0] + (measured_from - sent[0]) if played else 0.0
    ons = [(t, m) for t, m in heard if is_on(m) and t >= since]
    clock_phase = (ticks[0] / period) % 1.0 if ticks else None
    times = np.array([t for t, _ in ons])
    r, phase, between = offbeat_ratio(times, period, clock_phase)
    vel = np.array([m[2] for _, m in ons])
    beats = ((times - ticks[0]) / period) if ticks and len(times) else np.array([])
    pos = beats % 1.0
    on_beat = (pos < 0.0625) | (pos > 0.9375)
    downbeat = on_beat & (np.round(beats) % 4 == 0)
    call_times = np.array([row[0] for row in calls])
    return {"mode": mode, "player": "quarters" if quarters else "eighths", "clock": clock, "player_ratio": ratio,
            "bpm": bpm,
            "improv_ratio": round(r, 4) if r == r else None,
            "improv_offbeats": between, "improv_notes": len(ons),
            "within": bool(r == r and abs(r - ratio) <= (0.02 if ratio == 0.5 else 0.03)),
            "call_velocity_median": float(np.median([row[3] for row in calls])),
            "improv_velocity_median": float(np.median(vel)) if len(vel) else None,
            "improv_velocities_distinct": int(len(set(vel.tolist()))),
            "downbeat_median": float(np.median(vel[downbeat])) if downbeat.any() else None,
            "beat_median": float(np.median(vel[on_beat])) if on_beat.any() else None,
            "offbeat_median": float(np.median(vel[~on_beat])) if (~on_beat).any() else None,
            "improv_clock": bool(ticks),
            "beat_offset": round(float(((played[0] - ticks[0]) / period) % 1.0), 3) if ticks and played else None,
            "rhythm_call": rhythm(call_times, period, 0.0), "rhythm_improv": rhythm(times, period, phase)}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--ratios", default="0.5,0.58,0.62,0.67,0.75")
    p.add_argument("--tempi", default="90,120,160")
    p.add_argument("--modes", default="call-response,accompany")
    p.add_argument("--improv", type=Path, default=None, help="the checkout whose improv runs (default: this one)")
    p.add_argument("--clock", choices=("internal", "midi"), default="internal",
                   help="every run's clock: improv's own, or the player's keyboard's MIDI clock (--clock midi)")
    args = p.parse_args()
    t0 = time.monotonic()
    runs, dynamics = [], []
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        server = JackServer.start(tmp, "fe")
        try:
            n = 0
            for mode in args.modes.split(","):
                for bpm in [float(x) for x in args.tempi.split(",")]:
                    for ratio in [float(x) for x in args.ratios.split(",")]:
                        runs.append(one_run(server, tmp, mode, ratio, bpm, f"{n}", improv=args.improv,
                                            clock=args.clock))
                        print(json.dumps(runs[-1]), file=sys.stderr, flush=True)
                        n += 1
            quarters = [one_run(server, tmp, mode, 0.5, 120.0, f"q{mode}", improv=args.improv, quarters=True,
                                clock=args.clock)
                        for mode in args.modes.split(",")]
            for run in quarters:
                print(json.dumps(run), file=sys.stderr, flush=True)
            for label, vel in (("soft", (30, 50)), ("loud", (100, 120))):
                d = one_run(server, tmp, "call-response", 0.5, 120.0, f"d{label}", velocities=vel, improv=args.improv,
                            clock=args.clock)
                ok = (d["improv_velocity_median"] is not None
                      and abs(d["improv_velocity_median"] - d["call_velocity_median"]) <= 12
                      and d["improv_velocities_distinct"] > 1
                      and (d["beat_median"] or 0) > (d["offbeat_median"] or 0))
                dynamics.append({"call": label, **{k: d[k] for k in ("call_velocity_median", "improv_velocity_median",
                                                                      "improv_velocities_distinct", "downbeat_median",
                                                                      "beat_median", "offbeat_median")},
                                 "target_met": ok})
        finally:
            server.stop()
    print(json.dumps({"bench": "feel", "swing": [{k: r[k] for k in ("mode", "player_ratio", "bpm", "improv_ratio",
                                                                     "improv_offbeats", "within")} for r in runs],
                      "swing_within": sum(r["within"] for r in runs), "swing_runs": len(runs),
                      "quarters": [{k: r[k] for k in ("mode", "improv_ratio", "improv_offbeats", "within")}
                                   for r in quarters],
                      "dynamics": dynamics,
                      "rhythm": [{k: r[k] for k in ("mode", "player", "clock", "player_ratio", "bpm", "beat_offset",
                                                    "rhythm_call", "rhythm_improv")} for r in runs + quarters],
                      "seconds": round(time.monotonic() - t0, 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
