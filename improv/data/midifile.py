"""Writing tokens to MIDI files and drawing piano rolls (offline; the live path never uses this)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import mido

from ..music.notes import Token


@dataclass
class Note:
    start: float   # beats
    length: float  # beats
    pitch: int
    velocity: int = 80


def token_notes(tokens: Sequence[Token], steps_per_beat: int, start: float = 0.0, velocity: int = 80,
                transpose: int = 0) -> tuple[list[Note], float]:
    """The notes that tokens play, back to back; returns (notes, the beat after the last token)."""
    notes, at = [], start
    for tok in tokens:
        length = tok.steps / steps_per_beat
        for p in tok.pitches:
            if 0 <= p + transpose <= 127:
                notes.append(Note(at, length, p + transpose, velocity))
        at += length
    return notes, at


def write_midi(path: Path, tracks: dict[str, list[Note]], tempo_bpm: float = 120.0, tpb: int = 480,
               channels: Sequence[int] | None = None, gate: float = 1.0) -> None:
    """One track per part (channel 1, 2, ... unless given); every note-on has its note-off."""
    mid = mido.MidiFile(type=1, ticks_per_beat=tpb)
    meta = mido.MidiTrack([mido.MetaMessage("set_tempo", tempo=mido.bpm2tempo(tempo_bpm), time=0),
                           mido.MetaMessage("time_signature", numerator=4, denominator=4, time=0)])
    mid.tracks.append(meta)
    for k, (name, notes) in enumerate(tracks.items()):
        ch = channels[k] if channels else k
        events = []
        for n in notes:
            on = round(n.start * tpb)
            off = max(on + 1, round((n.start + n.length * gate) * tpb))
            events.append((on, 1, mido.Message("note_on", channel=ch, note=n.pitch, velocity=n.velocity)))
            events.append((off, 0, mido.Message("note_off", channel=ch, note=n.pitch, velocity=0)))
        events.sort(key=lambda e: (e[0], e[1]))  # offs before ons at the same tick
        track = mido.MidiTrack([mido.MetaMessage("track_name", name=name, time=0),
                                mido.Message("program_change", channel=ch, program=0, time=0)])
        now = 0
        for tick, _, msg in events:
            track.append(msg.copy(time=tick - now))
            now = tick
        mid.tracks.append(track)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    mid.save(str(path))


def piano_roll(path: Path, tracks: dict[str, list[Note]], title: str = "") -> None:
    """A PNG with one colour per track."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import Patch
    colours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd"]
    fig, ax = plt.subplots(figsize=(12, 4.5))
    handles = []
    lo, hi, end = 127, 0, 1.0
    for k, (name, notes) in enumerate(tracks.items()):
        colour = colours[k % len(colours)]
        for n in notes:
            ax.broken_barh([(n.start, n.length * 0.95)], (n.pitch - 0.4, 0.8), facecolors=colour)
            lo, hi, end = min(lo, n.pitch), max(hi, n.pitch), max(end, n.start + n.length)
        handles.append(Patch(color=colour, label=f"{name} ({len(notes)} notes)"))
    ax.set(xlabel="beats", ylabel="MIDI pitch", title=title, xlim=(0, end), ylim=(min(lo, hi) - 2, max(lo, hi) + 2))
    ax.legend(handles=handles, loc="upper right")
    ax.grid(axis="x", alpha=0.3)
    fig.tight_layout()
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=90)
    plt.close(fig)
