"""Setup as a newcomer meets it: `./scripts/run` installs nothing outside .venv (the test MIDI
servers come with the test extras only), what a user makes stays out of `git status`, and the
README's `improv ...` commands work as written once .venv is activated."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from improv.app.cli import build_parser

from .conftest import IN_CI

REPO = Path(__file__).resolve().parent.parent
TOOLS = ["dirname", "cat", "sha256sum", "cut", "id"]  # what scripts/venv runs besides python and apt


def venv_script(tmp_path: Path, extras: str) -> list[str]:
    """Run scripts/venv in a copy whose .venv is already installed, on a PATH with no MIDI server and
    an apt-get that only writes down what it was asked; returns those calls."""
    root = tmp_path / "checkout"
    (root / "scripts").mkdir(parents=True)
    shutil.copy(REPO / "scripts" / "venv", root / "scripts" / "venv")
    shutil.copy(REPO / "pyproject.toml", root / "pyproject.toml")
    (root / ".venv" / "bin").mkdir(parents=True)
    (root / ".venv" / "bin" / "python").symlink_to(sys.executable)
    want = subprocess.run(["sha256sum"], input=(REPO / "pyproject.toml").read_bytes(), capture_output=True,
                          check=True).stdout.decode()[:16]
    (root / ".venv" / f".improv-installed-{extras or 'base'}").write_text(want + "\n")
    bin_ = tmp_path / "bin"
    bin_.mkdir()
    for tool in TOOLS:
        (bin_ / tool).symlink_to(shutil.which(tool))
    calls = tmp_path / "apt-calls"
    for fake in ("apt-get", "sudo"):
        body = 'echo "$*" >> "$CALLS"' if fake == "apt-get" else 'exec "$@"'
        (bin_ / fake).write_text(f"#!{shutil.which('bash')}\n{body}\n")
        (bin_ / fake).chmod(0o755)
    done = subprocess.run([shutil.which("bash"), str(root / "scripts" / "venv"), *([extras] if extras else [])],
                          env={"PATH": str(bin_), "CALLS": str(calls)}, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return calls.read_text().splitlines() if calls.exists() else []


def test_a_plain_run_installs_no_system_package(tmp_path):
    assert venv_script(tmp_path, "") == []


def test_the_test_extras_install_the_test_midi_servers(tmp_path):
    calls = venv_script(tmp_path, "test")
    install = next(c for c in calls if " install " in f" {c} ")
    for package in ("jackd2", "pipewire", "pipewire-bin", "pipewire-jack"):
        assert package in install.split(), calls


def test_what_a_user_makes_stays_out_of_git_status():
    if not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    paths = ["demo-out/jam.mid", "demo-out/jam.png", "models/mine/meta.json", "models/mine/checkpoint/x",
             "models/default/meta.json", "models/chorales-v1/meta.json"]
    out = subprocess.run(["git", "check-ignore", "--no-index", *paths], cwd=REPO, capture_output=True, text=True)
    ignored = set(out.stdout.split())
    assert ignored == set(paths[:4]), ignored  # the shipped bundles stay in the tree


def test_readme_commands_work_as_written():
    readme = (REPO / "README.md").read_text()
    blocks = "\n".join(line.strip() for line in readme.splitlines() if line.startswith("    "))
    assert "source .venv/bin/activate" in blocks
    subcommands = set(next(a for a in build_parser()._actions if a.dest == "command").choices)
    used = re.findall(r"^improv (\S+)", blocks, re.MULTILINE)
    assert used and set(used) <= subcommands, set(used) - subcommands
    if sys.prefix == sys.base_prefix:  # CI and ./scripts/test run in .venv
        assert not IN_CI, "the tests run outside a virtualenv under CI"
        pytest.skip("not running in a virtualenv")
    activate = Path(sys.prefix) / "bin" / "activate"
    done = subprocess.run(["bash", "-c", f"source {activate} && command -v improv && improv --version"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.splitlines()[0] == str(Path(sys.prefix) / "bin" / "improv"), done
