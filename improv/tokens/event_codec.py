"""Note-event tokens ("events-v1"): every note on the step grid as pitch x duration, with time shifts
(why this scheme, and the measurements behind it: docs/tokens.md)."""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from ..music.keys import note_name
from ..music.notes import Piece, Token, tokenize

NAME = "events-v1"
LOW, HIGH = 21, 108                         # the piano's keys, A0..C8
DURATIONS = (1, 2, 3, 4, 6, 8, 12, 16)      # note lengths in steps that take one token (>99% of notes)
MAX_HOLD = 16                               # "hold:n" lengthens the note before it by n steps
MAX_SHIFT = 16                              # "shift:n" moves time on by n steps (a bar of 4/4 at most)
MAX_STEPS = 64                              # longer notes are cut here (counted as mapped)
NOTE, HOLD, SHIFT = 0, 1, 2


@dataclass(frozen=True)
class Event:
    kind: int        # NOTE, HOLD or SHIFT
    steps: int       # the note's length, the hold's extra length, or the shift
    pitch: int = -1  # MIDI pitch of a NOTE

    @property
    def text(self) -> str:
        return f"{self.pitch}:{self.steps}" if self.kind == NOTE else \
            f"{'hold' if self.kind == HOLD else 'shift'}:{self.steps}"


class EventVocabulary:
    """Ids <-> events. Notes first (pitch-major, LOW..HIGH x durations), then holds, then shifts."""

    def __init__(self, durations: Sequence[int] = DURATIONS, max_hold: int = MAX_HOLD,
                 max_shift: int = MAX_SHIFT, low: int = LOW, high: int = HIGH):
        durations = tuple(sorted(set(int(d) for d in durations)))
        if not durations or durations[0] != 1:
            raise ValueError("event durations must include 1 step, so that every length can be built")
        if not (0 <= low <= high <= 127) or max_hold < 1 or max_shift < 1:
            raise ValueError("event vocabulary: need 0 <= low <= high <= 127 and max_hold, max_shift >= 1")
        self.durations, self.max_hold, self.max_shift, self.low, self.high = durations, max_hold, max_shift, low, high
        nd = len(durations)
        self.n_notes = (high - low + 1) * nd
        self.events = [Event(NOTE, d, p) for p in range(low, high + 1) for d in durations]
        self.events += [Event(HOLD, n) for n in range(1, max_hold + 1)]
        self.events += [Event(SHIFT, n) for n in range(1, max_shift + 1)]
        self.texts = [e.text for e in self.events]
        self.index = {t: i for i, t in enumerate(self.texts)}
        # Arrays a sampler masks with: kind, pitch (-1 off notes), steps of every id.
        self.kind = np.array([e.kind for e in self.events], dtype=np.int8)
        self.pitch = np.array([e.pitch for e in self.events], dtype=np.int16)
        self.steps = np.array([e.steps for e in self.events], dtype=np.int16)
        self.hold0 = self.n_notes
        self.shift0 = self.n_notes + max_hold
        self._bucket = {d: i for i, d in enumerate(durations)}
        self._split: dict[int, tuple[int, tuple[int, ...]]] = {}  # length -> (duration index, hold ids)

    def __len__(self) -> int:
        return len(self.events)

    def note(self, pitch: int, duration: int) -> int:
        if not self.low <= pitch <= self.high:
            raise KeyError(f"pitch {pitch} is outside {self.low}..{self.high}")
        return (pitch - self.low) * len(self.durations) + self._bucket[duration]

    def hold(self, n: int) -> int:
        return self.hold0 + n - 1

    def shift(self, n: int) -> int:
        return self.shift0 + n - 1

    def split_duration(self, steps: int) -> tuple[int, list[int]]:
        """The canonical tokens of a length: the largest duration <= steps, then holds (full ones first)."""
        base = max(d for d in self.durations if d <= steps)
        rest = steps - base
        return base, [self.max_hold] * (rest // self.max_hold) + ([rest % self.max_hold] if rest % self.max_hold else [])

    def _note_ids(self, pitch: int, steps: int) -> tuple[int, tuple[int, ...]]:
        """The note's id and its holds' ids (memoized by length: the jam encodes its context every step)."""
        split = self._split.get(steps)
        if split is None:
            base, holds = self.split_duration(steps)
            split = self._split[steps] = (self._bucket[base], tuple(self.hold(h) for h in holds))
        return (pitch - self.low) * len(self.durations) + split[0], split[1]

    def describe(self, ids: Sequence[int]) -> str:
        """'C4:4 E4:4 >4 D4:2+1 >2': notes with their lengths in steps (+ a hold), >n time moving on."""
        words: list[str] = []
        for e in (self.events[int(i)] for i in ids):
            held = e.kind == HOLD and words and ":" in words[-1]
            words.append(f"{note_name(e.pitch)}:{e.steps}" if e.kind == NOTE else f"{words.pop()}+{e.steps}" if held
                         else f"+{e.steps}" if e.kind == HOLD else f">{e.steps}")
        return " ".join(words)

    def transposition(self, semitones: int) -> np.ndarray:
        """Each id moved by `semitones`: a note's id at the new pitch (-1 off the keyboard's range),
        holds and shifts unchanged."""
        out = np.arange(len(self), dtype=np.int64)
        notes = self.kind == NOTE
        moved = self.pitch.astype(np.int64) + semitones
        out[notes] += semitones * len(self.durations)
        out[notes & ((moved < self.low) | (moved > self.high))] = -1
        return out

    def to_json(self) -> dict:
        return {"tokenizer": NAME, "durations": list(self.durations), "max_hold": self.max_hold,
                "max_shift": self.max_shift, "low": self.low, "high": self.high, "tokens": self.texts}

    def save(self, path: Path) -> None:
        Path(path).write_text(json.dumps(self.to_json(), indent=0) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> "EventVocabulary":
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls.from_json(data, str(path))

    @classmethod
    def from_json(cls, data: dict, where: str = "vocabulary") -> "EventVocabulary":
        if not isinstance(data, dict) or data.get("tokenizer") != NAME:
            got = data.get("tokenizer") if isinstance(data, dict) else None
            raise ValueError(f"{where}: tokenizer {got!r} is not {NAME!r}; retrain the model with this improv")
        try:
            vocab = cls(data["durations"], data["max_hold"], data["max_shift"], data["low"], data["high"])
        except (KeyError, TypeError) as e:
            raise ValueError(f"{where}: an {NAME} vocabulary without a valid {e} field; retrain the model") from None
        if data.get("tokens") is not None and data["tokens"] != vocab.texts:
            raise ValueError(f"{where}: its token list disagrees with {NAME} built from its own settings; retrain")
        return vocab


@functools.lru_cache(maxsize=1)
def default_vocabulary() -> EventVocabulary:
    return EventVocabulary()


@dataclass
class EncodeStats:
    notes: int = 0      # notes given (after quantizing to the grid)
    tokens: int = 0
    mapped: int = 0     # notes changed: pitch folded into the range by octaves, or length cut at max_steps
    merged: int = 0     # a second note of the same pitch at the same step (a unison), dropped: one key, one strike
    start: int = 0      # the first onset's step: the stream starts there

    @property
    def tokens_per_note(self) -> float:
        return self.tokens / max(1, self.notes - self.merged)

    @property
    def mapped_share(self) -> float:
        return self.mapped / self.notes if self.notes else 0.0

    def add(self, other: "EncodeStats") -> "EncodeStats":
        return EncodeStats(self.notes + other.notes, self.tokens + other.tokens, self.mapped + other.mapped,
                           self.merged + other.merged, self.start)

    def to_json(self) -> dict:
        return {"notes": self.notes, "tokens": self.tokens, "tokens_per_note": round(self.tokens_per_note, 4),
                "mapped": self.mapped, "mapped_share": round(self.mapped_share, 6), "merged": self.merged}


def quantize(piece: Piece, steps_per_beat: int = 4) -> np.ndarray:
    """(onset step, duration steps, pitch) rows, rounded to the grid as tokens.tokenize rounds them."""
    starts = np.round(piece.onsets * steps_per_beat).astype(np.int64)
    ends = np.maximum(np.round((piece.onsets + piece.durations) * steps_per_beat).astype(np.int64), starts + 1)
    return np.stack([starts, ends - starts, piece.pitches.astype(np.int64)], axis=1).reshape(-1, 3)


def encode(piece: Piece, steps_per_beat: int = 4, vocab: EventVocabulary | None = None,
           max_steps: int = MAX_STEPS) -> tuple[np.ndarray, EncodeStats]:
    """A piece as event ids, from its first onset on, and what it took (EncodeStats)."""
    return encode_notes(quantize(piece, steps_per_beat), vocab, max_steps)


def encode_notes(notes: Iterable[Sequence[int]] | np.ndarray, vocab: EventVocabulary | None = None,
                 max_steps: int = MAX_STEPS, start: int | None = None,
                 end: int | None = None) -> tuple[np.ndarray, EncodeStats]:
    """(onset, duration, pitch) notes in steps as ids. The stream starts at `start` (default: the
    first onset; a shift leads up to the first onset if it is later) and shifts on to `end` if given."""
    v = vocab or default_vocabulary()
    rows = np.asarray(notes, dtype=np.int64).reshape(-1, 3)
    stats = EncodeStats(notes=len(rows))
    if len(rows) == 0:
        ids0: list[int] = []
        _shifts(v, (end or 0) - (start or 0), ids0)
        stats.tokens, stats.start = len(ids0), start or 0
        return np.asarray(ids0, dtype=np.int32), stats
    if (rows[:, 1] < 1).any():
        raise ValueError("a note must last at least one step")
    pitch, dur = rows[:, 2].copy(), rows[:, 1].copy()
    wrong = (pitch < v.low) | (pitch > v.high) | (dur > max_steps)
    # fold by octaves: the pitch class survives, only the register changes
    pitch = np.where(pitch < v.low, v.low + (pitch - v.low) % 12, pitch)
    pitch = np.where(pitch > v.high, v.high - (v.high - pitch) % 12, pitch)
    stats.mapped = int(wrong.sum())
    dur = np.minimum(dur, max_steps)
    order = np.lexsort((-dur, pitch, rows[:, 0]))  # by onset, then pitch low to high, longest unison first
    onset, pitch, dur = rows[order, 0], pitch[order], dur[order]
    keep = np.ones(len(onset), bool)
    keep[1:] = (onset[1:] != onset[:-1]) | (pitch[1:] != pitch[:-1])
    stats.merged = int((~keep).sum())
    onset, pitch, dur = onset[keep], pitch[keep], dur[keep]
    stats.start = now = int(onset[0]) if start is None else min(start, int(onset[0]))
    ids: list[int] = []
    for t, p, d in zip(onset.tolist(), pitch.tolist(), dur.tolist()):
        if t > now:
            _shifts(v, t - now, ids)
            now = t
        note, holds = v._note_ids(p, d)
        ids.append(note)
        ids.extend(holds)
    if end is not None and end > now:
        _shifts(v, end - now, ids)
    stats.tokens = len(ids)
    return np.asarray(ids, dtype=np.int32), stats


def _shifts(v: EventVocabulary, gap: int, out: list[int]) -> None:
    out.extend([v.shift(v.max_shift)] * (gap // v.max_shift))
    if gap % v.max_shift:
        out.append(v.shift(gap % v.max_shift))


def _check(ids: Sequence[int] | np.ndarray, v: EventVocabulary) -> np.ndarray:
    arr = np.asarray(ids, dtype=np.int64).reshape(-1)
    if len(arr) and (arr.min() < 0 or arr.max() >= len(v)):
        raise ValueError(f"event id out of range 0..{len(v) - 1}: the ids come from another vocabulary")
    return arr


def decode(ids: Sequence[int] | np.ndarray, vocab: EventVocabulary | None = None) -> list[tuple[int, int, int]]:
    """(onset step, duration steps, pitch) notes, by onset then pitch. A hold with no note before it
    in its step (only a model can write one) is ignored."""
    v = vocab or default_vocabulary()
    notes: list[list[int]] = []
    now, last = 0, -1
    for i in _check(ids, v).tolist():
        kind = v.kind[i]
        if kind == NOTE:
            notes.append([now, int(v.steps[i]), int(v.pitch[i])])
            last = len(notes) - 1
        elif kind == HOLD:
            if last >= 0:
                notes[last][1] += int(v.steps[i])
        else:
            now += int(v.steps[i])
            last = -1
    return sorted(((a, b, c) for a, b, c in notes), key=lambda n: (n[0], n[2], n[1]))


def duration(ids: Sequence[int] | np.ndarray, vocab: EventVocabulary | None = None) -> int:
    """Steps the shifts of `ids` move time on (for an onset stream: its span up to the last onset)."""
    v = vocab or default_vocabulary()
    arr = _check(ids, v)
    return int(v.steps[arr][v.kind[arr] == SHIFT].sum())


def steps(ids: Sequence[int] | np.ndarray, vocab: EventVocabulary | None = None) -> list[list[int]]:
    """The stream cut into steps of the jam: the tokens of one onset (notes low to high, with their
    holds) and the shifts that follow it. A step may have no note (a silence longer than a shift)."""
    v = vocab or default_vocabulary()
    groups: list[list[int]] = []
    prev_shift = True
    for i in _check(ids, v).tolist():
        is_shift = v.kind[i] == SHIFT
        if not groups or (prev_shift and not is_shift):
            groups.append([])
        groups[-1].append(i)
        prev_shift = is_shift
    return groups


def step_notes(group: Sequence[int], vocab: EventVocabulary | None = None) -> tuple[list[tuple[int, int]], int]:
    """One step as the jam plays it: (pitch, duration steps) notes sounding together, and the wait in
    steps until the next onset (0 if the step has no shift yet)."""
    notes = [(p, d) for _, d, p in decode(group, vocab)]
    return notes, duration(group, vocab)


def transpose(ids: Sequence[int] | np.ndarray, semitones: int,
              vocab: EventVocabulary | None = None) -> np.ndarray | None:
    """The stream moved by `semitones`, or None when a note would leave the vocabulary's range."""
    v = vocab or default_vocabulary()
    arr = _check(ids, v)
    notes = v.kind[arr] == NOTE
    moved = v.pitch[arr[notes]].astype(np.int64) + semitones
    if len(moved) and (moved.min() < v.low or moved.max() > v.high):
        return None
    out = arr.copy()
    out[notes] += semitones * len(v.durations)
    return out.astype(np.int32)


def allowed_next(step_so_far: Sequence[int], vocab: EventVocabulary | None = None) -> np.ndarray:
    """Which ids may come next inside a step, as encode writes them: notes rise in pitch (a chord
    low to high, no unison), holds only in their canonical form, and any shift ends the step."""
    v = vocab or default_vocabulary()
    ok = v.kind != HOLD
    prefix = _check(step_so_far, v).tolist()
    notes = [i for i in prefix if v.kind[i] == NOTE]
    if not notes or v.kind[prefix[-1]] == SHIFT:  # a step's first token: a note or a shift
        return ok
    ok = ok & ((v.kind != NOTE) | (v.pitch > v.pitch[notes[-1]]))
    last = prefix[-1]
    if v.kind[last] == NOTE:
        base = int(v.steps[last])
        bigger = [d for d in v.durations if d > base]
        limit = min(v.max_hold, bigger[0] - base - 1) if bigger else v.max_hold  # base + hold < next duration
    else:
        limit = v.max_hold if v.steps[last] == v.max_hold else 0  # only a full hold is followed by another
    return ok | ((v.kind == HOLD) & (v.steps <= limit))


def from_onset_tokens(tokens: Sequence[Token], vocab: EventVocabulary | None = None,
                      max_steps: int = MAX_STEPS) -> tuple[np.ndarray, EncodeStats]:
    """The jam's onset tokens (a chord or rest lasting until the next token, each note for its own
    length where it has one) as events, ending with the shift to the end of the last token."""
    rows, now = [], 0
    for tok in tokens:
        rows.extend((now, n, p) for p, n in zip(tok.pitches, tok.note_lengths()))
        now += tok.steps
    return encode_notes(rows, vocab, max_steps, start=0, end=now)


def to_onset_tokens(ids: Sequence[int] | np.ndarray, vocab: EventVocabulary | None = None,
                    max_steps: int = 16, lengths: bool = False) -> list[Token]:
    """Events back to onset tokens as tokens.tokenize cuts a piece (held notes end at the next onset,
    or keep their `lengths`), rests before the first onset and after the last notes; the last onset
    lasts until the stream ends (a model's step: its notes, then the shift that ends it)."""
    notes = decode(ids, vocab)
    total = duration(ids, vocab)
    if not notes:
        return [Token((), min(total, max_steps))] if total > 0 else []
    rows = np.array(notes, dtype=np.float64)
    piece = Piece("events", rows[:, 0], rows[:, 1], rows[:, 2].astype(np.int16), np.full(len(rows), 64, np.int16))
    first, last = notes[0][0], notes[-1][0]
    last_end = last + min(max(d for t, d, _ in notes if t == last), max_steps)
    toks = ([Token((), min(first, max_steps))] if first > 0 else []) + \
        tokenize(piece, 1, max_steps, lengths)
    if last < total < last_end:  # notes held past the stream's end keep their lengths, or are cut there
        toks[-1] = Token(toks[-1].pitches, total - last, toks[-1].note_lengths() if lengths else None)
    if total > last_end:
        toks.append(Token((), min(total - last_end, max_steps)))
    return toks
