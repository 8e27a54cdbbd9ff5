"""Prepared data in event tokens (events-v1, improv/events.py): the same folder as dataset.prepare
writes, with nothing counted or mapped by frequency, and optionally a recipe's styles
(`recipe:mixed-v1`, improv/recipes.py): its files, its split by piece per style, its transpositions.

    settings.json  tokenizer and split settings, sources, the recipe
    vocab.json     the fixed events-v1 vocabulary
    pieces.json    one entry per piece: name, file, style, split, notes, start and length in ids.npy
    ids.npy        all token ids, piece after piece (int32)
    summary.json   what the run read, skipped and mapped, per style
"""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from . import events, recipes
from .dataset import Summary, TokenSettings, read_pieces, split_by_piece, unique_names

RECIPE_PREFIX = "recipe:"


def recipe_of(sources: list[str]) -> str | None:
    """The recipe named among the sources (`recipe:NAME`), or None."""
    named = [s[len(RECIPE_PREFIX):] for s in sources if s.startswith(RECIPE_PREFIX)]
    if named and len(sources) > 1:
        raise ValueError(f"{RECIPE_PREFIX}{named[0]} brings its own music; give it alone, without other sources")
    return named[0] if named else None


def recipe_sources(name: str) -> tuple[list[str], dict[str, str]]:
    """A recipe's files and each file's style; ValueError with one line for an unknown recipe."""
    return recipes.recipe_files(name)


def prepare_events(files: list[str], out: Path, settings: TokenSettings, sources: list[str], jobs: int = 0,
                   use_cache: bool = True, progress: bool | None = None,
                   styles: dict[str, str] | None = None) -> Summary:
    """Read, encode as events, split by piece (per style with a recipe), write the prepared folder."""
    recipe = recipe_of(sources)
    if recipe:
        settings = replace(settings, parse_timeout_s=max(settings.parse_timeout_s, recipes.PARSE_TIMEOUT_S))
    summary = Summary(tokenizer=events.NAME)
    vocab = events.default_vocabulary()
    entries: list[dict[str, Any]] = []
    streams: list[np.ndarray] = []
    for path, piece, shift in read_pieces(files, settings, summary, jobs, use_cache, progress):
        ids, st = events.encode(piece, settings.steps_per_beat, vocab)
        if len(ids) < 2:
            continue
        name = recipes.piece_name(path, piece.name) if recipe else piece.name
        entries.append({"name": name, "file": path, "style": (styles or {}).get(path), "events": len(piece),
                        "notes": st.notes - st.merged, "mapped": st.mapped, "key_shift": shift})
        streams.append(ids)
    unique_names(entries)
    if recipe:
        split = recipes.assign_all([(e["name"], e["style"]) for e in entries])
    else:
        val = split_by_piece([e["name"] for e in entries], settings.val_share, settings.split_seed)
        split = {e["name"]: "val" if e["name"] in val else "train" for e in entries}
    kept, kept_ids = [], []
    for e, ids in zip(entries, streams):
        e["split"] = split[e["name"]]
        if e["split"] == "drop":
            continue
        kept.append(e)
        kept_ids.append(ids)
        summary.events += e["events"]
        summary.notes += e["notes"]
        summary.mapped += e["mapped"]
        if e["split"] != "train":
            continue
        t = settings.transpose or (recipes.style(e["style"]).transpose if recipe and e["style"] else 0)
        for s in range(-t, t + 1):
            moved = events.transpose(ids, s, vocab) if s else None
            if moved is not None:  # a copy that would leave the piano's keys is not made
                kept.append({**e, "name": f"{e['name']}@{s:+d}", "augmented": s})
                kept_ids.append(moved)

    summary.pieces = sum("augmented" not in e for e in kept)
    summary.train_pieces = sum(e["split"] == "train" and "augmented" not in e for e in kept)
    summary.val_pieces = sum(e["split"] == "val" for e in kept)
    summary.dropped = sum(e["split"] == "drop" for e in entries)
    summary.vocab_size = len(vocab)
    out.mkdir(parents=True, exist_ok=True)
    at = 0
    for e, ids in zip(kept, kept_ids):
        e["start"], e["length"] = at, len(ids)
        at += len(ids)
        summary.tokens += len(ids)
        if e["split"] == "train":
            summary.train_tokens += len(ids)
        if e.get("style"):
            per = summary.styles.setdefault(e["style"], {"train": 0, "val": 0, "train_tokens": 0})
            if e["split"] == "train":
                per["train_tokens"] += len(ids)
                per["train"] += "augmented" not in e
            else:
                per["val"] += 1
    if kept:
        np.save(out / "ids.npy", np.concatenate(kept_ids).astype(np.int32))
        vocab.save(out / "vocab.json")
        (out / "pieces.json").write_text(json.dumps(kept, indent=0) + "\n")
        record: dict[str, Any] = {"tokens": {**settings.to_json(), "tokenizer": events.NAME}, "sources": sources}
        if recipe:
            record["recipe"] = recipes.recipe()
        (out / "settings.json").write_text(json.dumps(record, indent=1) + "\n")
    (out / "summary.json").write_text(json.dumps(summary.to_json(), indent=1) + "\n")
    return summary
