"""Reading music into note events: MIDI files with mido, scores and music21's corpus with music21.

Every file that cannot be read raises Skip with one of the documented reasons below.
"""
from __future__ import annotations

import io
import os
from pathlib import Path
import numpy as np
import mido
from mido.midifiles.meta import KeySignatureError

from ..music.notes import Piece

MIDI_SUFFIXES = {".mid", ".midi", ".kar"}
SCORE_SUFFIXES = {".mxl", ".musicxml", ".xml", ".abc", ".krn"}
MUSIC_SUFFIXES = MIDI_SUFFIXES | SCORE_SUFFIXES
CORPUS_PREFIX = "corpus:"
DRUM_CHANNEL = 9  # MIDI channel 10, counted from 0
PIANO_WORDS = ("piano", "keyboard", "klavier", "harpsichord", "cembalo", "clavier")

# The reasons a file is skipped; a test checks each one.
EMPTY = "empty file"
TRUNCATED = "truncated MIDI data"
DATA_BYTE = "corrupt MIDI data: a data byte over 127 inside a message"
NOT_MIDI = "not MIDI (no MThd header)"
ZERO_TPB = "zero ticks per beat"
SMPTE = "SMPTE time division (not supported)"
TYPE2 = "type 2 MIDI (independent sequences, not supported)"
NO_NOTES = "no notes"
DRUMS_ONLY = "drums only"
TOO_BIG = "over the size cap"
TIMEOUT = "parse over the time limit"
CRASHED = "the parser crashed"
UNREADABLE = "unreadable score"
UNSUPPORTED = "unsupported file type"


class Skip(Exception):
    """A file that yields no piece; str(self) is the reason."""


def expand_sources(sources: list[str]) -> tuple[list[str], list[str]]:
    """Turn SOURCE arguments into file paths (and corpus files). Returns (files, errors)."""
    files: list[str] = []
    errors: list[str] = []
    for src in sources:
        if src.startswith(CORPUS_PREFIX):
            found = corpus_files(src[len(CORPUS_PREFIX):])
            if not found:
                errors.append(f"{src}: no such piece or composer in music21's corpus "
                              "(try corpus:bach or corpus:bach/bwv66.6)")
            files.extend(found)
            continue
        path = Path(src)
        if path.is_dir():
            files.extend(str(p) for p in sorted(path.rglob("*"))
                         if p.is_file() and p.suffix.lower() in MUSIC_SUFFIXES)
        elif path.is_file():
            files.append(str(path))
        else:
            errors.append(f"{src}: no such file or directory")
    seen: set[str] = set()
    unique = [f for f in files if not (f in seen or seen.add(f))]
    return unique, errors


def corpus_files(name: str) -> list[str]:
    """Files of music21's built-in corpus: a composer ('bach') or a work ('bach/bwv66.6')."""
    from music21 import corpus
    name = name.strip("/")
    if not name:
        return []
    if "/" not in name:
        found = corpus.getComposer(name)
        if found:
            return sorted(str(p) for p in found if Path(p).suffix.lower() in MUSIC_SUFFIXES)
    try:
        found = corpus.getWork(name)
    except Exception:  # music21 raises its own CorpusException and others for unknown names
        return []
    if isinstance(found, (list, tuple)):
        return sorted(str(p) for p in found if Path(p).suffix.lower() in MUSIC_SUFFIXES)
    return [str(found)] if found else []


def read_file(path: str, parts: str = "piano", max_bytes: int = 20 * 2**20) -> list[Piece]:
    """Read one file into pieces (a score collection can hold several). Raises Skip."""
    try:
        size = os.stat(path).st_size
    except OSError as e:
        raise Skip(f"cannot open: {e.strerror}") from None
    if size == 0:
        raise Skip(EMPTY)
    if size > max_bytes:
        raise Skip(f"{TOO_BIG} ({size / 2**20:.1f} MB > {max_bytes / 2**20:g} MB)")
    suffix = Path(path).suffix.lower()
    if suffix in SCORE_SUFFIXES:
        return read_score(path, parts)
    with open(path, "rb") as f:
        data = f.read()
    if suffix in MIDI_SUFFIXES or data.startswith(b"MThd"):  # a MIDI file by its header, whatever its name
        return [read_midi(data, Path(path).name, parts)]
    kind = f"'{suffix}'" if suffix else "(no suffix, and not MIDI)"
    raise Skip(f"{UNSUPPORTED} {kind}: improv reads MIDI ({', '.join(sorted(MIDI_SUFFIXES))}) and "
               f"scores ({', '.join(sorted(SCORE_SUFFIXES))}); rename the file if it is one of these")


# ---------------------------------------------------------------- MIDI, through mido

def _check_header(data: bytes) -> None:
    if not data:
        raise Skip(EMPTY)
    if data[:4] != b"MThd":
        raise Skip(NOT_MIDI)
    if len(data) < 14:
        raise Skip(TRUNCATED)
    fmt = int.from_bytes(data[8:10], "big")
    division = int.from_bytes(data[12:14], "big")
    if division & 0x8000:
        raise Skip(SMPTE)
    if division == 0:
        raise Skip(ZERO_TPB)
    if fmt == 2:
        raise Skip(TYPE2)
    if fmt > 2:
        raise Skip(f"{NOT_MIDI[:8]} (unknown format {fmt})")


def read_midi(data: bytes, name: str, parts: str = "piano") -> Piece:
    _check_header(data)
    try:
        # clip=False: mido's clip=True turns a data byte over 127 (corrupt data) into 127, a note
        # that was never played and, its note-off clipped the same way or not, may never end
        mid = mido.MidiFile(file=io.BytesIO(data), clip=False)
    except EOFError:
        raise Skip(TRUNCATED) from None
    except (OSError, ValueError, KeyError, IndexError, TypeError, KeySignatureError) as e:
        if "data byte" in str(e):
            raise Skip(DATA_BYTE) from None
        raise Skip(f"{TRUNCATED}: {e}" if "end" in str(e).lower() else f"corrupt MIDI data: {e}") from None
    tpb = mid.ticks_per_beat

    programs: dict[int, list[tuple[int, int]]] = {}
    tempos: list[tuple[float, float]] = []
    signatures: list[tuple[float, str]] = []
    raw: list[tuple[int, int, int, int, int, bool]] = []  # start, end, pitch, velocity, channel, named piano
    for track in mid.tracks:
        named_piano = any(w in (track.name or "").lower() for w in PIANO_WORDS)
        tick = 0
        held: dict[tuple[int, int], list[tuple[int, int]]] = {}
        for msg in track:
            tick += msg.time
            kind = msg.type
            if kind == "note_on" and msg.velocity > 0:
                held.setdefault((msg.channel, msg.note), []).append((tick, msg.velocity))
            elif kind == "note_off" or kind == "note_on":
                stack = held.get((msg.channel, msg.note))
                if stack:  # a note-off with no note-on is ignored
                    start, vel = stack.pop(0)
                    raw.append((start, tick, msg.note, vel, msg.channel, named_piano))
            elif kind == "program_change":
                programs.setdefault(msg.channel, []).append((tick, msg.program))
            elif kind == "set_tempo":
                tempos.append((tick / tpb, round(mido.tempo2bpm(msg.tempo), 3)))
            elif kind == "time_signature":
                signatures.append((tick / tpb, f"{msg.numerator}/{msg.denominator}"))
        for (channel, pitch), stack in held.items():  # notes never released end with the track
            for start, vel in stack:
                raw.append((start, max(tick, start + 1), pitch, vel, channel, named_piano))
    if not raw:
        raise Skip(NO_NOTES)
    arr = np.array(raw, dtype=np.int64)
    drums = arr[:, 4] == DRUM_CHANNEL
    if drums.all():
        raise Skip(DRUMS_ONLY)
    arr = arr[~drums]
    if parts == "piano":
        piano = arr[:, 5].astype(bool) | np.array(
            [0 <= _program_at(programs.get(int(ch), []), int(t)) <= 7 for t, ch in zip(arr[:, 0], arr[:, 4])])
        if piano.any():
            arr = arr[piano]
    arr = arr[np.lexsort((arr[:, 2], arr[:, 0]))]
    return Piece(name=name,
                 onsets=arr[:, 0] / tpb,
                 durations=(arr[:, 1] - arr[:, 0]) / tpb,
                 pitches=arr[:, 2].astype(np.int16),
                 velocities=arr[:, 3].astype(np.int16),
                 tempos=sorted(set(tempos)) or [(0.0, 120.0)],
                 time_signatures=sorted(set(signatures)) or [(0.0, "4/4")])


def _program_at(changes: list[tuple[int, int]], tick: int) -> int:
    """The General MIDI program in force at `tick` (0, acoustic grand piano, if never set)."""
    program = 0
    for t, p in changes:
        if t > tick:
            break
        program = p
    return program


# ---------------------------------------------------------------- scores, through music21

def read_score(path: str, parts: str = "piano") -> list[Piece]:
    from music21 import converter, stream
    try:
        parsed = converter.parse(path)
    except Exception as e:  # music21 raises many kinds of errors on bad scores
        first = (str(e).strip().splitlines() or [type(e).__name__])[0][:120]
        raise Skip(f"{UNREADABLE}: {first}") from None
    scores = list(parsed.scores) if isinstance(parsed, stream.Opus) else [parsed]
    pieces = []
    for i, score in enumerate(scores):
        name = Path(path).name if len(scores) == 1 else f"{Path(path).name}#{i + 1}"
        try:
            pieces.append(score_to_piece(score, name, parts))
        except Skip:
            if len(scores) == 1:
                raise
    if not pieces:
        raise Skip(NO_NOTES)
    return pieces


def _is_piano(part) -> bool:
    from music21 import instrument
    inst = part.getInstrument(returnDefault=False)
    name = " ".join(str(x or "") for x in (getattr(part, "partName", None), getattr(inst, "instrumentName", None)))
    return isinstance(inst, instrument.KeyboardInstrument) or any(w in name.lower() for w in PIANO_WORDS)


def _is_drums(part) -> bool:
    from music21 import instrument
    inst = part.getInstrument(returnDefault=False)
    return isinstance(inst, instrument.UnpitchedPercussion) or getattr(inst, "midiChannel", None) == DRUM_CHANNEL


def score_to_piece(score, name: str, parts: str = "piano") -> Piece:
    from music21 import meter, tempo
    all_parts = list(getattr(score, "parts", [])) or [score]
    pitched = [p for p in all_parts if not _is_drums(p)]
    if all_parts and not pitched:
        raise Skip(DRUMS_ONLY)
    chosen = pitched
    if parts == "piano":
        chosen = [p for p in pitched if _is_piano(p)] or pitched
    rows: list[tuple[float, float, int, int]] = []
    for part in chosen:
        for n in part.stripTies().flatten().notes:
            ql = float(n.quarterLength)
            if ql <= 0:  # grace notes take no time on the grid
                continue
            vel = int(n.volume.velocity or 64)
            onset = float(n.offset)
            for p in getattr(n, "pitches", ()):
                rows.append((onset, ql, int(p.midi), vel))
    if not rows:
        raise Skip(NO_NOTES)
    rows.sort()
    arr = np.array(rows, dtype=np.float64)
    flat = score.flatten()
    tempos = [(float(m.offset), float(m.getQuarterBPM() or 120.0))
              for m in flat.getElementsByClass(tempo.MetronomeMark)]
    signatures = [(float(t.offset), t.ratioString) for t in flat.getElementsByClass(meter.TimeSignature)]
    return Piece(name=name, onsets=arr[:, 0], durations=arr[:, 1],
                 pitches=np.clip(arr[:, 2], 0, 127).astype(np.int16),
                 velocities=np.clip(arr[:, 3], 1, 127).astype(np.int16),
                 tempos=sorted(set(tempos)) or [(0.0, 120.0)],
                 time_signatures=sorted(set(signatures)) or [(0.0, "4/4")])

