"""`improv tempo`: the tempo improv hears in a MIDI file, over time, as `--clock player` would
(the estimator itself: improv/music/tempo.py)."""
from __future__ import annotations

import math

import numpy as np

from ..data import corpus
from ..midi.clock import Grid
from ..music.tempo import GridFollower, TempoTracker


def follow(onsets, bpm: float = 120.0, steps_per_beat: int = 4, start: float = 0.0, end: float | None = None,
           tracker: TempoTracker | None = None, **steer_options) -> tuple[np.ndarray, np.ndarray, TempoTracker]:
    """A step grid at `bpm` from `start` steered by a player's onsets (seconds, sorted) as the step loop runs
    it: the onsets so far fed, then a steer, before each next step. Returns (step times, lengths, tracker)."""
    tracker = tracker or TempoTracker(bpm=bpm)
    follower = GridFollower(tracker, steps_per_beat, tracker.lo, tracker.hi, **steer_options)
    grid = Grid(bpm, steps_per_beat, start)
    onsets = list(onsets)
    end = onsets[-1] + 1.0 if end is None else end
    times, lengths, i, k = [], [], 0, 0
    while grid.time_of(k) <= end:
        now = grid.time_of(k)
        times.append(now)
        lengths.append(grid.step_seconds)
        while i < len(onsets) and onsets[i] <= now:
            tracker.onset(onsets[i])
            i += 1
        r = follower.steer(k + 1, grid.time_of(k + 1), grid.step_seconds, now)
        if r:
            grid.anchor(k + 1, r.anchor_time, r.step_seconds)
        k += 1
    return np.array(times), np.array(lengths), tracker


# ---------------------------------------------------------------- offline: what the tracker hears in a file

def file_onsets(path: str) -> np.ndarray:
    """Note onsets of a MIDI file (or score, or corpus:name) in seconds, through improv's reader
    and the file's tempo map. Raises ValueError with a one-line message."""
    source = path
    if path.startswith(corpus.CORPUS_PREFIX):
        found = corpus.corpus_files(path[len(corpus.CORPUS_PREFIX):])
        if not found:
            raise ValueError(f"{path}: no such piece in music21's corpus (try corpus:bach/bwv66.6)")
        source = found[0]
    try:
        pieces = corpus.read_file(source, parts="all")
    except corpus.Skip as e:
        raise ValueError(f"{path}: {e}; give a MIDI file with notes") from None
    beats = np.unique(np.concatenate([p.onsets for p in pieces[:1]]))
    marks = sorted(pieces[0].tempos) or [(0.0, 120.0)]
    if marks[0][0] > 0:
        marks.insert(0, (0.0, marks[0][1]))
    starts, spb = np.array([b for b, _ in marks]), np.array([60.0 / bpm for _, bpm in marks])
    at = np.concatenate(([0.0], np.cumsum(np.diff(starts) * spb[:-1])))  # seconds at each tempo mark
    i = np.searchsorted(starts, beats, side="right") - 1
    return at[i] + (beats - starts[i]) * spb[i]


def suggest(path: str, bpm: float = 120.0, every_beats: float = 4.0) -> list[tuple[float, float, float]]:
    """(time_s, bpm, confidence) every few beats of what the tracker hears, as if the file were
    played into improv configured at `bpm`."""
    tracker = TempoTracker(bpm=bpm)
    heard: list[tuple[float, float, float]] = []
    next_report = -math.inf  # the first onset is reported
    for t in file_onsets(path):
        tracker.onset(float(t))
        if t >= next_report:
            heard.append((float(t), tracker.bpm, tracker.confidence))
            next_report = t + every_beats * tracker.beat_seconds
    return heard


def report_lines(path: str, bpm: float = 120.0) -> list[str]:
    """What `improv tempo FILE` prints: the estimate over time and a suggested tempo."""
    heard = suggest(path, bpm)
    lines = [f"{'time':>8}  {'tempo':>7}  confidence"]
    lines += [f"{t:7.2f}s  {b:7.1f}  {c:10.2f}" for t, b, c in heard]
    sure = [b for _, b, c in heard if c >= 1.0]
    return lines + [f"suggested tempo: {np.median(sure[len(sure) // 2:]):.1f} BPM" if sure
                    else f"no steady beat heard; the configured {bpm:g} BPM would hold"]
