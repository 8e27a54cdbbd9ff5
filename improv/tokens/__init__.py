"""How music becomes token ids and back. `Tokenizer` (base.py) is the one seam: preparing data,
evaluation, the jam, offline generation and the session memory all go through it, and no module
outside this package asks which tokenizer it has. A new scheme is one module here and one line in
REGISTRY (docs/models.md shows one).

May import: improv.music."""
from __future__ import annotations

from pathlib import Path

from .base import NO_MEMORY, Tokenizer
from .events import EventsV1
from .onset import OnsetV1, VocabularyTooSmall

REGISTRY: dict[str, type[Tokenizer]] = {t.name: t for t in (EventsV1, OnsetV1)}
DEFAULT = EventsV1.name
LEGACY = OnsetV1.name  # a bundle or prepared folder that names no tokenizer was made before there was a choice

__all__ = ["DEFAULT", "LEGACY", "NO_MEMORY", "REGISTRY", "Tokenizer", "VocabularyTooSmall", "load", "tokenizer_class"]


def tokenizer_class(name: str | None) -> type[Tokenizer]:
    """The tokenizer of that name (None: LEGACY); ValueError with one line for a name not known here."""
    cls = REGISTRY.get(name or LEGACY)
    if cls is None:
        raise ValueError(f"tokenizer {name!r} is not known to this improv (it knows {', '.join(REGISTRY)})")
    return cls


def load(path: Path, name: str | None) -> Tokenizer:
    """The tokenizer `name` with the vocabulary of vocab.json at `path`."""
    return tokenizer_class(name).load(path)
