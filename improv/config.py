"""Settings: the YAML config file, validated against one schema, with clear one-line errors.

Lookup order: --config FILE, then $IMPROV_CONFIG, then $XDG_CONFIG_HOME/improv/config.yaml,
then the built-in defaults below. Command-line flags override any of them.
"""
from __future__ import annotations

import copy
import difflib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import yaml
from platformdirs import user_config_path

from .music.keys import parse_key
from .tokens import REGISTRY as TOKENIZERS

AUTO_MEMORY = "auto"  # memory.file: one file per model vocabulary in improv's state folder (live/keeper.memory_path)

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BUNDLE = REPO_ROOT / "models" / "default"


class ConfigError(Exception):
    """A bad setting: the message is one line saying what, where and what is allowed."""


@dataclass(frozen=True)
class Setting:
    default: Any
    kind: type | tuple[type, ...]
    check: Callable[[Any], str | None] | None = None  # returns what is allowed, or None if fine
    choices: tuple = ()  # the values allowed, where they are a list (the flags offer the same)

    def problem(self, v: Any) -> str | None:
        if self.choices and v not in self.choices:
            return "one of " + ", ".join(str(o) for o in self.choices)
        return self.check(v) if self.check is not None else None


def _range(lo: float, hi: float, unit: str = "") -> Callable[[Any], str | None]:
    def check(v: Any) -> str | None:
        return None if lo <= v <= hi else f"between {lo:g} and {hi:g}{unit}"
    return check


def _above(lo: float) -> Callable[[Any], str | None]:
    return lambda v: None if v > lo else f"greater than {lo:g}"


def _velocity(v: Any) -> str | None:
    if v == "follow" or (isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 127):
        return None
    return "an integer between 1 and 127, or 'follow'"


def _optional_str(v: Any) -> str | None:
    return None if v is None or (isinstance(v, str) and v.strip()) else "a non-empty string or null"


def _cc(v: Any) -> str | None:
    ok = v is None or (isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 127)
    return None if ok else "a controller number 0-127, or null to turn it off"


def _paths(v: Any) -> str | None:
    ok = isinstance(v, list) and all(isinstance(x, str) and x.strip() for x in v) and len(v) <= 128
    return None if ok else "a list of model bundle folders (program change N selects entry N)"


def _key_name(v: Any) -> str | None:
    return None if v is None or (isinstance(v, str) and parse_key(v) is not None) else \
        "null, or a key such as 'D minor' or 'Bb major'"


def _split(v: Any) -> str | None:
    ok = v is None or v == "learn" or (isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 127)
    return None if ok else "null, a MIDI note 0-127 (the AI plays above it), or 'learn'"


def _min_count(v: Any) -> str | None:
    ok = v == "auto" or (isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= 1_000_000)
    return None if ok else "auto, or a whole number from 1 to 1000000"


def _follow(v: Any) -> str | None:
    ok = v == "auto" or (isinstance(v, (int, float)) and not isinstance(v, bool) and 0 <= v <= 1)
    return None if ok else "'auto', or a number between 0 (the model alone) and 1 (the memory alone)"


def _swing(v: Any) -> str | None:
    ok = v in ("auto", "straight") or (isinstance(v, (int, float)) and not isinstance(v, bool) and 0.5 <= v <= 0.75)
    return None if ok else "auto (the player's), straight, or a ratio from 0.5 (straight) to 0.75"


def _bpm_range(v: Any) -> str | None:
    ok = (isinstance(v, list) and len(v) == 2 and all(isinstance(x, (int, float)) and not isinstance(x, bool)
                                                      for x in v) and 20 <= v[0] < v[1] <= 300)
    return None if ok else "two tempi [low, high] in BPM, 20 <= low < high <= 300"


ANY = object  # marker for settings whose check does the type test itself

# old name -> new name: a config that still uses the old name is told what to write instead
RENAMED = {"jam.seed": "jam.phrase"}

# section -> key -> Setting. config.yaml at the repository root documents each one.
SCHEMA: dict[str, dict[str, Setting]] = {
    "midi": {
        "backend": Setting("auto", str, choices=("auto", "alsa", "jack", "coremidi", "windows")),
        "input": Setting(None, ANY, _optional_str),
        "output": Setting(None, ANY, _optional_str),
        "client_name": Setting("improv", str),
        "channel": Setting(1, int, _range(1, 16)),
        "velocity": Setting("follow", ANY, _velocity),
        "dynamics": Setting("follow", str, choices=("follow", "flat")),
        "accent": Setting(12, int, _range(0, 40)),
        "gate": Setting(0.9, float, _range(0.05, 1.0)),
        "clock": Setting("internal", str, choices=("internal", "midi", "player")),
        "clock_out": Setting(False, bool),
        "queue_size": Setting(1024, int, _range(16, 65536)),
        "realtime_priority": Setting(0, int, _range(0, 99)),
        "restore_connections": Setting(True, bool),
    },
    "time": {
        "tempo": Setting(120.0, float, _range(20, 300, " BPM")),
        "steps_per_beat": Setting(4, int, _range(1, 12)),
        "follow_range": Setting([40.0, 220.0], ANY, _bpm_range),
        "follow_max_change": Setting(0.04, float, _range(0.005, 0.25)),
        "swing": Setting("auto", ANY, _swing),
        "swing_level": Setting("auto", str, choices=("auto", "eighth", "sixteenth")),
    },
    "jam": {
        "mode": Setting("call-response", str, choices=("call-response", "accompany", "solo")),
        "context_length": Setting(50, int, _range(1, 512)),
        "ai_in_context": Setting(True, bool),
        "chord_window_ms": Setting(30.0, float, _range(0, 500, " ms")),
        "silence_beats": Setting(1.0, float, _range(0.25, 16, " beats")),
        "answer_bars": Setting(2, int, _range(1, 64, " bars")),
        "density": Setting(0.5, float, _range(0.0, 1.0)),
        "phrase": Setting("corpus:bach/bwv66.6", str),
    },
    "model": {
        "bundle": Setting(None, ANY, _optional_str),
        "engine": Setting("numpy", str, choices=("numpy", "tensorflow")),
        "device": Setting("auto", str, choices=("auto", "cpu", "gpu")),
    },
    "sampling": {
        "temperature": Setting(1.0, float, _range(0.01, 5.0)),
        "top_k": Setting(0, int, _range(0, 100000)),
        "top_p": Setting(0.95, float, lambda v: None if 0 < v <= 1 else "greater than 0 and at most 1"),
        "no_repeat_ngram": Setting(4, int, _range(0, 16)),
        "repetition_penalty": Setting(1.2, float, _range(1.0, 10.0)),
        "top_repeat_penalty": Setting(1.5, float, _range(1.0, 10.0)),
    },
    "data": {
        "tokenizer": Setting("events-v1", str, choices=tuple(TOKENIZERS)),
        "steps_per_beat": Setting(4, int, _range(1, 12)),
        "max_steps": Setting(16, int, _range(1, 96)),
        "min_count": Setting("auto", ANY, _min_count),
        "parts": Setting("piano", str, choices=("piano", "all")),
        "transpose": Setting(0, int, _range(0, 6, " semitones")),
        "key_normalize": Setting(False, bool),
        "val_share": Setting(0.1, float, _range(0.0, 0.5)),
        "split_seed": Setting(1234, int),
        "max_file_mb": Setting(20.0, float, _above(0)),
        "parse_timeout_s": Setting(30.0, float, _above(0)),
    },
    "control": {
        "channel": Setting(0, int, _range(0, 16)),
        "ai_toggle": Setting(80, ANY, _cc),
        "mode": Setting(81, ANY, _cc),
        "temperature": Setting(82, ANY, _cc),
        "density": Setting(83, ANY, _cc),
        "tempo_nudge": Setting(84, ANY, _cc),
        "panic": Setting(85, ANY, _cc),
        "key_lock": Setting(86, ANY, _cc),
        "follow": Setting(87, ANY, _cc),
        "swing": Setting(89, ANY, _cc),
        "models": Setting([], ANY, _paths),
    },
    "memory": {
        "order": Setting(12, int, _range(1, 24)),
        "max_tokens": Setting(5000, int, _range(16, 1_000_000)),
        "follow": Setting("auto", ANY, _follow),
        "include_ai": Setting(False, bool),
        "max_quote": Setting(16, int, _range(1, 64)),
        "file": Setting(AUTO_MEMORY, ANY, _optional_str),
    },
    "key": {
        "lock": Setting(False, bool),
        "fixed": Setting(None, ANY, _key_name),
        "split": Setting(None, ANY, _split),
    },
    "logging": {
        "level": Setting("info", str, choices=("debug", "info", "warning", "error")),
        "status_every_s": Setting(60.0, float, _range(1, 86400, " s")),
    },
}


def defaults() -> dict[str, dict[str, Any]]:
    return {sec: {k: copy.deepcopy(s.default) for k, s in keys.items()} for sec, keys in SCHEMA.items()}


def _type_name(kind: type | tuple[type, ...]) -> str:
    names = {int: "an integer", float: "a number", str: "a string", bool: "true or false"}
    return names.get(kind, str(kind)) if not isinstance(kind, tuple) else " or ".join(names[k] for k in kind)


def _suggest(word: str, options: list[str]) -> str:
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def validate_value(section: str, key: str, value: Any, where: str) -> Any:
    """Check one value against the schema; return it coerced (an int where a float is asked)."""
    setting = SCHEMA[section][key]
    name = f"{section}.{key}"
    kind = setting.kind
    if kind is not ANY:
        ok = isinstance(value, kind) and not (isinstance(value, bool) and kind is not bool)
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value, ok = float(value), True
        if not ok:
            raise ConfigError(f"{where}: '{name}' is {value!r}, expected {_type_name(kind)}"
                              f" (default {setting.default!r})")
    problem = setting.problem(value)
    if problem is not None:
        raise ConfigError(f"{where}: '{name}' is {value!r}, allowed: {problem}")
    return value


def choices(section: str, key: str) -> list:
    """The values a setting allows, for the command line's flags."""
    return list(SCHEMA[section][key].choices)


def merge(base: dict[str, dict[str, Any]], raw: Any, where: str) -> dict[str, dict[str, Any]]:
    """Validate a parsed YAML document and merge it over `base`."""
    out = copy.deepcopy(base)
    if raw is None:
        return out
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: the top level must be a mapping of sections "
                          f"({', '.join(SCHEMA)}), not {type(raw).__name__}")
    for section, body in raw.items():
        if section not in SCHEMA:
            raise ConfigError(f"{where}: unknown section '{section}'{_suggest(str(section), list(SCHEMA))}; "
                              f"sections are {', '.join(SCHEMA)}")
        if body is None:
            continue
        if not isinstance(body, dict):
            raise ConfigError(f"{where}: section '{section}' must be a mapping of settings")
        for key, value in body.items():
            if f"{section}.{key}" in RENAMED:
                raise ConfigError(f"{where}: '{section}.{key}' is now called '{RENAMED[f'{section}.{key}']}'; "
                                  "rename it in this file")
            if key not in SCHEMA[section]:
                options = list(SCHEMA[section])
                raise ConfigError(f"{where}: unknown key '{section}.{key}'{_suggest(str(key), options)}; "
                                  f"'{section}' takes {', '.join(options)}")
            out[section][key] = validate_value(section, key, value, where)
    return out


def parse_yaml(text: str, where: str) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.constructor.ConstructorError as e:
        line = f" at line {e.problem_mark.line + 1}" if e.problem_mark else ""
        tag = (e.problem or "").split("tag '")[-1].rstrip("'")
        raise ConfigError(f"{where}: the tag {tag!r}{line} is refused; improv reads plain YAML "
                          "(no !!python or other object tags), nothing was executed") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        line = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise ConfigError(f"{where}: YAML syntax error{line}: {problem}") from None


def config_path(explicit: str | os.PathLike | None) -> Path | None:
    """The file to read, by the lookup order; None means built-in defaults."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("IMPROV_CONFIG")
    if env:
        return Path(env)
    user = user_config_path("improv") / "config.yaml"
    return user if user.is_file() else None


def load(explicit: str | os.PathLike | None = None) -> tuple[dict[str, dict[str, Any]], Path | None]:
    """Read and validate the config; returns (settings, path or None). Raises ConfigError."""
    path = config_path(explicit)
    settings = defaults()
    if path is None:
        _resolve_bundle(settings, None)
        return settings, None
    where = str(path)
    try:
        if path.stat().st_size > 1_000_000:
            raise ConfigError(f"{where}: config file is over 1 MB; is this the right file?")
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{where}: config file not found; pass an existing file to --config "
                          "or unset IMPROV_CONFIG") from None
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"{where}: cannot read config file: {e}") from None
    settings = merge(settings, parse_yaml(text, where), where)
    _resolve_bundle(settings, path)
    return settings, path


def _resolve_bundle(settings: dict[str, dict[str, Any]], path: Path | None) -> None:
    """A relative model path is relative to the config file that names it."""
    if path is not None:
        settings["control"]["models"] = [str((path.parent / Path(m).expanduser()).resolve())
                                         for m in settings["control"]["models"]]
    memory = settings["memory"]["file"]
    if memory not in (None, AUTO_MEMORY):
        memory = Path(memory).expanduser()
        settings["memory"]["file"] = str(memory if path is None or memory.is_absolute()
                                         else (path.parent / memory).resolve())
    bundle = settings["model"]["bundle"]
    if bundle is None:
        settings["model"]["bundle"] = str(DEFAULT_BUNDLE)
    elif path is not None and not Path(bundle).expanduser().is_absolute():
        settings["model"]["bundle"] = str((path.parent / Path(bundle)).resolve())
    else:
        settings["model"]["bundle"] = str(Path(bundle).expanduser())


def override(settings: dict[str, dict[str, Any]], section: str, key: str, value: Any) -> None:
    """Apply one command-line flag through the same validation as the file."""
    if value is not None:
        settings[section][key] = validate_value(section, key, value, "command line")
