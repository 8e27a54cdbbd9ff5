"""Bits per note of two bundles on the SAME notes: an onset-v1 bundle (one token per onset, a kept
vocabulary; an onset it does not keep is "mapped" to a neighbour, so `improv evaluate` scores it on
other notes than the ones played) against an events-v1 bundle (every note exact).

The pieces: the held-out Bach chorales (improv.data.recipes.CHORALE_HELD_OUT), one file per work as the
recipe picks it (.mxl before .krn), read and key-normalised as `improv evaluate` reads them for each
bundle (both bundles must have been trained key-normalised, or both not). Each piece is quantised
once (events.quantize, 4 steps a beat); both token streams are cut by onset step:

  - an onset's unit, for either model: the tokens from the onset's first token up to the next
    onset's first token. onset-v1: the onset's token and the rest token after it, if any;
    events-v1: the onset's notes low to high with their holds, then the shifts to the next onset
    (events.steps). The unit's bits: the sum of -log2 p(true token) over its tokens, each predicted
    many-to-one from the 50 tokens before it (the bundle's context, left-padded at a piece's start);
  - the first onset of a piece is not scored for either model (its first token has no context);
  - an onset's notes: its distinct pitches (unisons merged, as events-v1 and onset-v1 both do);
  - "exact" onsets: the onset-v1 unit's tokens are all kept in the vocabulary (no token mapped) and
    the onset sounds. A mapped onset is given to the onset-v1 model as another token: it assigns the
    notes as played probability 0 (infinite bits); its finite bits there are for the neighbour;
  - "lossless" onsets: exact, and the onset-v1 unit says all its notes: every note of the onset
    lasts the token's steps and the unit spans the time to the next onset (onset-v1 keeps one
    duration per onset and cuts notes held over the next onset; events-v1 keeps each note's length).

Prints one JSON line: (a) all scored onsets, onset-v1 on its (partly mapped) tokens as it scores
today; (b) the exact onsets only; (c) the mapped share of notes; (d) the lossless onsets; each for
all pieces and without the held-out works that either bundle trained on under another file name
(onset-v1's split holds out bwv277.krn and trains on bwv277.mxl). `evaluate_style` repeats
`improv evaluate`'s bits per note (all predicted tokens over notes) on these files as a check.

    nice -n 10 .venv/bin/python bench/same_notes.py [--old models/chorales-v1] [--new models/default]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

STEPS_PER_BEAT = 4


def held_out_files() -> list[str]:
    """The held-out chorales, one file per work (.mxl before .krn, as the recipe's style_files)."""
    from improv.data import corpus, recipes
    files, errors = corpus.expand_sources(["corpus:bach"])
    if errors:
        raise SystemExit(f"corpus:bach cannot be read: {errors[0]}")
    rank = {".mxl": 0, ".musicxml": 1, ".xml": 2, ".krn": 3, ".abc": 4}
    best: dict[str, str] = {}
    for f in files:
        work = recipes.work_name(Path(f).name).split("/")[-1]
        if work in recipes.CHORALE_HELD_OUT and (
                work not in best or rank.get(Path(f).suffix, 9) < rank.get(Path(best[work]).suffix, 9)):
            best[work] = f
    missing = sorted(set(recipes.CHORALE_HELD_OUT) - set(best))
    if missing:
        raise SystemExit(f"held-out chorales not found in corpus:bach: {missing}")
    return [best[w] for w in sorted(best)]


def trained_works(bundle) -> set[str]:
    from improv.data import recipes
    return {recipes.work_name(n).split("/")[-1] for n in bundle.meta.get("split", {}).get("train", [])}


def token_bits(engine, pieces: list[np.ndarray], context: int, batch: int) -> list[np.ndarray]:
    """-log2 p(true token) for every token of every piece (NaN for each first token)."""
    from improv.data.windows import padded_windows
    x, y = padded_windows(pieces, context)
    x = x.astype(np.int64) - 1  # padded_windows: 0 = padding, id + 1; predict_batch: -1 = padding
    p = np.concatenate([engine.predict_batch(x[i:i + batch])[np.arange(len(x[i:i + batch])), y[i:i + batch]]
                        for i in range(0, len(x), batch)])
    out, at = [], 0
    for ids in pieces:
        m = len(ids) - 1
        out.append(np.concatenate([[np.nan], -np.log2(np.maximum(p[at:at + m].astype(np.float64), 1e-300))]))
        at += m
    return out


def onset_table(piece, old_vocab, new_vocab):
    """Per onset of one piece: step, notes, unit token ranges in both streams, exact and lossless
    flags; and the two token streams."""
    from improv.tokens import event_codec as events
    from improv.music.notes import tokenize
    rows = events.quantize(piece, STEPS_PER_BEAT)
    new_ids, st = events.encode_notes(rows, new_vocab)
    notes = events.decode(new_ids, new_vocab)  # after unisons merged (and any fold: counted in st.mapped)
    onsets = sorted({t for t, _, _ in notes})
    by_onset: dict[int, list[tuple[int, int]]] = {t: [] for t in onsets}
    for t, d, p in notes:
        by_onset[t].append((p, d))
    # events-v1 units: one step per onset (the stream starts at the first onset, so no empty step)
    groups = events.steps(new_ids, new_vocab)
    if len(groups) != len(onsets):
        raise ValueError(f"{piece.name}: {len(groups)} event steps for {len(onsets)} onsets")
    new_bounds = np.concatenate([[0], np.cumsum([len(g) for g in groups])])
    # onset-v1 tokens: the k-th sounding token is the k-th onset (tokenize groups the same rounded starts)
    toks = tokenize(piece, STEPS_PER_BEAT, 16)
    old_ids, old_mapped = old_vocab.encode(toks)
    mapped = np.array([t.text not in old_vocab.index for t in toks])
    sounding = [i for i, t in enumerate(toks) if not t.is_rest]
    if len(sounding) != len(onsets):
        raise ValueError(f"{piece.name}: {len(sounding)} sounding onset tokens for {len(onsets)} onsets")
    old_bounds = sounding + [len(toks)]
    table = []
    for k, t in enumerate(onsets):
        tok = toks[sounding[k]]
        pitches = tuple(sorted(p for p, _ in by_onset[t]))
        if tok.pitches != pitches:
            raise ValueError(f"{piece.name}: onset {t}: token {tok.text} for pitches {pitches}")
        lo, hi = old_bounds[k], old_bounds[k + 1]
        exact = not mapped[lo:hi].any()
        span = sum(x.steps for x in toks[lo:hi])
        lossless = exact and all(d == tok.steps for _, d in by_onset[t]) and \
            (k + 1 == len(onsets) or span == onsets[k + 1] - t)
        table.append({"step": t, "notes": len(pitches), "old": (lo, hi), "new": (int(new_bounds[k]), int(new_bounds[k + 1])),
                      "exact": bool(exact), "lossless": bool(lossless)})
    return table, old_ids, int(old_mapped), new_ids, st


def summarise(units: list[dict]) -> dict:
    """(a)-(d) over scored onset units (each: notes, old_bits, new_bits, exact, lossless)."""
    def block(sel):
        n = sum(u["notes"] for u in sel)
        ob, nb = sum(u["old_bits"] for u in sel), sum(u["new_bits"] for u in sel)
        return {"onsets": len(sel), "notes": n, "old_bits_per_note": round(ob / max(1, n), 4),
                "new_bits_per_note": round(nb / max(1, n), 4),
                "new_lower": bool(nb < ob)}
    exact = [u for u in units if u["exact"]]
    mapped = [u for u in units if not u["exact"]]
    n_all = sum(u["notes"] for u in units)
    n_mapped = sum(u["notes"] for u in mapped)
    return {"a_all_onsets": block(units),
            "b_exact_onsets": block(exact),
            "c_mapped": {"onsets": len(mapped), "notes": n_mapped, "note_share": round(n_mapped / max(1, n_all), 4),
                         "onset_share": round(len(mapped) / max(1, len(units)), 4),
                         "old_bits_per_note_as_played": "inf",
                         "old_bits_per_note_on_the_neighbour": round(sum(u["old_bits"] for u in mapped) / max(1, n_mapped), 4),
                         "new_bits_per_note": round(sum(u["new_bits"] for u in mapped) / max(1, n_mapped), 4)},
            "d_lossless_onsets": block([u for u in units if u["lossless"]])}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--old", default="models/chorales-v1", help="the onset-v1 bundle")
    ap.add_argument("--new", default="models/default", help="the events-v1 bundle")
    ap.add_argument("--batch", type=int, default=512)
    ap.add_argument("--jobs", type=int, default=1, help="file readers (the cache makes a second run quick)")
    args = ap.parse_args(argv)

    from improv.data import dataset, recipes
    from improv.data.reading import read_all
    from improv.model.bundle import load
    from improv.settings import TokenSettings
    from improv.model.engine import NumpyEngine
    t0 = time.perf_counter()
    old, new = load(REPO / args.old if not Path(args.old).is_absolute() else args.old), \
        load(REPO / args.new if not Path(args.new).is_absolute() else args.new)
    if (old.tokenizer.name, new.tokenizer.name) != ("onset-v1", "events-v1"):
        raise SystemExit(f"--old must be onset-v1 and --new events-v1 (got {old.tokenizer}, {new.tokenizer})")
    s_old, s_new = TokenSettings.from_record(old.meta["tokens"]), TokenSettings.from_record(new.meta["tokens"])
    for s in (s_old, s_new):
        if s.steps_per_beat != STEPS_PER_BEAT:
            raise SystemExit(f"steps_per_beat {s.steps_per_beat}: this bench compares grids of {STEPS_PER_BEAT}")
    if s_old.key_normalize != s_new.key_normalize or s_old.parts != s_new.parts:
        raise SystemExit("the bundles read pieces differently (key_normalize or parts): not the same notes")
    s_new.parse_timeout_s = max(s_new.parse_timeout_s, recipes.PARSE_TIMEOUT_S)

    files = held_out_files()
    leaked = {recipes.work_name(Path(f).name).split("/")[-1] for f in files} & (trained_works(old) | trained_works(new))
    names, tables, old_streams, new_streams = [], [], [], []
    ev_mapped = old_tok_mapped = old_tokens = piece_notes = ev_notes = 0
    skipped = []
    for res in read_all(files, s_new, args.jobs, True, progress=False):
        if res.skip or not res.pieces:
            skipped.append((Path(res.path).name, res.skip))
            continue
        for piece in res.pieces:
            if s_new.key_normalize:
                piece, _ = dataset.normalize_key(piece)
            table, oids, omap, nids, st = onset_table(piece, old.tokenizer.vocab, new.tokenizer.vocab)
            names.append(recipes.work_name(Path(res.path).name).split("/")[-1])
            tables.append(table)
            old_streams.append(oids)
            new_streams.append(nids)
            old_tok_mapped += omap
            old_tokens += len(oids)
            ev_mapped += st.mapped
            piece_notes += len(piece)
            ev_notes += st.notes - st.merged
    if not names:
        raise SystemExit(f"no held-out chorale could be read: {skipped[:3]}")

    old_bits = token_bits(NumpyEngine(old), old_streams, old.context, args.batch)
    new_bits = token_bits(NumpyEngine(new), new_streams, new.context, args.batch)

    units, by_piece = [], []
    for name, table, ob, nb in zip(names, tables, old_bits, new_bits):
        mine = []
        for k, row in enumerate(table[1:], start=1):  # the first onset: no context for either model
            lo, hi = row["old"]
            a, b = row["new"]
            mine.append({"piece": name, "notes": row["notes"], "exact": row["exact"], "lossless": row["lossless"],
                         "old_bits": float(ob[lo:hi].sum()), "new_bits": float(nb[a:b].sum())})
        units += mine
        by_piece.append(name)

    clean = [u for u in units if u["piece"] not in leaked]
    out = {
        "bench": "same_notes", "old": str(args.old), "new": str(args.new),
        "old_tokenizer": old.tokenizer, "new_tokenizer": new.tokenizer, "context": [old.context, new.context],
        "pieces": len(names), "onsets_scored": len(units), "notes_scored": sum(u["notes"] for u in units),
        "old_tokens": old_tokens, "new_tokens": int(sum(len(s) for s in new_streams)),
        "old_tokens_mapped_share": round(old_tok_mapped / max(1, old_tokens), 4),
        "new_notes_mapped": ev_mapped,
        "all_pieces": summarise(units),
        "leaked_works": sorted(leaked),
        "without_leaked": {"pieces": len(set(by_piece) - leaked), **summarise(clean)},
        "evaluate_style": {  # improv evaluate's figure: all predicted tokens' bits over notes (its denominators)
            "old_bits_per_note": round(float(sum(np.nansum(b) for b in old_bits)) / piece_notes, 4),
            "new_bits_per_note": round(float(sum(np.nansum(b) for b in new_bits)) / ev_notes, 4)},
        "skipped": skipped,
        "seconds": round(time.perf_counter() - t0, 1),
    }
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
