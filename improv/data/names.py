"""Pieces' names as prepare writes them and meta.json records them: '~N' for the n-th piece of one
name, '@+N' for a transposed training copy."""
from __future__ import annotations

from collections import Counter
from typing import Any


def base_name(name: str) -> str:
    """A piece's name without the '@+N' of a transposed copy (augmentation, key normalization)."""
    head, sep, tail = name.rpartition("@")
    return head if sep and tail[:1] in "+-" and tail[1:].isdigit() else name


def unique_names(entries: list[dict[str, Any]]) -> None:
    """Two files may share a base name in different folders: the second is 'name~2', and so on."""
    seen: Counter = Counter()
    for e in entries:
        seen[e["name"]] += 1
        if seen[e["name"]] > 1:
            e["name"] = f"{e['name']}~{seen[e['name']]}"
