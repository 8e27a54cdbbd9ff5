"""Live control from the keyboard or the DAW: a table from CC number to what it changes, built
from the `control` settings; a program change selects a model through a hook. Every change a CC
makes to the settings goes through the jam's one apply, as a reload does."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Callable

from .modes import MODES

if TYPE_CHECKING:
    from .jam import Jam

log = logging.getLogger("improv")
NUDGE_BPM = 20.0  # the tempo CC moves the tempo this far either way around time.tempo
SWING_TOP = 120   # the swing CC: 0..120 is 0.50..0.75, above is auto

Action = Callable[[int, int, float], None]  # (value 0-127, step, now)


def jam_actions(jam: "Jam") -> dict[str, Action]:
    """What each named control of the config does to a jam."""
    names = list(MODES)

    def ai_toggle(value: int, k: int, now: float) -> None:
        jam.improviser.set_ai(value >= 64, k, now)

    def mode(value: int, k: int, now: float) -> None:
        jam.change(k, now, {"jam.mode": names[min(len(names) - 1, value * len(names) // 128)]})

    def temperature(value: int, k: int, now: float) -> None:
        t = round(0.1 + 1.9 * value / 127, 3)
        jam.change(k, now, {"sampling.temperature": t})
        log.info(f"control: temperature {t:g}")

    def density(value: int, k: int, now: float) -> None:
        jam.change(k, now, {"jam.density": round(value / 127, 3)})
        log.info(f"control: density {jam.settings.density:g}")

    def tempo_nudge(value: int, k: int, now: float) -> None:
        jam.loop.set_tempo(min(300.0, max(20.0, jam.settings.tempo + (value - 64) * NUDGE_BPM / 64)), k)

    def panic(value: int, k: int, now: float) -> None:
        if value >= 64:
            jam.player.panic(now)
            log.info("control: panic")

    def key_lock(value: int, k: int, now: float) -> None:
        jam.change(k, now, {"key.lock": value >= 64})
        log.info(f"control: key lock {'on' if value >= 64 else 'off'}")

    def follow(value: int, k: int, now: float) -> None:
        jam.change(k, now, {"memory.follow": round(value / 127, 3)})
        log.info(f"control: follow {value / 127:.2f}")

    def swing(value: int, k: int, now: float) -> None:
        ratio = "auto" if value > SWING_TOP else round(0.5 + 0.25 * value / SWING_TOP, 3)
        jam.change(k, now, {"time.swing": ratio})
        log.info(f"control: swing {ratio}")

    return {"ai_toggle": ai_toggle, "mode": mode, "temperature": temperature, "density": density,
            "tempo_nudge": tempo_nudge, "panic": panic, "key_lock": key_lock, "follow": follow, "swing": swing}


class LiveControls:
    """CC number -> action, as configured; messages on other channels are not for us."""

    def __init__(self, actions: dict[str, Action], control: dict, on_program: Callable[[int], None] | None = None):
        self.actions, self.on_program = actions, on_program
        self.apply(control)

    def apply(self, control: dict) -> None:
        self.channel = control["channel"]  # 1-16, 0 = any
        self.table = {control[name]: action for name, action in self.actions.items()
                      if control.get(name) is not None}

    def handle(self, kind: str, channel: int, number: int, value: int, k: int, now: float) -> None:
        if self.channel and channel != self.channel - 1:
            return
        if kind == "program":
            if self.on_program is not None:
                self.on_program(number)
            return
        action = self.table.get(number)
        if action is not None:
            action(value, k, now)
