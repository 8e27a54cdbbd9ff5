"""A private home for the improv a benchmark starts: its own XDG runtime, config, cache and state
folders, so a benchmark never overwrites the status file, the connection record or the memory of
the improv a user runs, nor reads their config or fills their cache."""
from __future__ import annotations

from pathlib import Path

FOLDERS = {"XDG_RUNTIME_DIR": "run", "XDG_CONFIG_HOME": "config", "XDG_CACHE_HOME": "cache",
           "XDG_STATE_HOME": "state"}


def private_env(folder: Path) -> dict[str, str]:
    """XDG_RUNTIME_DIR, XDG_CONFIG_HOME, XDG_CACHE_HOME and XDG_STATE_HOME under `folder`, made (0700, as the
    runtime directory must be); pass them as start_improv's env_extra or add them to a subprocess's env."""
    env = {}
    for name, sub in FOLDERS.items():
        path = Path(folder) / sub
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        env[name] = str(path)
    return env
