"""Files: a file's fingerprint (sha256), and where improv keeps what it writes for itself: state that must outlive a stop, a crash and a
reboot (the connection record, the remembered player) and the running daemon's status, which
lives as long as it does. Under the systemd unit, systemd names the folders ($STATE_DIRECTORY,
$RUNTIME_DIRECTORY: StateDirectory=, RuntimeDirectory=), and they are the ones the sandbox lets
improv write; elsewhere the XDG folders (platformdirs)."""
from __future__ import annotations

import hashlib
import os
import warnings
from pathlib import Path

from platformdirs import user_runtime_path, user_state_path


def _systemd(variable: str) -> Path | None:
    value = os.environ.get(variable)  # may list several folders, ':'-separated: ours is the first
    return Path(value.split(":")[0]) if value else None


def state_dir() -> Path:
    """$XDG_STATE_HOME/improv (~/.local/state/improv): kept across restarts and reboots."""
    return _systemd("STATE_DIRECTORY") or user_state_path("improv")


def runtime_dir() -> Path:
    """$XDG_RUNTIME_DIR/improv: gone at logout or reboot, and when the service stops."""
    with warnings.catch_warnings():  # without XDG_RUNTIME_DIR platformdirs picks a fallback, and says so
        warnings.simplefilter("ignore")
        return _systemd("RUNTIME_DIRECTORY") or user_runtime_path("improv")


def sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes, read a megabyte at a time."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()
