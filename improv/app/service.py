"""The systemd user unit: `improv service install | uninstall | status`."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from platformdirs import user_config_path

from ..config import AUTO_MEMORY, DEFAULT_BUNDLE, REPO_ROOT, ConfigError, load

TEMPLATE = REPO_ROOT / "systemd" / "improv.service"
UNIT = "improv.service"
PRIVATE_TMP = (Path("/tmp"), Path("/var/tmp"))  # the unit has PrivateTmp=yes: the service sees its own


def hidden_by_private_tmp(python: str | None = None) -> tuple[Path, Path] | None:
    """(path, tmp) if the interpreter or the checkout lies where the service cannot see it."""
    for path in (Path(python or sys.executable), REPO_ROOT):
        for tmp in PRIVATE_TMP:
            if path.is_relative_to(tmp) or path.resolve().is_relative_to(tmp):
                return path, tmp
    return None


def unit_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "systemd" / "user"


def config_file() -> Path:
    return user_config_path("improv") / "config.yaml"


def render(python: str | None = None, writable: list[Path] = ()) -> str:
    """The unit with this installation's interpreter (a venv's python runs its own improv), and
    write access to `writable` folders beyond its state folder (a memory.file set elsewhere)."""
    extra = "".join(f'# memory.file is set outside the state folder\nReadWritePaths=-"{folder}"\n' for folder in writable)
    return TEMPLATE.read_text().replace("@PYTHON@", python or sys.executable).replace("@WRITABLE@", extra)


def memory_folder(cfg: Path) -> Path | None:
    """The folder of a memory.file the config sets outside improv's state folder, or None (auto, off,
    or a config that does not load: the service then says so itself)."""
    try:
        settings, _ = load(cfg)
    except ConfigError:
        return None
    file = settings["memory"]["file"]
    return None if file in (None, AUTO_MEMORY) else Path(file).parent


def default_config() -> str:
    """The shipped config.yaml with the model pointing at this installation's default bundle."""
    text = (REPO_ROOT / "config.yaml").read_text()
    return text.replace("  bundle: null ", f"  bundle: {DEFAULT_BUNDLE} ", 1)


def install(dry_run: bool = False, out=print, python: str | None = None) -> int:
    """Write the unit (and a config to edit); 2 if the service could not run from here."""
    hidden = hidden_by_private_tmp(python)
    if hidden is not None:
        print(f"improv: error: {hidden[0]} is under {hidden[1]}, which "
              "the service cannot see (the unit has PrivateTmp=yes); clone improv elsewhere (e.g. ~/improv) "
              "and install from there", file=sys.stderr)
        return 2
    unit_path, cfg = unit_dir() / UNIT, config_file()
    folder = memory_folder(cfg) if cfg.exists() else None
    unit_text = render(python, [folder] if folder is not None else [])
    actions = [f"write {unit_path}"] + ([] if cfg.exists() else [f"write {cfg} (a config file to edit)"])
    if dry_run:
        out("would " + "\nwould ".join(actions))
        out(f"--- {unit_path}\n{unit_text}")
    else:
        unit_path.parent.mkdir(parents=True, exist_ok=True)
        unit_path.write_text(unit_text)
        if not cfg.exists():
            cfg.parent.mkdir(parents=True, exist_ok=True)
            cfg.write_text(default_config())
            (unit_path.parent / ".improv-wrote-config").write_text(str(cfg))
        out("\n".join(a.replace("write", "wrote", 1) for a in actions))
    if folder is not None:
        out(f"the service may write {folder}, where memory.file is (after changing memory.file, install again)")
    out("then:\n  systemctl --user daemon-reload\n  systemctl --user enable --now improv\n"
        "  journalctl --user -u improv -f        # its log\n"
        "  systemctl --user reload improv        # after editing the config")
    return 0


def uninstall(dry_run: bool = False, out=print) -> int:
    unit_path = unit_dir() / UNIT
    marker = unit_path.parent / ".improv-wrote-config"
    targets = [p for p in (unit_path,) if p.exists()]
    cfg = Path(marker.read_text().strip()) if marker.exists() else None
    if cfg is not None and cfg.exists() and cfg.read_text() == default_config():
        targets.append(cfg)  # only the config install wrote, and only if nobody edited it
    if not targets:
        out(f"nothing to remove: {unit_path} does not exist")
        return 0
    out("first: systemctl --user disable --now improv")
    for p in targets:
        out(f"{'would remove' if dry_run else 'removed'} {p}")
        if not dry_run:
            p.unlink()
    if not dry_run and marker.exists():
        marker.unlink()
    if cfg is not None and cfg.exists() and cfg not in targets:
        out(f"kept {cfg}: it was edited")
    return 0


def installed() -> Path | None:
    """The user unit file `improv service install` writes, where it is."""
    unit_path = unit_dir() / UNIT
    return unit_path if unit_path.is_file() else None


def systemctl_state() -> str | None:
    if shutil.which("systemctl") is None:
        return None
    try:
        out = subprocess.run(["systemctl", "--user", "is-active", UNIT], capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return out.stdout.strip() or None
