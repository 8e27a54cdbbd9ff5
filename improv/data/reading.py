"""Reading music files into pieces of note events: in worker processes (a file that crashes or
hangs its parser is skipped, not fatal), with a cache keyed by content hash and reader settings."""
from __future__ import annotations

import concurrent.futures
import hashlib
import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from pebble import ProcessPool
from pebble.common import ProcessExpired
from platformdirs import user_cache_path
from tqdm import tqdm

from . import corpus
from ..places import sha256
from ..music.notes import Piece

if TYPE_CHECKING:
    from ..settings import TokenSettings

CACHE_VERSION = 1  # bump when the reader's output changes


@dataclass
class ReadResult:
    path: str
    pieces: list[Piece] = field(default_factory=list)
    skip: str | None = None
    cached: bool = False

# ---------------------------------------------------------------- the cache of note events


def cache_dir() -> Path:
    return user_cache_path("improv") / "events"

def cache_key(data_hash: str, settings: TokenSettings) -> str:
    tag = f"v{CACHE_VERSION}|parts={settings.parts}|{data_hash}"
    return hashlib.sha256(tag.encode()).hexdigest()[:32]

def _save_pieces(path: Path, pieces: list[Piece]) -> None:
    meta = [{"name": p.name, "n": len(p), "tempos": p.tempos, "time_signatures": p.time_signatures}
            for p in pieces]
    cat = lambda attr: np.concatenate([getattr(p, attr) for p in pieces])  # noqa: E731
    tmp = path.with_suffix(".tmp.npz")
    np.savez(tmp, onsets=cat("onsets"), durations=cat("durations"), pitches=cat("pitches"),
             velocities=cat("velocities"), meta=np.frombuffer(json.dumps(meta).encode(), dtype=np.uint8))
    os.replace(tmp, path)

def _load_pieces(path: Path) -> list[Piece]:
    with np.load(path, allow_pickle=False) as z:
        meta = json.loads(z["meta"].tobytes().decode())
        arrays = {k: z[k] for k in ("onsets", "durations", "pitches", "velocities")}
    pieces, at = [], 0
    for m in meta:
        sl = slice(at, at + m["n"])
        pieces.append(Piece(m["name"], arrays["onsets"][sl], arrays["durations"][sl], arrays["pitches"][sl],
                            arrays["velocities"][sl], [tuple(t) for t in m["tempos"]],
                            [tuple(t) for t in m["time_signatures"]]))
        at += m["n"]
    return pieces

# ---------------------------------------------------------------- reading in worker processes

def _read_job(path: str, parts: str, max_bytes: int) -> tuple[list[Piece] | None, str | None]:
    try:
        return corpus.read_file(path, parts, max_bytes), None
    except corpus.Skip as e:
        return None, str(e)
    except RecursionError:
        return None, f"{corpus.UNREADABLE}: nesting too deep"
    except MemoryError:
        return None, f"{corpus.UNREADABLE}: out of memory"

def _file_hash(path: str) -> str | None:
    try:
        return sha256(Path(path))
    except OSError:
        return None  # not cached; the reader says what is wrong with the file

def read_all(files: list[str], settings: TokenSettings, jobs: int = 0, use_cache: bool = True,
             progress: bool | None = None) -> list[ReadResult]:
    """Read every file; a file that crashes or hangs its parser is skipped, not fatal."""

    max_bytes = int(settings.max_file_mb * 2**20)
    results: dict[str, ReadResult] = {}
    todo: list[tuple[str, Path | None]] = []
    cdir = cache_dir() if use_cache else None
    for path in files:
        target = None
        if cdir is not None:
            try:
                too_big = os.stat(path).st_size > max_bytes
            except OSError:
                too_big = True  # let the reader say why
            digest = None if too_big else _file_hash(path)
            if digest:
                target = cdir / f"{cache_key(digest, settings)}.npz"
                if target.is_file():
                    try:
                        results[path] = ReadResult(path, _load_pieces(target), cached=True)
                        continue
                    except (OSError, ValueError, KeyError, json.JSONDecodeError):
                        pass  # a damaged cache entry is read again
        todo.append((path, target))

    bar = tqdm(total=len(files), initial=len(results), unit="file", desc="reading",
               disable=progress is False or (progress is None and not sys.stderr.isatty()), file=sys.stderr)
    workers = max(1, min(jobs or os.cpu_count() or 1, len(todo) or 1))
    if todo:
        with ProcessPool(max_workers=workers) as pool:
            futures = {pool.schedule(_read_job, args=(p, settings.parts, max_bytes),
                                     timeout=settings.parse_timeout_s): (p, t) for p, t in todo}
            for fut in concurrent.futures.as_completed(futures):
                path, target = futures[fut]
                try:
                    pieces, skip = fut.result()
                except concurrent.futures.TimeoutError:
                    pieces, skip = None, f"{corpus.TIMEOUT} ({settings.parse_timeout_s:g} s)"
                except ProcessExpired as e:
                    pieces, skip = None, f"{corpus.CRASHED} (exit code {e.exitcode})"
                except Exception as e:  # an unexpected parser error: skip the file, name the error
                    pieces, skip = None, f"{corpus.UNREADABLE}: {type(e).__name__}: {str(e)[:100]}"
                results[path] = ReadResult(path, pieces or [], skip)
                if pieces and target is not None:
                    try:
                        target.parent.mkdir(parents=True, exist_ok=True)
                        _save_pieces(target, pieces)
                    except OSError:
                        pass  # the cache is an optimisation; a read-only cache dir is not an error
                bar.update(1)
    bar.close()
    return [results[p] for p in files]
