"""A style-balanced training set from music21's own corpus: per style its sources, a cap, a held-out split.

`improv prepare|train recipe:mixed-v1` reads it; `bench/recipes.py` prints it and times parsing a
sample of each style."""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass
from pathlib import Path

from ..tokens.events import EventsV1
from . import corpus
from .names import base_name

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


RECIPE_PREFIX = "recipe:"


def recipe_of(sources: list[str]) -> str | None:
    """The recipe named among the sources (`recipe:NAME`), or None."""
    named = [s[len(RECIPE_PREFIX):] for s in sources if s.startswith(RECIPE_PREFIX)]
    if named and len(sources) > 1:
        raise ValueError(f"{RECIPE_PREFIX}{named[0]} brings its own music; give it alone, without other sources")
    return named[0] if named else None


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
    return {"name": NAME, "tokenizer": EventsV1.name, "val_share": VAL_SHARE, "min_val": MIN_VAL,
            "max_val": MAX_VAL, "seed": SEED,
            "parse_timeout_s": PARSE_TIMEOUT_S,
            "chorale_held_out": sorted(CHORALE_HELD_OUT),
            "styles": [asdict(s) for s in STYLES]}
