"""Prepared token data: music read (data/reading.py) into the chosen tokenizer's ids, split by piece
(a recipe's split style by style: data/recipes.py), training copies transposed, the vocabulary
fitted to the training pieces (training makes its windows: data/windows.py).

`improv prepare` writes a folder that training reads:
    settings.json  tokenizer and split settings, sources, the recipe
    vocab.json     the tokenizer's vocabulary
    pieces.json    one entry per piece: name, file, style, split, notes, start and length in ids.npy
    ids.npy        all token ids, piece after piece (int32)
    summary.json   what the run read, skipped and mapped (per style with a recipe)
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from ..music import keys
from ..music.notes import Piece
from ..settings import TokenSettings
from ..tokens import Tokenizer, VocabularyTooSmall, load, tokenizer_class
from . import recipes
from .names import unique_names
from .reading import read_all


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
    mapped: int = 0    # what the tokenizer changed on the way in: notes or tokens (mapped_of)
    mapped_of: str = "notes"
    min_count: int = 0
    min_count_chosen: bool = False  # chosen from the data (min_count auto)
    train_tokens: int = 0
    train_mapped: int = 0
    tokenizer: str = ""
    notes: int = 0
    dropped: int = 0   # pieces read but over a recipe style's cap
    styles: dict[str, dict[str, int]] = field(default_factory=dict)
    vocabulary: str = ""  # the tokenizer's own line about its vocabulary

    @property
    def mapped_share(self) -> float:
        whole = self.notes if self.mapped_of == "notes" else self.tokens
        return self.mapped / whole if whole else 0.0

    @property
    def train_mapped_share(self) -> float:
        """Held-out pieces map tokens the training never saw; the vocabulary is judged on these."""
        return self.train_mapped / self.train_tokens if self.train_tokens else 0.0

    def to_json(self) -> dict[str, Any]:
        return {"files_read": self.files_read, "files_cached": self.files_cached,
                "skipped": [{"file": f, "reason": r} for f, r in self.skipped], "pieces": self.pieces,
                "train_pieces": self.train_pieces, "val_pieces": self.val_pieces, "events": self.events,
                "tokens": self.tokens, "vocab_size": self.vocab_size, "mapped_share": round(self.mapped_share, 6),
                "min_count": self.min_count, "min_count_chosen": self.min_count_chosen, "tokenizer": self.tokenizer,
                "notes": self.notes, "mapped": self.mapped, "dropped": self.dropped, "styles": self.styles}

    def lines(self) -> list[str]:
        out = [f"skipped {path}: {reason}" for path, reason in self.skipped]
        out.append(f"files read: {self.files_read} ({self.files_cached} from cache), skipped: {len(self.skipped)}")
        out.append(f"pieces: {self.pieces} ({self.train_pieces} train, {self.val_pieces} validation), "
                   f"events: {self.events}, tokens: {self.tokens}")
        out += [f"style {name}: {v['train']} train ({v['train_tokens']} tokens with transposed copies), "
                f"{v['val']} held out" for name, v in sorted(self.styles.items())]
        if self.dropped:
            out.append(f"{self.dropped} pieces over their style's cap left out")
        if self.vocabulary:
            out.append(self.vocabulary)
        return out


def prepare(files: list[str], out: Path, settings: TokenSettings, sources: list[str], jobs: int = 0,
            use_cache: bool = True, progress: bool | None = None, styles: dict[str, str] | None = None,
            tokenizer: Tokenizer | None = None) -> Summary:
    """Read, tokenize, split by piece (per style with a recipe), transpose the training pieces, fit the
    vocabulary to them, write the prepared folder. `tokenizer`: a vocabulary to keep as it is (a
    base model's, for fine-tuning) instead of one fitted; `settings` must then be the ones it was made with.

    Raises VocabularyTooSmall (a ValueError) when the vocabulary is too small to learn from, or
    reads too little of the music; summary.json is written all the same."""
    recipe = recipes.recipe_of(sources)
    if recipe:
        settings = replace(settings, parse_timeout_s=max(settings.parse_timeout_s, recipes.PARSE_TIMEOUT_S))
    tok = tokenizer or tokenizer_class(settings.tokenizer).starting(settings)
    summary = Summary(tokenizer=tok.name, mapped_of=tok.mapped_of)
    entries: list[dict[str, Any]] = []
    streams: list[Any] = []
    for path, piece, shift in read_pieces(files, settings, summary, jobs, use_cache, progress):
        stream = tok.stream(piece, settings)
        if not tok.keeps(stream):
            continue
        entries.append({"name": recipes.piece_name(path, piece.name) if recipe else piece.name, "file": path,
                        "style": (styles or {}).get(path), "events": len(piece), "notes": tok.stream_notes(stream),
                        "key_shift": shift})
        streams.append(stream)
    unique_names(entries)
    kept, kept_streams = _split(entries, streams, tok, settings, recipe)
    summary.pieces = sum("augmented" not in e for e in kept)
    summary.train_pieces = sum(e["split"] == "train" and "augmented" not in e for e in kept)
    summary.val_pieces = sum(e["split"] == "val" for e in kept)
    summary.dropped = sum(e["split"] == "drop" for e in entries)
    out.mkdir(parents=True, exist_ok=True)
    if not kept:
        (out / "summary.json").write_text(json.dumps(summary.to_json(), indent=1) + "\n")
        return summary
    train = [s for e, s in zip(kept, kept_streams) if e["split"] == "train"]
    if tokenizer is None:  # a single piece: nothing held out, all counts
        tok = tok.fit(train or kept_streams, settings, summary)
    all_ids = _encode(kept, kept_streams, tok, summary)
    summary.vocab_size = len(tok)
    summary.vocabulary = tok.summary_line(summary)
    try:
        tok.check(summary)
    except VocabularyTooSmall:
        (out / "summary.json").write_text(json.dumps(summary.to_json(), indent=1) + "\n")
        raise
    np.save(out / "ids.npy", np.concatenate(all_ids).astype(np.int32))
    tok.save(out / "vocab.json")
    (out / "pieces.json").write_text(json.dumps(kept, indent=0) + "\n")
    record: dict[str, Any] = {"tokens": {**settings.to_json(), **tok.record()}, "sources": sources}
    if recipe:
        record["recipe"] = recipes.recipe()
    (out / "settings.json").write_text(json.dumps(record, indent=1) + "\n")
    (out / "summary.json").write_text(json.dumps(summary.to_json(), indent=1) + "\n")
    return summary


def _split(entries: list[dict[str, Any]], streams: list, tok: Tokenizer, settings: TokenSettings,
           recipe: str | None) -> tuple[list[dict[str, Any]], list]:
    """Each piece's side of the split (a recipe's: style by style, with its cap); the pieces kept, and
    the training pieces' transposed copies (`data.transpose`, or the recipe style's)."""
    if recipe:
        split = recipes.assign_all([(e["name"], e["style"]) for e in entries])
    else:
        val = split_by_piece([e["name"] for e in entries], settings.val_share, settings.split_seed)
        split = {e["name"]: "val" if e["name"] in val else "train" for e in entries}
    kept, kept_streams = [], []
    for e, stream in zip(entries, streams):
        e["split"] = split[e["name"]]
        if e["split"] == "drop":
            continue
        kept.append(e)
        kept_streams.append(stream)
        if e["split"] != "train":
            continue  # held-out pieces stay in their own key only
        t = settings.transpose or (recipes.style(e["style"]).transpose if recipe and e["style"] else 0)
        for s in range(-t, t + 1):
            moved = tok.transpose_stream(stream, s) if s else None
            if moved is not None:  # a copy that would leave the vocabulary is not made
                kept.append({**e, "name": f"{e['name']}@{s:+d}", "augmented": s})
                kept_streams.append(moved)
    return kept, kept_streams


def _encode(kept: list[dict[str, Any]], streams: list, tok: Tokenizer, summary: Summary) -> list[np.ndarray]:
    """Every kept piece's ids, with its place in ids.npy; the counts go into `summary`."""
    all_ids, at = [], 0
    for e, stream in zip(kept, streams):
        ids, mapped = tok.encode(stream)
        e["start"], e["length"], e["mapped"] = at, len(ids), mapped
        at += len(ids)
        all_ids.append(ids)
        original = "augmented" not in e
        summary.tokens += len(ids)
        summary.events += e["events"] if original else 0
        summary.notes += e["notes"] if original else 0
        # what was mapped is counted over what it is a share of: notes of the pieces as read, or all tokens
        summary.mapped += mapped if original or summary.mapped_of == "tokens" else 0
        if e["split"] == "train":
            summary.train_tokens += len(ids)
            summary.train_mapped += mapped
        if e.get("style"):
            per = summary.styles.setdefault(e["style"], {"train": 0, "val": 0, "train_tokens": 0})
            if e["split"] == "train":
                per["train_tokens"] += len(ids)
                per["train"] += original
            else:
                per["val"] += 1
    return all_ids


@dataclass
class Prepared:
    """A prepared folder, read back for training and evaluation."""
    folder: Path
    settings: TokenSettings
    sources: list[str]
    tokenizer: Tokenizer
    pieces: list[dict[str, Any]]
    ids: np.ndarray
    recipe: dict[str, Any] | None = None

    @classmethod
    def load(cls, folder: Path) -> "Prepared":
        folder = Path(folder)
        meta = json.loads((folder / "settings.json").read_text())
        settings = TokenSettings.from_record(meta["tokens"])
        return cls(folder, settings, meta["sources"], load(folder / "vocab.json", settings.tokenizer),
                   json.loads((folder / "pieces.json").read_text()), np.load(folder / "ids.npy", allow_pickle=False),
                   meta.get("recipe"))

    def piece_ids(self, split: str) -> list[np.ndarray]:
        return [self.ids[p["start"]:p["start"] + p["length"]] for p in self.pieces if p["split"] == split]
