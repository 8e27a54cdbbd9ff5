"""The recipe (`improv prepare recipe:mixed-v1`, improv/data/recipes.py) as meta.json records it, or
with --measure what each style costs: parsing a sample of its files, timed and extrapolated to the
whole style (one JSON line per style). What chose the caps and transpositions in the recipe.

    python bench/recipes.py [--measure] [--sample 20] [--styles chorale,folk]
"""
from __future__ import annotations

import argparse
import functools
import json
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from improv.data import corpus  # noqa: E402
from improv.data.recipes import MAX_VAL, MIN_VAL, STYLES, VAL_SHARE, Style, _corpus_rel, recipe, style, style_files  # noqa: E402, E501
from improv.tokens import event_codec as events  # noqa: E402


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
    ap = argparse.ArgumentParser(prog="bench/recipes.py", description=__doc__)
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
        print(f"bench/recipes.py: {e}", file=sys.stderr)
        return 2
    for s in chosen:
        print(json.dumps(measure(s, args.sample, args.seed)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
