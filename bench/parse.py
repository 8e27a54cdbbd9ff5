"""Files per second: `improv prepare --no-cache` against music21's converter.parse (the original project's parser).

Uses the real MIDI files that music21 ships (midi/testPrimitive, omr), copied to reach ~100
files. Prints one JSON line: {"improv_files_per_s", "music21_files_per_s", "ratio", ...}.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.private import private_env  # noqa: E402


def shipped_midi_files() -> list[Path]:
    import music21
    root = Path(music21.__file__).parent
    return sorted(p for p in root.rglob("*") if p.suffix.lower() in (".mid", ".midi") and p.is_file())


def main(target: int = 100) -> int:
    sources = shipped_midi_files()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "midi"
        folder.mkdir()
        files = []
        for i in range(target):
            src = sources[i % len(sources)]
            dst = folder / f"{i:03d}-{src.name}"
            shutil.copy(src, dst)
            files.append(dst)
        env = {**os.environ, **private_env(Path(tmp))}
        t0 = time.perf_counter()
        run = subprocess.run([sys.executable, "-m", "improv", "prepare", str(folder), "--out", str(Path(tmp) / "out"),
                              "--no-cache", "--parts", "all", "--min-count", "1"],
                             capture_output=True, text=True, env=env)
        improv_s = time.perf_counter() - t0
        if run.returncode != 0:
            print(run.stderr, file=sys.stderr)
            return 1
        read = int(run.stdout.split("files read: ")[1].split()[0])

        import warnings
        from music21 import converter
        warnings.simplefilter("ignore")  # music21 warns about every odd track name and lyric
        t0 = time.perf_counter()
        for f in files:
            converter.parse(f, forceSource=True)
        music21_s = time.perf_counter() - t0
    result = {"bench": "parse", "files": len(files), "files_read": read, "cores": os.cpu_count(),
              "improv_files_per_s": round(len(files) / improv_s, 1),
              "music21_files_per_s": round(len(files) / music21_s, 1),
              "ratio": round(music21_s / improv_s, 1)}
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
