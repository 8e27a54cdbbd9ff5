"""The settings of a running jam, taken from the validated config by field name. A reload, a
CC and a program change all reach the jam's parts as one of these, through `apply`."""
from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any


@dataclass(frozen=True)
class JamSettings:
    mode: str = "call-response"
    context_length: int = 50
    ai_in_context: bool = True
    chord_window_ms: float = 30.0
    silence_beats: float = 1.0
    answer_bars: int = 2
    density: float = 0.5
    velocity: int | str = 80
    gate: float = 0.9
    channel: int = 1
    clock: str = "internal"
    clock_out: bool = False
    realtime_priority: int = 0
    tempo: float = 120.0
    key_lock: bool = False
    key_fixed: str | None = None
    key_split: int | str | None = None
    sampling: dict = field(default_factory=dict)
    control: dict = field(default_factory=dict)
    memory: dict = field(default_factory=dict)
    follow: dict = field(default_factory=dict)  # player-tempo following: range, max change per beat
    status_every_s: float = 60.0

    @classmethod
    def from_config(cls, s: dict[str, dict[str, Any]]) -> "JamSettings":
        j, m, k, t = s["jam"], s["midi"], s["key"], s["time"]
        return cls(
            mode=j["mode"], context_length=j["context_length"], ai_in_context=j["ai_in_context"],
            chord_window_ms=j["chord_window_ms"], silence_beats=j["silence_beats"],
            answer_bars=j["answer_bars"], density=j["density"],
            velocity=m["velocity"], gate=m["gate"], channel=m["channel"], clock=m["clock"],
            clock_out=m["clock_out"], realtime_priority=m["realtime_priority"],
            tempo=t["tempo"], key_lock=k["lock"], key_fixed=k["fixed"], key_split=k["split"],
            sampling=dict(s["sampling"]), control=dict(s["control"]), memory=dict(s.get("memory", {})),
            follow={key: t[key] for key in ("follow_range", "follow_max_change") if key in t},
            status_every_s=s["logging"]["status_every_s"])

    def but(self, **changes: Any) -> "JamSettings":
        """A copy with some fields changed (a live control)."""
        return replace(self, **changes)

    def changed(self, other: "JamSettings") -> list[str]:
        return [f.name for f in fields(self) if getattr(self, f.name) != getattr(other, f.name)]
