"""Offline generation: continue a phrase (jam.phrase, --phrase) with the model and the sampler."""
from __future__ import annotations

from dataclasses import dataclass

from . import corpus, dataset
from .bundle import Bundle
from .sampling import Sampler


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
    ids, _ = bundle.vocab.encode(dataset.piece_tokens(piece, settings))
    return Phrase(piece.name, [int(i) for i in ids[:bundle.context]], shift)




def continue_phrase(engine, sampler: Sampler, phrase_ids: list[int], length: int) -> list[int]:
    history = list(phrase_ids)
    out = []
    for _ in range(length):
        nxt = sampler.sample(engine.predict(history[-engine.context:]), history)
        history.append(nxt)
        out.append(nxt)
    return out
