"""onset-v1, the first scheme (models/chorales-v1): one token per onset on the step grid, a note or
a chord with its real pitches or a rest, lasting until the next onset ("60:4", "48.55.64:8",
"rest:2" — improv.music.notes.Token); the vocabulary keeps the tokens seen often enough in the
training pieces and maps any other to its nearest kept token. That mapping changed 34% of held-out
chorale tokens and 50% of a pianist's (why events-v1 replaced it: docs/tokens.md). Kept so that its
bundles still play, and as the second implementation of the Tokenizer interface."""
from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

import numpy as np

from ..music import keys
from ..music.keys import note_name
from ..music.notes import Piece, Token, tokenize
from .base import Engine, Memory, Sampler, Tokenizer

if TYPE_CHECKING:
    from ..settings import TokenSettings

NAME = "onset-v1"
MIN_VOCAB = 16  # fewer kinds of token than this is too little to learn from
MAX_MAPPED_SHARE = 0.5  # nor is music whose tokens are mostly replaced by a neighbour
AUTO_MIN_COUNTS = (50, 20, 10, 5, 3, 2, 1)  # the thresholds "auto" chooses from, largest first
# "auto" allows a threshold of 1 per this many training tokens: models/chorales-v1, ~34,000 training
# tokens of Bach chorales, learned best with 10, chosen by hand
AUTO_TOKENS_PER_COUNT = 3000


class VocabularyTooSmall(ValueError):
    """The prepared vocabulary is too small to learn from; the message is one line saying what to
    do, and `summary` says what was read (its lines() are worth printing before the message)."""

    def __init__(self, message: str, summary=None):
        super().__init__(message)
        self.summary = summary


def auto_min_count(counts: Counter) -> int:
    """The threshold for this much music: the largest of AUTO_MIN_COUNTS up to one per
    AUTO_TOKENS_PER_COUNT training tokens whose vocabulary is big enough to learn from.

    More music teaches a token from more examples, so a token must be commoner to be kept:
    the Bach chorales get 10, two chorales keep every token, a large corpus keeps those seen
    50 times. A threshold that would leave too small a vocabulary is passed over for a lower one."""
    total = sum(counts.values())
    for threshold in AUTO_MIN_COUNTS:
        if threshold > 1 and threshold * AUTO_TOKENS_PER_COUNT > total:
            continue
        rare = sum(c for c in counts.values() if c < threshold)
        kinds = sum(c >= threshold for c in counts.values())
        if kinds >= MIN_VOCAB and rare <= MAX_MAPPED_SHARE * total:
            return threshold
    return 1


class Vocabulary:
    """Token texts kept by frequency, with a rule that maps any other token to a kept one.

    Nearest means: same kind (rest or sounding) first, then the same top note, then the
    nearest duration, then the closest bass and chord size; ties go to the commoner token.
    """

    def __init__(self, texts: Sequence[str], counts: Sequence[int] | None = None):
        if not texts:
            raise ValueError("a vocabulary needs at least one token")
        self.texts = list(texts)
        self.counts = list(counts) if counts is not None else [0] * len(self.texts)
        self.index = {t: i for i, t in enumerate(self.texts)}
        if len(self.index) != len(self.texts):
            raise ValueError("the vocabulary has duplicate tokens")
        toks = [Token.parse(t) for t in self.texts]
        self.tokens = toks
        self._rest = np.array([t.is_rest for t in toks])
        self._top = np.array([t.pitches[-1] if t.pitches else 0 for t in toks], dtype=np.float64)
        self._bass = np.array([t.pitches[0] if t.pitches else 0 for t in toks], dtype=np.float64)
        self._size = np.array([len(t.pitches) for t in toks], dtype=np.float64)
        self._logdur = np.log2(np.array([t.steps for t in toks], dtype=np.float64))
        self._tiebreak = -np.log1p(np.array(self.counts, dtype=np.float64)) * 1e-6
        self._memo: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self.texts)

    def nearest(self, token: Token) -> int:
        """The id of `token` if kept, else of the nearest kept token."""
        text = token.text
        hit = self.index.get(text)
        if hit is not None:
            return hit
        memo = self._memo.get(text)
        if memo is not None:
            return memo
        dur = 2.0 * np.abs(self._logdur - math.log2(token.steps))
        if token.is_rest:
            dist = np.where(self._rest, dur, np.inf)
        else:
            dist = np.where(self._rest, np.inf,
                            4.0 * np.abs(self._top - token.pitches[-1]) + dur
                            + 1.0 * np.abs(self._bass - token.pitches[0])
                            + 1.5 * np.abs(self._size - len(token.pitches)))
        if not np.isfinite(dist).any():  # no token of this kind kept at all
            dist = np.where(self._rest, 1e6, 0.0) + dur
        found = int(np.argmin(dist + self._tiebreak))
        if len(self._memo) < 100_000:
            self._memo[text] = found
        return found

    def encode(self, tokens: Iterable[Token]) -> tuple[np.ndarray, int]:
        """Token ids, and how many tokens had to be mapped to a neighbour."""
        ids, mapped = [], 0
        for t in tokens:
            i = self.index.get(t.text)
            if i is None:
                i, mapped = self.nearest(t), mapped + 1
            ids.append(i)
        return np.asarray(ids, dtype=np.int32), mapped

    def decode(self, ids: Iterable[int]) -> list[Token]:
        return [self.tokens[int(i)] for i in ids]

    def describe(self, ids: Sequence[int]) -> str:
        """'D4:2  C4.E4.G4:8  rest:4' (lengths in steps)."""
        return "  ".join(f"{'.'.join(note_name(p) for p in t.pitches) or 'rest'}:{t.steps}" for t in self.decode(ids))

    def transposition(self, semitones: int) -> np.ndarray:
        """Each id moved by `semitones`: the id of the same chord that many semitones away, -1 where
        that token is not kept."""
        moved = [t.transposed(semitones) for t in self.tokens]
        return np.array([self.index.get(m.text, -1) if m is not None else -1 for m in moved], dtype=np.int64)

    @classmethod
    def build(cls, counts: Counter, min_count: int) -> "Vocabulary":
        """Keep tokens seen at least min_count times (the commonest token of each kind always)."""
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        kept = [(t, c) for t, c in ranked if c >= min_count]
        for want_rest in (True, False):  # the mapping needs at least one rest and one sound
            if not any(Token.parse(t).is_rest == want_rest for t, _ in kept):
                first = next(((t, c) for t, c in ranked if Token.parse(t).is_rest == want_rest), None)
                if first:
                    kept.append(first)
        if not kept:
            raise ValueError("no tokens to build a vocabulary from")
        return cls([t for t, _ in kept], [c for _, c in kept])

    def to_json(self) -> dict:
        return {"tokens": self.texts, "counts": self.counts}

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_json(), indent=0) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> "Vocabulary":
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("tokens"), list) \
                or not all(isinstance(t, str) for t in data["tokens"]):
            raise ValueError(f"{path}: not a vocabulary file (expected {{'tokens': [text, ...]}})")
        counts = data.get("counts")
        if counts is not None and (not isinstance(counts, list) or len(counts) != len(data["tokens"])):
            counts = None
        return cls(data["tokens"], counts)


class OnsetV1(Tokenizer):
    """A stream is (the piece's onset tokens, its notes); the vocabulary is fitted to the training
    streams' token counts (data.min_count, "auto" chosen from the amount of music)."""
    vocab_class = Vocabulary
    name = NAME
    mapped_of = "tokens"
    ngram_order = 5

    def __init__(self, vocab: Vocabulary | None = None):
        self.vocab = vocab
        self.min_count: int | None = None
        self.min_count_chosen = False

    # ---------------------------------------------------------------- pieces
    def stream(self, piece: Piece, settings: "TokenSettings") -> tuple[list[Token], int]:
        return tokenize(piece, settings.steps_per_beat, settings.max_steps), len(piece)

    def transpose_stream(self, stream, semitones: int):
        return [t2 for t in stream[0] if (t2 := t.transposed(semitones)) is not None], stream[1]

    def keeps(self, stream) -> bool:
        return len(stream[0]) >= 1

    def stream_notes(self, stream) -> int:
        return stream[1]

    def fit(self, train: list, settings: "TokenSettings", summary) -> "OnsetV1":
        counts: Counter = Counter()
        for toks, _ in train:
            counts.update(t.text for t in toks)
        chosen = settings.min_count == "auto"
        fitted = OnsetV1(None)
        fitted.min_count = auto_min_count(counts) if chosen else int(settings.min_count)
        fitted.min_count_chosen = chosen
        fitted.vocab = Vocabulary.build(counts, fitted.min_count)
        summary.min_count, summary.min_count_chosen = fitted.min_count, chosen
        return fitted

    def record(self) -> dict:
        return {"min_count": self.min_count} if self.min_count is not None else {}

    def check(self, summary) -> None:
        """Refuse a vocabulary too small to learn from (VocabularyTooSmall), saying what to do."""
        share = summary.train_mapped_share
        if summary.vocab_size >= MIN_VOCAB and share <= MAX_MAPPED_SHARE:
            return
        todo = "add more music" if self.min_count_chosen or (self.min_count or 1) <= 1 else \
            f"lower --min-count (now {self.min_count}) or add more music"
        raise VocabularyTooSmall(
            f"the vocabulary has {summary.vocab_size} token{'s' * (summary.vocab_size != 1)} and {share:.0%} of "
            f"the {summary.train_tokens} training tokens were mapped to a neighbour: too little to learn from "
            f"(need {MIN_VOCAB}+ tokens, at most {MAX_MAPPED_SHARE:.0%} mapped); {todo}", summary)

    def encode(self, stream) -> tuple[np.ndarray, int]:
        return self.vocab.encode(stream[0])

    def summary_line(self, summary) -> str:
        how = " (chosen from the data)" if summary.min_count_chosen else ""
        return (f"vocabulary: {summary.vocab_size} tokens, those seen {summary.min_count}+ times{how}; "
                f"{summary.mapped_share:.1%} of tokens mapped to a neighbour by the frequency threshold")

    # ---------------------------------------------------------------- the jam
    def context_ids(self, tokens: Sequence[Token], length: int) -> list[int]:
        return [self.vocab.nearest(t) for t in tokens][-length:]

    def token_ids(self, token: Token) -> list[int]:
        return [self.vocab.nearest(token)]

    def build_mask(self, shift: int, key: tuple[int, str] | None, split: int | None) -> np.ndarray:
        """A whole onset is allowed when all its notes are in the key and at or above the split."""
        in_key = keys.scale(*key) if key else None
        mask = np.ones(len(self.vocab))
        for i, tok in enumerate(self.vocab.tokens):
            actual = [p - shift for p in tok.pitches]
            if in_key is not None and any(p % 12 not in in_key for p in actual):
                mask[i] = 0
            if split is not None and actual and min(actual) < split:
                mask[i] = 0
        return mask

    def generate_step(self, engine: Engine, ids: list[int], sampler: Sampler, mask: np.ndarray | None,
                      memory: Memory, heads: Sequence[int], ai_ids: Sequence[int]) -> list[int]:
        """A step is one token: a whole onset."""
        probs = memory.mix(engine.predict(ids or [0]), ids)
        memory.guard(probs, ai_ids, mask)
        return [sampler.sample(probs, list(heads), mask)]

    def to_tokens(self, ids: Sequence[int]) -> list[Token]:
        return self.vocab.decode(ids)

    def steps(self, ids: Sequence[int]) -> list[list[int]]:
        return [[int(i)] for i in ids]

    def to_notes(self, ids: Sequence[int]) -> tuple[list[tuple[int, int, int]], int]:
        notes, at = [], 0
        for tok in self.vocab.decode(ids):
            notes += [(at, tok.steps, p) for p in tok.pitches]
            at += tok.steps
        return notes, at

    # ---------------------------------------------------------------- the session memory
    def transposition(self, semitones: int) -> np.ndarray:
        return self.vocab.transposition(semitones)

    def describe(self, ids: Sequence[int]) -> str:
        return self.vocab.describe(ids)

    def carry(self, other: Tokenizer, ids: Sequence[int]) -> list[int]:
        """An onset-v1 memory's tokens as this vocabulary's nearest ones."""
        if isinstance(other, OnsetV1):
            return [self.vocab.nearest(t) for t in other.vocab.decode(ids)]
        return super().carry(other, ids)
