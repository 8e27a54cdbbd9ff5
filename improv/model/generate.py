"""Offline generation: continue a phrase (jam.phrase, --phrase) with the model and the sampler, a
whole step at a time as the jam makes them."""
from __future__ import annotations

from dataclasses import dataclass

from ..data import corpus
from ..data.dataset import normalize_key
from ..data.midifile import Note
from ..music.notes import Token
from ..settings import TokenSettings
from ..tokens import NO_MEMORY
from .bundle import Bundle
from .sampling import Sampler


@dataclass
class Phrase:
    name: str
    ids: list[int]
    shift: int  # semitones the phrase was moved by to reach the model's key (key-normalized models)


def load_phrase(bundle: Bundle, source: str) -> Phrase:
    """The first `context` tokens of the first piece in `source` (a file or corpus:NAME), in whole steps."""
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
    shift = 0
    if settings.key_normalize:
        piece, shift = normalize_key(piece)
    tok = bundle.tokenizer
    ids, _ = tok.encode(tok.stream(piece, settings))
    return Phrase(piece.name, tok.phrase([int(i) for i in ids], bundle.context), shift)


def phrase_tokens(bundle: Bundle, ids: list[int]) -> list[Token]:
    """Ids as the jam's onset tokens (in the model's key)."""
    return bundle.tokenizer.to_tokens(ids)


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
