"""Model bundles with random weights, made with NumPy alone, for tests of the live path."""
from __future__ import annotations

from pathlib import Path

import numpy as np

from improv.model import bundle as bundle_mod
from improv.tokens.events import EventsV1
from improv.tokens.onset import OnsetV1, Vocabulary


def make_bundle(folder: Path, tokens: list[str], units: int = 32, embedding: int = 8, seed: int = 0,
                key_normalize: bool = False) -> Path:
    rng = np.random.default_rng(seed)
    arch = {"vocab_size": len(tokens), "embedding": embedding, "lstm1": units, "lstm2": units, "dense": units,
            "context": 50, "dropout": 0.2}
    shapes = bundle_mod.expected_shapes(arch)
    weights = {k: rng.normal(0, 0.3, shape).astype(np.float32) for k, shape in shapes.items()}
    meta = {"architecture": arch,
            "tokens": {"steps_per_beat": 4, "max_steps": 16, "min_count": 1, "parts": "piano", "transpose": 0,
                       "key_normalize": key_normalize, "val_share": 0.1, "split_seed": 1, "max_file_mb": 20.0,
                       "parse_timeout_s": 30.0},
            "split": {"train": [], "val": []}}
    bundle_mod.save(folder, meta, OnsetV1(Vocabulary(tokens)), weights)
    return folder


def one_step_notes(folder: Path) -> Path:
    """Every token a single note one step long: an onset on every step."""
    return make_bundle(folder, [f"{p}:1" for p in range(60, 72)])


def chords(folder: Path) -> Path:
    """Three-note chords held for 8 steps."""
    return make_bundle(folder, [f"{p}.{p + 4}.{p + 7}:8" for p in range(48, 60)])


def melodies(folder: Path) -> Path:
    """Notes of 1 or 2 steps, no rests: an answer starts with a note."""
    return make_bundle(folder, [f"{p}:{d}" for p in range(60, 76) for d in (1, 2)])


def event_bundle(folder: Path, units: int = 32, embedding: int = 8, seed: int = 0,
                 key_normalize: bool = False, shift_bias: float = 0.0) -> Path:
    """An events-v1 bundle with random weights; `shift_bias` added to the shifts' output bias makes
    steps end sooner (a random model otherwise piles notes up to the cap)."""
    from improv.tokens import event_codec as events
    vocab = events.default_vocabulary()
    rng = np.random.default_rng(seed)
    arch = {"vocab_size": len(vocab), "embedding": embedding, "lstm1": units, "lstm2": units, "dense": units,
            "context": 50, "dropout": 0.2}
    weights = {k: rng.normal(0, 0.3, shape).astype(np.float32)
               for k, shape in bundle_mod.expected_shapes(arch).items()}
    weights["out_bias"][vocab.kind == events.SHIFT] += shift_bias
    meta = {"architecture": arch,
            "tokens": {"tokenizer": events.NAME, "steps_per_beat": 4, "max_steps": 16, "min_count": 1,
                       "parts": "piano", "transpose": 0, "key_normalize": key_normalize, "val_share": 0.1,
                       "split_seed": 1, "max_file_mb": 20.0, "parse_timeout_s": 30.0},
            "split": {"train": [], "val": []}}
    bundle_mod.save(folder, meta, EventsV1(vocab), weights)
    return folder
