"""What training and evaluation feed the network: many-to-one windows (the jam's view: the last
`context` tokens in, the next out) and chunks (every position of a stretch of tokens a target)."""
from __future__ import annotations

import numpy as np


def padded_windows(pieces: list[np.ndarray], context: int) -> tuple[np.ndarray, np.ndarray]:
    """Every token of every piece (but the first) as a target, its context left-padded.

    Inputs are shifted by one: 0 is the padding (masked by the embedding), id k is k + 1.
    """
    xs, ys = [], []
    for ids in pieces:
        ids = np.asarray(ids, dtype=np.int32)
        if len(ids) < 2:
            continue
        padded = np.concatenate([np.zeros(context, np.int32), ids + 1])
        x = np.lib.stride_tricks.sliding_window_view(padded[:-1], context)[1:len(ids)]
        xs.append(np.ascontiguousarray(x))
        ys.append(ids[1:])
    if not xs:
        return np.zeros((0, context), np.int32), np.zeros((0,), np.int32)
    return np.concatenate(xs), np.concatenate(ys)


def chunks(pieces: list[np.ndarray], context: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Training chunks: every token of every piece (but the first) is a target exactly once.

    A chunk is `context` inputs and the `context` tokens that follow each of them; chunks start
    every context // 2 tokens, and a target counts (weight 1) only in the first chunk that has it,
    so all but a piece's first targets are predicted from at least context // 2 tokens, and the
    LSTM computes 2 steps a target instead of `context` (many-to-one windows). Inputs are shifted
    by one as in padded_windows; the padding after a piece's end has weight 0."""
    stride = max(1, context // 2)
    xs, ys, ws = [], [], []
    for ids in pieces:
        ids = np.asarray(ids, dtype=np.int32)
        done = 0  # targets up to this index are already counted
        for start in range(0, max(1, len(ids) - 1), stride):
            inp = ids[start:start + context]
            tgt = ids[start + 1:start + 1 + context]
            if len(tgt) == 0:
                break
            n = len(tgt)
            x = np.zeros(context, np.int32)
            y = np.zeros(context, np.int32)
            w = np.zeros(context, np.float32)
            x[:n], y[:n] = inp[:n] + 1, tgt
            first_new = max(0, done - start - 1)  # the target at position j is token start + 1 + j
            w[first_new:n] = 1.0
            done = start + 1 + n
            xs.append(x)
            ys.append(y)
            ws.append(w)
            if start + 1 + n >= len(ids):
                break
    if not xs:
        empty = np.zeros((0, context), np.int32)
        return empty, empty, np.zeros((0, context), np.float32)
    return np.stack(xs), np.stack(ys), np.stack(ws)
