"""The Tokenizer interface: one way of writing music as token ids, with its vocabulary. Everything
improv does with tokens goes through it: preparing data (a piece as a stream, the vocabulary fitted
to the training streams, ids), evaluating (notes per piece, the n-gram order), the jam (context ids
from the onset tokens the jam heard, masks, one step generated, ids back to onset tokens), offline
generation (ids to notes), and the session memory (a transposition of the vocabulary, ids named for
`improv memory show`, ids carried over when a jam swaps models)."""
from __future__ import annotations

from abc import ABC, abstractmethod
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, Sequence

import numpy as np

from ..music.notes import Piece, Token

if TYPE_CHECKING:
    from ..settings import TokenSettings


class Engine(Protocol):
    """What generation needs of a model engine (improv/model/engine.py)."""

    def predict(self, ids: Sequence[int]) -> np.ndarray: ...

    def predict_state(self, ids: Sequence[int]) -> tuple[np.ndarray, object]: ...

    def advance(self, state: object, token_id: int) -> tuple[np.ndarray, object]: ...


class Sampler(Protocol):
    top_repeat_penalty: float  # the last onset's top pitch struck again: its odds divided by this

    def sample(self, probs: np.ndarray, history: Sequence[int] = (), mask: np.ndarray | None = None) -> int: ...


class Memory(Protocol):
    """What generation needs of the session memory (live/playermemory.py), or NO_MEMORY."""

    def mix(self, probs: np.ndarray, context: list[int]) -> np.ndarray: ...

    def guard(self, probs: np.ndarray, ai_ids: Sequence[int], mask: np.ndarray | None) -> None: ...


class _NoMemory:
    """Offline generation: no player to follow."""

    def mix(self, probs: np.ndarray, context: list[int]) -> np.ndarray:
        return probs.copy()

    def guard(self, probs, ai_ids, mask) -> None:
        pass


NO_MEMORY = _NoMemory()


class Tokenizer(ABC):
    name: ClassVar[str]              # as meta.json and data.tokenizer write it
    mapped_of: ClassVar[str]         # what `mapped` counts: "notes" or "tokens"
    ngram_order: ClassVar[int]       # the highest n-gram order of the evaluation's baselines

    vocab_class: ClassVar[type]      # its vocabulary's class (saved as vocab.json); an instance's is .vocab

    # ---------------------------------------------------------------- the vocabulary
    @property
    def texts(self) -> list[str]:
        """Each id's text; a memory file is tied to their fingerprint."""
        return self.vocab.texts

    def __len__(self) -> int:
        return len(self.texts)

    def save(self, path: Path) -> None:
        """vocab.json"""
        self.vocab.save(path)

    @classmethod
    def load(cls, path: Path) -> "Tokenizer":
        """From vocab.json; ValueError with one line when it is not this tokenizer's."""
        return cls(cls.vocab_class.load(path))

    # ---------------------------------------------------------------- pieces (prepare, evaluate)
    @classmethod
    def starting(cls, settings: "TokenSettings") -> "Tokenizer":
        """The tokenizer before it has seen data: enough to make streams."""
        return cls()

    @abstractmethod
    def stream(self, piece: Piece, settings: "TokenSettings") -> Any:
        """A piece in this scheme, before ids (what transpose_stream and fit work on)."""

    @abstractmethod
    def transpose_stream(self, stream: Any, semitones: int) -> Any | None:
        """A training copy moved by `semitones`, or None where it would leave the vocabulary."""

    @abstractmethod
    def keeps(self, stream: Any) -> bool:
        """Whether a piece has enough tokens to be kept."""

    @abstractmethod
    def stream_notes(self, stream: Any) -> int:
        """The notes of a piece, the denominator of bits per note."""

    @abstractmethod
    def fit(self, train: list[Any], settings: "TokenSettings", summary: Any) -> "Tokenizer":
        """The tokenizer whose vocabulary the training streams call for (what it chose goes into
        `summary`); VocabularyTooSmall when it is too small to learn from."""

    def check(self, summary: Any) -> None:
        """After encoding: raise VocabularyTooSmall (one line) if the vocabulary is no use."""

    def record(self) -> dict[str, Any]:
        """What fit chose, for the token settings a bundle records."""
        return {}

    @abstractmethod
    def encode(self, stream: Any) -> tuple[np.ndarray, int]:
        """Ids, and how many of its notes (or tokens: mapped_of) were changed on the way."""

    @abstractmethod
    def summary_line(self, summary: Any) -> str:
        """prepare's line about the vocabulary."""

    # ---------------------------------------------------------------- the jam
    @abstractmethod
    def context_ids(self, tokens: Sequence[Token], length: int) -> list[int]:
        """The last `length` ids of the jam's onset tokens (already in the model's key)."""

    @abstractmethod
    def token_ids(self, token: Token) -> list[int]:
        """One onset token's ids."""

    def mask(self, shift: int, key: tuple[int, str] | None, split: int | None) -> np.ndarray | None:
        """Which ids may be played: notes in `key` (key lock) and at or above `split` (register),
        for a model whose key is the played one moved by `shift`; None: all. Kept per
        (shift, key, split): the jam asks every step."""
        if key is None and split is None:
            return None
        masks = self.__dict__.setdefault("_masks", {})
        cache = (shift, key, split)
        if cache not in masks:
            if len(masks) > 64:
                masks.clear()
            masks[cache] = self.build_mask(shift, key, split)
        return masks[cache]

    @abstractmethod
    def build_mask(self, shift: int, key: tuple[int, str] | None, split: int | None) -> np.ndarray:
        """mask(), made: 1.0 where an id may be played, 0.0 where not."""

    @abstractmethod
    def generate_step(self, engine: Engine, ids: list[int], sampler: Sampler, mask: np.ndarray | None,
                      memory: Memory, heads: Sequence[int], ai_ids: Sequence[int]) -> list[int]:
        """The ids of one step of the jam, after the context `ids`. `heads`: the first id of each of
        the AI's recent steps, what the sampler's repetition guard looks at."""

    @abstractmethod
    def to_tokens(self, ids: Sequence[int]) -> list[Token]:
        """Ids as the jam's onset tokens (a generated step, an opening phrase)."""

    @abstractmethod
    def steps(self, ids: Sequence[int]) -> list[list[int]]:
        """Ids cut into the jam's steps (what generate_step makes one at a time)."""

    @abstractmethod
    def to_notes(self, ids: Sequence[int]) -> tuple[list[tuple[int, int, int]], int]:
        """(onset step, duration in steps, pitch) of every note, and the steps the ids span."""

    # ---------------------------------------------------------------- the session memory
    @abstractmethod
    def transposition(self, semitones: int) -> np.ndarray:
        """Each id moved by `semitones` (-1 where there is no such id)."""

    @abstractmethod
    def describe(self, ids: Sequence[int]) -> str:
        """Ids as a musician reads them (`improv memory show`)."""

    def carry(self, other: "Tokenizer", ids: Sequence[int]) -> list[int]:
        """What a memory made with `other` remembers, in this tokenizer's ids (a jam that swaps
        models keeps it): the same ids where the vocabularies are the same, else nothing."""
        return list(ids) if other.texts == self.texts else []
