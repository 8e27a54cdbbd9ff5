"""Prepared token data: music read (improv/reading.py) into tokens, the split by piece, and the
vocabulary (training makes its windows: model.padded_windows).

`improv prepare` writes a folder that training reads:
    settings.json  tokenizer and split settings, sources
    vocab.json     kept tokens and their counts (counted on the training pieces)
    pieces.json    one entry per piece: name, file, split, start and length in ids.npy
    ids.npy        all token ids, piece after piece (int32)
    summary.json   what the run read, skipped and mapped
"""
from __future__ import annotations

import json
import random
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from . import keys
from .reading import ReadResult, read_all  # noqa: F401 - ReadResult and read_all are also dataset's API
from .tokens import Piece, Token, Vocabulary, tokenize

MIN_VOCAB = 16  # fewer kinds of token than this is too little to learn from
MAX_MAPPED_SHARE = 0.5  # nor is music whose tokens are mostly replaced by a neighbour
AUTO_MIN_COUNTS = (50, 20, 10, 5, 3, 2, 1)  # the thresholds "auto" chooses from, largest first
# "auto" allows a threshold of 1 per this many training tokens: models/default, ~34,000 training
# tokens of Bach chorales, learned best with 10, chosen by hand
AUTO_TOKENS_PER_COUNT = 3000


class VocabularyTooSmall(ValueError):
    """The prepared vocabulary is too small to learn from; the message is one line saying what to
    do, and `summary` says what was read (its lines() are worth printing before the message)."""

    def __init__(self, message: str, summary: "Summary | None" = None):
        super().__init__(message)
        self.summary = summary


@dataclass
class TokenSettings:
    tokenizer: str = "onset-v1"  # what a prepared folder or bundle without the field used
    steps_per_beat: int = 4
    max_steps: int = 16
    min_count: int | str = "auto"  # "auto": chosen from the data (auto_min_count)
    parts: str = "piano"
    transpose: int = 0
    key_normalize: bool = False
    val_share: float = 0.1
    split_seed: int = 1234
    max_file_mb: float = 20.0
    parse_timeout_s: float = 30.0

    @classmethod
    def from_config(cls, data: dict[str, Any]) -> "TokenSettings":
        values = {k: data[k] for k in cls.__dataclass_fields__ if k in data}
        if values.get("min_count") in (None, "auto", "AUTO"):  # the config may say auto, or nothing
            values["min_count"] = "auto"
        return cls(**values)

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)

# ---------------------------------------------------------------- split, vocabulary, windows

def split_by_piece(names: list[str], val_share: float, seed: int) -> set[str]:
    """The names of the validation pieces: a seeded shuffle of whole pieces, never of windows."""
    if val_share <= 0 or len(names) < 2:
        return set()
    order = sorted(names)
    random.Random(seed).shuffle(order)
    n_val = min(len(order) - 1, max(1, round(len(order) * val_share)))
    return set(order[:n_val])

def normalize_key(piece: Piece) -> tuple[Piece, int]:
    """The piece moved to C major / A minor (same name), and the shift in semitones."""
    tonic, mode, _ = keys.estimate(piece.pitches, piece.durations)
    shift = keys.shift_to_c(tonic, mode)
    if not shift:
        return piece, 0
    moved = piece.transposed(shift)
    moved.name = piece.name
    return moved, shift

def piece_tokens(piece: Piece, settings: TokenSettings) -> list[Token]:
    return tokenize(piece, settings.steps_per_beat, settings.max_steps)

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


def check_vocabulary(summary: "Summary", min_count: int, chosen: bool) -> None:
    """Refuse a vocabulary too small to learn from (VocabularyTooSmall), saying what to do."""
    share = summary.train_mapped_share
    if summary.vocab_size >= MIN_VOCAB and share <= MAX_MAPPED_SHARE:
        return
    todo = "add more music" if chosen or min_count <= 1 else \
        f"lower --min-count (now {min_count}) or add more music"
    raise VocabularyTooSmall(
        f"the vocabulary has {summary.vocab_size} token{'s' * (summary.vocab_size != 1)} and {share:.0%} of "
        f"the {summary.train_tokens} training tokens were mapped to a neighbour: too little to learn from "
        f"(need {MIN_VOCAB}+ tokens, at most {MAX_MAPPED_SHARE:.0%} mapped); {todo}", summary)

def read_pieces(files: list[str], settings: TokenSettings, summary: "Summary", jobs: int = 0,
                use_cache: bool = True, progress: bool | None = None):
    """(file, piece, key shift) for every piece read, key-normalized if the settings say so; what
    was read and skipped goes into `summary`."""
    for res in read_all(files, settings, jobs, use_cache, progress):
        if res.skip is not None:
            summary.skipped.append((res.path, res.skip))
            continue
        summary.files_read += 1
        summary.files_cached += res.cached
        for piece in res.pieces:
            shift = 0
            if settings.key_normalize:
                piece, shift = normalize_key(piece)
            yield res.path, piece, shift


def unique_names(entries: list[dict[str, Any]]) -> None:
    """Two files may share a base name in different folders: the second is 'name~2', and so on."""
    seen: Counter = Counter()
    for e in entries:
        seen[e["name"]] += 1
        if seen[e["name"]] > 1:
            e["name"] = f"{e['name']}~{seen[e['name']]}"


@dataclass
class Summary:
    files_read: int = 0
    files_cached: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    pieces: int = 0
    train_pieces: int = 0
    val_pieces: int = 0
    events: int = 0
    tokens: int = 0
    vocab_size: int = 0
    mapped: int = 0
    min_count: int = 0
    min_count_chosen: bool = False  # chosen from the data (min_count auto)
    train_tokens: int = 0
    train_mapped: int = 0
    tokenizer: str = "onset-v1"
    notes: int = 0     # events-v1: notes encoded (mapped counts notes, not tokens)
    dropped: int = 0   # pieces read but over a recipe style's cap
    styles: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def mapped_share(self) -> float:
        if self.tokenizer != "onset-v1":
            return self.mapped / self.notes if self.notes else 0.0
        return self.mapped / self.tokens if self.tokens else 0.0

    @property
    def train_mapped_share(self) -> float:
        """Held-out pieces map tokens the training never saw; the vocabulary is judged on these."""
        return self.train_mapped / self.train_tokens if self.train_tokens else 0.0

    def to_json(self) -> dict[str, Any]:
        return _summary_json(self)

    def lines(self) -> list[str]:
        out = [f"skipped {path}: {reason}" for path, reason in self.skipped]
        out.append(f"files read: {self.files_read} ({self.files_cached} from cache), "
                   f"skipped: {len(self.skipped)}")
        out.append(f"pieces: {self.pieces} ({self.train_pieces} train, {self.val_pieces} validation), "
                   f"events: {self.events}, tokens: {self.tokens}")
        if self.tokenizer != "onset-v1":
            out += [f"style {name}: {v['train']} train ({v['train_tokens']} tokens with transposed copies), "
                    f"{v['val']} held out" for name, v in sorted(self.styles.items())]
            if self.dropped:
                out.append(f"{self.dropped} pieces over their style's cap left out")
            out.append(f"vocabulary: {self.tokenizer}, {self.vocab_size} tokens; {self.mapped} of {self.notes} "
                       f"notes ({self.mapped_share:.2%}) moved into the piano's range or cut at 4 bars")
            return out
        how = " (chosen from the data)" if self.min_count_chosen else ""
        out.append(f"vocabulary: {self.vocab_size} tokens, those seen {self.min_count}+ times{how}; "
                   f"{self.mapped_share:.1%} of tokens mapped to a neighbour by the frequency threshold")
        return out

def prepare(files: list[str], out: Path, settings: TokenSettings, sources: list[str], jobs: int = 0,
            use_cache: bool = True, progress: bool | None = None) -> Summary:
    """Read, tokenize, split by piece, build the vocabulary, write the prepared folder.

    Raises VocabularyTooSmall (a ValueError) when the vocabulary is too small to learn from;
    summary.json is written all the same."""
    if settings.tokenizer == "events-v1":
        from .eventset import prepare_events
        return prepare_events(files, out, settings, sources, jobs, use_cache, progress)
    if settings.tokenizer != "onset-v1":
        raise ValueError(f"data.tokenizer {settings.tokenizer!r}: use events-v1 or onset-v1")
    summary = Summary()
    entries: list[dict[str, Any]] = []
    token_lists: list[list[Token]] = []
    for path, piece, shift in read_pieces(files, settings, summary, jobs, use_cache, progress):
        toks = piece_tokens(piece, settings)
        if not toks:
            continue
        name = piece.name
        entries.append({"name": name, "file": path, "events": len(piece), "key_shift": shift})
        token_lists.append(toks)
        summary.events += len(piece)
        for s in range(-settings.transpose, settings.transpose + 1) if settings.transpose else ():
            if s:
                entries.append({"name": f"{name}@{s:+d}", "file": path, "events": len(piece),
                                "key_shift": shift, "augmented": s})
                token_lists.append([t2 for t in toks if (t2 := t.transposed(s)) is not None])
    unique_names(entries)
    originals = [e["name"] for e in entries if "augmented" not in e]
    val = split_by_piece(originals, settings.val_share, settings.split_seed)
    for e in entries:
        base = e["name"].rsplit("@", 1)[0] if "augmented" in e else e["name"]
        e["split"] = "val" if base in val else "train"
        if e["split"] == "val" and "augmented" in e:
            e["split"] = "drop"  # validation pieces stay in their own key only
    keep = [i for i, e in enumerate(entries) if e["split"] != "drop"]
    entries = [entries[i] for i in keep]
    token_lists = [token_lists[i] for i in keep]

    summary.pieces = sum("augmented" not in e for e in entries)
    summary.train_pieces = sum(e["split"] == "train" and "augmented" not in e for e in entries)
    summary.val_pieces = sum(e["split"] == "val" for e in entries)
    out.mkdir(parents=True, exist_ok=True)
    if not entries:
        (out / "summary.json").write_text(json.dumps(_summary_json(summary), indent=1) + "\n")
        return summary

    counts: Counter = Counter()
    for e, toks in zip(entries, token_lists):
        if e["split"] == "train":
            counts.update(t.text for t in toks)
    if not counts:  # a single piece: nothing held out, count everything
        for toks in token_lists:
            counts.update(t.text for t in toks)
    chosen = settings.min_count == "auto"
    min_count = auto_min_count(counts) if chosen else int(settings.min_count)
    settings = replace(settings, min_count=min_count)  # what was used, for the bundle's record
    summary.min_count, summary.min_count_chosen = min_count, chosen
    vocab = Vocabulary.build(counts, min_count)
    all_ids, at = [], 0
    for e, toks in zip(entries, token_lists):
        ids, mapped = vocab.encode(toks)
        e["start"], e["length"] = at, len(ids)
        at += len(ids)
        all_ids.append(ids)
        summary.tokens += len(ids)
        summary.mapped += mapped
        if e["split"] == "train":
            summary.train_tokens += len(ids)
            summary.train_mapped += mapped
    summary.vocab_size = len(vocab)
    try:
        check_vocabulary(summary, min_count, chosen)
    except VocabularyTooSmall:
        (out / "summary.json").write_text(json.dumps(_summary_json(summary), indent=1) + "\n")
        raise

    np.save(out / "ids.npy", np.concatenate(all_ids).astype(np.int32))
    vocab.save(out / "vocab.json")
    (out / "pieces.json").write_text(json.dumps(entries, indent=0) + "\n")
    (out / "settings.json").write_text(json.dumps({"tokens": settings.to_json(), "sources": sources},
                                                  indent=1) + "\n")
    (out / "summary.json").write_text(json.dumps(_summary_json(summary), indent=1) + "\n")
    return summary

def _summary_json(s: Summary) -> dict[str, Any]:
    return {"files_read": s.files_read, "files_cached": s.files_cached,
            "skipped": [{"file": f, "reason": r} for f, r in s.skipped], "pieces": s.pieces,
            "train_pieces": s.train_pieces, "val_pieces": s.val_pieces, "events": s.events,
            "tokens": s.tokens, "vocab_size": s.vocab_size, "mapped_share": round(s.mapped_share, 6),
            "min_count": s.min_count, "min_count_chosen": s.min_count_chosen, "tokenizer": s.tokenizer,
            "notes": s.notes, "mapped": s.mapped, "dropped": s.dropped, "styles": s.styles}

@dataclass
class Prepared:
    """A prepared folder, read back for training and evaluation."""
    folder: Path
    settings: TokenSettings
    sources: list[str]
    vocab: Any  # tokens.Vocabulary or events.EventVocabulary, as settings.tokenizer says
    pieces: list[dict[str, Any]]
    ids: np.ndarray
    recipe: dict[str, Any] | None = None

    @classmethod
    def load(cls, folder: Path) -> "Prepared":
        folder = Path(folder)
        from .bundle import load_vocabulary
        meta = json.loads((folder / "settings.json").read_text())
        settings = TokenSettings(**meta["tokens"])
        return cls(folder, settings, meta["sources"], load_vocabulary(folder / "vocab.json", settings.tokenizer),
                   json.loads((folder / "pieces.json").read_text()), np.load(folder / "ids.npy", allow_pickle=False),
                   meta.get("recipe"))

    def piece_ids(self, split: str) -> list[np.ndarray]:
        return [self.ids[p["start"]:p["start"] + p["length"]] for p in self.pieces if p["split"] == split]
