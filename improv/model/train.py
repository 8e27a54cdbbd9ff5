"""Training the network (model/network.py) on prepared data: all positions of chunks, early stopping
and checkpoints by Keras callbacks, the held-out pieces scored as evaluate scores them, the bundle
written. TensorFlow is imported when training starts, never when this module is."""
from __future__ import annotations

import contextlib
import csv
import json
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from .. import __version__
from . import bundle as bundle_mod
from ..data.dataset import Prepared
from .interrupts import EpochEndGuard
from .network import DEFAULT_ARCH, build_model, bundle_weights, import_tensorflow, set_bundle_weights
from .ngram import add_one_unigram
from . import workers as workers_mod
from .workers import build_for_workers, worker_of
from ..data.windows import chunks, padded_windows
from .evaluate import ALL, EvalData, model_scores, unscorable

# the least music (training notes) `improv train` trains a model from scratch on: up to ~4,000 notes a
# model of the shipped architecture scored like the unigram on held-out pieces, or worse (ragtime 1,427
# and 2,656 notes: worse; chorales 1,353 to 4,066: 0-2% better, its first guess always the commonest
# token); 7,566 chorale notes: 17% better (bench/min_notes.py, docs/models.md)
MIN_NOTES = 5000

def _strategy(name: str):
    tf = import_tensorflow()
    if name == "multiworker":  # made before anything asks TensorFlow for its devices: collective ops
        workers_mod.tf_config()  # can only be set up before that ("must be configured at program startup")
        return tf.distribute.MultiWorkerMirroredStrategy()
    gpus = tf.config.list_logical_devices("GPU")
    if name == "mirrored":
        devices = [d.name for d in gpus] or [d.name for d in tf.config.list_logical_devices("CPU")]
        return tf.distribute.MirroredStrategy(devices)
    if len(gpus) > 1:
        return tf.distribute.MirroredStrategy()
    return tf.distribute.get_strategy()


def plot_curves(history_csv: Path, png: Path) -> None:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    rows = list(csv.DictReader(history_csv.open()))
    if not rows:
        return
    epochs = [int(r["epoch"]) + 1 for r in rows]
    fig, (a, b) = plt.subplots(1, 2, figsize=(10, 4))
    def curve(axes, key: str, style: str) -> None:  # without held-out pieces there is no val_ column
        values = [r.get(key) for r in rows]
        if all(v not in (None, "", "NA") for v in values):
            axes.plot(epochs, [float(v) for v in values], style, label=key)
    for key, style in (("loss", "-"), ("val_loss", "--")):
        curve(a, key, style)
    for key, style in (("accuracy", "-"), ("val_accuracy", "--")):
        curve(b, key, style)
    a.set(xlabel="epoch", ylabel="cross-entropy", title="loss")
    b.set(xlabel="epoch", ylabel="top-1 accuracy", title="accuracy (validation = held-out pieces)")
    a.legend()
    b.legend()
    fig.tight_layout()
    fig.savefig(png, dpi=90)
    plt.close(fig)


def compiled_model(arch: dict, learning_rate: float = 2e-3, sequence: bool = False):
    """The model as training compiles it (also for the benchmarks)."""
    import_tensorflow()
    import keras
    model = build_model(arch, sequence)
    if sequence:  # the chunks' weights say which targets count
        model.compile(optimizer=keras.optimizers.Adam(learning_rate),
                      loss="sparse_categorical_crossentropy", weighted_metrics=["accuracy"])
    else:
        model.compile(optimizer=keras.optimizers.Adam(learning_rate),
                      loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    return model


def _data_options():
    tf = import_tensorflow()
    options = tf.data.Options()
    options.experimental_distribute.auto_shard_policy = tf.data.experimental.AutoShardPolicy.DATA
    return options


def train_pipeline(x: np.ndarray, y: np.ndarray, batch: int, seed: int, replicas: int = 1,
                   w: np.ndarray | None = None):
    """The training input: shuffled each epoch, batched, prefetched (also for the benchmark)."""
    tf = import_tensorflow()
    return (tf.data.Dataset.from_tensor_slices((x, y) if w is None else (x, y, w))
            .shuffle(len(x), seed=seed, reshuffle_each_iteration=True)
            # replicas need equal shares of a batch: drop the ragged last one when mirrored
            .batch(batch, drop_remainder=replicas > 1)
            .prefetch(tf.data.AUTOTUNE).with_options(_data_options()))


def held_out_scores(weights: dict[str, np.ndarray], prepared: Prepared, arch: dict[str, Any],
                    batch: int) -> dict[str, Any] | None:
    """What the jam's many-to-one network (the last `context` tokens in, these weights) predicts of the
    held-out pieces, all and per style, scored as `improv evaluate` scores them; None (and the reason
    in not_scored) when they cannot give a score worth printing."""
    _, y_exact = padded_windows(prepared.piece_ids("val"), arch["context"])
    if unscorable(sum(p["split"] == "val" for p in prepared.pieces), y_exact) is not None:
        return None
    infer = build_model(arch)
    set_bundle_weights(infer, weights)
    return model_scores(lambda x: infer.predict(x, batch_size=batch, verbose=0), _held_out(prepared), arch["context"])


def _held_out(prepared: Prepared) -> EvalData:
    val = [p for p in prepared.pieces if p["split"] == "val"]
    return EvalData(pieces=prepared.piece_ids("val"), notes=[int(p["notes"]) for p in val],
                    styles=[p.get("style") for p in val])


def unigram_scores(prepared: Prepared) -> dict[str, Any]:
    """The held-out pieces scored by the add-one unigram of the training pieces (evaluate's "unigram"
    row): what a model that learned nothing of order would score. A model no better plays at random."""
    unigram = add_one_unigram(prepared.piece_ids("train"), len(prepared.tokenizer))
    return model_scores(lambda x: np.broadcast_to(unigram, (len(x), len(unigram))), _held_out(prepared), 1)


def summary(scores: dict[str, Any]) -> dict[str, Any]:
    overall = scores[ALL]
    return {**{k: overall[k] for k in ("top1", "top5", "perplexity", "bits_per_note")}, "windows": overall["tokens"],
            "pieces": overall["pieces"], "notes": overall["notes"]}


def train(prepared: Prepared, out: Path, epochs: int = 30, batch: int = 64, resume: bool = False,
          strategy: str = "auto", arch: dict[str, Any] | None = None, patience: int = 4,
          learning_rate: float = 2e-3, verbose: int | None = None, command: str = "",
          initial: dict[str, np.ndarray] | None = None, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """Train on the prepared pieces (all positions of chunks), validate on the held-out ones, write
    the bundle. `initial`: weights to start from (fine-tuning, model/finetune.py; `arch` must be
    theirs), else random ones; `extra`: more of meta.json (its "metrics" go into the metrics).
    `batch`: chunks a step over all replicas (each replica takes an equal share). Returns meta.

    Several workers (--strategy multiworker) all run this: the chief alone writes `out` (bundle,
    history, curves, checkpoint) and scores the held-out pieces; any other worker keeps its
    checkpoint in a temporary folder of its own, writes nothing else, and returns meta with
    "not_written" saying so."""
    arch = {**DEFAULT_ARCH, **(arch or {}), "vocab_size": len(prepared.tokenizer)}
    context = arch["context"]
    x_train, y_train, w_train = chunks(prepared.piece_ids("train"), context)
    x_val, y_val, w_val = chunks(prepared.piece_ids("val"), context)
    if len(x_train) == 0:
        raise ValueError("no training windows: the prepared data has no training piece of 2 tokens or more")
    # Keras averages a weighted loss over every position of a batch: scale the weights to mean 1,
    # so the loss it reports is the cross-entropy per target
    w_train *= w_train.size / max(1.0, float(w_train.sum()))
    if len(x_val):
        w_val *= w_val.size / max(1.0, float(w_val.sum()))

    strat = _strategy(strategy)  # first: a multi-worker strategy must be made before TensorFlow starts
    place, workers, chief = worker_of(strat)
    # the chief writes `out`; another worker (on the same machine, or with `out` on a shared disk,
    # it would write the same files) keeps its checkpoint in a folder of its own, removed at the end
    home = out if chief else Path(tempfile.mkdtemp(prefix=f"improv-worker{place}-"))
    try:
        return _train(prepared, out, home, strat, (place, workers, chief), arch, x_train, y_train, w_train,
                      x_val, y_val, w_val, epochs, batch, resume, patience, learning_rate, verbose, command,
                      initial, extra)
    finally:
        if not chief:
            shutil.rmtree(home, ignore_errors=True)


def _train(prepared, out, home, strat, worker, arch, x_train, y_train, w_train, x_val, y_val, w_val, epochs,
           batch, resume, patience, learning_rate, verbose, command, initial, extra) -> dict[str, Any]:
    tf = import_tensorflow()
    import keras

    place, workers, chief = worker
    context = arch["context"]
    backup = home / "checkpoint"
    if chief:
        out.mkdir(parents=True, exist_ok=True)
        if not resume and backup.exists():
            shutil.rmtree(backup)
    elif resume and (out / "checkpoint").is_dir():
        # every worker goes on from the chief's checkpoint (the same weights and epoch everywhere); it
        # writes its next ones before the chief's can change: the chief waits for this worker's steps
        shutil.copytree(out / "checkpoint", backup)

    replicas = strat.num_replicas_in_sync
    if replicas > 1:  # every batch splits evenly over the replicas (and a little music still makes one)
        batch = max(replicas, min(batch, len(x_train)) // replicas * replicas)
        keep = len(x_val) - len(x_val) % replicas
        x_val, y_val, w_val = x_val[:keep], y_val[:keep], w_val[:keep]
    keras.utils.set_random_seed(prepared.settings.split_seed)
    with strat.scope():
        model = compiled_model(arch, learning_rate, sequence=True)
        if initial is not None:  # --resume then loads the checkpoint's weights over these
            set_bundle_weights(model, initial)
        if workers > 1:
            build_for_workers(model, x_train[:1], y_train[:1], w_train[:1])
    options = _data_options()
    train_ds = train_pipeline(x_train, y_train, batch, prepared.settings.split_seed, replicas, w_train)
    val_ds = None
    if len(x_val):
        val_ds = (tf.data.Dataset.from_tensor_slices((x_val, y_val, w_val))
                  .batch(256 * replicas, drop_remainder=False).with_options(options))
    monitor = "val_loss" if val_ds is not None else "loss"
    guard = EpochEndGuard()
    callbacks = guard.callbacks([
        keras.callbacks.EarlyStopping(monitor=monitor, patience=patience, restore_best_weights=True),
        keras.callbacks.ReduceLROnPlateau(monitor=monitor, factor=0.5, patience=max(1, patience // 2)),
        *([keras.callbacks.CSVLogger(str(out / "history.csv"), append=resume)] if chief else []),
        keras.callbacks.BackupAndRestore(str(backup)),  # last: the epoch it records is fully written
    ])
    if verbose is None:
        verbose = 1 if sys.stderr.isatty() else 2
    start = time.time()
    # the pipeline reshuffles each epoch itself (train_pipeline); Keras cannot shuffle a Dataset
    with guard, (strat.scope() if workers > 1 else contextlib.nullcontext()):
        history = model.fit(train_ds, validation_data=val_ds, epochs=epochs, callbacks=callbacks,
                            verbose=verbose, shuffle=False)
    seconds = time.time() - start
    targets = float((w_train > 0).sum())

    # a degenerate evaluation is never recorded as a score: None, and the reason beside it
    _, y_exact = padded_windows(prepared.piece_ids("val"), context)
    reason = unscorable(sum(p["split"] == "val" for p in prepared.pieces), y_exact)
    if not chief:
        reason = "scored by the chief"
    scores = held_out_scores(bundle_weights(model), prepared, arch, 256 * replicas) if chief else None
    metrics = None if scores is None else summary(scores)
    by_style = {k: v for k, v in (scores or {}).items() if k != ALL}
    if metrics is not None:  # the floor: a model that scores no better than counting tokens plays at random
        metrics["unigram_bits_per_note"] = summary(unigram_scores(prepared))["bits_per_note"]
        metrics["better_than_unigram"] = metrics["bits_per_note"] < metrics["unigram_bits_per_note"]
    epochs_run = len(history.history.get("loss", []))
    meta = {
        "tokenizer": prepared.tokenizer.name,
        "architecture": arch,
        "tokens": prepared.settings.to_json(),
        "sources": prepared.sources,
        **({"recipe": prepared.recipe} if prepared.recipe else {}),
        "split": {"train": [p["name"] for p in prepared.pieces if p["split"] == "train" and "augmented" not in p],
                  "val": [p["name"] for p in prepared.pieces if p["split"] == "val"]},
        "training": {"epochs_run": epochs_run, "epochs_max": epochs, "batch": batch,
                     "learning_rate": learning_rate, "strategy": type(strat).__name__,
                     "replicas": strat.num_replicas_in_sync, **({"workers": workers} if workers > 1 else {}),
                     "objective": "every position of chunks",
                     "train_chunks": int(len(x_train)), "train_targets": int(targets),
                     "seconds": round(seconds, 1), "command": command,
                     "targets_per_s": round(targets * epochs_run / max(seconds, 1e-9), 1)},
        "metrics": {"held_out_by_piece": metrics, **({"by_style": by_style} if by_style else {}),
                    **({"not_scored": reason} if reason else {}), **(extra or {}).get("metrics", {})},
        "versions": {"improv": __version__, "python": platform.python_version(), "tensorflow": tf.__version__,
                     "keras": keras.__version__, "numpy": np.__version__},
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        **{k: v for k, v in (extra or {}).items() if k != "metrics"},
    }
    if not chief:
        return {**meta, "not_written": f"worker {place} of {workers}: nothing written here; the chief writes {out}"}
    bundle_mod.save(out, meta, prepared.tokenizer, bundle_weights(model))
    np.save(out / "train_ids.npy", np.concatenate(prepared.piece_ids("train")).astype(np.int32))
    (out / "train_lengths.json").write_text(json.dumps([len(a) for a in prepared.piece_ids("train")]))
    if (out / "history.csv").exists():
        plot_curves(out / "history.csv", out / "curves.png")
    if backup.exists():
        shutil.rmtree(backup)
    return json.loads((out / "meta.json").read_text())
