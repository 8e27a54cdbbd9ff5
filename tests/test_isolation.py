"""The test run keeps out of the developer's folders: what module and session fixtures make (a
trained bundle reads its pieces through the events cache) goes to private folders too."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from improv.data.reading import cache_dir
from improv.places import state_dir


@pytest.fixture(scope="module")
def module_seen() -> dict[str, Path]:
    return {"cache": cache_dir(), "state": state_dir(), "config": Path(os.environ["XDG_CONFIG_HOME"])}


def test_module_fixtures_see_private_folders(module_seen, tmp_path_factory):
    base = tmp_path_factory.getbasetemp().resolve()
    for what, path in module_seen.items():
        assert base in path.resolve().parents, f"{what} folder {path} is outside the test run's {base}"
