"""Typed settings, built from the validated config (config.SCHEMA is the one source of defaults and
choices; nothing here repeats one). A jam holds one JamSettings; a reload, a CC and a program
change all reach its parts as a new one, through one apply. TokenSettings say how music became
tokens, for prepared data and the bundles trained on it."""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from . import config
from .tokens import LEGACY


@dataclass(frozen=True)
class JamSettings:
    mode: str
    context_length: int
    ai_in_context: bool
    chord_window_ms: float
    silence_beats: float
    answer_bars: int
    density: float
    velocity: int | str                  # "follow" (the dynamics below) or one fixed velocity
    dynamics: str                        # follow: an answer takes its phrase's shape; flat: its level only
    accent: int                          # the bar's downbeat this much louder, the other beats a bit less
    gate: float
    channel: int
    clock: str
    clock_out: bool
    realtime_priority: int
    tempo: float
    tempo_range: tuple[float, float]     # player-tempo following: the tempi it may move to
    tempo_max_change: float              # and how far per beat
    swing: str | float                   # auto (the player's), straight, or a ratio 0.5..0.75
    swing_level: str                     # auto, eighth, sixteenth
    key_lock: bool
    key_fixed: str | None
    key_split: int | str | None
    sampling: dict
    control: dict
    memory: dict
    status_every_s: float

    @classmethod
    def from_config(cls, s: dict[str, dict[str, Any]]) -> "JamSettings":
        j, m, k, t = s["jam"], s["midi"], s["key"], s["time"]
        return cls(
            mode=j["mode"], context_length=j["context_length"], ai_in_context=j["ai_in_context"],
            chord_window_ms=j["chord_window_ms"], silence_beats=j["silence_beats"],
            answer_bars=j["answer_bars"], density=j["density"],
            velocity=m["velocity"], dynamics=m["dynamics"], accent=m["accent"], gate=m["gate"], channel=m["channel"], clock=m["clock"],
            clock_out=m["clock_out"], realtime_priority=m["realtime_priority"],
            tempo=t["tempo"], tempo_range=tuple(t["follow_range"]), tempo_max_change=t["follow_max_change"],
            swing=t["swing"], swing_level=t["swing_level"],
            key_lock=k["lock"], key_fixed=k["fixed"], key_split=k["split"],
            sampling=dict(s["sampling"]), control=dict(s["control"]), memory=dict(s["memory"]),
            status_every_s=s["logging"]["status_every_s"])

    @classmethod
    def defaults(cls, **changes: Any) -> "JamSettings":
        """The built-in defaults, with some fields changed (tests, tools)."""
        return replace(cls.from_config(config.defaults()), **changes)

    def but(self, **changes: Any) -> "JamSettings":
        """A copy with some fields changed (a live control)."""
        return replace(self, **changes)

    def changed(self, other: "JamSettings") -> list[str]:
        return [f.name for f in fields(self) if getattr(self, f.name) != getattr(other, f.name)]


@dataclass
class TokenSettings:
    """The `data` section: the tokenizer and its grid, what is read, the split."""
    tokenizer: str
    steps_per_beat: int
    max_steps: int
    min_count: int | str
    parts: str
    transpose: int
    key_normalize: bool
    val_share: float
    split_seed: int
    max_file_mb: float
    parse_timeout_s: float

    @classmethod
    def from_config(cls, data: dict[str, Any]) -> "TokenSettings":
        return cls(**{f.name: data[f.name] for f in fields(cls)})

    @classmethod
    def defaults(cls, **changes: Any) -> "TokenSettings":
        """The built-in defaults, with some fields changed (tests, tools)."""
        return replace(cls.from_config(config.defaults()["data"]), **changes)

    @classmethod
    def from_record(cls, tokens: dict[str, Any]) -> "TokenSettings":
        """As a prepared folder's settings.json or a bundle's meta.json recorded them: a record made
        before a setting existed has the value that was used then (the tokenizer: LEGACY)."""
        names = {f.name for f in fields(cls)}
        return cls.defaults(**{"tokenizer": LEGACY, **{k: v for k, v in tokens.items() if k in names}})

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


class Current:
    """A jam's one settings object, shared by reference by its parts (they read `.settings`, never
    keep a copy): the config it was built from, and its typed form. Only Jam.apply replaces them,
    for a reload, a CC and a program change alike."""

    def __init__(self, config: dict[str, dict[str, Any]]):
        self.config = config
        self.settings = JamSettings.from_config(config)
