"""The command line's shared pieces: exit codes, the one-line usage error, flags that several
subcommands take, and settings from the config file with the flags on top."""
from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from .. import config

EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


class UsageError(Exception):
    """Bad input found by a subcommand: one line, exit code 2."""


# flag dest -> (section, key)
FLAG_SETTINGS = {
    "backend": ("midi", "backend"), "client_name": ("midi", "client_name"), "input": ("midi", "input"), "output": ("midi", "output"),
    "channel": ("midi", "channel"), "velocity": ("midi", "velocity"), "clock": ("midi", "clock"),
    "swing": ("time", "swing"),
    "tempo": ("time", "tempo"), "steps_per_beat": ("time", "steps_per_beat"),
    "mode": ("jam", "mode"), "phrase": ("jam", "phrase"),
    "model": ("model", "bundle"), "engine": ("model", "engine"), "device": ("model", "device"),
    "temperature": ("sampling", "temperature"), "top_k": ("sampling", "top_k"), "top_p": ("sampling", "top_p"),
    "log_level": ("logging", "level"),
    "data_steps_per_beat": ("data", "steps_per_beat"), "min_count": ("data", "min_count"),
    "parts": ("data", "parts"), "transpose": ("data", "transpose"), "key_normalize": ("data", "key_normalize"),
    "max_file_mb": ("data", "max_file_mb"), "parse_timeout": ("data", "parse_timeout_s"),
    "val_share": ("data", "val_share"), "data_tokenizer": ("data", "tokenizer"),
}


def load_settings(args: argparse.Namespace) -> dict[str, dict[str, Any]]:
    settings, _ = config.load(getattr(args, "config", None))
    for dest, (section, key) in FLAG_SETTINGS.items():
        value = getattr(args, dest, None)
        if dest == "velocity" and isinstance(value, str) and value != "follow":
            value = int(value) if value.isdigit() else value
        if dest == "swing" and isinstance(value, str) and value not in ("auto", "straight"):
            try:
                value = float(value)
            except ValueError:
                pass  # the config's check says what is allowed
        config.override(settings, section, key, value)
    return settings


def config_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", metavar="FILE",
                   help="config file (default: $IMPROV_CONFIG, then $XDG_CONFIG_HOME/improv/config.yaml)")


def midi_flags(p: argparse.ArgumentParser, inputs: bool = True) -> None:
    p.add_argument("--backend", choices=config.choices("midi", "backend"), help="MIDI system (default: auto)")
    if inputs:
        p.add_argument("--in", dest="input", metavar="NAME",
                       help="listen to the existing port whose name contains NAME (default: a virtual port)")
    p.add_argument("--out", dest="output", metavar="NAME",
                   help="play to the existing port whose name contains NAME (default: a virtual port)")


def jam_flags(p: argparse.ArgumentParser) -> None:
    midi_flags(p)
    p.add_argument("--name", dest="client_name", metavar="CLIENT", help="MIDI client name (default improv)")
    p.add_argument("--model", metavar="DIR", help="model bundle folder (default: models/default)")
    p.add_argument("--engine", choices=config.choices("model", "engine"))
    p.add_argument("--device", choices=config.choices("model", "device"))
    p.add_argument("--tempo", type=float, metavar="BPM")
    p.add_argument("--steps-per-beat", type=int, metavar="N")
    p.add_argument("--mode", choices=config.choices("jam", "mode"))
    p.add_argument("--temperature", type=float, metavar="T")
    p.add_argument("--top-k", type=int, metavar="K")
    p.add_argument("--top-p", type=float, metavar="P")
    p.add_argument("--channel", type=int, metavar="1-16")
    p.add_argument("--velocity", metavar="1-127|follow")
    p.add_argument("--swing", metavar="auto|straight|0.5-0.75",
                   help="swing improv's offbeats as you do (auto), not at all, or by this ratio")
    p.add_argument("--log-level", choices=config.choices("logging", "level"))


def writable(path: str | Path, flag: str, folder: bool = False) -> Path:
    """A file (or, folder=True, a folder) improv will write, checked before any work starts so that
    nothing done is lost to a path that cannot take it: UsageError naming the flag otherwise."""
    path = Path(path)
    if path.exists() and path.is_dir() != folder:
        raise UsageError(f"{flag} {path}: exists and is {'not a folder' if folder else 'a folder'}; "
                         f"give {'a folder' if folder else 'a file name'}")
    above = path if folder else path.parent
    while not above.exists():  # the folders still to make
        above = above.parent
    if not above.is_dir():
        raise UsageError(f"{flag} {path}: {above} is a file, so no folder can be made there; give another path")
    if not os.access(above, os.W_OK | os.X_OK):
        raise UsageError(f"{flag} {path}: {above} is not writable; give another path")
    return path
