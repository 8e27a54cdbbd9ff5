"""How much music a model from scratch needs: train on growing sets of pieces of one style, score
the same held-out pieces each time, and compare with the unigram and the best n-gram fitted on
the same training tokens. What `improv train`'s too-little-music guard is set from
(train.MIN_NOTES, docs/models.md "your own model").

    python bench/min_notes.py bench/data/ragtime --held 4 --sizes 1 2 4 8 16
    python bench/min_notes.py corpus:bach --files 140 --held 20 --sizes 2 5 10 20 50 100

Prints one JSON line per training set.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from improv.data import corpus, dataset  # noqa: E402
from improv.model import network, train  # noqa: E402
from improv.model.ngram import NGramTable  # noqa: E402
from improv.settings import TokenSettings  # noqa: E402


def ngram_bits(prep: dataset.Prepared, order: int) -> dict[str, float]:
    """Bits per note of each n-gram order on the held-out pieces, fitted on the training pieces."""
    held = prep.piece_ids("val")
    notes = sum(int(p["notes"]) for p in prep.pieces if p["split"] == "val")
    p_true, _ = NGramTable(order, len(prep.tokenizer)).fit_score(prep.piece_ids("train"), held)
    return {str(k + 1): round(float(-np.log2(np.maximum(p_true[k], 1e-12)).sum() / notes), 4) for k in range(order)}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("source")
    ap.add_argument("--files", type=int, default=0, help="read only this many files (a seeded sample)")
    ap.add_argument("--held", type=int, default=4, help="pieces held out, the same for every size")
    ap.add_argument("--sizes", type=int, nargs="+", default=[1, 2, 4, 8, 16], help="training pieces")
    ap.add_argument("--epochs", type=int, default=30)
    ap.add_argument("--patience", type=int, default=4)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    network.import_tensorflow()
    files, errors = corpus.expand_sources([args.source])
    files = sorted(files)
    if args.files:
        files = sorted(random.Random(args.seed).sample(files, min(args.files, len(files))))
    settings = TokenSettings.defaults(val_share=0.0)
    with tempfile.TemporaryDirectory() as tmp:
        dataset.prepare(files, Path(tmp) / "all", settings, [args.source], jobs=1, progress=False)
        whole = dataset.Prepared.load(Path(tmp) / "all")
        names = sorted(p["name"] for p in whole.pieces)
        random.Random(args.seed).shuffle(names)
        held, rest = set(names[:args.held]), names[args.held:]
        for size in args.sizes:
            chosen = set(rest[:size])
            pieces = [{**p, "split": "val" if p["name"] in held else "train" if p["name"] in chosen else "drop"}
                      for p in whole.pieces]
            prep = replace(whole, pieces=pieces)
            start = time.time()
            meta = train.train(prep, Path(tmp) / f"b{size}", epochs=args.epochs, patience=args.patience, verbose=0)
            bits = ngram_bits(prep, prep.tokenizer.ngram_order)
            best = min(bits, key=bits.get)
            m = meta["metrics"]["held_out_by_piece"]
            print(json.dumps({"source": args.source, "train_pieces": len(chosen),
                              "train_notes": sum(int(p["notes"]) for p in pieces if p["split"] == "train"),
                              "train_tokens": sum(int(p["length"]) for p in pieces if p["split"] == "train"),
                              "held_pieces": len(held),
                              "held_notes": sum(int(p["notes"]) for p in pieces if p["split"] == "val"),
                              "model": m["bits_per_note"], "model_top1": m["top1"], "unigram": bits["1"],
                              "best_ngram": bits[best], "order": int(best),
                              "epochs": meta["training"]["epochs_run"], "seconds": round(time.time() - start, 1)}),
                  flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
