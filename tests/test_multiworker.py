"""`improv train --strategy multiworker`: two real worker processes on this machine, each given its own
TF_CONFIG (one cluster of two workers on free localhost ports), run the same command with the same
--out; they train one model together, the chief (worker 0) alone writes the bundle, the other worker
leaves nothing behind, and --resume goes on from the chief's checkpoint on both. A TF_CONFIG that
cannot describe a cluster is one line (exit 2)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from improv.app.cli import main
from improv.model import bundle as bundle_mod
from improv.model import train, workers
from improv.model.engine import load_engine

from bench.multiworker import free_ports

from .test_model import tiny_corpus

REPO = Path(__file__).resolve().parent.parent
WORKERS = 2
DEADLINE_S = 240  # one run of both workers; about 40-70 s on a loaded 2-core machine
BUNDLE_FILES = {"weights.npz", "vocab.json", "meta.json", "history.csv", "curves.png", "train_ids.npy",
                "train_lengths.json"}


def run_workers(root: Path, run: str, args: list[str]) -> list[dict]:
    """`python -m improv train ARGS --strategy multiworker` in WORKERS processes at once, worker i with
    TF_CONFIG task index i and a TMPDIR of its own; waits for all of them (polling their exit, with
    a deadline), and returns each one's exit code, output, error output and TMPDIR. A worker that
    fails ends the run: the others would wait for it."""
    hosts = [f"localhost:{p}" for p in free_ports(WORKERS)]
    workers = []
    for index in range(WORKERS):
        tmp = root / f"{run}-tmp{index}"
        tmp.mkdir(parents=True)
        env = {**os.environ, "TMPDIR": str(tmp),
               "TF_CONFIG": json.dumps({"cluster": {"worker": hosts}, "task": {"type": "worker", "index": index}})}
        out, err = root / f"{run}-{index}.out", root / f"{run}-{index}.err"
        with out.open("w") as o, err.open("w") as e:  # files, not pipes: nothing blocks on a full pipe
            proc = subprocess.Popen([sys.executable, "-m", "improv", "train", *args, "--strategy", "multiworker"],
                                    stdout=o, stderr=e, cwd=REPO, env=env, text=True)
        workers.append({"proc": proc, "out": out, "err": err, "tmp": tmp})
    deadline = time.monotonic() + DEADLINE_S
    try:
        while any(w["proc"].poll() is None for w in workers):
            failed = [w for w in workers if w["proc"].poll() not in (None, 0)]
            late = time.monotonic() > deadline
            if failed or late:
                why = "timed out" if late else f"worker {workers.index(failed[0])} exited {failed[0]['proc'].returncode}"
                logs = "\n".join(f"--- worker {i}:\n{w['out'].read_text()}{w['err'].read_text()[-3000:]}"
                                 for i, w in enumerate(workers))
                pytest.fail(f"{why}\n{logs}")
            running = next(w for w in workers if w["proc"].poll() is None)
            try:
                running["proc"].wait(timeout=0.5)  # a wait for a worker's exit, bounded so the others are seen too
            except subprocess.TimeoutExpired:
                pass
    finally:
        for w in workers:
            if w["proc"].poll() is None:
                w["proc"].kill()
                w["proc"].wait()
    return [{"code": w["proc"].returncode, "out": w["out"].read_text(), "err": w["err"].read_text(),
             "tmp": w["tmp"]} for w in workers]


def train_args(data: Path, out: Path, epochs: int) -> list[str]:
    return [str(data), "--out", str(out), "--units", "8", "--embedding", "4", "--epochs", str(epochs), "--jobs", "1",
            "--min-notes", "0"]


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    root = tmp_path_factory.mktemp("multiworker")
    data = tiny_corpus(root / "data")
    out = root / "bundle"
    return root, data, out, run_workers(root, "first", train_args(data, out, epochs=1))


def test_two_workers_train_one_bundle_that_only_the_chief_writes(trained):
    root, data, out, workers = trained
    chief, other = workers
    assert [w["code"] for w in workers] == [0, 0]
    # the chief's bundle, complete and loadable, and nothing else in --out (no checkpoint left over)
    assert {p.name for p in out.iterdir()} == BUNDLE_FILES
    meta = json.loads((out / "meta.json").read_text())
    # MultiWorkerMirroredStrategy's class, by its TensorFlow name
    assert meta["training"]["strategy"] == "CollectiveAllReduceStrategy"
    assert meta["training"]["replicas"] == 2 and meta["training"]["workers"] == 2
    assert meta["training"]["epochs_run"] == 1 and meta["training"]["batch"] % 2 == 0
    bundle = bundle_mod.load(out)
    assert bundle.tokenizer.name == "events-v1" and bundle.arch["lstm1"] == 8
    probs = load_engine(out, "numpy").predict([0, 1, 2])
    assert probs.shape == (len(bundle.tokenizer),) and abs(float(probs.sum()) - 1) < 1e-4
    # the held-out scores are the chief's: another worker does not score, and writes no meta.json
    assert meta["metrics"]["held_out_by_piece"]["bits_per_note"] > 0
    assert f"wrote {out}" in chief["out"]
    # the other worker trained the same epochs (the same loss in its log) and wrote nothing: not --out
    # (the line says so, and no meta of its own replaced the chief's), not its temporary folder
    assert f"wrote {out}" not in other["out"]
    assert "worker 1 of 2: nothing written here; the chief writes" in other["out"]
    assert "trained 1 epochs" in other["out"]
    assert list(other["tmp"].iterdir()) == [] and list(chief["tmp"].iterdir()) == []
    for w in workers:
        assert "Traceback" not in w["err"]


def test_two_workers_resume_from_the_chiefs_checkpoint(trained):
    """A checkpoint as BackupAndRestore leaves it after epoch 1 (the first run's weights): both workers
    must go on from it with --resume (a worker that started again from epoch 0 would run one epoch
    more than the chief, and the run would fail), and the chief's history goes on where it ended."""
    import keras

    from improv.model.network import set_bundle_weights
    root, data, out, first = trained
    assert [w["code"] for w in first] == [0, 0]
    bundle = bundle_mod.load(out)
    model = train.compiled_model(bundle.arch, sequence=True)
    set_bundle_weights(model, bundle.weights)
    model.optimizer.build(model.trainable_variables)
    checkpoint = out / "checkpoint"
    checkpoint.mkdir()
    model.save_weights(str(checkpoint / "latest.weights.h5"))
    (checkpoint / "training_metadata.json").write_text(json.dumps({"epoch": 1, "batch": 0}))
    keras.backend.clear_session()

    workers = run_workers(root, "resumed", train_args(data, out, epochs=2) + ["--resume"])
    assert [w["code"] for w in workers] == [0, 0]
    meta = json.loads((out / "meta.json").read_text())
    assert meta["training"]["epochs_run"] == 1 and meta["training"]["epochs_max"] == 2
    epochs = [line.split(",")[0] for line in (out / "history.csv").read_text().splitlines()[1:]]
    assert epochs == ["0", "1"]  # the first run's epoch, then the resumed one
    assert not checkpoint.exists() and {p.name for p in out.iterdir()} == BUNDLE_FILES
    assert all(list(w["tmp"].iterdir()) == [] for w in workers)
    assert not np.allclose(bundle_mod.load(out).weights["out_bias"], bundle.weights["out_bias"])


@pytest.mark.parametrize("value, said", [
    (None, "--strategy multiworker needs TF_CONFIG"),
    ("{'cluster': 1}", "TF_CONFIG is not JSON"),
    ("[]", 'TF_CONFIG needs a "cluster" and a "task"'),
    ('{"cluster": {"worker": ["localhost:1"]}}', 'TF_CONFIG needs a "cluster" and a "task"'),
    ('{"cluster": {"worker": "localhost:1"}, "task": {"type": "worker", "index": 0}}', "a list of \"host:port\""),
    ('{"cluster": {"worker": ["localhost"]}, "task": {"type": "worker", "index": 0}}', "a list of \"host:port\""),
    ('{"cluster": {"ps": ["localhost:1"]}, "task": {"type": "ps", "index": 0}}', "'ps' tasks"),
    ('{"cluster": {"worker": ["localhost:1"]}, "task": {"type": "chief", "index": 0}}', "is not in the cluster"),
    ('{"cluster": {"worker": ["localhost:1", "localhost:2"]}, "task": {"type": "worker", "index": 2}}',
     "task index 2 is not one of 0 to 1"),
    ('{"cluster": {"worker": ["localhost:1"]}, "task": {"type": "worker", "index": "0"}}', 'task index "0"'),
])
def test_a_tf_config_that_names_no_cluster_is_refused_in_one_line(monkeypatch, value, said):
    if value is None:
        monkeypatch.delenv("TF_CONFIG", raising=False)
    else:
        monkeypatch.setenv("TF_CONFIG", value)
    with pytest.raises(ValueError) as e:
        workers.tf_config()
    assert said in str(e.value) and "\n" not in str(e.value)


def test_improv_train_says_a_bad_tf_config_in_one_line_exit_2(tmp_path, monkeypatch, capsys):
    data = tiny_corpus(tmp_path / "d", pieces=3, length=30)
    monkeypatch.setenv("TF_CONFIG", '{"cluster": {"worker": ["localhost:1"]}, "task": {"type": "worker"}}')
    assert main(["train", *train_args(data, tmp_path / "b", epochs=1), "--strategy", "multiworker"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "TF_CONFIG: task index null" in err and "Traceback" not in err
    assert not (tmp_path / "b").exists()
