"""Mixing the model's next-token probabilities with the session memory's, at a weight that is
fixed or learned online from how well each predicted the player's last tokens."""
from __future__ import annotations

from collections.abc import Iterable

import numpy as np


def mix(p_model: np.ndarray, p_memory: np.ndarray, w: float, out: np.ndarray | None = None) -> np.ndarray:
    """(1 - w) * p_model + w * p_memory, written into `out` (which may be p_memory) without
    allocating."""
    if out is None:
        out = np.empty(len(p_memory))
    if out is p_model:
        out *= 1.0 - w
        out += w * p_memory
        return out
    np.subtract(p_memory, p_model, out=out)  # p_model + w (p_memory - p_model)
    out *= w
    out += p_model
    return out


def apply_bans(p: np.ndarray, bans: Iterable[int], mask: np.ndarray | None = None) -> bool:
    """Zero the banned ids of p in place, unless nothing (under the mask) would be left: then
    the guard steps aside, as Sampler's repeat guard does. `bans` are distinct ids (a set).
    True if the bans were applied. No copy of p: it runs every step."""
    idx = np.fromiter(bans, dtype=np.intp)
    if not len(idx):
        return False
    if mask is None:
        total, banned = float(p.sum()), float(p[idx].sum())
    else:
        total, banned = float(np.dot(p, mask)), float(np.dot(p[idx], mask[idx]))
    # relative: rounding must not leave a 1e-17 of "mass" that the sampler could not use
    if total - banned <= 1e-12 * total:
        return False
    p[idx] = 0.0
    return True


class FollowWeight:
    """The memory's share w of the mixture.

    Fixed (a number in 0..1), or auto (None): the mixing weight in [lo, hi] under which the
    mixture gave the player's last `window` tokens the highest likelihood (the weight EM would
    find, by Newton's method here: the log-likelihood is concave in w).
    """

    def __init__(self, fixed: float | None = None, lo: float = 0.05, hi: float = 0.8, window: int = 32):
        if not 0 <= lo <= hi <= 1:
            raise ValueError("follow weight bounds need 0 <= lo <= hi <= 1")
        if window < 1:
            raise ValueError("follow window must be at least 1")
        self.lo, self.hi, self.window = lo, hi, window
        self._p = np.zeros(window)   # what the model gave each of the player's last tokens
        self._q = np.zeros(window)   # what the memory gave them
        self._r = np.zeros(window)   # scratch
        self._n = 0                  # tokens observed (the ring holds min(n, window))
        self._learned = lo           # start trusting the model: an empty memory knows nothing
        self._fixed: float | None = None
        self.set(fixed)

    @property
    def auto(self) -> bool:
        return self._fixed is None

    @property
    def w(self) -> float:
        return self._learned if self._fixed is None else self._fixed

    def set(self, w: float | None) -> None:
        """A fixed weight in 0..1 (from the config or a CC), or None for auto."""
        if w is not None and not 0 <= w <= 1:
            raise ValueError("follow must be 'auto' or a number in 0..1")
        self._fixed = None if w is None else float(w)

    def observe(self, p_model_of_actual: float, p_memory_of_actual: float) -> None:
        """After each of the player's tokens: what each source had given it. Learns even while
        fixed, so that going back to auto starts from the player's recent playing."""
        i = self._n % self.window
        # a floor keeps one token that a source ruled out from dominating the window
        self._p[i] = max(float(p_model_of_actual), 1e-9)
        self._q[i] = max(float(p_memory_of_actual), 1e-9)
        self._n += 1
        m = min(self._n, self.window)
        p, q, r = self._p[:m], self._q[:m], self._r[:m]
        # The window's log-likelihood sum(log(p + w (q - p))) is concave in w, so projected
        # Newton steps from the last weight find its maximum on [lo, hi] in a few iterations.
        d = q - p
        w = self._learned
        for _ in range(8):
            np.multiply(d, w, out=r)
            r += p
            np.divide(d, r, out=r)
            grad = float(r.sum())
            curv = float(np.dot(r, r))
            if curv <= 0:
                break
            new = min(max(w + grad / curv, self.lo), self.hi)
            done = abs(new - w) < 1e-5
            w = new
            if done:
                break
        self._learned = w
