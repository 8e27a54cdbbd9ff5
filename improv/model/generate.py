"""Offline generation: continue a phrase (jam.phrase, --phrase) with the model and the sampler, a
whole step at a time as the jam makes them."""
from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from ..data import corpus
from ..data.dataset import normalize_key
from ..data.midifile import Note
from ..music import swing
from ..music.notes import Piece, Token
from ..music.swing import Swing
from ..settings import TokenSettings
from ..tokens import NO_MEMORY
from .bundle import Bundle
from .sampling import Sampler


@dataclass
class Phrase:
    name: str
    ids: list[int]      # the whole piece, in whole steps (a model sees its last `context` ids, as the jam does)
    shift: int          # semitones the phrase was moved by to reach the model's key (key-normalized models)
    bpm: float          # the piece's tempo where it ends (where a continuation begins)
    swing: Swing        # the swing played after it (time.swing): its own, heard from its onsets, in auto


def load_phrase(bundle: Bundle, source: str, swing_setting: str | float = "auto", swing_level: str = "auto") -> Phrase:
    """The first piece in `source` (a file or corpus:NAME), all of it, in whole steps, with its tempo
    at its end. A swung piece is read through its swing, as the jam reads a swung player: its
    offbeats reach the model straight."""
    files, errors = corpus.expand_sources([source])
    if errors:
        raise ValueError(errors[0])
    if not files:
        raise ValueError(f"{source}: no music file there to take a phrase from")
    settings = TokenSettings.from_record(bundle.meta["tokens"])
    try:
        piece = corpus.read_file(files[0], settings.parts, int(settings.max_file_mb * 2**20))[0]
    except corpus.Skip as e:
        raise ValueError(f"{files[0]}: cannot use as a phrase: {e}") from None
    end = float(np.max(piece.onsets)) if len(piece) else 0.0
    bpm = next((b for at, b in reversed(piece.tempos) if at <= end), piece.tempos[0][1] if piece.tempos else 120.0)
    sw = swing.played(swing_setting, swing_level, swing.estimate(np.asarray(piece.onsets) % 1.0))
    if sw.ratio != swing.STRAIGHT:
        piece = straightened(piece, sw)
    shift = 0
    if settings.key_normalize:
        piece, shift = normalize_key(piece)
    tok = bundle.tokenizer
    ids, _ = tok.encode(tok.stream(piece, settings))
    return Phrase(piece.name, [int(i) for i in ids], shift, float(bpm), sw)


def straightened(piece: Piece, sw: Swing) -> Piece:
    """The piece's onsets and ends read back through its swing onto the straight grid."""
    un = np.vectorize(lambda b: swing.unwarp(float(b), sw.ratio, sw.level))
    starts, ends = un(piece.onsets), un(np.asarray(piece.onsets) + np.asarray(piece.durations))
    return replace(piece, onsets=starts.astype(np.float64), durations=np.maximum(ends - starts, 1e-3))


def played_tokens(bundle: Bundle, phrase: Phrase) -> list[Token]:
    """The phrase as the jam hears a player: onset tokens in the pitches it was written in."""
    return [t2 if (t2 := t.transposed(-phrase.shift)) is not None else t for t in bundle.tokenizer.to_tokens(phrase.ids)]


def notes_as_played(tokens: list[Token], steps_per_beat: int, start: float = 0.0) -> list[Note]:
    """Tokens as the jam plays them: a token's notes together, each for its length (Token.lengths, at
    most the model's longest token; else the token's) or until its key is struck again, a rest
    moving time on."""
    notes, at, sounding = [], start, {}
    for t in tokens:
        for p, n in zip(t.pitches, t.note_lengths()):
            held = sounding.get(p)
            if held is not None and held.start + held.length > at:  # the key struck again ends it first,
                held.length = at - held.start                       # as the jam's player does
            sounding[p] = Note(at, n / steps_per_beat, p, 80)
            notes.append(sounding[p])
        at += t.steps / steps_per_beat
    return notes


def notes_of(bundle: Bundle, ids: list[int], start: float = 0.0, transpose: int = 0) -> tuple[list[Note], float]:
    """The notes ids play from beat `start`, each with its own length; and the beat after them."""
    spb = bundle.meta["tokens"]["steps_per_beat"]
    notes, steps = bundle.tokenizer.to_notes(ids)
    return ([Note(start + on / spb, d / spb, p + transpose, 80) for on, d, p in notes if 0 <= p + transpose <= 127],
            start + steps / spb)


def continue_phrase(engine, sampler: Sampler, phrase_ids: list[int], length: int) -> list[int]:
    """`length` tokens or more after the phrase, whole steps as the jam makes them."""
    tok, history, heads, made = engine.tokenizer, list(phrase_ids), [], []
    while len(made) < length:
        group = tok.generate_step(engine, history[-engine.context:], sampler, None, NO_MEMORY, heads, [])
        heads.append(group[0])
        made += group
        history += group
    return made
