"""Model bundles: a folder with weights.npz, vocab.json and meta.json, loaded safely.

Nothing in a bundle is executed or unpickled: the architecture is built in code from
meta.json, the weights are plain arrays (np.load with allow_pickle=False) whose SHA-256 is
checked against meta.json, and the vocabulary must match the output layer.
This module imports no TensorFlow, so the daemon can use it.
"""
from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..places import sha256
from ..tokens import Tokenizer, tokenizer_class

FORMAT = "improv-bundle/1"
WEIGHTS = "weights.npz"
# weights.npz keys, in the order the Keras model lists its weights
WEIGHT_NAMES = ["embedding", "lstm1_kernel", "lstm1_recurrent", "lstm1_bias",
                "lstm2_kernel", "lstm2_recurrent", "lstm2_bias",
                "dense_kernel", "dense_bias", "out_kernel", "out_bias"]


class BundleError(Exception):
    """A model bundle that cannot be used; the message is one line."""


@dataclass
class Bundle:
    folder: Path
    meta: dict[str, Any]
    tokenizer: Tokenizer  # meta.json's "tokenizer" (none: tokens.LEGACY) with vocab.json's vocabulary
    weights: dict[str, np.ndarray]

    @property
    def arch(self) -> dict[str, int]:
        return self.meta["architecture"]

    @property
    def context(self) -> int:
        return int(self.arch["context"])


def _inside(folder: Path, name: str) -> Path:
    """A regular file of the bundle, refusing links that lead out of it."""
    path = folder / name
    if not path.exists():
        raise BundleError(f"{folder}: {name} is missing; is this a model bundle made by `improv train`?")
    real = path.resolve()
    if real.parent != folder.resolve() or not real.is_file():
        raise BundleError(f"{folder}: {name} points outside the bundle or is not a regular file; refused")
    return path


def expected_shapes(arch: dict[str, int]) -> dict[str, tuple[int, ...]]:
    v, e, u1, u2, d = arch["vocab_size"], arch["embedding"], arch["lstm1"], arch["lstm2"], arch["dense"]
    return {"embedding": (v + 1, e), "lstm1_kernel": (e, 4 * u1), "lstm1_recurrent": (u1, 4 * u1),
            "lstm1_bias": (4 * u1,), "lstm2_kernel": (u1, 4 * u2), "lstm2_recurrent": (u2, 4 * u2),
            "lstm2_bias": (4 * u2,), "dense_kernel": (u2, d), "dense_bias": (d,),
            "out_kernel": (d, v), "out_bias": (v,)}


def load(folder: str | Path) -> Bundle:
    """Read and check a bundle. Raises BundleError with one line saying what is wrong."""
    folder = Path(folder)
    if not folder.is_dir():
        if folder.suffix in (".h5", ".keras", ".hdf5", ".pb"):
            raise BundleError(f"{folder}: full Keras model files are not loaded (they can run code); "
                              "give a bundle folder made by `improv train`")
        if folder.exists():
            raise BundleError(f"{folder}: is a file, not a model bundle folder; give the folder `improv train` "
                              "wrote (with meta.json in it), or set model.bundle in the config")
        raise BundleError(f"{folder}: no such model bundle folder; train one with `improv train` "
                          "or set model.bundle in the config")
    try:
        meta = json.loads(_inside(folder, "meta.json").read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise BundleError(f"{folder}: meta.json is not valid JSON ({e})") from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise BundleError(f"{folder}: meta.json is not an {FORMAT} file")
    arch = meta.get("architecture")
    needed = ("vocab_size", "embedding", "lstm1", "lstm2", "dense", "context")
    if not isinstance(arch, dict) or not all(isinstance(arch.get(k), int) and arch[k] > 0 for k in needed):
        raise BundleError(f"{folder}: meta.json lacks a valid architecture ({', '.join(needed)})")
    try:
        kind = tokenizer_class(meta.get("tokenizer"))
    except ValueError as e:
        raise BundleError(f"{folder}: {e}; retrain the model with `improv train`") from None
    try:
        vocab = kind.load(_inside(folder, "vocab.json"))
    except (ValueError, TypeError, AttributeError, json.JSONDecodeError, UnicodeDecodeError) as e:
        first = (str(e).splitlines() or [type(e).__name__])[0][:80]
        raise BundleError(f"{folder}: vocab.json is not a valid vocabulary ({first})") from None
    wpath = _inside(folder, WEIGHTS)
    digest = sha256(wpath)
    if digest != meta.get("weights_sha256"):
        raise BundleError(f"{folder}: {WEIGHTS} does not match the SHA-256 in meta.json "
                          "(damaged or changed after training); retrain or restore the bundle")
    try:
        with np.load(wpath, allow_pickle=False) as z:
            if not hasattr(z, "files"):
                raise ValueError("not an .npz archive")
            weights = {k: z[k] for k in z.files}
    except (ValueError, OSError, EOFError, KeyError, zipfile.BadZipFile) as e:
        raise BundleError(f"{folder}: {WEIGHTS} cannot be read as plain arrays ({str(e)[:80]})") from None
    shapes = expected_shapes(arch)
    if "out_bias" in weights and len(vocab) != weights["out_bias"].shape[0]:
        raise BundleError(f"{folder}: vocab.json has {len(vocab)} tokens but the output layer has "
                          f"{weights['out_bias'].shape[0]}; the vocabulary and weights are from different "
                          "trainings — use the vocab.json written with these weights")
    if len(vocab) != arch["vocab_size"]:
        raise BundleError(f"{folder}: vocab.json has {len(vocab)} tokens but meta.json says "
                          f"{arch['vocab_size']}; use the vocab.json written with these weights")
    for name, shape in shapes.items():
        got = weights.get(name)
        if got is None or got.shape != shape or got.dtype.kind != "f":
            raise BundleError(f"{folder}: weight '{name}' is "
                              f"{'missing' if got is None else f'{got.dtype}{list(got.shape)}'}, "
                              f"expected float{list(shape)} for this architecture")
    return Bundle(folder, meta, vocab, {k: weights[k].astype(np.float32) for k in shapes})


def base_of(bundle: Bundle) -> tuple[Bundle | None, str | None]:
    """The bundle a fine-tuned one was made from (meta.json's "base"), when it is here as it was: the
    same weights (SHA-256) and vocabulary. Else (None, why not); (None, None) for a bundle with no base."""
    record = bundle.meta.get("base")
    if not isinstance(record, dict) or not record.get("path"):
        return None, None
    path = Path(record["path"])
    for place in (path, bundle.folder.parent / path.name):  # as given, or beside the bundle (models/)
        if place.is_dir() and place.resolve() != bundle.folder.resolve():
            break
    else:
        return None, f"the base {path} is not here"
    try:
        base = load(place)
    except BundleError as e:
        return None, f"the base {place} cannot be loaded ({e})"
    if base.meta.get("weights_sha256") != record.get("weights_sha256"):
        return None, f"the base {place} has other weights than the one fine-tuned (SHA-256 differs)"
    if base.tokenizer.texts != bundle.tokenizer.texts:
        return None, f"the base {place} has another vocabulary"
    return base, None


def save(folder: Path, meta: dict[str, Any], tokenizer: Tokenizer, weights: dict[str, np.ndarray]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    np.savez(folder / WEIGHTS, **{k: np.asarray(weights[k], dtype=np.float32) for k in WEIGHT_NAMES})
    tokenizer.save(folder / "vocab.json")
    meta = {**meta, "format": FORMAT, "tokenizer": tokenizer.name, "weights_sha256": sha256(folder / WEIGHTS)}
    (folder / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
