"""Session memory: a bounded variable-order model of what the player has just played, with a
quote guard and a small versioned file so it can outlive a jam."""
from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
from collections import deque
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np


FORMAT = "improv-memory/2"   # the player's tokens as played (absolute pitches)
READS = (FORMAT, "improv-memory/1")  # 1: in the model's key (C major / A minor), read as if played there


class MemoryFileError(Exception):
    """A memory file that cannot be used; the message is one line."""


class SessionMemory:
    """Counts of every n-gram (n = 1..depth+1) inside the last `max_tokens` tokens of a stream.

    probs() interpolates orders 1..`order` (contexts of 0..order-1 tokens) with Witten-Bell
    smoothing down to `prior` (uniform by default). The tables go one level deeper when
    `max_quote` needs it, so the quote guard reads the same counts. Adding a token adds the
    n-grams ending at it; forgetting the oldest removes the n-grams starting at it: O(depth)
    either way, whatever the length of the stream.
    """

    def __init__(self, vocab_size: int, order: int, max_tokens: int, max_quote: int,
                 prior: np.ndarray | None = None):
        if vocab_size < 1 or order < 1 or max_tokens < 1 or max_quote < 1:
            raise ValueError("vocab_size, order, max_tokens and max_quote must be at least 1")
        self.vocab_size, self.order, self.max_tokens, self.max_quote = vocab_size, order, max_tokens, max_quote
        self.depth = max(order - 1, max_quote)  # longest context kept
        if prior is None:
            self._prior = None
        else:
            prior = np.asarray(prior, dtype=np.float64)
            if prior.shape != (vocab_size,) or prior.min() <= 0:
                raise ValueError("prior must be a positive vector of length vocab_size")
            self._prior = prior / prior.sum()
        self._tmp = np.empty(vocab_size)
        self.clear()

    def clear(self) -> None:
        self.stream: deque[int] = deque()
        self._uni = np.zeros(self.vocab_size)  # order 1 (empty context) kept dense: it has every type
        self._uni_types = 0
        # _tables[k][context of k ids] = [total, {next id: count}]  for k = 1..depth
        self._tables: list[dict[tuple[int, ...], list]] = [{} for _ in range(self.depth + 1)]

    def __len__(self) -> int:
        return len(self.stream)

    # ------------------------------------------------------------------ update
    def observe(self, token_id: int) -> None:
        """Remember one more token; past max_tokens, forget the oldest."""
        t = int(token_id)
        if not 0 <= t < self.vocab_size:
            raise ValueError(f"token id {t} is outside the vocabulary (0..{self.vocab_size - 1})")
        tail = list(itertools.islice(reversed(self.stream), self.depth))[::-1]
        self._add((), t, +1)
        for k in range(1, len(tail) + 1):
            self._add(tuple(tail[-k:]), t, +1)
        self.stream.append(t)
        if len(self.stream) > self.max_tokens:
            head = list(itertools.islice(self.stream, self.depth + 1))
            for k in range(len(head)):
                self._add(tuple(head[:k]), head[k], -1)
            self.stream.popleft()

    def _add(self, ctx: tuple[int, ...], nxt: int, d: int) -> None:
        if not ctx:
            before = float(self._uni[nxt])
            self._uni[nxt] = before + d
            self._uni_types += (before == 0) - (before + d == 0)
            return
        table = self._tables[len(ctx)]
        node = table.get(ctx)
        if node is None:
            node = table[ctx] = [0, {}]
        node[0] += d
        seen = node[1]
        c = seen.get(nxt, 0) + d
        if c:
            seen[nxt] = c
        else:
            del seen[nxt]
            if not seen:
                del table[ctx]

    # ------------------------------------------------------------------ query
    def probs(self, context: Sequence[int], out: np.ndarray | None = None) -> np.ndarray:
        """P(next | the last order-1 ids of context), float64, summing to 1. Uniform when empty."""
        p = np.empty(self.vocab_size) if out is None else out
        if self._prior is None:
            p.fill(1.0 / self.vocab_size)
        else:
            np.copyto(p, self._prior)
        n = len(self.stream)
        if n == 0:
            return p
        # Witten-Bell: p_k = (c(h, w) + T(h) p_{k-1}) / (c(h) + T(h)), T = number of types after h
        types = self._uni_types
        p *= types / (n + types)
        np.multiply(self._uni, 1.0 / (n + types), out=self._tmp)
        p += self._tmp
        hist = _last(context, self.order - 1)
        for k in range(1, len(hist) + 1):
            node = self._tables[k].get(tuple(hist[-k:]))
            if node is None:
                break  # every occurrence of a longer context contains this one: none was seen either
            total, seen = node
            scale = 1.0 / (total + len(seen))
            p *= len(seen) * scale
            for w, c in seen.items():
                p[w] += c * scale
        return p

    def quote_bans(self, recent_output: Sequence[int], max_quote: int | None = None) -> set[int]:
        """Ids that, played next, would end the output in a run of more than max_quote tokens
        found verbatim in the remembered stream."""
        q = self.max_quote if max_quote is None else max_quote
        if not 1 <= q <= self.depth:
            raise ValueError(f"max_quote must be in 1..{self.depth} for this memory")
        if len(recent_output) < q:
            return set()
        node = self._tables[q].get(tuple(_last(recent_output, q)))
        return set(node[1]) if node else set()

    def ngrams(self, n: int) -> Iterable[tuple[tuple[int, ...], int]]:
        """(n-gram, count) for every n-gram of the stream, n = 1..depth+1."""
        if n == 1:
            return (((w,), int(c)) for w, c in enumerate(self._uni) if c)
        return ((ctx + (w,), c) for ctx, (_, seen) in self._tables[n - 1].items() for w, c in seen.items())

    # ------------------------------------------------------------------ saving
    def state(self) -> dict:
        return {"format": FORMAT, "vocab_size": self.vocab_size, "order": self.order,
                "max_tokens": self.max_tokens, "max_quote": self.max_quote, "tokens": list(self.stream)}

    @classmethod
    def from_state(cls, state: dict, **settings) -> SessionMemory:
        """Rebuild from state(); keyword settings (order, max_tokens, ...) override the saved ones."""
        args = {k: state[k] for k in ("vocab_size", "order", "max_tokens", "max_quote")}
        args.update(settings)
        mem = cls(**args)
        for t in state["tokens"][-mem.max_tokens:]:
            mem.observe(t)
        return mem

    def save(self, path: str | Path, vocab_sha: str) -> None:
        write_state(path, self.state(), vocab_sha)

    # ------------------------------------------------------------------ showing
    def describe(self, name_ids, top: int = 10) -> list[str]:
        """Size, order and the most played phrases (3 to 6 tokens), named by `name_ids(ids)` (the
        vocabulary's describe)."""
        lines = [f"{len(self)} tokens remembered (at most {self.max_tokens}), order {self.order}; notes as played"]
        ranked = []
        for n in range(3, min(6, self.depth + 1) + 1):
            ranked += [(c * n, c, g) for g, c in self.ngrams(n) if c >= 2]
        ranked.sort(key=lambda r: (-r[0], -len(r[2]), r[2]))
        shown: list[tuple[int, ...]] = []
        for _, count, gram in ranked:
            if any(_inside(gram, s) for s in shown):
                continue  # a piece of a phrase already listed
            shown.append(gram)
            lines.append(f"{count:5d}x  " + name_ids(gram))
            if len(shown) == top:
                break
        if not shown:
            lines.append("no phrase of 3 or more tokens played twice yet")
        return lines


def write_state(path: str | Path, state: dict, vocab_sha: str) -> None:
    """Write a memory's state() atomically: a temporary file beside it, fsync, then rename over
    it. A state is a plain copy, so a jam can take it at a step and write it on another thread."""
    path = Path(path)
    data = {**state, "vocab_sha256": vocab_sha}
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(json.dumps(data, separators=(",", ":")) + "\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as e:
        raise MemoryFileError(f"{path}: cannot write the memory file ({e.strerror or e}); "
                              "check that its folder exists and is writable, or change memory.file") from None
    finally:
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
    try:  # the rename itself survives a crash only once the folder is synced
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass


def _last(seq: Sequence[int], n: int) -> list[int]:
    """The last n ids of a list, array or deque, as Python ints (they key the tables)."""
    if n <= 0:
        return []
    try:
        part = seq[-n:]
    except TypeError:  # a deque cannot be sliced
        part = list(itertools.islice(reversed(seq), n))[::-1]
    return [int(i) for i in part]


def _inside(small: tuple, big: tuple) -> bool:
    return any(big[i:i + len(small)] == small for i in range(len(big) - len(small) + 1))


def vocab_sha(vocab) -> str:
    """The fingerprint of a vocabulary that a memory file must match (ids mean tokens only in it)."""
    return hashlib.sha256("\n".join(vocab.texts).encode("utf-8")).hexdigest()


def load(path: str | Path, vocab_sha: str, vocab_size: int, **settings) -> SessionMemory:
    """Read a memory file written by save(); MemoryFileError (one line) if it cannot be used."""
    path = Path(path)
    if not path.is_file():
        raise MemoryFileError(f"{path}: no memory file there; it is written at the end of a jam")
    if not looks_like_memory(path):  # the user's own file: `improv memory clear` would refuse it too
        raise MemoryFileError(f"{path}: not an improv memory file; name a memory file, or set memory.file to a "
                              "path of its own (improv never writes over this file)")
    fix = "delete it with `improv memory clear` or set memory.file to another path"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise MemoryFileError(f"{path}: cannot read the memory file ({e.strerror or e}); "
                              "check its permissions or set memory.file to another path") from None
    except UnicodeDecodeError:
        raise MemoryFileError(f"{path}: not a readable memory file (damaged: not text); {fix}") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise MemoryFileError(f"{path}: not a readable memory file (damaged or cut short: {e.msg} at "
                              f"character {e.pos}); {fix}") from None
    fmt = data.get("format") if isinstance(data, dict) else None
    if not isinstance(fmt, str) or not fmt.startswith("improv-memory/"):
        raise MemoryFileError(f"{path}: not an improv memory file; {fix}")
    if fmt not in READS:
        raise MemoryFileError(f"{path}: memory format {fmt!r} is not known to this improv (it reads {', '.join(READS)}); "
                              f"upgrade improv or {fix}")
    if data.get("vocab_sha256") != vocab_sha or data.get("vocab_size") != vocab_size:
        raise MemoryFileError(f"{path}: remembered with another model's vocabulary, so its tokens mean other "
                              f"notes here; {fix}")
    tokens = data.get("tokens")
    ok = isinstance(tokens, list) and all(type(t) is int and 0 <= t < vocab_size for t in tokens)
    # bounded, so that a damaged number cannot make the memory allocate without end
    limits = {"order": 64, "max_tokens": 10_000_000, "max_quote": 64}
    if not ok or not all(type(data.get(k)) is int and 1 <= data[k] <= hi for k, hi in limits.items()):
        raise MemoryFileError(f"{path}: memory file has invalid fields (tokens, order, max_tokens, max_quote); {fix}")
    return SessionMemory.from_state(data, **settings)


def looks_like_memory(path: str | Path) -> bool:
    """Whether a file starts as write_state() starts one: damaged or cut-short files are ours too,
    anything else (a MIDI file, a config) is the user's, never removed or written over."""
    try:
        with open(path, "rb") as f:
            head = f.read(64)
    except OSError:
        return False
    return re.match(rb'\s*\{\s*"format"\s*:\s*"improv-memory/', head) is not None


def show(path: str | Path, bundle) -> list[str]:
    """What `improv memory show FILE` prints."""
    mem = load(path, vocab_sha(bundle.tokenizer), len(bundle.tokenizer))
    return [f"{path}:"] + mem.describe(bundle.tokenizer.describe)


def clear(path: str | Path) -> str:
    """Delete a memory file (`improv memory clear FILE`); refuses a file that is not one."""
    path = Path(path)
    if not path.exists():
        return f"{path}: no memory file there; nothing to clear"
    if not path.is_file():
        raise MemoryFileError(f"{path}: not a regular file; not removed")
    if not looks_like_memory(path):
        raise MemoryFileError(f"{path}: not an improv memory file; not removed")
    path.unlink()
    return f"{path}: memory cleared"
