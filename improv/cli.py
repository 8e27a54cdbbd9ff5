"""The `improv` command: argparse subcommands; main(argv) returns the exit code.

Exit codes: 0 done; 1 ran but produced nothing (e.g. prepare read no piece) or failed at run
time; 2 bad input (usage, config, source, port, model bundle); 130 interrupted (Ctrl-C).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from . import __version__
from .config import ConfigError

EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
BACKENDS = ["auto", "alsa", "jack", "coremidi", "windows"]


def say_error(message: str) -> None:
    print(f"improv: error: {message}", file=sys.stderr)


class UsageError(Exception):
    """Bad input found by a subcommand: one line, exit code 2."""


# ---------------------------------------------------------------- settings from file and flags

# flag dest -> (section, key)
FLAG_SETTINGS = {
    "backend": ("midi", "backend"), "client_name": ("midi", "client_name"), "input": ("midi", "input"), "output": ("midi", "output"),
    "channel": ("midi", "channel"), "velocity": ("midi", "velocity"), "clock": ("midi", "clock"),
    "tempo": ("time", "tempo"), "steps_per_beat": ("time", "steps_per_beat"),
    "mode": ("jam", "mode"), "phrase": ("jam", "phrase"),
    "model": ("model", "bundle"), "engine": ("model", "engine"), "device": ("model", "device"),
    "temperature": ("sampling", "temperature"), "top_k": ("sampling", "top_k"), "top_p": ("sampling", "top_p"),
    "log_level": ("logging", "level"),
    "data_steps_per_beat": ("data", "steps_per_beat"), "min_count": ("data", "min_count"),
    "parts": ("data", "parts"), "transpose": ("data", "transpose"), "key_normalize": ("data", "key_normalize"),
    "max_file_mb": ("data", "max_file_mb"), "parse_timeout": ("data", "parse_timeout_s"),
    "val_share": ("data", "val_share"),
}


def load_settings(args: argparse.Namespace) -> dict[str, dict[str, Any]]:
    from . import config
    settings, _ = config.load(getattr(args, "config", None))
    for dest, (section, key) in FLAG_SETTINGS.items():
        value = getattr(args, dest, None)
        if dest == "velocity" and isinstance(value, str) and value != "follow":
            value = int(value) if value.isdigit() else value
        config.override(settings, section, key, value)
    return settings


# ---------------------------------------------------------------- subcommands

def cmd_ports(args: argparse.Namespace) -> int:
    from .midi.ports import choose_backend, list_ports
    settings = load_settings(args)
    backend = choose_backend(settings["midi"]["backend"])
    ports = list_ports(backend)
    print(f"backend: {ports.backend}")
    print("inputs (improv can listen to):")
    for name in ports.inputs or ["(none)"]:
        print(f"  {name}")
    print("outputs (improv can play to):")
    for name in ports.outputs or ["(none)"]:
        print(f"  {name}")
    return EXIT_OK


def cmd_prepare(args: argparse.Namespace) -> int:
    from . import corpus, dataset
    settings = load_settings(args)
    files, errors = corpus.expand_sources(args.sources)
    if errors:
        raise UsageError(errors[0] + (f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""))
    if not files:
        print(f"no music files found in {' '.join(args.sources)} "
              f"(looked for {' '.join(sorted(corpus.MUSIC_SUFFIXES))})", file=sys.stderr)
        return EXIT_FAIL
    tok = dataset.TokenSettings.from_config(settings["data"])
    summary = dataset.prepare(files, Path(args.out), tok, args.sources, jobs=args.jobs,
                              use_cache=not args.no_cache)
    for line in summary.lines():
        print(line)
    if summary.pieces == 0:
        print(f"no piece could be read; nothing written to {args.out} but summary.json", file=sys.stderr)
        return EXIT_FAIL
    print(f"wrote {args.out}")
    return EXIT_OK


def _prepare_for(args: argparse.Namespace, settings: dict[str, dict[str, Any]], out: Path):
    """Run the prepare step of train/evaluate; returns the Prepared data or raises UsageError."""
    from . import corpus, dataset
    files, errors = corpus.expand_sources(args.sources)
    if errors:
        raise UsageError(errors[0])
    if not files:
        raise UsageError(f"no music files found in {' '.join(args.sources)}")
    tok = dataset.TokenSettings.from_config(settings["data"])
    summary = dataset.prepare(files, out, tok, args.sources, jobs=args.jobs, use_cache=not args.no_cache)
    for line in summary.lines():
        print(line)
    if summary.pieces == 0:
        raise UsageError("no piece could be read from the sources; nothing to train on")
    return dataset.Prepared.load(out)


def cmd_train(args: argparse.Namespace) -> int:
    import tempfile
    settings = load_settings(args)
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out}: exists and is not a folder")
    if args.epochs is not None and args.epochs < 1:
        raise UsageError("--epochs must be at least 1")
    with tempfile.TemporaryDirectory(prefix="improv-prepare-") as tmp:
        prepared = _prepare_for(args, settings, Path(tmp))
        from . import model
        arch = {"embedding": args.embedding, "lstm1": args.units, "lstm2": args.units, "dense": args.units,
                "context": settings["jam"]["context_length"]}
        try:
            meta = model.train(prepared, out, epochs=args.epochs or 30, batch=args.batch, resume=args.resume,
                               strategy=args.strategy, arch=arch, patience=args.patience,
                               command="improv " + " ".join(sys.argv[1:] if args.argv is None else args.argv))
        except ValueError as e:
            raise UsageError(str(e)) from None
    m = meta["metrics"]["held_out_by_piece"]
    t = meta["training"]
    print(f"trained {t['epochs_run']} epochs in {t['seconds']:.0f} s ({t['windows_per_s']:.0f} windows/s)")
    if m:
        print(f"held out by piece: top-1 {m['top1']:.3f}, top-5 {m['top5']:.3f}, perplexity {m['perplexity']:.1f}")
    print(f"wrote {out}")
    return EXIT_OK


def _load_bundle(path: str):
    from .bundle import load
    return load(path)


def cmd_evaluate(args: argparse.Namespace) -> int:
    import json
    from . import corpus, evaluate
    settings = load_settings(args)
    bundle = _load_bundle(args.model or settings["model"]["bundle"])
    files, errors = corpus.expand_sources(args.sources)
    if errors:
        raise UsageError(errors[0])
    data = evaluate.tokenize_sources(bundle, files, jobs=args.jobs, use_cache=not args.no_cache,
                                     exclude_training=not args.include_training)
    for path, reason in data.skipped:
        print(f"skipped {path}: {reason}", file=sys.stderr)
    if data.excluded:
        print(f"left out {len(data.excluded)} pieces the model was trained on "
              "(--include-training to keep them)", file=sys.stderr)
    try:
        result = evaluate.evaluate(bundle, data)
    except ValueError as e:
        raise UsageError(str(e)) from None
    if args.json:
        print(json.dumps(result))
        return EXIT_OK
    print(f"{result['pieces']} pieces, {result['tokens']} predicted tokens, "
          f"{result['mapped_share']:.1%} mapped to a neighbour")
    print(f"{'':10} {'top-1':>7} {'top-5':>7} {'perplexity':>11}")
    rows = [("model", result["model"]), (f"{result['ngram']['order']}-gram", result["ngram"]),
            ("unigram", result["unigram"])]
    for name, m in rows:
        print(f"{name:10} {m['top1']:7.3f} {m['top5']:7.3f} {m['perplexity']:11.1f}")
    return EXIT_OK


def cmd_generate(args: argparse.Namespace) -> int:
    from . import generate, midifile
    from .engine import engine_for
    from .sampling import Sampler
    settings = load_settings(args)
    if args.length < 1:
        raise UsageError("--length must be at least 1")
    engine = engine_for(settings["model"])
    bundle = engine.bundle
    try:
        phrase = generate.load_seed(bundle, settings["jam"]["phrase"])
        sampler = Sampler.from_config(settings["sampling"], seed=args.rng_seed)
    except ValueError as e:
        raise UsageError(str(e)) from None
    ids = generate.continue_phrase(engine, sampler, phrase.ids, args.length)
    spb = bundle.meta["tokens"]["steps_per_beat"]
    phrase_notes, at = midifile.token_notes(bundle.vocab.decode(phrase.ids), spb, transpose=-phrase.shift)
    new_notes, _ = midifile.token_notes(bundle.vocab.decode(ids), spb, start=at, transpose=-phrase.shift)
    tracks = {f"phrase ({phrase.name})": phrase_notes, "improv": new_notes}
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    midifile.write_midi(out, tracks, tempo_bpm=settings["time"]["tempo"])
    print(f"wrote {out}: {len(phrase.ids)} phrase tokens + {len(ids)} generated tokens, {len(new_notes)} notes")
    if args.png:
        midifile.piano_roll(Path(args.png), tracks, title=f"{phrase.name} continued by {Path(bundle.folder).name}")
        print(f"wrote {args.png}")
    return EXIT_OK


def cmd_run(args: argparse.Namespace) -> int:
    from . import daemon
    def settings_now() -> dict:  # read again on SIGHUP, with the same flags on top
        settings = load_settings(args)
        if args.clock_out:
            settings["midi"]["clock_out"] = True
        return settings
    try:
        return daemon.run(settings_now, record=args.record, png=args.png)
    except daemon.JamError as e:
        raise UsageError(str(e)) from None


def cmd_demo(args: argparse.Namespace) -> int:
    from . import daemon, demo
    settings = load_settings(args)
    if args.seconds <= 0:
        raise UsageError("--seconds must be greater than 0")
    try:
        code = demo.run(settings, args.seconds, Path(args.out_dir))
    except daemon.JamError as e:
        raise UsageError(str(e)) from None
    print(f"wrote {Path(args.out_dir) / 'jam.mid'} and {Path(args.out_dir) / 'jam.png'}")
    return code


def cmd_panic(args: argparse.Namespace) -> int:
    from .midi.player import panic_all_channels
    from .midi.ports import choose_backend, open_output
    settings = load_settings(args)
    backend = choose_backend(settings["midi"]["backend"])
    port = open_output(backend, settings["midi"]["output"], settings["midi"]["client_name"] + "-panic")
    try:
        panic_all_channels(port)
    finally:
        port.close()
    print(f"panic sent to {port.name}: note-offs for every key, sustain off, all notes off, all sound off "
          "on 16 channels")
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    from . import daemon
    from .jam import status_line
    data = daemon.read_status()
    path = daemon.status_path()
    if data is None:
        print(f"improv is not running (no status at {path})")
        return EXIT_FAIL
    state = "running" if data["alive"] else "not running (last report below)"
    print(f"improv: {state}, pid {data.get('pid')}, started {data.get('started')}, updated {data.get('updated')}")
    ports = data.get("ports", {})
    state = lambda key: "" if ports.get(key, True) else " (gone, waiting for it)"  # noqa: E731
    print(f"ports: {ports.get('backend', '?')}: in {ports.get('input', '?')}{state('input_connected')}, "
          f"out {ports.get('output', '?')}{state('output_connected')}")
    print(status_line(data))
    print(f"last reload {data.get('last_reload') or '-'}")
    return EXIT_OK if data["alive"] else EXIT_FAIL


def cmd_service(args: argparse.Namespace) -> int:
    from .systemd import unit
    if args.action == "install":
        return unit.install(args.dry_run)
    if args.action == "uninstall":
        return unit.uninstall(args.dry_run)
    state = unit.systemctl_state()
    if state is not None:
        print(f"systemd: improv.service is {state}")
    return cmd_status(args)


# ---------------------------------------------------------------- the parser

def _config_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", metavar="FILE",
                   help="config file (default: $IMPROV_CONFIG, then $XDG_CONFIG_HOME/improv/config.yaml)")


def _midi_flags(p: argparse.ArgumentParser, inputs: bool = True) -> None:
    p.add_argument("--backend", choices=BACKENDS, help="MIDI system (default from config: auto)")
    if inputs:
        p.add_argument("--in", dest="input", metavar="NAME",
                       help="listen to the existing port whose name contains NAME (default: a virtual port)")
    p.add_argument("--out", dest="output", metavar="NAME",
                   help="play to the existing port whose name contains NAME (default: a virtual port)")


def _jam_flags(p: argparse.ArgumentParser) -> None:
    _midi_flags(p)
    p.add_argument("--name", dest="client_name", metavar="CLIENT", help="MIDI client name (default improv)")
    p.add_argument("--model", metavar="DIR", help="model bundle folder (default: models/default)")
    p.add_argument("--engine", choices=["numpy", "tensorflow"])
    p.add_argument("--device", choices=["auto", "cpu", "gpu"])
    p.add_argument("--tempo", type=float, metavar="BPM")
    p.add_argument("--steps-per-beat", type=int, metavar="N")
    p.add_argument("--mode", choices=["call-response", "accompany", "solo"])
    p.add_argument("--temperature", type=float, metavar="T")
    p.add_argument("--top-k", type=int, metavar="K")
    p.add_argument("--top-p", type=float, metavar="P")
    p.add_argument("--channel", type=int, metavar="1-16")
    p.add_argument("--velocity", metavar="1-127|follow")
    p.add_argument("--log-level", choices=["debug", "info", "warning", "error"])


def _data_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--jobs", type=int, default=0, metavar="N", help="worker processes (default: all cores)")
    p.add_argument("--no-cache", action="store_true", help="read every file again, ignore the cache")
    p.add_argument("--steps-per-beat", dest="data_steps_per_beat", type=int, metavar="N",
                   help="grid steps per beat (default 4)")
    p.add_argument("--min-count", type=int, metavar="N", help="frequency threshold of the vocabulary (default 50)")
    p.add_argument("--parts", choices=["piano", "all"], help="which parts to read (default piano)")
    p.add_argument("--transpose", type=int, metavar="N", help="augment training pieces by ±N semitones")
    p.add_argument("--key-normalize", action="store_const", const=True,
                   help="transpose every piece to C major / A minor")
    p.add_argument("--val-share", type=float, metavar="F", help="share of pieces held out (default 0.1)")
    p.add_argument("--max-file-mb", type=float, metavar="MB", help="skip files larger than this (default 20)")
    p.add_argument("--parse-timeout", type=float, metavar="S", help="skip a file whose parse takes longer")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="improv", description="A real-time AI jam partner: listens on MIDI, answers with an LSTM.",
        epilog="exit codes: 0 done, 1 nothing produced or run-time failure, 2 bad input, "
               "130 interrupted")
    parser.add_argument("--version", action="version", version=f"improv {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("ports", help="list the MIDI ports improv can see")
    _config_flag(p)
    p.add_argument("--backend", choices=BACKENDS)
    p.set_defaults(func=cmd_ports)

    p = sub.add_parser("run", help="jam: listen on MIDI in, answer on MIDI out, until stopped")
    _config_flag(p)
    _jam_flags(p)
    p.add_argument("--record", metavar="FILE.mid", help="record human and AI on two tracks")
    p.add_argument("--png", metavar="FILE", help="draw the piano roll of the recording on exit")
    p.add_argument("--phrase", "--seed", dest="phrase", metavar="FILE|corpus:NAME",
                   help="solo mode: the phrase to start from (jam.phrase)")
    p.add_argument("--clock", choices=["internal", "midi"], help="follow improv's tempo or incoming MIDI clock")
    p.add_argument("--clock-out", action="store_true", help="send MIDI clock on the output")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("demo", help="a jam with a corpus piece playing the human part")
    _config_flag(p)
    p.add_argument("--seconds", type=float, default=30.0, help="how long to play (default 30)")
    p.add_argument("--out", dest="out_dir", metavar="DIR", default="demo-out",
                   help="where to write jam.mid and jam.png (default demo-out)")
    p.add_argument("--model", metavar="DIR", help="model bundle folder (default: models/default)")
    p.add_argument("--phrase", "--seed", dest="phrase", metavar="FILE|corpus:NAME",
                   help="the piece that plays the human (jam.phrase)")
    p.add_argument("--tempo", type=float, metavar="BPM")
    p.add_argument("--backend", choices=BACKENDS)
    p.add_argument("--log-level", choices=["debug", "info", "warning", "error"])
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("prepare", help="read music files into token data for training")
    _config_flag(p)
    p.add_argument("sources", nargs="+", metavar="SOURCE",
                   help="a file, a folder (searched recursively), or corpus:NAME (e.g. corpus:bach)")
    p.add_argument("--out", required=True, metavar="DIR", help="folder to write the token data to")
    _data_flags(p)
    p.set_defaults(func=cmd_prepare)

    p = sub.add_parser("train", help="train a model bundle from music files")
    _config_flag(p)
    p.add_argument("sources", nargs="+", metavar="SOURCE")
    p.add_argument("--out", required=True, metavar="DIR", help="model bundle folder, e.g. models/NAME")
    p.add_argument("--epochs", type=int, metavar="N", help="most epochs to train (default 30; early stopping "
                   "may end sooner)")
    p.add_argument("--batch", type=int, default=128, metavar="N")
    p.add_argument("--resume", action="store_true", help="continue from the last checkpoint")
    p.add_argument("--strategy", choices=["auto", "mirrored", "multiworker"], default="auto",
                   help="tf.distribute: mirrored over local GPUs, multiworker across hosts (TF_CONFIG)")
    p.add_argument("--units", type=int, default=256, metavar="N", help="LSTM and dense width (default 256)")
    p.add_argument("--embedding", type=int, default=96, metavar="N", help="embedding size (default 96)")
    p.add_argument("--patience", type=int, default=4, metavar="N", help="early-stopping patience in epochs")
    _data_flags(p)
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("evaluate", help="held-out accuracy and perplexity against n-gram baselines")
    _config_flag(p)
    p.add_argument("--model", metavar="DIR", help="model bundle (default: model.bundle of the config)")
    p.add_argument("sources", nargs="+", metavar="SOURCE")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--include-training", action="store_true",
                   help="also score pieces the model was trained on (not an honest figure)")
    p.add_argument("--jobs", type=int, default=0, metavar="N")
    p.add_argument("--no-cache", action="store_true")
    p.set_defaults(func=cmd_evaluate)

    p = sub.add_parser("generate", help="continue a phrase into a MIDI file")
    _config_flag(p)
    p.add_argument("--model", metavar="DIR")
    p.add_argument("--out", required=True, metavar="FILE.mid")
    p.add_argument("--length", type=int, default=200, metavar="N")
    p.add_argument("--phrase", "--seed", dest="phrase", metavar="FILE|corpus:NAME",
                   help="the phrase to continue (jam.phrase)")
    p.add_argument("--temperature", type=float, metavar="T")
    p.add_argument("--top-k", type=int, metavar="K")
    p.add_argument("--top-p", type=float, metavar="P")
    p.add_argument("--tempo", type=float, metavar="BPM")
    p.add_argument("--png", metavar="FILE", help="draw a piano roll: the phrase and its continuation in two colours")
    p.add_argument("--engine", choices=["numpy", "tensorflow"])
    p.add_argument("--device", choices=["auto", "cpu", "gpu"])
    p.add_argument("--rng-seed", type=int, metavar="N", help="make the sampling repeatable")
    p.set_defaults(func=cmd_generate)

    p = sub.add_parser("service", help="install, uninstall or inspect the systemd user service")
    p.add_argument("action", choices=["install", "uninstall", "status"])
    p.add_argument("--dry-run", action="store_true", help="print what would be written or removed")
    p.set_defaults(func=cmd_service)

    p = sub.add_parser("status", help="what the running daemon reports")
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("panic", help="release every note on every channel of a MIDI output")
    _config_flag(p)
    _midi_flags(p, inputs=False)
    p.set_defaults(func=cmd_panic)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        args.argv = argv
    except SystemExit as e:  # --help, --version and usage errors
        return int(e.code or 0) if not isinstance(e.code, str) else EXIT_USAGE
    from .bundle import BundleError
    from .midi.ports import MidiSystemError
    try:
        return args.func(args)
    except (ConfigError, UsageError, MidiSystemError, BundleError) as e:
        say_error(str(e))
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("improv: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
