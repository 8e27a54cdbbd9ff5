"""Tempo following, in process with explicit times: a player simulated from real pieces (several
tempi, a ramp 100 -> 130 BPM over 16 bars, ±3% random timing, syncopation; chords as note-ons
spread over 25 ms) fed to TempoTracker, and a step grid steered by GridFollower as the step loop
would, starting 20% off the player's tempo (either way; the ramp and ±3% runs at 120, the
syncopated one at 100). Prints one JSON line: the grid's tempo error after the player's first 4 bars
(median, worst), its beats against the player's (median, 100-140 BPM), the ramp lag in beats, and
the tracker's cost per onset beside the listener's cost per note measured in the same run.

    python bench/tempo.py [--off 1.2] [--seed 1]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from improv.corpus import corpus_files, read_file  # noqa: E402
from improv.midi.listener import Listener  # noqa: E402
from improv.tempo import TempoTracker, follow  # noqa: E402

SPB = 4  # grid steps per beat


def piece(name: str) -> tuple[np.ndarray, np.ndarray]:
    """(onset beats of every note, unique onset beats) of a corpus piece."""
    p = read_file(corpus_files(name)[0], parts="all")[0]
    return p.onsets, np.unique(p.onsets)


def syncopate(beats: np.ndarray, rng) -> np.ndarray:
    """Anticipations: a third of the notes on beats 2 and 4 of a bar come an eighth early."""
    moved = (beats % 2 == 1) & (rng.random(len(beats)) < 1 / 3)
    return np.where(moved, beats - 0.5, beats)


def clock(bpm0: float, bpm1: float = None, over: float = 64.0):
    """Beat -> seconds for a steady tempo, or one rising linearly per beat over `over` beats."""
    if bpm1 is None or bpm1 == bpm0:
        return lambda b: np.asarray(b, float) * 60.0 / bpm0, lambda b: np.full_like(np.asarray(b, float), bpm0)
    slope = (bpm1 - bpm0) / over

    def seconds(b):
        b = np.asarray(b, float)
        return 60.0 / slope * np.log((bpm0 + slope * np.minimum(b, over)) / bpm0) + np.maximum(b - over, 0) * 60 / bpm1

    return seconds, lambda b: bpm0 + slope * np.minimum(np.asarray(b, float), over)


def scenario(name, notes, bpm0, bpm1=None, jitter=0.0, start=0.23, seed=0, grid=120.0):
    rng = np.random.default_rng(seed)
    seconds, tempo = clock(bpm0, bpm1)
    beats = np.sort(notes)
    spread = rng.uniform(0, 0.025, len(beats))  # the notes of a chord arrive over 25 ms
    onsets = np.sort(start + seconds(beats + rng.uniform(-jitter, jitter, len(beats))) + spread)
    times, lengths, tracker = follow(onsets, bpm=grid, steps_per_beat=SPB, end=onsets[-1])
    player_beats = start + seconds(np.arange(0, np.ceil(beats[-1]) + 1))
    after4 = player_beats[16]
    k = int(np.searchsorted(times, after4))
    grid_bpm = 60.0 / (lengths * SPB)
    # The player's beat position of each grid beat, and the player's tempo there.
    grid_beats = times[::SPB]
    pos = np.interp(grid_beats, player_beats, np.arange(len(player_beats)))
    late = grid_beats >= after4
    phase = np.abs(pos - np.round(pos))[late] * 60.0 / tempo(pos[late])
    err = np.abs(grid_bpm[::SPB][late] / tempo(pos[late]) - 1)
    out = {"name": name, "bpm": bpm0 if bpm1 is None else f"{bpm0}->{bpm1}", "grid_start_bpm": round(grid, 1),
           "tempo_err_at_4_bars_pct": round(100 * abs(grid_bpm[k] / tempo(16) - 1), 2),
           "tempo_err_after_median_pct": round(100 * float(np.median(err)), 2),
           "phase_err_median_ms": round(1000 * float(np.median(phase)), 1),
           "tracker_bpm_end": round(tracker.bpm, 1), "onsets": len(onsets)}
    if bpm1 is not None:  # lag: how many beats behind the ramp the grid's tempo runs
        during = late & (pos > 24) & (pos < 64)
        slope = (bpm1 - bpm0) / 64
        out["ramp_lag_beats"] = round(float(np.median((tempo(pos[during]) - grid_bpm[::SPB][during]) / slope)), 2)
    return out, onsets


def cost_per_onset(onsets: list[np.ndarray]) -> tuple[float, float]:
    """µs per note: TempoTracker.onset and, as the reference, Listener.feed of a note-on and its
    note-off (the work the listener already does for every note), over the same notes."""
    notes = np.concatenate([o + 1000.0 * i for i, o in enumerate(onsets)])
    tracker = TempoTracker()
    t0 = time.perf_counter()
    for t in notes:
        tracker.onset(float(t))
    tracker_us = (time.perf_counter() - t0) / len(notes) * 1e6
    listener = Listener(0.125)
    t0 = time.perf_counter()
    for t in notes:
        listener.feed(float(t), [0x90, 60, 90])
        listener.feed(float(t) + 0.01, [0x80, 60, 0])
    listener_us = (time.perf_counter() - t0) / len(notes) * 1e6
    return tracker_us, listener_us


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--off", type=float, default=1.2, help="improv's configured tempo over the player's (and under)")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    chorale, _ = piece("bach/bwv66.6")
    long_chorale, _ = piece("bach/bwv7.7")
    rng = np.random.default_rng(args.seed)
    runs = [("bwv66.6", chorale, 70), ("bwv66.6", chorale, 100), ("bwv66.6", chorale, 120),
            ("bwv66.6", chorale, 140), ("bwv7.7", long_chorale, 90), ("bwv7.7", long_chorale, 130)]
    results, onsets = [], []
    for i, (name, notes, bpm) in enumerate(runs):  # improv configured 20% off the player, either way
        r, o = scenario(name, notes, bpm, seed=args.seed, grid=bpm * args.off ** (-1) ** i)
        results.append(r)
        onsets.append(o)
    for r, o in (scenario("bwv7.7 ramp", long_chorale, 100, 130, seed=args.seed, grid=120),
                 scenario("bwv7.7 ±3%", long_chorale, 110, jitter=0.03, seed=args.seed, grid=120),
                 scenario("bwv7.7 syncopated", syncopate(long_chorale, rng), 115, seed=args.seed, grid=100)):
        results.append(r)
        onsets.append(o)
    at4 = [r["tempo_err_at_4_bars_pct"] for r in results]
    phase = [r["phase_err_median_ms"] for r in results if isinstance(r["bpm"], (int, float)) and 100 <= r["bpm"] <= 140]
    tracker_us, listener_us = cost_per_onset(onsets)
    print(json.dumps({"bench": "tempo", "configured_off_by": args.off, "steps_per_beat": SPB,
                      "tempo_err_at_4_bars_median_pct": round(float(np.median(at4)), 2),
                      "tempo_err_at_4_bars_worst_pct": round(float(max(at4)), 2),
                      "phase_err_median_ms_100_140": round(float(np.median(phase)), 1),
                      "ramp_lag_beats": next(r["ramp_lag_beats"] for r in results if "ramp_lag_beats" in r),
                      "tracker_us_per_note": round(tracker_us, 1), "listener_us_per_note": round(listener_us, 1),
                      "cost_ratio": round(tracker_us / listener_us, 2), "runs": results}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
