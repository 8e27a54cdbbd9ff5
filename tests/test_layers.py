"""The house shows its plan: each package of improv imports only from the layers below it (the
table in improv/__init__.py), no module imports another in a circle (imports inside functions
count), and an import inside a function is only ever of a heavy or order-bound library, with its
reason. The counts are printed: a small script over the source, run as a test."""
from __future__ import annotations

import ast
from pathlib import Path

import improv

PACKAGE = Path(improv.__file__).resolve().parent
# package -> the packages it may import (itself included); modules at the top are layers of their own
MAY_IMPORT = improv.LAYERS
LAZY_OK = {  # what may be imported inside a function, and why
    "tensorflow": "heavy (seconds): only training and the TensorFlow engine need it; the daemon never",
    "keras": "comes with TensorFlow",
    "music21": "heavy (seconds): only reading scores and the corpus need it",
    "matplotlib": "heavy: only drawing a piano roll or training curves needs it",
    "rtmidi": "must come after libjack.load(), which picks the libjack rtmidi binds to",
}


def modules() -> dict[str, Path]:
    out = {}
    for f in PACKAGE.rglob("*.py"):
        rel = f.relative_to(PACKAGE.parent).with_suffix("")
        parts = rel.parts[:-1] if rel.parts[-1] == "__init__" else rel.parts
        out[".".join(parts)] = f
    return out


def imports(name: str, path: Path) -> list[tuple[str, bool, int]]:
    """(module imported, inside a function, line) for every import of the file, relative ones
    resolved; imports under `if TYPE_CHECKING:` left out."""
    tree = ast.parse(path.read_text())
    skip = {id(n) for node in ast.walk(tree) if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
            for sub in node.body for n in ast.walk(sub)}
    inside = {id(n) for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
              for n in ast.walk(node) if n is not node}
    pkg = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    out = []
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.ImportFrom):
            base = pkg[:len(pkg) - node.level + 1] if node.level else []
            mod = ".".join(base + (node.module.split(".") if node.module else []))
            # the package or module named, and any of the names that is a module of its own: `from . import x`
            # runs the package's __init__ too
            targets = [mod] + [f"{mod}.{a.name}" for a in node.names if f"{mod}.{a.name}" in MODULES]
            out += [(t, id(node) in inside, node.lineno) for t in targets]
        elif isinstance(node, ast.Import):
            out += [(a.name, id(node) in inside, node.lineno) for a in node.names]
    return out


MODULES = modules()


def layer(module: str) -> str:
    """The package a module is in; the modules at improv's top (config, settings, ...) are "improv"."""
    parts = module.split(".")
    if module == "improv.__main__":  # `python -m improv`: the command line
        return "app"
    return parts[1] if len(parts) > 1 and (PACKAGE / parts[1]).is_dir() else "improv"


def graph() -> dict[str, set[str]]:
    return {name: {m for m, _, _ in imports(name, path) if m in MODULES and m != name}
            for name, path in MODULES.items()}


def cycles(g: dict[str, set[str]]) -> list[list[str]]:
    index, low, stack, on, found = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in g[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(sorted(comp))
    for v in g:
        if v not in index:
            visit(v)
    return found


def upward() -> list[str]:
    out = []
    for name, path in MODULES.items():
        mine = layer(name)
        for m, _, line in imports(name, path):
            if m.startswith("improv.") and m in MODULES and layer(m) not in MAY_IMPORT[mine]:
                out.append(f"{path.relative_to(PACKAGE)}:{line} ({mine}) imports {m}")
    return out


def lazy() -> list[str]:
    out = []
    for name, path in MODULES.items():
        for m, inside, line in imports(name, path):
            if inside and m.split(".")[0] not in LAZY_OK:
                out.append(f"{path.relative_to(PACKAGE)}:{line} imports {m} inside a function")
    return out


def test_every_package_is_in_the_layer_table():
    assert {layer(m) for m in MODULES} <= set(MAY_IMPORT), set(layer(m) for m in MODULES) - set(MAY_IMPORT)


def test_no_import_cycles_no_arrows_up_no_lazy_imports_of_our_own():
    found, up, late = cycles(graph()), upward(), lazy()
    print(f"import cycles: {len(found)}, upward arrows: {len(up)}, imports inside functions not of "
          f"{'/'.join(LAZY_OK)}: {len(late)}")
    assert not found, found
    assert not up, up
    assert not late, late


def test_the_step_loop_knows_only_time():
    names = {m for m, _, _ in imports("improv.midi.steploop", MODULES["improv.midi.steploop"]) if m in MODULES}
    assert names <= {"improv.midi.clock", "improv.midi.constants"}, names


def test_no_module_is_over_350_lines():
    long = {str(f.relative_to(PACKAGE)): n for f in MODULES.values() if (n := len(f.read_text().splitlines())) > 350}
    assert not long, long


def test_no_module_outside_the_tokenizers_compares_tokenizer_names():
    """A new tokenizer is one module and one registry line: nobody else asks which one it is."""
    from improv.tokens import REGISTRY
    names = set(REGISTRY)
    offenders = []
    for name, path in MODULES.items():
        if layer(name) == "tokens":
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Compare) and any(isinstance(c, ast.Constant) and c.value in names
                                                     for c in [node.left, *node.comparators]):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert not offenders, offenders
