"""Tempo following, in process with explicit times: a player simulated from real pieces (several
tempi, a ramp 100 -> 130 BPM over 16 bars, ±3% random timing, syncopation; chords as note-ons
spread over 25 ms) fed to TempoTracker, and a step grid steered by GridFollower as the step loop
would, starting 20% off the player's tempo (either way; the ramp and ±3% runs at 120, the
syncopated one at 100). Prints one JSON line: the grid's tempo error after the player's first 4 bars
(median, worst), its beats against the player's (median, 100-140 BPM), the ramp lag in beats, and
the tracker's cost per onset beside the listener's cost per note measured in the same run.

With --jack the same players (70/100/140 BPM, the ramp, ±3%, syncopated) are a process of their
own playing into a real `improv run --mode accompany --clock player` each (private XDG folders,
a bundle with a note on every step) on a private JACK server; wall-clock witnesses hear the
player and improv, improv's MIDI clock out numbers its steps. The figures are on improv's heard
notes: its tempo after the player's first 4 bars, its beats against the player's, the ramp lag,
the largest beat-to-beat change of its grid, and what the path lost. About 3 minutes.

    python bench/tempo.py [--off 1.2] [--seed 1] [--jack]
"""
from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from improv.data.corpus import corpus_files, read_file  # noqa: E402
from improv.midi.listener import Listener  # noqa: E402
from improv.music.tempo import TempoTracker
from improv.app.tempo import follow  # noqa: E402

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


# ---------------------------------------------------------------- through JACK: a player process into `improv run`

def play(target: str, name: str) -> int:
    """The player, as a process of its own (as a keyboard is): a JACK MIDI port NAME:out
    connected to TARGET. Prints "ready"; sends active sensing (which improv ignores) at each
    "probe" line, so the caller can learn when a witness hears it; then reads one JSON line of
    notes [[seconds, length, pitch], ...], plays them from now, prints "played" and waits for a
    line to close its port."""
    import rtmidi
    out = rtmidi.MidiOut(rtmidi.API_UNIX_JACK, name=name)
    out.open_port(out.get_ports().index(target), "out")
    print("ready", flush=True)
    while (line := sys.stdin.readline()) == "probe\n":
        out.send_message([0xFE])
    events = sorted([(t, 1, p) for t, _, p in json.loads(line)] + [(t + d, 0, p) for t, d, p in json.loads(line)])
    start = time.monotonic() + 0.2
    for when, on, pitch in events:  # note-offs first where a note ends as the next one begins
        while (left := start + when - time.monotonic()) > 0:
            time.sleep(left)
        out.send_message([0x90, pitch, 90] if on else [0x80, pitch, 0])
    print("played", flush=True)
    sys.stdin.readline()
    out.close_port()
    return 0


@dataclass
class Heard:
    """One performance through JACK: the player's note-ons as a witness heard them (wall clock,
    in the order sent), improv's note-ons (wall clock) with the step each was played on, what
    improv logged, and its status.json when it stopped."""
    player: np.ndarray
    improv: np.ndarray
    steps: np.ndarray
    sent: int       # note-ons the player sent
    unmatched: int  # improv's notes one of its two witnesses missed
    tick_slips: int  # notes whose step by the clock ticks before them is not their step by time
    log: str
    status: dict
    stuck: set


def perform(server, folder: Path, bundle: Path, notes: list[tuple[float, float, int]], bpm: float, tag: str,
            hold: float = 2.0) -> Heard:
    """A player process plays `notes` ((seconds, length, pitch), sorted) into
    `improv run --mode accompany --clock player --clock-out --tempo BPM`, with a bundle that
    plays a note on every step (tests/bundles.py one_step_notes); witnesses hear both. improv
    plays on for `hold` seconds after the player's last note, then stops. improv's MIDI clock out
    (6 ticks a step, tick 6k sent just before step k's note) tells each of its notes' step."""
    from bench.private import private_env
    from tests.jack import Dump, WallWitness, is_on, start_improv, stuck
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "config.yaml"
    config.write_text("jam:\n  density: 1.0\n")  # a note on every step, while the player plays too
    env = private_env(folder)
    client, name = f"it{tag}", f"pl{tag}"
    # The dump is there before improv and improv plays to it from its first message (MIDI start),
    # so that counting the clock ticks before each note gives that note's step.
    dump = Dump(server, f"{tag}du")
    try:
        improv = start_improv(server, folder, "--name", client, "--model", str(bundle), "--config", str(config),
                              "--mode", "accompany", "--clock", "player", "--clock-out", "--tempo", f"{bpm:g}",
                              "--out", f"{tag}du:input", env_extra=env)
    except BaseException:
        dump.proc.kill()
        raise
    player, ears = None, [dump]
    try:
        player = subprocess.Popen([sys.executable, __file__, "--play", f"{client}:in", name], env=server.python_env(),
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        if player.stdout.readline().strip() != "ready":
            raise AssertionError("the player process did not start")
        ears.append(sent := WallWitness(server, f"{tag}se", f"{name}:out"))
        ears.append(played := WallWitness(server, f"{tag}pe", f"{client}-out:out"))
        for _ in range(50):  # until the witness hears the player: its connection is live
            player.stdin.write("probe\n")
            player.stdin.flush()
            if sent.wait_for(lambda ev: ev, 0.2):
                break
        else:
            raise AssertionError("the witness never heard the player's probe")
        player.stdin.write(json.dumps([[round(t, 6), round(d, 6), int(p)] for t, d, p in notes]) + "\n")
        player.stdin.flush()
        if player.stdout.readline().strip() != "played":
            raise AssertionError("the player process stopped before the end")
        sent.wait_for(lambda ev: sum(is_on(m) for _, m in ev) >= len(notes), 5.0)  # any lost are counted
        last = max(t for t, m in sent.events if is_on(m))
        if not played.wait_for(lambda ev: ev and ev[-1][0] >= last + hold, hold + 30):
            raise AssertionError(f"improv played nothing {hold} s after the player stopped")
        player.stdin.write("done\n")
        player.stdin.flush()
        player.wait(10)
        heard_sent, heard = sent.stop(settle=False), played.stop(settle=False)
    except BaseException:
        for ear in ears:
            ear.proc.kill()
        raise
    finally:
        if player is not None and player.poll() is None:
            player.kill()
        log = stop(improv)
    dump.settle()  # improv releases what it was playing when it stops
    dumped = dump.stop(settle=False)
    if improv.returncode != 0:
        raise AssertionError(f"improv exited with {improv.returncode}: {log[-2000:]}")
    status_file = Path(env["XDG_RUNTIME_DIR"]) / "improv" / "status.json"
    status = json.loads(status_file.read_text()) if status_file.exists() else {}
    steps, ticks, ons = [], 0, []
    for _, msg in dumped:
        if msg == [0xF8]:
            ticks += 1
        elif is_on(msg):
            steps.append(round((ticks - 1) / 6))  # tick 6k goes out just before step k's note
            ons.append(msg)
    wall = [(t, m) for t, m in heard if is_on(m)]
    pairs, unmatched = align([m for _, m in wall], ons)
    times = np.array([wall[i][0] for i, _ in pairs])
    by_ticks = np.array([steps[j] for _, j in pairs])
    by_time = step_numbers(times, by_ticks, 60.0 / bpm / SPB)
    return Heard(np.array([t for t, m in heard_sent if is_on(m)]), times, by_time, len(notes), unmatched,
                 int((by_ticks != by_time).sum()), log, status, stuck(dumped))


def step_numbers(t: np.ndarray, by_ticks: np.ndarray, step: float) -> np.ndarray:
    """Each note's step: the clock ticks before it (exact, and through a stall too: the ticks and
    the notes that fell due go out together), repaired where a tick was lost on the way, which
    would shift every later count: where the count between two notes disagrees with the time
    between them and still does over the next notes, a stall did not cause it."""
    out, shift = by_ticks.copy(), 0
    for i in range(1, len(t)):
        if i > 8:  # the grid's step now, from the last notes at different steps (a chord's are at one)
            dt, dk = np.diff(t[i - 9:i]), np.diff(out[i - 9:i])
            if (dk > 0).any():
                step = float(np.median(dt[dk > 0] / dk[dk > 0]))
        end = min(i + 6, len(t) - 1)
        by_time = max(1, round((t[i] - t[i - 1]) / step))
        if by_ticks[i] - by_ticks[i - 1] != by_time and end > i:
            shift += round((t[end] - t[i - 1]) / step) - (by_ticks[end] - by_ticks[i - 1])
        out[i] = by_ticks[i] + shift
    return out


def align(later: list, earlier: list) -> tuple[list[tuple[int, int]], int]:
    """The note-ons one witness heard paired with those another, connected earlier, heard: (index
    in later, index in earlier) of each note both heard, and how many in the stretch both heard
    only one did (a message lost on the way to one of them)."""
    match = SequenceMatcher(None, [tuple(m) for m in later], [tuple(m) for m in earlier], autojunk=False)
    pairs = [(i + d, j + d) for i, j, n in match.get_matching_blocks() for d in range(n)]
    if len(pairs) < 16:
        raise AssertionError(f"the two witnesses of improv's output heard different notes ({len(pairs)} in common)")
    both = pairs[-1][0] - pairs[0][0] + 1 + pairs[-1][1] - pairs[0][1] + 1
    return pairs, both - 2 * len(pairs)


def stop(improv: subprocess.Popen) -> str:
    """SIGTERM, as systemd stops it; its log."""
    if improv.poll() is None:
        improv.send_signal(signal.SIGTERM)
    try:
        log, _ = improv.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        improv.kill()
        log, _ = improv.communicate()
    improv.notify.close()
    return log


def schedule(beats, lengths, pitches, seconds, jitter: float = 0.0, spread: float = 0.025, seed: int = 0):
    """The player's notes (seconds, length, pitch), sorted as the player sends them, from a piece's
    beats: ±jitter beats of random timing per onset (a chord's notes together), a chord's notes
    after its first over up to `spread` seconds, each released at 90% of its length."""
    rng = np.random.default_rng(seed)
    uniq, group = np.unique(beats, return_inverse=True)
    late = rng.uniform(-jitter, jitter, len(uniq))[group]
    strum = rng.uniform(0, spread, len(beats))
    first = np.full(len(uniq), np.inf)
    np.minimum.at(first, group, strum)
    strum -= first[group]
    on = seconds(beats + late) + strum  # a chord's first note on the (jittered) beat
    off = seconds(beats + late + lengths * 0.9)
    return [(float(on[i]), float(max(off[i] - on[i], 0.05)), int(pitches[i])) for i in np.lexsort((pitches, on))]


def measure(h: Heard, notes: list, seconds, tempo, beats: float, ramp: tuple | None = None) -> dict:
    """Figures of one performance, on the wall clock. The player's beats: their beat clock, placed
    where the witness heard their notes (the median offset from when they were sent). improv's
    grid: its notes at their steps (4 a beat); its tempo a robust line through each 2 beats of
    steps, from which a note sent late stands out (notes_off_grid_*, left out of the beat-to-beat
    change); its beats the steps whose index is a multiple of 4."""
    sent = np.array([n[0] for n in notes])
    # Each note heard against the nearest one sent (after the first's offset): a lost note shifts nothing.
    near = sent[np.abs((h.player - h.player[0] + sent[0])[:, None] - sent[None, :]).argmin(axis=1)]
    offset = float(np.median(h.player - near))
    ends = beats + 16
    beat_times = offset + seconds(np.arange(0.0, ends + 1))
    k, t = h.steps, h.improv
    pos = np.interp(t, beat_times, np.arange(ends + 1))      # improv's notes in the player's beats
    after4, last = beat_times[16], h.player.max()
    during = (t >= after4) & (t <= last)
    on_beat = during & (k % SPB == 0)
    phase = (pos - np.round(pos))[on_beat] * 60.0 / tempo(pos[on_beat])
    tempi, off_grid, late = [], [], set()  # (player's beat position, improv's tempo) from each grid beat's next 2 beats
    for kb in k[(k % SPB == 0) & (t >= after4)]:
        inside = (k >= kb) & (k < kb + 2 * SPB)
        if inside.sum() >= SPB + 1:
            step, resid = robust_line(k[inside], t[inside])
            if t[k == kb][0] <= last:
                tempi.append((float(np.interp(kb + SPB, k, pos)), 60.0 / (step * SPB)))
            first = k[inside] < kb + SPB  # each note once: those of the window's first beat
            off_grid += resid[first].tolist()
            late.update(k[inside][first][resid[first] > 0.010].tolist())
    tempi, off_grid = np.array(tempi), np.array(off_grid) * 1000
    err = np.abs(tempi[:, 1] / tempo(tempi[:, 0]) - 1)
    whole = np.polyfit(k[during], t[during], 1)[0]
    held = t > last + 60.0 / float(tempo(beats))  # a beat after the player's last note
    change, change_at = beat_change(k, t, late)
    # improv's notes against the player's nearest sixteenth: needs no step numbers
    sixteenth = ((pos * SPB - np.round(pos * SPB)) / SPB * 60.0 / tempo(pos))[during]
    out = {"tempo_err_at_4_bars_pct": round(100 * float(err[0]), 2),
           "tempo_err_after_median_pct": round(100 * float(np.median(err)), 2),
           "tempo_err_after_worst_pct": round(100 * float(err.max()), 2),
           "grid_bpm_after_4_bars": round(float(60.0 / (whole * SPB)), 2),
           "phase_err_median_ms": round(1000 * float(np.median(np.abs(phase))), 1),
           "phase_err_p90_ms": round(1000 * float(np.percentile(np.abs(phase), 90)), 1),
           "phase_bias_ms": round(1000 * float(np.median(phase)), 1),
           "notes_to_sixteenth_median_ms": round(1000 * float(np.median(np.abs(sixteenth))), 1),
           "held_bpm": round(60.0 / (robust_line(k[held], t[held])[0] * SPB), 2) if held.sum() > SPB else None,
           "status_grid_bpm": h.status.get("tempo_bpm"),
           "status_heard_bpm": h.status.get("tempo_follow", {}).get("bpm"),
           "max_beat_change_pct": round(100 * change, 1),
           "max_beat_change_at_player_beat": round(float(np.interp(change_at, beat_times, np.arange(ends + 1))), 1),
           "notes_off_grid_p99_ms": round(float(np.percentile(off_grid, 99)), 1),
           "notes_off_grid_over_10ms": int((off_grid > 10).sum()),
           "steps_missing": int(k.max() - k.min() + 1 - len(np.unique(k))),
           "player_notes_lost": h.sent - len(h.player), "improv_notes_in": h.status.get("notes_in"),
           "improv_notes_one_witness_missed": h.unmatched, "step_by_ticks_differs": h.tick_slips,
           "improv_messages_received": h.status.get("messages_received"),
           "improv_messages_dropped": h.status.get("messages_dropped"),
           "stuck_notes": len(h.stuck)}
    if ramp is not None:  # lag: how many beats behind the ramp improv's tempo runs
        slope = (ramp[1] - ramp[0]) / 64
        rising = (tempi[:, 0] > 24) & (tempi[:, 0] < 64)
        out["ramp_lag_beats"] = round(float(np.median((tempo(tempi[rising, 0]) - tempi[rising, 1]) / slope)), 2)
    return out


def robust_line(k: np.ndarray, t: np.ndarray) -> tuple[float, np.ndarray]:
    """Theil-Sen: the median slope over all pairs, so that one note a loaded machine sent late does
    not tilt the line; returns (seconds per step, each note's distance from the line)."""
    i, j = np.triu_indices(len(k), 1)
    apart = k[j] != k[i]  # a chord's notes share a step: no slope between them
    step = float(np.median((t[j] - t[i])[apart] / (k[j] - k[i])[apart]))
    return step, np.abs(t - step * k - np.median(t - step * k))


def beat_change(k: np.ndarray, t: np.ndarray, late: set = frozenset()) -> tuple[float, float]:
    """The largest change of the grid's beat length from one beat to the next (tempo and phase
    corrections together), where both beats were heard whole and on time (not in `late`), and
    the time it ends."""
    at = {step: when for step, when in zip(k.tolist(), t.tolist()) if step not in late}
    starts = [s for s in range(int(k.min()) - int(k.min()) % SPB, int(k.max()), SPB)
              if s in at and s + SPB in at and s + 2 * SPB in at]
    change = [(abs((at[s + 2 * SPB] - at[s + SPB]) / (at[s + SPB] - at[s]) - 1), at[s + 2 * SPB]) for s in starts]
    return max(change) if change else (0.0, 0.0)


def jack_bench(seed: int, off: float) -> dict:
    """The players through a private JACK server into `improv run`, each into an improv of its
    own, configured `off` from the player's tempo (either way)."""
    from tests.bundles import one_step_notes
    from tests.jack import JackServer
    p66 = read_file(corpus_files("bach/bwv66.6")[0], parts="all")[0]
    p77 = read_file(corpus_files("bach/bwv7.7")[0], parts="all")[0]
    rng = np.random.default_rng(seed)
    runs = [("bwv66.6", p66, p66.onsets, 70, None, 0.0, 70 * off),
            ("bwv66.6", p66, p66.onsets, 100, None, 0.0, 100 * off),
            ("bwv66.6", p66, p66.onsets, 140, None, 0.0, 140 / off),
            ("bwv7.7 ramp", p77, p77.onsets, 100, 130, 0.0, 120),
            ("bwv66.6 ±3%", p66, p66.onsets, 110, None, 0.03, 120),
            ("bwv66.6 syncopated", p66, syncopate(p66.onsets, rng), 115, None, 0.0, 100)]
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        server = JackServer.start(Path(tmp), "it")
        try:
            bundle = one_step_notes(Path(tmp) / "bundle")
            for i, (name, p, beats, bpm0, bpm1, jitter, grid) in enumerate(runs):
                seconds, tempo = clock(bpm0, bpm1)
                notes = schedule(beats, p.durations, p.pitches, seconds, jitter, seed=seed + i)
                heard = perform(server, Path(tmp) / f"run{i}", bundle, notes, grid, f"{i}")
                r = measure(heard, notes, seconds, tempo, float(np.max(beats)), None if bpm1 is None else (bpm0, bpm1))
                results.append({"name": name, "bpm": bpm0 if bpm1 is None else f"{bpm0}->{bpm1}",
                                "improv_start_bpm": round(grid, 1), **r})
        finally:
            server.stop()
    at4 = [r["tempo_err_at_4_bars_pct"] for r in results]
    mid = [r for r in results if isinstance(r["bpm"], (int, float)) and 100 <= r["bpm"] <= 140]
    phase = [r["phase_err_median_ms"] for r in mid]
    return {"bench": "tempo", "path": "jack", "configured_off_by": off, "steps_per_beat": SPB,
            "tempo_err_at_4_bars_median_pct": round(float(np.median(at4)), 2),
            "tempo_err_at_4_bars_worst_pct": round(float(max(at4)), 2),
            "phase_err_median_ms_100_140": round(float(np.median(phase)), 1),
            "notes_to_sixteenth_median_ms_100_140": round(float(np.median([r["notes_to_sixteenth_median_ms"]
                                                                           for r in mid])), 1),
            "runs_with_lost_messages": sum(r["player_notes_lost"] + r["improv_notes_one_witness_missed"] > 0
                                           for r in results),
            "ramp_lag_beats": next(r["ramp_lag_beats"] for r in results if "ramp_lag_beats" in r),
            "max_beat_change_pct": max(r["max_beat_change_pct"] for r in results),
            "stuck_notes": sum(r["stuck_notes"] for r in results), "runs": results}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--off", type=float, default=1.2, help="improv's configured tempo over the player's (and under)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jack", action="store_true", help="through a private JACK server into `improv run`")
    ap.add_argument("--play", nargs=2, metavar=("TARGET", "NAME"), help=argparse.SUPPRESS)  # the player process
    args = ap.parse_args()
    if args.play:
        return play(*args.play)
    if args.jack:
        print(json.dumps(jack_bench(args.seed, args.off)))
        return 0
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
