"""Inference engines: the next-token probabilities given up to `context` token ids.

"numpy" runs the forward pass over the exported weights with no TensorFlow import (the
daemon's default); "tensorflow" runs the Keras model through a tf.function with a fixed
input signature, on CPU or GPU. Both match the Keras model (tests/test_model.py).
"""
from __future__ import annotations

from pathlib import Path
from typing import NamedTuple, Protocol, Sequence

import numpy as np

from .. import config
from ..tokens import Tokenizer
from .bundle import Bundle, BundleError, load
from .network import build_model, import_tensorflow, set_bundle_weights

# Keras orders an LSTM's gates i, f, c, o. We reorder to i, f, o | c so the three sigmoid
# gates are one contiguous slice, and pre-scale them by 1/2: sigmoid(x) = (1 + tanh(x/2)) / 2,
# so one tanh over all four gates does the work of three sigmoids and a tanh.
def _gate_order(units: int) -> np.ndarray:
    i, f, c, o = (np.arange(units) + k * units for k in range(4))
    return np.concatenate([i, f, o, c])


def _prepare(kernel: np.ndarray, units: int) -> np.ndarray:
    out = kernel[..., _gate_order(units)].astype(np.float32, copy=True)
    out[..., :3 * units] *= 0.5
    return np.ascontiguousarray(out)


class State(NamedTuple):
    """NumpyEngine's LSTM state after some tokens: both cells' h and c (copies the caller owns)."""
    h1: np.ndarray
    c1: np.ndarray
    h2: np.ndarray
    c2: np.ndarray


class Engine(Protocol):
    bundle: Bundle
    tokenizer: Tokenizer
    context: int

    def predict(self, token_ids: Sequence[int]) -> np.ndarray: ...

    # A step of several tokens: the window once, then one token at a time from the carried state.
    # The state is the engine's own (opaque to callers); advance never changes the one it is given.
    def predict_state(self, token_ids: Sequence[int]) -> tuple[np.ndarray, object]: ...

    def advance(self, state: object, token_id: int) -> tuple[np.ndarray, object]: ...


class NumpyEngine:
    """An exact NumPy forward pass, tuned for one context at a time (not thread-safe)."""

    def __init__(self, bundle: Bundle):
        w, arch = bundle.weights, bundle.arch
        self.bundle, self.tokenizer, self.context = bundle, bundle.tokenizer, bundle.context
        self.u1, self.u2 = arch["lstm1"], arch["lstm2"]
        # layer 1's input projection of every token is a table lookup: embedding @ kernel + bias
        self.table1 = _prepare(w["embedding"] @ w["lstm1_kernel"] + w["lstm1_bias"], self.u1)
        self.rec1 = _prepare(w["lstm1_recurrent"], self.u1)
        self.kern2 = _prepare(w["lstm2_kernel"], self.u2)
        self.bias2 = _prepare(w["lstm2_bias"], self.u2)
        self.rec2 = _prepare(w["lstm2_recurrent"], self.u2)
        self.dense_k, self.dense_b = w["dense_kernel"], w["dense_bias"]
        self.out_k, self.out_b = w["out_kernel"], w["out_bias"]
        n = self.context
        self._x1 = np.zeros((n, 4 * self.u1), np.float32)
        self._ids = np.zeros(n, np.int64)
        self._h1 = np.zeros((n, self.u1), np.float32)
        self._x2 = np.zeros((n, 4 * self.u2), np.float32)
        self._z = {u: np.zeros(4 * u, np.float32) for u in {self.u1, self.u2}}
        self._c = {u: np.zeros(u, np.float32) for u in {self.u1, self.u2}}
        self._t = {u: np.zeros(u, np.float32) for u in {self.u1, self.u2}}
        self._h2 = np.zeros(self.u2, np.float32)
        self._zr = np.zeros(4 * self.u2, np.float32)
        self._d = np.zeros(self.dense_k.shape[1], np.float32)
        self._logits = np.zeros(self.out_k.shape[1], np.float32)

    def _layer(self, xproj: np.ndarray, rec: np.ndarray, units: int, hs: np.ndarray | None,
               h_last: np.ndarray | None) -> None:
        z, c, t = self._z[units], self._c[units], self._t[units]
        sig, cand = z[:3 * units], z[3 * units:]
        i, f, o = z[:units], z[units:2 * units], z[2 * units:3 * units]
        c.fill(0.0)
        h_prev = None
        for step in range(len(xproj)):
            if h_prev is None:
                z[:] = xproj[step]
            else:
                np.dot(h_prev, rec, out=z)
                z += xproj[step]
            np.tanh(z, out=z)
            sig *= 0.5
            sig += 0.5
            c *= f
            i *= cand
            c += i
            np.tanh(c, out=t)
            h = hs[step] if hs is not None else h_last
            np.multiply(o, t, out=h)
            h_prev = h

    def _check(self, token_ids: Sequence[int]) -> np.ndarray:
        ids = np.asarray(token_ids, dtype=np.int64)[-self.context:]
        if len(ids) == 0:
            raise ValueError("predict needs at least one token id")
        if ids.min() < 0 or ids.max() >= len(self.tokenizer):
            raise ValueError(f"token ids must be in 0..{len(self.tokenizer) - 1}")
        return ids

    def _window(self, token_ids: Sequence[int], keep_state: bool = False) -> State | None:
        """Both LSTM layers over the last `context` ids; h2 is left in self._h2."""
        ids = self._check(token_ids)
        n = len(ids)
        # into buffers made once: no allocation per step (the gathered rows alone are 200 KB)
        rows = self._ids[:n]
        np.add(ids, 1, out=rows)
        x1, h1 = self._x1[:n], self._h1[:n]
        np.take(self.table1, rows, axis=0, out=x1)
        self._layer(x1, self.rec1, self.u1, h1, None)
        c1 = self._c[self.u1].copy() if keep_state else None  # the c buffer is shared when u1 == u2
        x2 = self._x2[:n]
        np.dot(h1, self.kern2, out=x2)
        x2 += self.bias2
        self._layer(x2, self.rec2, self.u2, None, self._h2)
        if keep_state:
            return State(h1[n - 1].copy(), c1, self._h2.copy(), self._c[self.u2].copy())
        return None

    def _head(self, h2: np.ndarray) -> np.ndarray:
        """Dense, output layer and softmax after the last LSTM output: a new array."""
        d = np.dot(h2, self.dense_k, out=self._d)
        d += self.dense_b
        np.maximum(d, 0.0, out=d)
        logits = np.dot(d, self.out_k, out=self._logits)
        logits += self.out_b
        logits -= logits.max()
        np.exp(logits, out=logits)
        logits /= logits.sum()
        return logits.copy()  # the caller keeps it; the buffer is reused

    def predict(self, token_ids: Sequence[int]) -> np.ndarray:
        self._window(token_ids)
        return self._head(self._h2)

    def predict_state(self, token_ids: Sequence[int]) -> tuple[np.ndarray, State]:
        """`predict`'s probabilities, and the LSTM state after the window to `advance` from."""
        state = self._window(token_ids, keep_state=True)
        return self._head(state.h2), state

    def _cell(self, z: np.ndarray, c: np.ndarray, units: int) -> tuple[np.ndarray, np.ndarray]:
        """One LSTM step from pre-activations z (in self._z[units]) and the previous c: new h, c."""
        np.tanh(z, out=z)
        sig = z[:3 * units]
        sig *= 0.5
        sig += 0.5
        c_new = np.multiply(z[units:2 * units], c)            # f * c
        t = self._t[units]
        np.multiply(z[:units], z[3 * units:], out=t)         # i * g
        c_new += t
        np.tanh(c_new, out=t)
        return np.multiply(z[2 * units:3 * units], t), c_new  # o * tanh(c)

    def advance(self, state: State, token_id: int) -> tuple[np.ndarray, State]:
        """One more token through both cells from `state` (left unchanged): the probabilities and
        state of the window plus this token, with no truncation to `context` (a step's window grows)."""
        token_id = int(token_id)
        if not 0 <= token_id < len(self.tokenizer):
            raise ValueError(f"token ids must be in 0..{len(self.tokenizer) - 1}")
        z1 = np.dot(state.h1, self.rec1, out=self._z[self.u1])
        z1 += self.table1[token_id + 1]
        h1, c1 = self._cell(z1, state.c1, self.u1)
        z2 = np.dot(h1, self.kern2, out=self._z[self.u2])
        z2 += self.bias2
        z2 += np.dot(state.h2, self.rec2, out=self._zr)
        h2, c2 = self._cell(z2, state.c2, self.u2)
        return self._head(h2), State(h1, c1, h2, c2)

    def predict_batch(self, contexts: np.ndarray) -> np.ndarray:
        """Probabilities for a batch of left-padded contexts (-1 = padding), shape (B, context)."""
        x = np.asarray(contexts, dtype=np.int64)
        b, n = x.shape
        mask = x >= 0
        h = hs = None
        for layer, (units, rec) in enumerate(((self.u1, self.rec1), (self.u2, self.rec2))):
            if layer == 0:
                xproj = self.table1[x + 1]  # (B, T, 4u); padding looks up row 0 and is masked
            else:
                xproj = hs @ self.kern2 + self.bias2
            hcur = np.zeros((b, units), np.float32)
            c = np.zeros((b, units), np.float32)
            hs = np.zeros((b, n, units), np.float32)
            for step in range(n):
                z = np.tanh(xproj[:, step] + hcur @ rec)
                z[:, :3 * units] = 0.5 * z[:, :3 * units] + 0.5
                i, f, o, g = (z[:, k * units:(k + 1) * units] for k in range(4))
                c_new = f * c + i * g
                h_new = o * np.tanh(c_new)
                m = mask[:, step:step + 1]
                c = np.where(m, c_new, c)
                hcur = np.where(m, h_new, hcur)
                hs[:, step] = hcur
            h = hcur
        d = np.maximum(h @ self.dense_k + self.dense_b, 0.0)
        logits = d @ self.out_k + self.out_b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        return p / p.sum(axis=1, keepdims=True)


class TensorFlowEngine:
    """The Keras model through a tf.function with a fixed (1, context) int32 signature."""

    def __init__(self, bundle: Bundle, device: str = "auto"):
        tf = import_tensorflow()
        self.bundle, self.tokenizer, self.context = bundle, bundle.tokenizer, bundle.context
        gpus = tf.config.list_physical_devices("GPU")
        if device == "gpu" and not gpus:
            raise BundleError("--device gpu: TensorFlow sees no GPU here; use --device cpu or auto")
        self.device = "/GPU:0" if gpus and device != "cpu" else "/CPU:0"
        with tf.device(self.device):
            self.model = build_model(bundle.arch)
            set_bundle_weights(self.model, bundle.weights)
        self._buf = np.zeros((1, self.context), np.int32)
        model = self.model

        @tf.function(input_signature=[tf.TensorSpec([1, self.context], tf.int32)])
        def forward(x):
            return model(x, training=False)[0]
        self._forward = forward
        self._device = tf.device
        self._sequence = None  # the variable-length model `advance` runs, built on first use

    def predict(self, token_ids: Sequence[int]) -> np.ndarray:
        ids = np.asarray(token_ids, dtype=np.int64)[-self.context:]
        if len(ids) == 0:
            raise ValueError("predict needs at least one token id")
        self._buf.fill(0)  # 0 is the padding row of the embedding (masked)
        self._buf[0, self.context - len(ids):] = ids + 1
        with self._device(self.device):
            return self._forward(self._buf).numpy().astype(np.float32)

    # The state is the window's ids plus the ones advanced: each `advance` runs the whole sequence
    # again (a model with variable-length input, the same weights), so it costs what `predict`
    # costs and more as a step grows; NumpyEngine's advance is one LSTM step. Same results.
    def predict_state(self, token_ids: Sequence[int]) -> tuple[np.ndarray, tuple[int, ...]]:
        probs = self.predict(token_ids)
        return probs, tuple(int(i) for i in np.asarray(token_ids, dtype=np.int64)[-self.context:])

    def advance(self, state: tuple[int, ...], token_id: int) -> tuple[np.ndarray, tuple[int, ...]]:
        token_id = int(token_id)
        if not 0 <= token_id < len(self.tokenizer):
            raise ValueError(f"token ids must be in 0..{len(self.tokenizer) - 1}")
        ids = (*state, token_id)
        if self._sequence is None:
            tf = import_tensorflow()
            with self._device(self.device):
                model = build_model(self.bundle.arch, sequence=True)
                set_bundle_weights(model, self.bundle.weights)

            @tf.function(input_signature=[tf.TensorSpec([1, None], tf.int32)])
            def forward(x):
                return model(x, training=False)[0, -1]
            self._sequence = forward
        x = np.asarray(ids, dtype=np.int32)[None, :] + 1
        with self._device(self.device):
            return self._sequence(x).numpy().astype(np.float32), ids


def load_engine(bundle_dir: str | Path, kind: str | None = None, device: str | None = None) -> NumpyEngine | TensorFlowEngine:
    """The engine `kind` (None: model.engine's default) on `device` (None: model.device's) for a bundle."""
    defaults = config.defaults()["model"]
    kind, device = kind or defaults["engine"], device or defaults["device"]
    bundle = load(bundle_dir)
    if kind == "numpy":
        if device == "gpu":
            raise BundleError("the numpy engine runs on the CPU; use --engine tensorflow for --device gpu")
        return NumpyEngine(bundle)
    if kind == "tensorflow":
        return TensorFlowEngine(bundle, device)
    raise ValueError(f"unknown engine '{kind}': use numpy or tensorflow")


def engine_for(model: dict, bundle_dir: str | Path | None = None) -> NumpyEngine | TensorFlowEngine:
    """The engine the `model` settings ask for, on their bundle or on `bundle_dir`."""
    return load_engine(bundle_dir or model["bundle"], model["engine"], model["device"])
