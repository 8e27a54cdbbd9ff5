"""The `improv` command: argparse subcommands; main(argv) returns the exit code.

Exit codes: 0 done; 1 ran but produced nothing (e.g. prepare read no piece) or failed at run
time; 2 bad input (usage, config, source, port, model bundle); 130 interrupted (Ctrl-C).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .. import __version__, config
from ..config import ConfigError
from ..live.jam import status_line
from ..live.keeper import memory_path
from ..midi.ports import WORDS, MidiSystemError, choose_backend, is_own, list_ports
from ..model import memory
from ..model.bundle import BundleError, load
from . import daemon, demo, offline, service, status, tempo
from .flags import (EXIT_FAIL, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, UsageError, config_flag, jam_flags,
                    load_settings, midi_flags, writable)
from .panic import deliver_panic


def say_error(message: str) -> None:
    print(f"improv: error: {message}", file=sys.stderr)


# ---------------------------------------------------------------- subcommands

def cmd_ports(args: argparse.Namespace) -> int:
    settings = load_settings(args)
    backend = choose_backend(settings["midi"]["backend"])
    ports = list_ports(backend)
    client = settings["midi"]["client_name"]
    print(f"backend: {ports.backend}")
    uses = {"input": "improv's inputs: improv run --in NAME; keyboards, DAW tracks",
            "output": "improv's outputs: improv run --out NAME, improv panic --out NAME; synths, DAW tracks"}
    for names, direction in ((ports.inputs, "input"), (ports.outputs, "output")):
        print(f"{WORDS[direction]} ({uses[direction]}):")
        for name in names or ["(none)"]:
            print(f"  {name}" + ("   (improv's own: only by its full name)" if is_own(name, client) else ""))
    return EXIT_OK


def cmd_run(args: argparse.Namespace) -> int:
    for path, flag in ((args.record, "--record"), (args.png, "--png")):
        if path:
            writable(path, flag)
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
    settings = load_settings(args)
    if args.seconds <= 0:
        raise UsageError("--seconds must be greater than 0")
    writable(args.out_dir, "--out", folder=True)
    try:
        code = demo.run(settings, args.seconds, Path(args.out_dir))
    except daemon.JamError as e:
        raise UsageError(str(e)) from None
    print(f"wrote {Path(args.out_dir) / 'jam.mid'} and {Path(args.out_dir) / 'jam.png'}")
    return code


def cmd_panic(args: argparse.Namespace) -> int:
    settings = load_settings(args)
    backend = choose_backend(settings["midi"]["backend"])
    lines, delivered = deliver_panic(backend, settings["midi"]["output"], settings["midi"]["client_name"])
    for line in lines:  # one line per destination: what reached it, or why nothing did
        print(line, file=sys.stdout if delivered else sys.stderr)
    return EXIT_OK if delivered else EXIT_FAIL


def cmd_status(args: argparse.Namespace) -> int:
    data = status.read_status()
    path = status.status_path()
    if data is None:
        print(f"improv is not running (no status at {path})")
        return EXIT_FAIL
    state = "running" if data["alive"] else "not running (last report below)"
    print(f"improv: {state}, pid {data.get('pid')}, started {data.get('started')}, updated {data.get('updated')}")
    ports = data.get("ports", {})
    state = lambda key: "" if ports.get(key, True) else " (gone, waiting for it)"  # noqa: E731
    print(f"ports: {ports.get('backend', '?')}: in {ports.get('input', '?')}{state('input_connected')}, "
          f"out {ports.get('output', '?')}{state('output_connected')}")
    if ports.get("libjack"):
        print(f"JACK through {ports['libjack']}")
    print(status_line(data))
    print(f"last reload {data.get('last_reload') or '-'}")
    return EXIT_OK if data["alive"] else EXIT_FAIL


def cmd_memory(args: argparse.Namespace) -> int:
    settings = load_settings(args)
    bundle = load(settings["model"]["bundle"])
    path = args.file or memory_path(settings["memory"]["file"], bundle.vocab)
    if not path:
        raise UsageError("no memory file: name one (improv memory show FILE) or set memory.file in the config")
    try:
        if args.action == "clear":
            print(memory.clear(path))
        else:
            print("\n".join(memory.show(path, bundle)))
    except memory.MemoryFileError as e:
        raise UsageError(str(e)) from None
    return EXIT_OK


def cmd_tempo(args: argparse.Namespace) -> int:
    settings = load_settings(args)
    try:
        lines = tempo.report_lines(args.file, settings["time"]["tempo"] if args.tempo is None else args.tempo)
    except ValueError as e:
        raise UsageError(str(e)) from None
    print("\n".join(lines))
    return EXIT_OK


def cmd_service(args: argparse.Namespace) -> int:
    if args.action == "install":
        return service.install(args.dry_run)
    if args.action == "uninstall":
        return service.uninstall(args.dry_run)
    unit = service.installed()
    if unit is None:
        print(f"improv service: not installed (no {service.unit_dir() / service.UNIT}); "
              "install it with `improv service install`", file=sys.stderr)
        return EXIT_FAIL
    state = service.systemctl_state()
    print(f"systemd: {unit} is {state or 'installed (systemctl --user cannot say more here)'}")
    return cmd_status(args)


# ---------------------------------------------------------------- the parser

class Parser(argparse.ArgumentParser):
    """argparse with the README's promise: a usage error is one line on stderr and exit 2 (the
    usage itself is one `--help` away). Subcommands' parsers are of this class too."""

    def error(self, message: str):  # type: ignore[override]
        say_error(f"{message} (see: {self.prog} --help)")
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="improv", description="A real-time AI jam partner: listens on MIDI, answers with an LSTM.",
        epilog="exit codes: 0 done, 1 nothing produced or run-time failure, 2 bad input, "
               "130 interrupted")
    parser.add_argument("--version", action="version", version=f"improv {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("ports", help="list the MIDI ports improv can see")
    config_flag(p)
    p.add_argument("--backend", choices=config.choices("midi", "backend"))
    p.set_defaults(func=cmd_ports)

    p = sub.add_parser("run", help="jam: listen on MIDI in, answer on MIDI out, until stopped")
    config_flag(p)
    jam_flags(p)
    p.add_argument("--record", metavar="FILE.mid", help="record human and AI on two tracks")
    p.add_argument("--png", metavar="FILE", help="draw the piano roll of the recording on exit")
    p.add_argument("--phrase", "--seed", dest="phrase", metavar="FILE|corpus:NAME",
                   help="solo mode: the phrase to start from (jam.phrase)")
    p.add_argument("--clock", choices=config.choices("midi", "clock"),
                   help="keep improv's own tempo, follow incoming MIDI clock, or follow the player's tempo")
    p.add_argument("--clock-out", action="store_true", help="send MIDI clock on the output")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("demo", help="a jam with a corpus piece playing the human part")
    config_flag(p)
    p.add_argument("--seconds", type=float, default=30.0, help="how long to play (default 30)")
    p.add_argument("--out", dest="out_dir", metavar="DIR", default="demo-out",
                   help="where to write jam.mid and jam.png (default demo-out)")
    p.add_argument("--model", metavar="DIR", help="model bundle folder (default: models/default)")
    p.add_argument("--phrase", "--seed", dest="phrase", metavar="FILE|corpus:NAME",
                   help="the piece that plays the human (jam.phrase)")
    p.add_argument("--tempo", type=float, metavar="BPM")
    p.add_argument("--backend", choices=config.choices("midi", "backend"))
    p.add_argument("--log-level", choices=config.choices("logging", "level"))
    p.set_defaults(func=cmd_demo)

    offline.add_parsers(sub)

    p = sub.add_parser("memory", help="what improv remembers of your playing (memory.file): show or clear it")
    config_flag(p)
    p.add_argument("action", choices=["show", "clear"])
    p.add_argument("file", nargs="?", metavar="FILE", help="the memory file (default: memory.file of the config)")
    p.add_argument("--model", metavar="DIR", help="the model bundle the memory was made with (default: models/default)")
    p.set_defaults(func=cmd_memory)

    p = sub.add_parser("tempo", help="the tempo improv hears in a MIDI file, over time (as --clock player would)")
    config_flag(p)
    p.add_argument("file", metavar="FILE.mid", help="a MIDI file, a score, or corpus:NAME")
    p.add_argument("--tempo", type=float, metavar="BPM", help="the tempo improv starts from (default time.tempo)")
    p.set_defaults(func=cmd_tempo)

    p = sub.add_parser("service", help="install, uninstall or inspect the systemd user service")
    p.add_argument("action", choices=["install", "uninstall", "status"])
    p.add_argument("--dry-run", action="store_true", help="print what would be written or removed")
    p.set_defaults(func=cmd_service)

    p = sub.add_parser("status", help="what the running daemon reports")
    p.set_defaults(func=cmd_status)

    p = sub.add_parser("panic", help="release every note on every channel of a MIDI output")
    config_flag(p)
    midi_flags(p, inputs=False)
    p.set_defaults(func=cmd_panic)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        args.argv = argv
    except SystemExit as e:  # --help, --version and usage errors
        return int(e.code or 0) if not isinstance(e.code, str) else EXIT_USAGE
    try:
        return args.func(args)
    except (ConfigError, UsageError, MidiSystemError, BundleError) as e:
        say_error(str(e))
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("improv: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except OSError as e:  # what no check foresaw (a disk full while writing): still one line
        say_error(f"{e.filename + ': ' if e.filename else ''}{e.strerror or e}")
        return EXIT_FAIL


if __name__ == "__main__":
    sys.exit(main())
