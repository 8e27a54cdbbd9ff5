"""Token schemes compared: the first whole-onset vocabulary against events-v1 (improv/tokens/event_codec.py).

On the held-out chorales of models/default (its meta.json split) and on real MIDI files that are
not chorales (those music21 ships), prints one JSON line: per set, the mapped share and tokens per
note of each scheme, the vocabulary sizes, how many beats a context of 50 (and 100) tokens covers
(median, p10, p90 over every full window), and the tokens of one jam step under events.

    python bench/tokens.py [--bundle models/chorales-v1]   (an onset-v1 bundle: the first default)
    python bench/tokens.py --ngram              # n-gram bits per note on the held-out chorales, both schemes
    python bench/tokens.py --train-seconds 60   # training windows/s on events-v1 chorales, one thread,
                                                # for the onset vocabulary's size (reference) and events-v1's
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
from improv.data.reading import read_all  # noqa: E402
from improv.music.notes import tokenize  # noqa: E402
from improv.settings import TokenSettings  # noqa: E402

# Real MIDI files that music21 ships (music21/midi/testPrimitive, music21/omr), none of them a chorale.
PIANO_MIDI = ("midi/testPrimitive/test03.mid",   # a song: soprano with a two-hand piano part
              "midi/testPrimitive/test09.mid")   # Prokofiev, Etude op. 2 no. 1, right and left hand
OTHER_MIDI = ("midi/testPrimitive/test04.mid",   # an orchestral movement (flutes, oboes, strings)
              "midi/testPrimitive/test07.mid",   # a fiddle tune, one line
              "omr/k525MIDIMvt1.mid")            # Mozart, Eine kleine Nachtmusik K. 525, i (strings)
CONTEXTS = (50, 100)


def window_beats(advance: list[np.ndarray], context: int, steps_per_beat: int) -> np.ndarray:
    """Beats spanned by every full window of `context` tokens (a token's advance: the steps it moves time)."""
    out = []
    for adv in advance:
        if len(adv) >= context:
            c = np.concatenate([[0], np.cumsum(adv)])
            out.append((c[context:] - c[:-context]) / steps_per_beat)
    return np.concatenate(out) if out else np.zeros(0)


def spread(x: np.ndarray) -> dict:
    if not len(x):
        return {"windows": 0}
    p10, p50, p90 = np.percentile(x, [10, 50, 90])
    return {"median": round(float(p50), 2), "p10": round(float(p10), 2), "p90": round(float(p90), 2),
            "windows": int(len(x))}


def measure(pieces, vocab, settings) -> dict:
    from improv.data import dataset
    from improv.tokens import event_codec as events
    ev_vocab = events.default_vocabulary()
    notes = onset_tokens = onset_mapped = 0
    ev_stats = events.EncodeStats()
    onset_adv, ev_adv, step_sizes = [], [], []
    for piece in pieces:
        if settings.key_normalize:  # the bundle's own reading of a piece, as improv evaluate does it
            piece, _ = dataset.normalize_key(piece)
        toks = tokenize(piece, settings.steps_per_beat, settings.max_steps)
        _, mapped = vocab.encode(toks)
        notes += len(piece)
        onset_tokens += len(toks)
        onset_mapped += mapped
        onset_adv.append(np.array([t.steps for t in toks]))
        ids, st = events.encode(piece, settings.steps_per_beat, ev_vocab)
        ev_stats = ev_stats.add(st)
        ev_adv.append(np.where(ev_vocab.kind[ids] == events.SHIFT, ev_vocab.steps[ids], 0))
        step_sizes += [sum(ev_vocab.kind[i] != events.SHIFT for i in g) + 1 for g in events.steps(ids, ev_vocab)]
    sizes = np.array(step_sizes)
    spb = settings.steps_per_beat
    return {
        "pieces": len(pieces), "notes": notes,
        "onset": {"mapped_share": round(onset_mapped / max(1, onset_tokens), 4),
                  "tokens_per_note": round(onset_tokens / max(1, notes), 3),
                  **{f"beats_in_{c}": spread(window_beats(onset_adv, c, spb)) for c in CONTEXTS}},
        "events": {"mapped_share": round(ev_stats.mapped_share, 4),
                   "merged_unisons": ev_stats.merged,
                   "tokens_per_note": round(ev_stats.tokens_per_note, 3),
                   **{f"beats_in_{c}": spread(window_beats(ev_adv, c, spb)) for c in CONTEXTS},
                   "tokens_per_step": {"median": int(np.median(sizes)), "p99": int(np.percentile(sizes, 99)),
                                       "max": int(sizes.max())}},
    }


def jam_costs(pieces, repeats: int = 200) -> dict:
    """Microseconds the jam would spend per step in events.py: the listener's last 50 onset tokens
    to ids, the step grammar's mask, and a generated step back to notes (median of `repeats`)."""
    from improv.tokens import event_codec as events
    from improv.music.notes import tokenize
    v = events.default_vocabulary()
    toks = tokenize(pieces[0])[:50] if pieces else []
    ids = events.from_onset_tokens(toks)[0]
    group = max(events.steps(ids), key=len)

    def median_us(fn) -> float:
        times = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return round(float(np.median(times)) * 1e6, 1)
    return {"context_onset_tokens": len(toks), "from_onset_tokens": median_us(lambda: events.from_onset_tokens(toks)),
            "allowed_next": median_us(lambda: events.allowed_next(group[:-1], v)),
            "step_notes": median_us(lambda: events.step_notes(group, v)), "step_tokens": len(group)}


def engine_costs(folder: Path, repeats: int = 300) -> dict:
    """The jam's model cost for one step of several tokens: NumpyEngine.predict on a full 50-token
    window (what each token costs today), against one more token from a carried LSTM state (both
    cells, dense, an output layer of events-v1's size): the cost of anchoring a step's window."""
    from improv.tokens import event_codec as events
    from improv.model.bundle import load
    from improv.model.engine import NumpyEngine
    eng = NumpyEngine(load(folder))
    ids = list(np.random.default_rng(0).integers(0, len(eng.tokenizer), eng.context))
    u1, u2 = eng.u1, eng.u2
    out_k = np.random.default_rng(1).standard_normal((eng.out_k.shape[0], len(events.default_vocabulary())))
    out_k = out_k.astype(np.float32)

    def cell(z, c, u):  # the engine's gate layout: i, f, o pre-halved, then c
        t = np.tanh(z)
        g = (1 + t[:3 * u]) / 2
        c = g[u:2 * u] * c + g[:u] * t[3 * u:]
        return g[2 * u:3 * u] * np.tanh(c), c

    def one_more(h1, c1, h2, c2, token=1):
        h1, c1 = cell(eng.table1[token] + h1 @ eng.rec1, c1, u1)
        h2, c2 = cell(h1 @ eng.kern2 + eng.bias2 + h2 @ eng.rec2, c2, u2)
        logits = np.maximum(h2 @ eng.dense_k + eng.dense_b, 0) @ out_k
        p = np.exp(logits - logits.max())
        return p / p.sum()

    state = (np.zeros(u1, np.float32), np.zeros(u1, np.float32), np.zeros(u2, np.float32), np.zeros(u2, np.float32))

    def spread_us(fn) -> dict:
        for _ in range(20):
            fn()
        times = []
        for _ in range(repeats):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return {"median": round(float(np.median(times)) * 1e6, 1), "p99": round(float(np.percentile(times, 99)) * 1e6, 1)}
    return {"window_50_us": spread_us(lambda: eng.predict(ids)), "one_more_token_us": spread_us(lambda: one_more(*state))}


def ngram_bits(folder: Path, orders=(2, 4, 6, 8)) -> dict:
    """Bits per note of Witten-Bell n-grams (improv.model.ngram.NGram) on the held-out chorales, fitted on
    the first default's training chorales (key normalized, no transposed copies), for both schemes:
    a baseline the first events-v1 model must beat. Onset figures score the mapped tokens, which is
    easier than the notes played: they flatter the onset scheme."""
    from improv.data import corpus, dataset
    from improv.tokens import event_codec as events
    from improv.data.names import base_name
    from improv.model.ngram import NGram
    from improv.tokens.onset import Vocabulary
    meta = json.loads((folder / "meta.json").read_text())
    settings = TokenSettings.from_record(meta["tokens"])
    onset_vocab = Vocabulary.load(folder / "vocab.json")
    side = {base_name(n): k for k in ("train", "val") for n in meta["split"][k]}
    files, _ = corpus.expand_sources(meta["sources"])
    data = {"train": {"onset": [], "events": []}, "val": {"onset": [], "events": []}}
    notes = 0
    for r in read_all(files, settings, jobs=1, progress=False):
        for piece in r.pieces:
            k = side.get(piece.name)
            if k is None:
                continue
            piece, _ = dataset.normalize_key(piece)
            ids, st = events.encode(piece)
            data[k]["events"].append(ids)
            data[k]["onset"].append(onset_vocab.encode(tokenize(piece, settings.steps_per_beat, settings.max_steps))[0])
            if k == "val":
                notes += st.notes - st.merged
    out = {"held_out_notes": notes}
    for scheme, v in (("onset", len(onset_vocab)), ("events", len(events.default_vocabulary()))):
        res = {}
        for order in orders:
            lm = NGram(order, v).fit(data["train"][scheme])
            bits = sum(-np.log2(lm.distribution([int(i) for i in ids[:t]])[ids[t]])
                       for ids in data["val"][scheme] for t in range(1, len(ids)))
            res[str(order)] = round(float(bits) / notes, 3)
        out[scheme] = res
    return out


def throughput(seconds: float, batch: int, onset_vocab: int) -> dict:
    """Training windows/s of improv's model and input pipeline with one TensorFlow thread, on the
    event ids of the chorales, for the onset vocabulary's size (the reference) and for events-v1's."""
    from improv.data import corpus
    from improv.tokens import event_codec as events
    from improv.data.windows import padded_windows
    from improv.model.network import DEFAULT_ARCH, import_tensorflow
    from improv.model.train import compiled_model, train_pipeline
    tf = import_tensorflow()
    tf.config.threading.set_intra_op_parallelism_threads(1)
    tf.config.threading.set_inter_op_parallelism_threads(1)
    files, _ = corpus.expand_sources(["corpus:bach"])
    pieces = [events.encode(p)[0] for r in read_all(files, TokenSettings.defaults(), jobs=1, progress=False)
              for p in r.pieces]
    x, y = padded_windows(pieces, DEFAULT_ARCH["context"])
    out = {}
    for name, v in (("onset_size", onset_vocab), ("events", len(events.default_vocabulary()))):
        xv, yv = np.minimum(x, v), np.minimum(y, v - 1)  # the same windows; only the output layer's size differs
        model = compiled_model({**DEFAULT_ARCH, "vocab_size": v})
        ds = train_pipeline(xv, yv, batch, seed=0).repeat()
        model.fit(ds, steps_per_epoch=5, epochs=1, verbose=0, shuffle=False)  # warm-up: tracing and compilation
        steps, t0, c0 = 0, time.perf_counter(), time.process_time()
        while time.perf_counter() - t0 < seconds:
            model.fit(ds, steps_per_epoch=10, epochs=1, verbose=0, shuffle=False)
            steps += 10
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        # per CPU second too: on a shared core the wall figure counts other people's work
        out[name] = {"vocab": v, "windows_per_s": round(steps * batch / wall, 1),
                     "windows_per_cpu_s": round(steps * batch / cpu, 1)}
    out["ratio_events_to_onset_size"] = round(out["events"]["windows_per_s"] / out["onset_size"]["windows_per_s"], 3)
    return {"bench": "tokens_train_throughput", "threads": 1, "batch": batch, "seconds_each": seconds,
            "chorale_windows": int(len(x)), **out, "tensorflow": tf.__version__}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--bundle", default=str(REPO / "models" / "chorales-v1"))
    ap.add_argument("--train-seconds", type=float, default=0,
                    help="measure training windows/s for this long per vocabulary size instead")
    ap.add_argument("--batch", type=int, default=128)
    ap.add_argument("--ngram", action="store_true", help="n-gram bits per note on the held-out chorales instead")
    args = ap.parse_args()
    if args.ngram:
        print(json.dumps({"bench": "tokens_ngram_bits_per_note", **ngram_bits(Path(args.bundle))}))
        return 0
    if args.train_seconds:
        from improv.tokens.onset import Vocabulary
        print(json.dumps(throughput(args.train_seconds, args.batch,
                                    len(Vocabulary.load(Path(args.bundle) / "vocab.json")))))
        return 0
    import music21
    from improv.data import corpus
    from improv.tokens import event_codec as events
    from improv.data.names import base_name
    from improv.tokens.onset import Vocabulary
    folder = Path(args.bundle)
    meta = json.loads((folder / "meta.json").read_text())
    vocab = Vocabulary.load(folder / "vocab.json")
    settings = TokenSettings.from_record(meta["tokens"])
    held_out = {base_name(n) for n in meta["split"]["val"]}
    files, _ = corpus.expand_sources(meta["sources"])
    files = [f for f in files if Path(f).name in held_out]
    root = Path(music21.__file__).parent
    sets = {"held_out_chorales": files, "piano_midi": [str(root / f) for f in PIANO_MIDI],
            "other_midi": [str(root / f) for f in OTHER_MIDI]}
    t0 = time.perf_counter()
    result = {"bench": "tokens", "bundle": str(folder.relative_to(REPO) if folder.is_relative_to(REPO) else folder),
              "vocab": {"onset": len(vocab), "events": len(events.default_vocabulary())},
              "piano_midi_files": list(PIANO_MIDI), "other_midi_files": list(OTHER_MIDI)}
    for name, fs in sets.items():
        pieces = [p for r in read_all(fs, settings, jobs=1, progress=False) for p in r.pieces]
        result[name] = measure(pieces, vocab, settings)
    result["jam_us"] = jam_costs(pieces)
    result["engine"] = engine_costs(folder)
    result["seconds"] = round(time.perf_counter() - t0, 1)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
