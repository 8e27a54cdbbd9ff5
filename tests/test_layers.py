"""The import graph flows one way: MIDI, prediction and the musical decisions never reach up
into the assembly (jam, daemon, demo, the command line)."""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "improv"
ASSEMBLY = {"jam", "daemon", "demo", "cli", "offline", "flags"}
LOWER = ["midi/*.py", "nexttoken.py", "improviser.py", "controls.py", "sampling.py", "keys.py", "tokens.py",
         "memory.py", "mixture.py", "tempo.py", "settings.py", "engine.py"]


def imported(path: Path) -> set[str]:
    """The improv modules a file imports (relative imports resolved), at any depth of the file."""
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    out = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom):
            base = list(parts[:-node.level]) if node.level else []
            module = base + (node.module.split(".") if node.module else [])
            names = [module] if node.module else [base + [a.name] for a in node.names]
            out |= {".".join(m) for m in names}
        elif isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
    return {m for m in out if m.startswith("improv")}


def test_lower_layers_never_import_the_assembly():
    files = [f for pattern in LOWER for f in PACKAGE.glob(pattern)]
    assert len(files) >= 10
    for f in files:
        up = {m for m in imported(f) if m.split(".")[1:2] and m.split(".")[1] in ASSEMBLY}
        assert not up, f"{f.relative_to(PACKAGE)} imports {sorted(up)}"


def test_the_step_loop_knows_only_time():
    names = imported(PACKAGE / "midi" / "steploop.py")
    assert names <= {"improv.midi.clock", "improv.midi.constants"}, names


def test_no_module_is_over_350_lines():
    long = {str(f.relative_to(PACKAGE)): n for f in PACKAGE.rglob("*.py")
            if (n := len(f.read_text().splitlines())) > 350}
    assert not long, long
