"""Inference engines: the next-token probabilities given up to `context` token ids.

"numpy" runs the forward pass over the exported weights with no TensorFlow import (the
daemon's default); "tensorflow" runs the Keras model through a tf.function with a fixed
input signature, on CPU or GPU. Both match the Keras model (tests/test_model.py).
"""
from __future__ import annotations

from pathlib import Path
from typing import Protocol, Sequence

import numpy as np

from .bundle import Bundle, BundleError, load

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


class Engine(Protocol):
    vocab: object
    context: int

    def predict(self, token_ids: Sequence[int]) -> np.ndarray: ...


class NumpyEngine:
    """An exact NumPy forward pass, tuned for one context at a time (not thread-safe)."""

    def __init__(self, bundle: Bundle):
        w, arch = bundle.weights, bundle.arch
        self.bundle, self.vocab, self.context = bundle, bundle.vocab, bundle.context
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

    def predict(self, token_ids: Sequence[int]) -> np.ndarray:
        ids = np.asarray(token_ids, dtype=np.int64)[-self.context:]
        n = len(ids)
        if n == 0:
            raise ValueError("predict needs at least one token id")
        if ids.min() < 0 or ids.max() >= len(self.vocab):
            raise ValueError(f"token ids must be in 0..{len(self.vocab) - 1}")
        # into buffers made once: no allocation per step (the gathered rows alone are 200 KB)
        rows = self._ids[:n]
        np.add(ids, 1, out=rows)
        x1, h1 = self._x1[:n], self._h1[:n]
        np.take(self.table1, rows, axis=0, out=x1)
        self._layer(x1, self.rec1, self.u1, h1, None)
        x2 = self._x2[:n]
        np.dot(h1, self.kern2, out=x2)
        x2 += self.bias2
        self._layer(x2, self.rec2, self.u2, None, self._h2)
        d = np.dot(self._h2, self.dense_k, out=self._d)
        d += self.dense_b
        np.maximum(d, 0.0, out=d)
        logits = np.dot(d, self.out_k, out=self._logits)
        logits += self.out_b
        logits -= logits.max()
        np.exp(logits, out=logits)
        logits /= logits.sum()
        return logits.copy()  # the caller keeps it; the buffer is reused

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
        from .model import import_tensorflow
        tf = import_tensorflow()
        from .model import build_model, set_bundle_weights
        self.bundle, self.vocab, self.context = bundle, bundle.vocab, bundle.context
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

    def predict(self, token_ids: Sequence[int]) -> np.ndarray:
        ids = np.asarray(token_ids, dtype=np.int64)[-self.context:]
        if len(ids) == 0:
            raise ValueError("predict needs at least one token id")
        self._buf.fill(0)  # 0 is the padding row of the embedding (masked)
        self._buf[0, self.context - len(ids):] = ids + 1
        with self._device(self.device):
            return self._forward(self._buf).numpy().astype(np.float32)


def load_engine(bundle_dir: str | Path, kind: str = "numpy", device: str = "auto") -> NumpyEngine | TensorFlowEngine:
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
