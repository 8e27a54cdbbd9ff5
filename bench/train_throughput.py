"""Training throughput: windows per second for the shipped architecture on this machine.

Trains on music21's Bach corpus prepared as for the default model, with the model and input
pipeline `improv train` uses, for a fixed number of steps after a warm-up, and prints one
JSON line.

    python bench/train_throughput.py [--steps 60] [--batch 128]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=60)
    ap.add_argument("--batch", type=int, default=128)
    ap.add_argument("--source", default="corpus:bach")
    args = ap.parse_args()
    from improv.data import corpus, dataset
    from improv.data.windows import padded_windows
    from improv.model.network import DEFAULT_ARCH, import_tensorflow
    from improv.model.train import compiled_model, train_pipeline
    from improv.settings import TokenSettings
    files, _ = corpus.expand_sources([args.source])
    with tempfile.TemporaryDirectory() as tmp:
        settings = TokenSettings.defaults(key_normalize=True)
        dataset.prepare(files, Path(tmp), settings, [args.source], progress=False)
        prep = dataset.Prepared.load(Path(tmp))
    x, y = padded_windows(prep.piece_ids("train"), DEFAULT_ARCH["context"])
    tf = import_tensorflow()  # without TensorFlow's start-up lines: the JSON line is the output
    import keras
    model = compiled_model({**DEFAULT_ARCH, "vocab_size": len(prep.tokenizer)})
    ds = train_pipeline(x, y, args.batch, seed=0).repeat()  # the pipeline `improv train` uses
    model.fit(ds, steps_per_epoch=5, epochs=1, verbose=0, shuffle=False)  # warm-up: tracing and compilation
    t0 = time.perf_counter()
    model.fit(ds, steps_per_epoch=args.steps, epochs=1, verbose=0, shuffle=False)
    seconds = time.perf_counter() - t0
    gpus = tf.config.list_physical_devices("GPU")
    print(json.dumps({"bench": "train_throughput", "windows_per_s": round(args.steps * args.batch / seconds, 1),
                      "steps": args.steps, "batch": args.batch, "vocab": len(prep.tokenizer),
                      "device": "gpu" if gpus else "cpu", "cores": os.cpu_count(),
                      "tensorflow": tf.__version__, "keras": keras.__version__}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
