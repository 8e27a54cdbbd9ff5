"""What the running daemon reports, for `improv status`: a JSON file in $XDG_RUNTIME_DIR/improv,
written atomically every few seconds and at stop."""
from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path

from ..places import runtime_dir

log = logging.getLogger("improv")


def status_path() -> Path:
    return runtime_dir() / "status.json"


class StatusFile:
    """What the running daemon reports, for `improv status` (written atomically)."""

    def __init__(self, path: Path | None = None):
        self.path = path or status_path()
        self.started = time.strftime("%Y-%m-%dT%H:%M:%S%z")

    def write(self, status: dict, running: bool = True) -> None:
        data = {**status, "pid": os.getpid(), "running": running, "started": self.started,
                "updated": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(data, indent=1) + "\n")
            os.replace(tmp, self.path)
        except OSError as e:  # status is a courtesy; the jam goes on
            log.debug(f"cannot write {self.path}: {e}")


def read_status(path: Path | None = None) -> dict | None:
    path = path or status_path()
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    alive = False
    try:
        os.kill(int(data.get("pid", 0)), 0)
        alive = bool(data.get("running"))
    except (OSError, ValueError):
        pass
    data["alive"] = alive
    return data
