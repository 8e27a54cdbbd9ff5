"""Offline generation: continue a phrase (jam.phrase, --phrase) with the model and the sampler."""
from __future__ import annotations

from dataclasses import dataclass

from . import corpus, dataset, events
from .bundle import EVENTS, Bundle
from .eventstep import NO_MEMORY, EventSteps
from .midifile import Note, token_notes
from .sampling import Sampler
from .tokens import Token


@dataclass
class Phrase:
    name: str
    ids: list[int]
    shift: int  # semitones the phrase was moved by to reach the model's key (key-normalized models)


def load_phrase(bundle: Bundle, source: str) -> Phrase:
    """The first `context` tokens of the first piece in `source` (a file or corpus:NAME)."""
    files, errors = corpus.expand_sources([source])
    if errors:
        raise ValueError(errors[0])
    if not files:
        raise ValueError(f"{source}: no music file there to take a phrase from")
    settings = dataset.TokenSettings(**bundle.meta["tokens"])
    try:
        piece = corpus.read_file(files[0], settings.parts, int(settings.max_file_mb * 2**20))[0]
    except corpus.Skip as e:
        raise ValueError(f"{files[0]}: cannot use as a phrase: {e}") from None
    shift = 0
    if settings.key_normalize:
        piece, shift = dataset.normalize_key(piece)
    if bundle.tokenizer == EVENTS:  # whole steps (an onset's notes and its shift) up to the context
        ids, kept = events.encode(piece, settings.steps_per_beat, bundle.vocab)[0].tolist(), []
        for group in events.steps(ids, bundle.vocab):
            if len(kept) + len(group) > bundle.context:
                break
            kept += group
        return Phrase(piece.name, kept or ids[:bundle.context], shift)
    ids, _ = bundle.vocab.encode(dataset.piece_tokens(piece, settings))
    return Phrase(piece.name, [int(i) for i in ids[:bundle.context]], shift)


def phrase_tokens(bundle: Bundle, ids: list[int]) -> list[Token]:
    """Ids as the jam's onset tokens (in the model's key)."""
    if bundle.tokenizer == EVENTS:
        return events.to_onset_tokens(ids, bundle.vocab)
    return bundle.vocab.decode(ids)


def notes_of(bundle: Bundle, ids: list[int], start: float = 0.0, transpose: int = 0) -> tuple[list[Note], float]:
    """The notes ids play from beat `start`, each with its own length; and the beat after them."""
    spb = bundle.meta["tokens"]["steps_per_beat"]
    if bundle.tokenizer != EVENTS:
        return token_notes(bundle.vocab.decode(ids), spb, start=start, transpose=transpose)
    notes = [Note(start + on / spb, d / spb, p + transpose, 80) for on, d, p in events.decode(ids, bundle.vocab)
             if 0 <= p + transpose <= 127]
    return notes, start + events.duration(ids, bundle.vocab) / spb


def continue_phrase(engine, sampler: Sampler, phrase_ids: list[int], length: int) -> list[int]:
    """`length` tokens or more after the phrase (events-v1: whole steps, as the jam makes them)."""
    if isinstance(engine.vocab, events.EventVocabulary):
        steps, history, heads, made = EventSteps(engine, engine.vocab), list(phrase_ids), [], []
        while len(made) < length:
            group = steps.generate(history[-engine.context:], sampler, None, NO_MEMORY, heads, [])
            heads.append(group[0])
            made += group
            history += group
        return made
    history = list(phrase_ids)
    out = []
    for _ in range(length):
        nxt = sampler.sample(engine.predict(history[-engine.context:]), history)
        history.append(nxt)
        out.append(nxt)
    return out
