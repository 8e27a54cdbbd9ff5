"""Training with several workers (--strategy multiworker): TF_CONFIG checked before TensorFlow
reads it, which worker this is, and what Keras 3 needs to fit a model under
MultiWorkerMirroredStrategy. TensorFlow is imported when asked for, never when this module is."""
from __future__ import annotations

import json
import os
from typing import Any

import numpy as np

from .network import import_tensorflow

TF_CONFIG_EXAMPLE = '{"cluster": {"worker": ["host1:12345", "host2:12345"]}, "task": {"type": "worker", "index": 0}}'


def tf_config() -> dict[str, Any]:
    """TF_CONFIG checked before MultiWorkerMirroredStrategy reads it: what it would fail on with a
    traceback (or wait on for ever) is a ValueError of one line here."""
    raw = os.environ.get("TF_CONFIG")
    if raw is None:
        raise ValueError("--strategy multiworker needs TF_CONFIG describing the cluster, e.g. TF_CONFIG='"
                         f"{TF_CONFIG_EXAMPLE}' (see the TensorFlow multi-worker guide)")
    try:
        conf = json.loads(raw)
    except json.JSONDecodeError as e:
        raise ValueError(f"TF_CONFIG is not JSON ({e.msg} at character {e.pos}); it should look like "
                         f"{TF_CONFIG_EXAMPLE}") from None
    cluster, task = (conf.get("cluster"), conf.get("task")) if isinstance(conf, dict) else (None, None)
    if not isinstance(cluster, dict) or not isinstance(task, dict):
        raise ValueError(f'TF_CONFIG needs a "cluster" and a "task" object, e.g. {TF_CONFIG_EXAMPLE}')
    for kind, hosts in cluster.items():
        if kind not in ("chief", "worker"):
            raise ValueError(f"TF_CONFIG: the cluster has {kind!r} tasks; --strategy multiworker takes "
                             "\"worker\" (and at most one \"chief\") tasks only")
        if (not isinstance(hosts, list) or not hosts or (kind == "chief" and len(hosts) > 1)
                or not all(isinstance(h, str) and h.rpartition(":")[2].isdigit() for h in hosts)):
            raise ValueError(f"TF_CONFIG: cluster {kind!r} should be a list of \"host:port\" addresses"
                             f"{' (one)' if kind == 'chief' else ''}, not {json.dumps(hosts)}")
    kind, index = task.get("type"), task.get("index")
    if kind not in cluster:
        raise ValueError(f"TF_CONFIG: task type {json.dumps(kind)} is not in the cluster "
                         f"({', '.join(sorted(cluster))})")
    if type(index) is not int or not 0 <= index < len(cluster[kind]):
        raise ValueError(f"TF_CONFIG: task index {json.dumps(index)} is not one of 0 to {len(cluster[kind]) - 1} "
                         f"(the cluster's {kind!r} addresses)")
    return conf



def worker_of(strat) -> tuple[int, int, bool]:
    """(this worker's place, the number of workers, whether it is the chief) under a strategy; the
    chief is the "chief" task, else worker 0 (TensorFlow's rule). Training alone: (0, 1, True)."""
    tf = import_tensorflow()
    if not isinstance(strat, tf.distribute.MultiWorkerMirroredStrategy):
        return 0, 1, True
    resolver = strat.cluster_resolver
    cluster = resolver.cluster_spec().as_dict()
    workers = sum(len(cluster.get(kind, [])) for kind in ("chief", "worker"))
    kind, index = resolver.task_type, int(resolver.task_id or 0)
    chief = kind == "chief" or (kind == "worker" and index == 0 and "chief" not in cluster)
    return (index + (kind == "worker" and "chief" in cluster)), max(1, workers), chief


def build_for_workers(model, x: np.ndarray, y: np.ndarray, w: np.ndarray) -> None:
    """Let Keras's fit and evaluate run under MultiWorkerMirroredStrategy with several workers: two
    steps of Keras 3 (3.15; its main branch too) fail there, on this model only worked around here.

    Fit and evaluate build the model from one batch of the distributed input, which they first
    MEAN-reduce over the replicas; with several workers strategy.reduce cannot take a tuple of
    inputs ("Attempt to convert a value (PerReplica:{...})"). So the model, its loss, metrics and
    optimizer are built here, under the strategy's scope, from NumPy arrays of the batch's shapes (as
    train_on_batch does), and the model forgets the strategy it was made under: Keras skips that
    step (as for a model made outside any strategy) and takes the strategy from the scope that fit
    is called in.

    Each step's logs (scalars: the loss and accuracy so far on this worker) are then averaged over
    the workers with strategy.reduce(MEAN, axis=0), which fails on a scalar ("Invalid reduction
    dimension 0 for input with 0 dimensions", tensorflow/tensorflow#72388); as vectors of one value
    they reduce to their mean. The epoch's logs, which early stopping and the learning-rate schedule
    read, come from the metrics' variables summed over all workers, so every worker decides alike."""
    tf = import_tensorflow()
    model._symbolic_build(data_batch=(x, y, w))
    model._distribute_strategy = None

    def one_value_each(step):
        def step_logs(data):
            return tf.nest.map_structure(lambda v: tf.reshape(v, [1]), step(data))
        return step_logs

    model.train_step = one_value_each(model.train_step)
    model.test_step = one_value_each(model.test_step)
