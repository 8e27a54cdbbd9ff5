"""The offline commands: prepare, train, evaluate, generate. Music in; token data, model
bundles, scores and MIDI files out."""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from .. import config
from ..data import corpus, dataset, midifile, recipes
from ..live.continuation import continue_as_jam
from ..model import evaluate, finetune, generate, network, train
from ..model.bundle import Bundle, load
from ..model.engine import engine_for
from ..model.sampling import Sampler
from ..music.swing import STRAIGHT, warp
from ..settings import TokenSettings
from ..tokens import VocabularyTooSmall
from .flags import EXIT_FAIL, EXIT_INTERRUPTED, EXIT_OK, UsageError, config_flag, load_settings, writable


def _files(sources: list[str], settings: dict[str, dict[str, Any]]) -> tuple[list[str], dict[str, str] | None]:
    """The music files of the sources, and each file's style when the source is a recipe."""
    try:
        recipe = recipes.recipe_of(sources)
        if recipe:
            files, styles = recipes.recipe_files(recipe)
            made_for = recipes.recipe()["tokenizer"]
            if settings["data"]["tokenizer"] != made_for:
                raise UsageError(f"recipe:{recipe} is made for data.tokenizer {made_for}")
            return files, styles
    except ValueError as e:
        raise UsageError(str(e)) from None
    files, errors = corpus.expand_sources(sources)
    if errors:
        raise UsageError(errors[0] + (f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""))
    return files, None


def cmd_prepare(args: argparse.Namespace) -> int:
    settings = load_settings(args)
    writable(args.out, "--out", folder=True)
    files, styles = _files(args.sources, settings)
    if not files:
        print(f"no music files found in {' '.join(args.sources)} "
              f"(looked for {' '.join(sorted(corpus.MUSIC_SUFFIXES))})", file=sys.stderr)
        return EXIT_FAIL
    tok = TokenSettings.from_config(settings["data"])
    summary = _prepare(files, Path(args.out), tok, args, styles)
    for line in summary.lines():
        print(line)
    if summary.pieces == 0:
        print(f"no piece could be read; nothing written to {args.out} but summary.json", file=sys.stderr)
        return EXIT_FAIL
    print(f"wrote {args.out}")
    return EXIT_OK


def _prepare(files, out: Path, tok: TokenSettings, args: argparse.Namespace, styles: dict[str, str] | None = None):
    """dataset.prepare; a vocabulary too small to learn from is one line (exit 2), after what was read."""
    try:
        return dataset.prepare(files, out, tok, args.sources, jobs=args.jobs, use_cache=not args.no_cache,
                               styles=styles)
    except VocabularyTooSmall as e:
        for line in e.summary.lines():
            print(line)
        raise UsageError(str(e)) from None


def _prepare_for(args: argparse.Namespace, settings: dict[str, dict[str, Any]], out: Path, base: Bundle | None = None):
    """Run the prepare step of train/evaluate; returns the Prepared data or raises UsageError. With a
    `base`: in the base's tokens and vocabulary, and with fewer than finetune.MIN_PIECES pieces
    nothing held out."""
    files, styles = _files(args.sources, settings)
    if not files:
        raise UsageError(f"no music files found in {' '.join(args.sources)}")
    tok = TokenSettings.from_config(settings["data"])
    if base is None:
        summary = _prepare(files, out, tok, args, styles)
    else:
        try:
            chosen = {"tokenizer": args.data_tokenizer, "key_normalize": args.key_normalize,
                      "steps_per_beat": args.data_steps_per_beat}
            tok = finetune.token_settings(base, tok, chosen)
            summary = dataset.prepare(files, out, tok, args.sources, jobs=args.jobs, use_cache=not args.no_cache,
                                      styles=styles, tokenizer=base.tokenizer)
            if 0 < summary.pieces < finetune.MIN_PIECES and summary.val_pieces:
                summary = dataset.prepare(files, out, replace(tok, val_share=0.0), args.sources, jobs=args.jobs,
                                          use_cache=not args.no_cache, styles=styles, tokenizer=base.tokenizer)
        except VocabularyTooSmall as e:
            raise UsageError(finetune.unreadable(base, e.summary.train_mapped_share)) from None
        except ValueError as e:
            raise UsageError(str(e)) from None
    for line in summary.lines():
        print(line)
    if summary.pieces == 0:
        raise UsageError("no piece could be read from the sources; nothing to train on")
    return dataset.Prepared.load(out)


def cmd_train(args: argparse.Namespace) -> int:
    settings = load_settings(args)
    out = writable(args.out, "--out", folder=True)
    if args.epochs is not None and args.epochs < 1:
        raise UsageError("--epochs must be at least 1")
    base = load(args.base) if args.base else None
    if base is not None and out.resolve() == Path(base.folder).resolve():
        raise UsageError(f"--out {out} is the base bundle: give the fine-tuned model a folder of its own")
    with tempfile.TemporaryDirectory(prefix="improv-prepare-") as tmp:
        prepared = _prepare_for(args, settings, Path(tmp), base)
        notes = sum(int(p["notes"]) for p in prepared.pieces if p["split"] == "train" and "augmented" not in p)
        if base is None and notes < args.min_notes:
            raise UsageError(f"{notes} notes to train on: too little for a model from scratch, which needs "
                             f"{args.min_notes} or more to play better than at random (docs/models.md); add music, "
                             "or fine-tune the shipped model: --from models/default")
        network.tensorflow_verbose(args.verbose)
        command = "improv " + " ".join(sys.argv[1:] if args.argv is None else args.argv)
        try:
            if base is not None:
                print(f"fine-tuning {base.folder} ({prepared.tokenizer.name}, its vocabulary of "
                      f"{len(prepared.tokenizer)} tokens, {prepared.settings.steps_per_beat} steps a beat"
                      f"{', pieces moved to C' if prepared.settings.key_normalize else ''})")
                meta = finetune.finetune(prepared, base, out, epochs=args.epochs, batch=args.batch,
                                         resume=args.resume, strategy=args.strategy,
                                         patience=args.patience or finetune.PATIENCE,
                                         learning_rate=args.learning_rate or finetune.LEARNING_RATE, command=command)
            else:
                arch = {"embedding": args.embedding, "lstm1": args.units, "lstm2": args.units, "dense": args.units,
                        "context": settings["jam"]["context_length"]}
                meta = train.train(prepared, out, epochs=args.epochs or 30, batch=args.batch, resume=args.resume,
                                   strategy=args.strategy, arch=arch, patience=args.patience or 4,
                                   learning_rate=args.learning_rate or 2e-3, command=command)
        except ValueError as e:
            first = (str(e).strip().splitlines() or [type(e).__name__])[0]
            if args.resume and (out / "checkpoint").exists():
                raise UsageError(f"{out}/checkpoint cannot be resumed from ({first[:160]}); remove it "
                                 "to train from the start, or give another --out") from None
            raise UsageError(first) from None
        except KeyboardInterrupt:  # Ctrl-C or SIGTERM (model.train turns it into one): what is done is kept
            if (out / "checkpoint").exists():
                print(f"improv: training interrupted; {out}/checkpoint keeps the last finished epoch: "
                      "run the same command with --resume to go on", file=sys.stderr)
                return EXIT_INTERRUPTED
            raise
    m = meta["metrics"]["held_out_by_piece"]
    t = meta["training"]
    print(f"trained {t['epochs_run']} epochs in {t['seconds']:.0f} s ({t['targets_per_s']:.0f} targets/s)")
    if base is not None:
        print("\n".join(finetune.report_lines(meta, out)))
    elif m:
        print(f"held out by piece: top-1 {m['top1']:.3f}, top-5 {m['top5']:.3f}, perplexity {m['perplexity']:.1f}, "
              f"{m['bits_per_note']:.2f} bits per note (the unigram: {m['unigram_bits_per_note']:.2f})")
        for name, r in sorted(meta["metrics"].get("by_style", {}).items()):
            print(f"  {name}: {r['pieces']} pieces, top-1 {r['top1']:.3f}, {r['bits_per_note']:.2f} bits per note")
    else:
        print(f"held out by piece: not scored: {meta['metrics'].get('not_scored', 'no held-out piece')}")
    if m and not m["better_than_unigram"]:
        todo = "" if base is not None else ", or fine-tune the shipped model: --from models/default"
        print(f"improv: warning: {out} is no better than the unigram on its held-out pieces ({m['bits_per_note']:.2f} "
              f"against {m['unigram_bits_per_note']:.2f} bits per note): it plays about at random; give more music"
              f"{todo}", file=sys.stderr)
    print(meta.get("not_written") or f"wrote {out}")  # a worker of several but the chief writes nothing
    return EXIT_OK


def cmd_evaluate(args: argparse.Namespace) -> int:
    settings = load_settings(args)
    bundle = load(args.model or settings["model"]["bundle"])
    if args.held_out == bool(args.sources):
        raise UsageError("give the SOURCES to score, or --held-out for the bundle's own held-out pieces (not both)")
    styles, only, recipe = None, None, False
    try:
        if args.held_out:
            files, styles, only, recipe = evaluate.held_out_sources(bundle)
        else:
            files, errors = corpus.expand_sources(args.sources)
            if errors:
                raise UsageError(errors[0])
    except ValueError as e:
        raise UsageError(str(e)) from None
    data = evaluate.tokenize_sources(bundle, files, jobs=args.jobs, use_cache=not args.no_cache,
                                     exclude_training=not args.include_training, styles=styles, only=only,
                                     recipe=recipe)
    for path, reason in data.skipped:
        print(f"skipped {path}: {reason}", file=sys.stderr)
    if data.excluded:
        print(f"left out {len(data.excluded)} pieces the model was trained on "
              "(--include-training to keep them)", file=sys.stderr)
    if data.missing:
        print(f"{len(data.missing)} held-out pieces of meta.json were not found in the sources "
              f"(e.g. {data.missing[0]})", file=sys.stderr)
    try:
        result = evaluate.evaluate(bundle, data, engine=args.eval_engine)
    except ValueError as e:
        raise UsageError(str(e)) from None
    if args.json:
        print(json.dumps(result))
        return EXIT_OK
    for line in evaluate.report_lines(result):
        print(line)
    return EXIT_OK


def cmd_generate(args: argparse.Namespace) -> int:
    settings = load_settings(args)
    if args.beats <= 0:
        raise UsageError("--beats must be greater than 0")
    out = writable(args.out, "--out")
    if args.png:
        writable(args.png, "--png")
    engine = engine_for(settings["model"])
    bundle = engine.bundle
    try:
        phrase = generate.load_phrase(bundle, settings["jam"]["phrase"], settings["time"]["swing"],
                                      settings["time"]["swing_level"])
        Sampler.from_config(settings["sampling"])  # a bad sampling setting is said before any work
    except ValueError as e:
        raise UsageError(str(e)) from None
    spb = bundle.meta["tokens"]["steps_per_beat"]
    heard = generate.played_tokens(bundle, phrase)
    made, _ = continue_as_jam(engine, settings, heard, round(args.beats * spb), seed=args.rng_seed)
    phrase_notes, _ = generate.notes_of(bundle, phrase.ids, transpose=-phrase.shift)
    at = sum(t.steps for t in heard) / spb  # where the phrase's last note ends, as the jam heard it
    new_notes = generate.notes_as_played(made, spb, start=at)
    bpm = args.tempo or phrase.bpm  # --tempo, else the phrase's own tempo where it ends
    sw = phrase.swing  # the phrase was read straight through it: both tracks are played swung again
    tracks = {f"phrase ({phrase.name})": swung(phrase_notes, sw), "improv": swung(new_notes, sw)}
    midifile.write_midi(out, tracks, tempo_bpm=bpm)
    print(f"wrote {out}: the phrase ({len(phrase_notes)} notes, {at:g} beats) and {args.beats:g} beats of improv "
          f"({len(new_notes)} notes) at {bpm:g} BPM, swing {sw.describe()}")
    if args.png:
        midifile.piano_roll(Path(args.png), tracks, title=f"{phrase.name} continued by {Path(bundle.folder).name}")
        print(f"wrote {args.png}")
    return EXIT_OK


def swung(notes: list, sw) -> list:
    """Notes with their onsets and ends moved by the swing (beats and downbeats stay)."""
    if sw.ratio == STRAIGHT:
        return notes
    moved = []
    for n in notes:
        start, end = warp(n.start, sw.ratio, sw.level), warp(n.start + n.length, sw.ratio, sw.level)
        moved.append(replace(n, start=start, length=max(end - start, 1e-3)))
    return moved


def data_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--jobs", type=int, default=0, metavar="N", help="worker processes (default: all cores)")
    p.add_argument("--no-cache", action="store_true", help="read every file again, ignore the cache")
    p.add_argument("--steps-per-beat", dest="data_steps_per_beat", type=int, metavar="N",
                   help="grid steps per beat (default 4)")
    p.add_argument("--tokenizer", dest="data_tokenizer", choices=config.choices("data", "tokenizer"),
                   help="tokens of the new model (default events-v1, docs/tokens.md)")
    p.add_argument("--min-count", type=min_count, metavar="N|auto",
                   help="frequency threshold of the vocabulary (default auto: chosen from the amount of music)")
    p.add_argument("--parts", choices=config.choices("data", "parts"), help="which parts to read (default piano)")
    p.add_argument("--transpose", type=int, metavar="N", help="augment training pieces by ±N semitones")
    p.add_argument("--key-normalize", action="store_const", const=True,
                   help="transpose every piece to C major / A minor")
    p.add_argument("--val-share", type=float, metavar="F", help="share of pieces held out (default 0.1)")
    p.add_argument("--max-file-mb", type=float, metavar="MB", help="skip files larger than this (default 20)")
    p.add_argument("--parse-timeout", type=float, metavar="S", help="skip a file whose parse takes longer")


def min_count(value: str) -> int | str:
    if value == "auto" or (value.isdigit() and int(value) >= 1):
        return value if value == "auto" else int(value)
    raise argparse.ArgumentTypeError(f"{value!r}: a whole number from 1, or auto")


def add_parsers(sub) -> None:
    p = sub.add_parser("prepare", help="read music files into token data for training")
    config_flag(p)
    p.add_argument("sources", nargs="+", metavar="SOURCE",
                   help="a file, a folder (searched recursively), corpus:NAME (e.g. corpus:bach), "
                   "or recipe:mixed-v1 (six styles of music21's corpus, docs/tokens.md)")
    p.add_argument("--out", required=True, metavar="DIR", help="folder to write the token data to")
    data_flags(p)
    p.set_defaults(func=cmd_prepare)

    p = sub.add_parser("train", help="train a model bundle from music files")
    config_flag(p)
    p.add_argument("sources", nargs="+", metavar="SOURCE")
    p.add_argument("--out", required=True, metavar="DIR", help="model bundle folder, e.g. models/NAME")
    p.add_argument("--epochs", type=int, metavar="N", help="most epochs to train (default 30; early stopping "
                   "may end sooner)")
    p.add_argument("--batch", type=int, default=64, metavar="N",
                   help="chunks of context tokens a batch (default 64): a step's global batch, shared out equally "
                   "over the replicas (GPUs, workers) of a --strategy")
    p.add_argument("--resume", action="store_true", help="continue from the last checkpoint")
    p.add_argument("--strategy", choices=["auto", "mirrored", "multiworker"], default="auto",
                   help="tf.distribute: mirrored over local GPUs, multiworker across processes or hosts: the same "
                   "command on each, TF_CONFIG naming the cluster and this worker; the chief (worker 0) writes --out")
    p.add_argument("--units", type=int, default=256, metavar="N", help="LSTM and dense width (default 256)")
    p.add_argument("--embedding", type=int, default=96, metavar="N", help="embedding size (default 96)")
    p.add_argument("--patience", type=int, metavar="N",
                   help=f"early-stopping patience in epochs (default 4; with --from {finetune.PATIENCE})")
    p.add_argument("--from", dest="base", metavar="BUNDLE",
                   help="fine-tune this model bundle (e.g. models/default) on the sources: its weights, tokens and "
                   "vocabulary kept (docs/models.md, \"your own model\")")
    p.add_argument("--learning-rate", type=float, metavar="LR",
                   help=f"Adam's learning rate (default 2e-3; with --from {finetune.LEARNING_RATE:g})")
    p.add_argument("--min-notes", type=int, default=train.MIN_NOTES, metavar="N",
                   help=f"refuse to train from scratch on fewer notes (default {train.MIN_NOTES}: below it a model "
                   "plays about at random; 0: train on anything)")
    p.add_argument("--verbose", action="store_true", help="also show TensorFlow's own log lines")
    data_flags(p)
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("evaluate", help="held-out bits per note, accuracy and perplexity against n-gram baselines")
    config_flag(p)
    p.add_argument("--model", metavar="DIR", help="model bundle (default: model.bundle of the config)")
    p.add_argument("sources", nargs="*", metavar="SOURCE", help="music to score (or --held-out)")
    p.add_argument("--held-out", action="store_true",
                   help="score the bundle's own held-out pieces (meta.json), per style for a recipe bundle")
    p.add_argument("--engine", dest="eval_engine", choices=["auto", "numpy", "tensorflow"], default="auto",
                   help="the model pass: auto = TensorFlow for big sets when it is installed")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--include-training", action="store_true",
                   help="also score pieces the model was trained on (not an honest figure)")
    p.add_argument("--jobs", type=int, default=0, metavar="N")
    p.add_argument("--no-cache", action="store_true")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("generate", help="continue a phrase into a MIDI file")
    config_flag(p)
    p.add_argument("--model", metavar="DIR")
    p.add_argument("--out", required=True, metavar="FILE.mid")
    p.add_argument("--beats", type=float, default=64, metavar="N", help="how long improv goes on (default 64 beats)")
    p.add_argument("--phrase", "--seed", dest="phrase", metavar="FILE|corpus:NAME",
                   help="the phrase to continue (jam.phrase): the whole first piece there, continued from its end "
                   "(the model hears its last 50 tokens, as in a jam)")
    p.add_argument("--temperature", type=float, metavar="T")
    p.add_argument("--top-k", type=int, metavar="K")
    p.add_argument("--top-p", type=float, metavar="P")
    p.add_argument("--tempo", type=float, metavar="BPM", help="the file's tempo (default: the phrase's, where it ends)")
    p.add_argument("--swing", metavar="auto|straight|0.5-0.75",
                   help="swing the file as the phrase does (auto, the default: measured from its onsets), not at all, "
                   "or by this ratio")
    p.add_argument("--png", metavar="FILE", help="draw a piano roll: the phrase and its continuation in two colours")
    p.add_argument("--engine", choices=config.choices("model", "engine"))
    p.add_argument("--device", choices=config.choices("model", "device"))
    p.add_argument("--rng-seed", type=int, metavar="N", help="make the sampling repeatable")
    p.set_defaults(func=cmd_generate)
