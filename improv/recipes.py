"""A style-balanced training set from music21's own corpus: per style its sources, a cap, a held-out split.

`python -m improv.recipes` prints the recipe; `--measure` times parsing a sample of each style.
"""
from __future__ import annotations

import argparse
import functools
import hashlib
import json
import random
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from . import corpus

NAME = "mixed-v1"
VAL_SHARE = 0.1
MIN_VAL = 2          # a style's held-out set has at least this many pieces, however small the style
MAX_VAL = 40         # and at most this many, so evaluating 8,500 folk songs does not take 850 of them
SEED = 1234
PARSE_TIMEOUT_S = 240.0  # an Essen or Aird collection is one file of 100-700 tunes: 30 s is too short


@dataclass(frozen=True)
class Style:
    name: str
    sources: tuple[str, ...]   # corpus:NAME sources, as corpus.expand_sources reads them
    cap: int                   # training pieces kept at most (held-out pieces are set aside first)
    transpose: int = 0         # training copies moved by -t..+t semitones, for styles with little music
    what: str = ""             # one line for README's table
    max_files: tuple[tuple[str, int], ...] = ()  # (corpus folder, files read at most): bounds the parse time


STYLES = (  # caps chosen for about 100k event tokens of training music per style: docs/tokens.md
    Style("chorale", ("corpus:bach",), 400, 0, "Bach's four-part chorales (the first default's music)"),
    Style("folk_song", ("corpus:essenFolksong", "corpus:miscFolk"), 1000, 0,
          "Essen folk songs (German, Chinese, Luxembourg, ...) and two folk collections: melodies"),
    Style("fiddle_tune", ("corpus:oneills1850", "corpus:ryansMammoth", "corpus:airdsAirs"), 500, 0,
          "O'Neill's 1850, Ryan's Mammoth Collection, Aird's Airs: Irish, Scottish, American dance tunes"),
    Style("polyphony", ("corpus:palestrina", "corpus:monteverdi", "corpus:josquin", "corpus:lusitano",
                        "corpus:trecento", "corpus:ciconia", "corpus:luca"), 120, 0,
          "Renaissance and medieval vocal polyphony: Palestrina, Monteverdi madrigals, Josquin, the trecento",
          (("palestrina", 100),)),
    Style("chamber", ("corpus:haydn", "corpus:mozart", "corpus:beethoven", "corpus:corelli", "corpus:handel",
                      "corpus:weber", "corpus:verdi"), 24, 0,
          "string quartets of Haydn, Mozart, Beethoven and Schumann, Corelli, Handel: classical ensembles"),
    Style("keyboard", ("corpus:joplin", "corpus:chopin", "corpus:schumann_robert", "corpus:schumann_clara",
                       "corpus:schubert", "corpus:beach", "corpus:cpebach", "corpus:schoenberg",
                       "corpus:leadSheet", "corpus:liliuokalani", "corpus:johnson_j_r", "corpus:webern"), 40, 3,
          "piano music and songs with piano: Joplin, Chopin, the Schumanns, Schubert, lead sheets"),
)
# The 41 chorales the first default (onset-v1, 2026) held out, by work: the chorale style holds out
# the same ones, so "better than the first default on the same pieces" stays measurable after
# models/default is replaced.
CHORALE_HELD_OUT = frozenset((
    'bwv112.5', 'bwv125.6', 'bwv130.6', 'bwv165.6', 'bwv176.6', 'bwv244.3', 'bwv245.15', 'bwv245.22',
    'bwv245.40', 'bwv248.17', 'bwv25.6', 'bwv255', 'bwv262', 'bwv277', 'bwv287', 'bwv291', 'bwv299',
    'bwv3.6', 'bwv302', 'bwv318', 'bwv329', 'bwv340', 'bwv350', 'bwv36.8-2', 'bwv367', 'bwv374', 'bwv377',
    'bwv394', 'bwv397', 'bwv401', 'bwv403', 'bwv420', 'bwv422', 'bwv437', 'bwv5.7', 'bwv64.8', 'bwv66.6',
    'bwv72.6', 'bwv73.5', 'bwv77.6', 'bwv91.6',
))
# Works filed under a composer whose other works are another style: (corpus path prefix, its style).
MOVED = (("mozart/k545/", "keyboard"),              # a piano sonata among string quartets
         ("schumann_robert/opus41no1/", "chamber"))  # a string quartet among songs with piano


def style(name: str) -> Style:
    for s in STYLES:
        if s.name == name:
            return s
    raise ValueError(f"no style {name!r} in recipe {NAME}; styles: {', '.join(s.name for s in STYLES)}")


def _corpus_rel(path: str) -> str:
    parts = Path(path).parts
    return "/".join(parts[parts.index("corpus") + 1:]) if "corpus" in parts else Path(path).name


def style_files(s: Style) -> list[str]:
    """The style's files: one per work where music21 ships two encodings (.krn beside .mxl)."""
    files, errors = corpus.expand_sources(list(s.sources))
    if errors:
        raise ValueError(errors[0])
    moved = lambda f: next((to for prefix, to in MOVED if _corpus_rel(f).startswith(prefix)), None)  # noqa: E731
    files = [f for f in files if moved(f) in (None, s.name)]
    for other in STYLES:
        if other.name != s.name:
            files += [f for f in corpus.expand_sources(list(other.sources))[0] if moved(f) == s.name]
    best: dict[tuple[str, str], str] = {}
    rank = {".mxl": 0, ".musicxml": 1, ".xml": 2, ".krn": 3, ".abc": 4}
    for f in files:
        p = Path(f)
        key = (str(p.parent), p.stem)
        if key not in best or rank.get(p.suffix, 9) < rank.get(Path(best[key]).suffix, 9):
            best[key] = f
    kept = sorted(best.values())
    for folder, n in s.max_files:  # the same files every run: the first n by a seeded hash of their path
        mine = [f for f in kept if _corpus_rel(f).split("/")[0] == folder]
        drop = set(sorted(mine, key=lambda f: _rank(_corpus_rel(f), SEED))[n:])
        kept = [f for f in kept if f not in drop]
    return kept


def _rank(name: str, seed: int) -> str:
    return hashlib.sha1(f"{seed}/{name}".encode()).hexdigest()


def work_name(name: str) -> str:
    """A piece's name without suffix, transposition or collection number's file suffix: 'bwv277.krn' and
    'bwv277.mxl' are one work, so both sit on the same side of the split."""
    from .evaluate import base_name
    head = base_name(name).split("~")[0]
    stem, sep, number = head.partition("#")
    return str(Path(stem).with_suffix("")) + (f"#{number}" if sep else "")


def held_out(names: list[str], val_share: float = VAL_SHARE, seed: int = SEED,
             fixed: set[str] | None = None) -> set[str]:
    """The held-out pieces of one style, by piece: the ones a seeded hash ranks first (stable when
    pieces are added), MIN_VAL..MAX_VAL of them; `fixed` (work names) are held out instead when given."""
    if fixed is not None:  # fixed works are named without their folder
        return {n for n in names if Path(work_name(n)).name in fixed}
    works = sorted({work_name(n) for n in names}, key=lambda w: _rank(w, seed))
    if len(works) < 2:
        return set()
    k = min(len(works) - 1, MAX_VAL, max(MIN_VAL, round(len(works) * val_share)))
    chosen = set(works[:k])
    return {n for n in names if work_name(n) in chosen}


def recipe_files(name: str) -> tuple[list[str], dict[str, str]]:
    """The files of a recipe and the style of each."""
    if name != NAME:
        raise ValueError(f"no recipe {name!r}; this improv has recipe:{NAME}")
    styles: dict[str, str] = {}
    for s in STYLES:
        for f in style_files(s):
            styles.setdefault(f, s.name)
    return sorted(styles), styles


def piece_name(path: str, piece_name: str) -> str:
    """A recipe piece's name: its path inside music21's corpus, and its number in a collection."""
    rel = _corpus_rel(path)
    _, sep, number = piece_name.partition("#")
    return rel + (f"#{number}" if sep else "")


def assign_all(entries: list[tuple[str, str]]) -> dict[str, str]:
    """(name, style) pairs -> each name's "train", "val" or "drop", style by style."""
    by_style: dict[str, list[str]] = {}
    for name, st in entries:
        by_style.setdefault(st, []).append(name)
    out: dict[str, str] = {}
    for st, names in by_style.items():
        out.update(assign(style(st), names, set(CHORALE_HELD_OUT) if st == "chorale" else None))
    return out


def default_chorale_held_out(meta: Path) -> set[str]:
    """The first default's held-out chorales, as work names: the chorale style holds out the same pieces."""
    data = json.loads(Path(meta).read_text())
    return {work_name(n) for n in data.get("split", {}).get("val", [])}


def training_pieces(names: list[str], held: set[str], cap: int, seed: int = SEED) -> list[str]:
    """At most `cap` training pieces, chosen by the seeded hash so a cap keeps the same pieces each run."""
    train = sorted((n for n in names if n not in held), key=lambda n: _rank(n, seed + 1))
    return sorted(train[:cap])


def assign(s: Style, names: list[str], fixed_held_out: set[str] | None = None) -> dict[str, str]:
    """Each piece of a style read: "val" (held out), "train" (within the cap) or "drop" (over it)."""
    held = held_out(names, fixed=fixed_held_out)
    train = set(training_pieces(names, held, s.cap))
    return {n: "val" if n in held else "train" if n in train else "drop" for n in names}


def recipe() -> dict:
    """The recipe as meta.json records it."""
    return {"name": NAME, "tokenizer": "events-v1", "val_share": VAL_SHARE, "min_val": MIN_VAL,
            "max_val": MAX_VAL, "seed": SEED,
            "parse_timeout_s": PARSE_TIMEOUT_S,
            "chorale_held_out": sorted(CHORALE_HELD_OUT),
            "styles": [asdict(s) for s in STYLES]}


# ---------------------------------------------------------------- measuring what a recipe costs

def measure(s: Style, sample: int = 20, seed: int = 0) -> dict:
    """Parse a sample of the style's files in this process; extrapolate to the whole style (as capped
    by max_files) by bytes, per source (a source's files are alike: one tune each, or collections).
    Every file is parsed whatever the cap on pieces: est_parse_cpu_s is the whole style's."""
    from music21 import converter

    parse = converter.parse
    # what a fresh machine pays: music21 would otherwise read its own pickle of a file parsed before
    converter.parse = functools.partial(parse, forceSource=True)
    try:
        return _measure(s, sample, seed)
    finally:
        converter.parse = parse


def _measure(s: Style, sample: int, seed: int) -> dict:
    from . import events
    by_source: dict[str, list[str]] = {}
    for f in style_files(s):
        by_source.setdefault(_corpus_rel(f).split("/")[0], []).append(f)
    rng = random.Random(seed)
    total = sum(len(v) for v in by_source.values())
    rows = []
    for src, files in by_source.items():
        k = max(1, round(sample * len(files) / total)) if files else 0
        picked = rng.sample(files, min(k, len(files)))
        sec = cpu = pieces = notes = tokens = nbytes = 0.0
        skipped = []
        for f in picked:
            # CPU seconds say what a core dedicated to it would take; wall seconds depend on who else runs
            t0, c0 = time.perf_counter(), time.process_time()
            try:
                got = corpus.read_file(f)
            except corpus.Skip as e:
                skipped.append(f"{Path(f).name}: {e}")
                got = []
            took = time.perf_counter() - t0
            sec += took
            cpu += time.process_time() - c0
            print(f"{s.name}: {_corpus_rel(f)} {len(got)} pieces in {took:.1f} s", file=sys.stderr, flush=True)
            nbytes += Path(f).stat().st_size
            for p in got:
                pieces += 1
                notes += len(p)
                tokens += events.encode(p)[1].tokens
        # one piece a file: count files (.xml and .mxl differ tenfold in bytes); collections of tunes
        # (one .abc file of 50-700 tunes): their bytes say how many tunes
        single = bool(picked) and pieces <= len(picked)
        all_bytes = sum(Path(f).stat().st_size for f in files)
        scale = len(files) / len(picked) if single else all_bytes / nbytes if nbytes else 0.0
        est_pieces = pieces * scale
        rows.append({"source": src, "files": len(files), "sampled": len(picked), "skipped": skipped,
                     "sample_wall_s": round(sec, 2), "sample_cpu_s": round(cpu, 2), "sample_pieces": int(pieces),
                     "est_pieces": round(est_pieces), "est_notes": round(notes * scale),
                     "est_tokens": round(tokens * scale), "est_parse_s": round(cpu * scale, 1)})
    est_pieces = sum(r["est_pieces"] for r in rows)
    est_notes = sum(r["est_notes"] for r in rows)
    est_tokens = sum(r["est_tokens"] for r in rows)
    est_parse = sum(r["est_parse_s"] for r in rows)
    val = min(MAX_VAL, max(MIN_VAL, round(est_pieces * VAL_SHARE)))
    share = min(s.cap, est_pieces - val) / est_pieces if est_pieces > val else 0.0  # trained on, after the cap
    return {"style": s.name, "files": total, "est_pieces": est_pieces, "est_notes": est_notes,
            "notes_per_piece": round(est_notes / max(1, est_pieces)),
            "tokens_per_note": round(est_tokens / max(1, est_notes), 3),
            "est_parse_cpu_s": round(est_parse), "cap": s.cap, "transpose": s.transpose,
            "capped_train_tokens": round(est_tokens * share * (2 * s.transpose + 1)),
            "sources": rows}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m improv.recipes", description=__doc__)
    ap.add_argument("--measure", action="store_true", help="time parsing a sample of each style (one JSON line each)")
    ap.add_argument("--sample", type=int, default=20, help="files per style to parse (default 20)")
    ap.add_argument("--styles", default="", help="comma-separated styles (default: all)")
    ap.add_argument("--seed", type=int, default=0, help="which files are sampled")
    args = ap.parse_args(argv)
    if not args.measure:
        print(json.dumps(recipe()))
        return 0
    import warnings
    warnings.simplefilter("ignore")  # music21 warns about every odd lyric and missing part name
    try:
        chosen = [style(n) for n in args.styles.split(",") if n] or list(STYLES)
    except ValueError as e:
        print(f"improv.recipes: {e}", file=sys.stderr)
        return 2
    for s in chosen:
        print(json.dumps(measure(s, args.sample, args.seed)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
