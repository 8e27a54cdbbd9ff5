"""The network of the original project (two LSTM(256) layers, dropout, a dense layer, softmax) with
an embedding, in Keras; TensorFlow imported quietly, and only when a network is built (training,
the TensorFlow engine, evaluation in batches). The daemon's NumPy engine never needs this."""
from __future__ import annotations

import os
import sys
from typing import Any

import numpy as np

from ..quiet import quiet_stderr
from .bundle import WEIGHT_NAMES

_TF_VERBOSE = False


def tensorflow_verbose(on: bool = True) -> None:
    """Let TensorFlow's own start-up lines through (`improv train --verbose`); call before training."""
    global _TF_VERBOSE
    _TF_VERBOSE = on


def import_tensorflow():
    """TensorFlow, imported so that its start-up lines (absl, oneDNN, cpu_feature_guard), printed
    by its C++ side before improv's own lines, are not shown unless tensorflow_verbose() was called.
    TF_CPP_MIN_LOG_LEVEL alone does not hide them: some come before TensorFlow reads it."""
    if "tensorflow" not in sys.modules and not _TF_VERBOSE:
        os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")  # later lines too; a user's own setting wins
        with quiet_stderr():
            import keras  # noqa: F401 - keras imports TensorFlow and logs the same way
            import tensorflow  # noqa: F401 - imported here, under quiet_stderr
    import tensorflow as tf
    return tf


DEFAULT_ARCH = {"embedding": 96, "lstm1": 256, "lstm2": 256, "dense": 256, "context": 50, "dropout": 0.2}


def build_model(arch: dict[str, Any], sequence: bool = False):
    """The network; `sequence`: a next-token distribution after every input (training), else only
    after the last (the jam's many-to-one). Both have the same weights."""
    import_tensorflow()
    import keras
    from keras import layers
    v = arch["vocab_size"]
    inp = keras.Input(shape=(None if sequence else arch["context"],), dtype="int32", name="tokens")
    x = layers.Embedding(v + 1, arch["embedding"], mask_zero=True, name="embedding")(inp)
    x = layers.LSTM(arch["lstm1"], return_sequences=True, name="lstm1")(x)
    x = layers.Dropout(arch.get("dropout", 0.2))(x)
    x = layers.LSTM(arch["lstm2"], return_sequences=sequence, name="lstm2")(x)
    x = layers.Dropout(arch.get("dropout", 0.2))(x)
    x = layers.Dense(arch["dense"], activation="relu", name="dense")(x)
    out = layers.Dense(v, activation="softmax", name="next_token")(x)
    return keras.Model(inp, out, name="improv_lstm")


def bundle_weights(model) -> dict[str, np.ndarray]:
    return dict(zip(WEIGHT_NAMES, (np.asarray(w) for w in model.get_weights())))


def set_bundle_weights(model, weights: dict[str, np.ndarray]) -> None:
    model.set_weights([weights[k] for k in WEIGHT_NAMES])


