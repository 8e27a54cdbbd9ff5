"""Running a jam: ports, model, conductor, signals, recording. `improv run` and `improv demo`."""
from __future__ import annotations

import faulthandler
import json
import logging
import os
import signal
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from .midi.clock import Grid, beat_seconds
from .midi.hotplug import PortWatch
from .midi.listener import Inbox, Listener

log = logging.getLogger("improv")


class JamError(Exception):
    """A jam that cannot start; one line, exit code 2."""


def setup_logging(level: str) -> None:
    """Journald-friendly: a level prefix, no colours, to stderr."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    root = logging.getLogger("improv")
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    root.propagate = False


@dataclass
class Recorder:
    """Human and AI notes with monotonic times, written as a two-track MIDI file at the end."""
    start: float
    human: list[tuple[float, float, int, int]] = field(default_factory=list)
    ai: list[tuple[float, float, int, int]] = field(default_factory=list)

    def tracks(self, bpm: float) -> dict[str, list]:
        from .midifile import Note
        beat = beat_seconds(bpm)
        conv = lambda notes: [Note(max(0.0, (a - self.start) / beat), max(0.01, (b - a) / beat), p, v)  # noqa: E731
                              for a, b, p, v in sorted(notes)]
        return {"human": conv(self.human), "improv": conv(self.ai)}

    def write(self, bpm: float, mid: str | None, png: str | None) -> None:
        from .midifile import piano_roll, write_midi
        tracks = self.tracks(bpm)
        if mid:
            write_midi(Path(mid), tracks, tempo_bpm=bpm)
            log.info(f"recorded {len(tracks['human'])} human and {len(tracks['improv'])} improv notes to {mid}")
        if png:
            piano_roll(Path(png), tracks, title="improv jam: human and AI")
            log.info(f"drew the piano roll to {png}")


def build(settings: dict[str, Any], inbox: Inbox, out_port, recorder: Recorder | None, seed_tokens=(),
          rng_seed: int | None = None):
    """The engine, listener, player and conductor for these settings."""
    from .bundle import BundleError
    from .engine import load_engine
    from .jam import Conductor, JamSettings
    from .midi.player import Player
    from .sampling import Sampler
    engine = load_engine(settings["model"]["bundle"], settings["model"]["engine"], settings["model"]["device"])
    tokens = engine.bundle.meta.get("tokens", {})
    spb = settings["time"]["steps_per_beat"]
    if tokens.get("steps_per_beat", spb) != spb:
        raise BundleError(f"time.steps_per_beat is {spb} but the model was trained on a grid of "
                          f"{tokens['steps_per_beat']} steps per beat; set time.steps_per_beat to "
                          f"{tokens['steps_per_beat']}")
    grid = Grid(settings["time"]["tempo"], spb, time.monotonic() + 0.05)
    listener = Listener(grid.step_seconds, tokens.get("max_steps", 16), settings["jam"]["chord_window_ms"] / 1000,
                        on_note=(lambda *n: recorder.human.append(n)) if recorder else None)
    player = Player(out_port, settings["midi"]["channel"] - 1,
                    on_note=(lambda *n: recorder.ai.append(n)) if recorder else None)
    sampler = Sampler.from_config(settings["sampling"], seed=rng_seed)
    return Conductor(engine, engine.vocab, tokens, sampler, inbox, listener, player, grid,
                     JamSettings.from_config(settings), seed_tokens=seed_tokens, clock_port=out_port,
                     rng_seed=rng_seed)


def seed_phrase(settings: dict[str, Any]):
    """Tokens of the solo seed phrase, in absolute pitch (the conductor does the key shift)."""
    from .bundle import load
    from .generate import load_seed
    bundle = load(settings["model"]["bundle"])
    try:
        seed = load_seed(bundle, settings["jam"]["seed"])
    except ValueError as e:
        raise JamError(f"jam.seed: {e}") from None
    return [t2 if (t2 := t.transposed(-seed.shift)) is not None else t for t in bundle.vocab.decode(seed.ids)]


def status_path() -> Path:
    import warnings
    from platformdirs import user_runtime_path
    with warnings.catch_warnings():  # without XDG_RUNTIME_DIR platformdirs picks a fallback, and says so
        warnings.simplefilter("ignore")
        return user_runtime_path("improv") / "status.json"


class StatusFile:
    """What the running daemon reports, for `improv status` (written atomically)."""

    def __init__(self, path: Path | None = None):
        self.path = path or status_path()
        self.started = time.strftime("%Y-%m-%dT%H:%M:%S%z")

    def write(self, status: dict, running: bool = True) -> None:
        data = {**status, "pid": os.getpid(), "running": running, "started": self.started,
                "updated": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            tmp.write_text(json.dumps(data, indent=1) + "\n")
            os.replace(tmp, self.path)
        except OSError as e:  # status is a courtesy; the jam goes on
            log.debug(f"cannot write {self.path}: {e}")


def read_status(path: Path | None = None) -> dict | None:
    path = path or status_path()
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    alive = False
    try:
        os.kill(int(data.get("pid", 0)), 0)
        alive = bool(data.get("running"))
    except (OSError, ValueError):
        pass
    data["alive"] = alive
    return data


class Reloader:
    """SIGHUP: re-read the config (and the model if it changed) off the real-time thread, then
    apply it at a step boundary. An invalid config is refused and the old one stays."""

    def __init__(self, load_settings: Callable[[], dict], settings: dict, conductor, notifier):
        self.load_settings, self.settings, self.conductor, self.notifier = load_settings, settings, conductor, notifier
        self.busy = threading.Lock()
        self.weights_sha = _weights_sha(settings)

    def request(self) -> None:
        """Safe to call from a signal handler."""
        threading.Thread(target=self._reload, name="improv-reload", daemon=True).start()

    def _reload(self) -> None:
        from .bundle import BundleError
        from .config import ConfigError
        if not self.busy.acquire(blocking=False):
            return
        try:
            self.notifier.reloading()
            try:
                new = self.load_settings()
            except ConfigError as e:
                log.error(f"reload refused, the old config stays: {e}")
                self.notifier.ready()
                return
            engine = None
            sha = _weights_sha(new)
            if new["model"] != self.settings["model"] or sha != self.weights_sha:
                from .engine import load_engine
                try:
                    engine = load_engine(new["model"]["bundle"], new["model"]["engine"], new["model"]["device"])
                except (BundleError, ValueError) as e:
                    log.error(f"reload refused, the old model stays: {e}")
                    self.notifier.ready()
                    return
            if new["midi"]["backend"] != self.settings["midi"]["backend"] or \
                    new["midi"]["input"] != self.settings["midi"]["input"] or \
                    new["midi"]["output"] != self.settings["midi"]["output"]:
                log.warning("reload: MIDI port settings change only with a restart")
            old = self.settings
            self.settings, self.weights_sha = new, sha
            self.conductor.changes.put(lambda c, k, now: self._apply(c, k, now, old, new, engine))
            self.conductor.wake.set()
        finally:
            self.busy.release()

    def _apply(self, c, k: int, now: float, old: dict, new: dict, engine) -> None:
        from .jam import JamSettings
        from .sampling import Sampler
        changed = [f"{sec}.{key}" for sec in new for key in new[sec] if new[sec][key] != old[sec][key]]
        if engine is not None:
            c.set_engine(engine, engine.vocab, engine.bundle.meta.get("tokens", {}))
        c.set_tempo(new["time"]["tempo"], k)
        c.set_mode(new["jam"]["mode"], k, now)
        channel = new["midi"]["channel"] - 1
        if channel != c.player.channel:
            c.player.release_all(now)
            c.player.channel = channel
        c.s = JamSettings.from_config(new)
        c.sampler = Sampler.from_config(new["sampling"])
        c.listener.window = new["jam"]["chord_window_ms"] / 1000
        c.last_reload = time.strftime("%Y-%m-%dT%H:%M:%S%z")
        log.info(f"reloaded: {', '.join(changed) if changed else 'nothing changed'}")
        self.notifier.ready()


def select_model(conductor, settings: dict, number: int) -> None:
    """Program change N: load control.models[N] off the real-time thread, swap at a step."""
    models = settings["control"]["models"]
    if number >= len(models):
        log.warning(f"program change {number}: no model there (control.models has {len(models)})")
        return

    def load() -> None:
        from .bundle import BundleError
        from .engine import load_engine
        try:
            engine = load_engine(models[number], settings["model"]["engine"], settings["model"]["device"])
        except (BundleError, ValueError) as e:
            log.error(f"program change {number}: {e}")
            return
        conductor.changes.put(lambda c, k, now: (c.set_engine(engine, engine.vocab, engine.bundle.meta.get("tokens", {})),
                                                 log.info(f"model: {models[number]}")))
        conductor.wake.set()
    threading.Thread(target=load, name="improv-model", daemon=True).start()


def _weights_sha(settings: dict) -> str | None:
    try:
        meta = json.loads((Path(settings["model"]["bundle"]) / "meta.json").read_text())
        return meta.get("weights_sha256")
    except (OSError, ValueError):
        return None


def run(load_settings: Callable[[], dict], record: str | None = None, png: str | None = None,
        stop: threading.Event | None = None, ready=None) -> int:
    """`improv run`: open ports, load the model, jam until SIGTERM/SIGINT; SIGHUP reloads."""
    from .midi.ports import Input, choose_backend, open_output, output_client_name
    from .notify import Notifier
    settings = load_settings()
    setup_logging(settings["logging"]["level"])
    stop = stop or threading.Event()
    backend = choose_backend(settings["midi"]["backend"])
    client = settings["midi"]["client_name"]
    inbox = Inbox(settings["midi"]["queue_size"])
    recorder = Recorder(time.monotonic()) if (record or png) else None
    seed = seed_phrase(settings) if settings["jam"]["mode"] == "solo" else ()
    out_port = open_output(backend, settings["midi"]["output"], client)
    midi_in = None
    notifier = Notifier()
    status_file = StatusFile()
    conductor = watch = None
    try:
        midi_in = Input(backend, settings["midi"]["input"], client, inbox.callback, settings["midi"]["queue_size"])
        conductor = build(settings, inbox, out_port, recorder, seed)
        output_name = settings["midi"]["output"] or f"{output_client_name(backend, client)}:out"
        conductor.ports = lambda: {"backend": backend, "input": midi_in.name, "output": out_port.name,
                                   "input_connected": midi_in.connected, "output_connected": out_port.connected}
        conductor.notifier = notifier
        conductor.on_status = status_file.write
        watch = PortWatch({"input": midi_in, "output": out_port},
                          lambda kind: (conductor.changes.put(_port_lost), conductor.wake.set())).start()
        reloader = Reloader(load_settings, settings, conductor, notifier)
        conductor.on_program = lambda number: select_model(conductor, reloader.settings, number)
        _install_signals(stop, conductor.wake, reloader)
        log.info(f"jamming on {backend}: listening on {midi_in.name}, playing to {output_name}; "
                 f"{settings['jam']['mode']}, {settings['time']['tempo']:g} BPM, model {settings['model']['bundle']}")
        notifier.ready(f"jamming: {settings['jam']['mode']}, {settings['time']['tempo']:g} BPM")
        if ready is not None:
            ready(conductor)
        try:
            conductor.run(stop)
        except Exception as e:  # a port lost or a bug: notes were released by the conductor
            log.error(f"stopped: {type(e).__name__}: {e}")
            return 1
        finally:
            notifier.stopping()
        log.info(conductor.status_line())
        log.info("stopped; all notes released")
        return 0
    finally:
        if watch is not None:
            watch.close()
        if conductor is not None:
            status_file.write(conductor.status(), running=False)
        if midi_in is not None:
            midi_in.close()
        out_port.close()
        notifier.close()
        if recorder is not None:
            recorder.write(settings["time"]["tempo"], record, png)


def _port_lost(conductor, k: int, now: float) -> None:
    conductor.player.release_all(now)
    conductor.listener.release_all(now)
    conductor.listener.take()  # what the lost keyboard left half-played is not a phrase


def _install_signals(stop: threading.Event, wake: threading.Event, reloader: Reloader | None = None) -> None:
    if threading.current_thread() is not threading.main_thread():
        return

    def handler(*_):
        stop.set()
        wake.set()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, handler)
    if hasattr(signal, "SIGUSR1"):  # `kill -USR1 PID` prints every thread's stack to the log
        faulthandler.register(signal.SIGUSR1, all_threads=True)
    if reloader is not None:
        signal.signal(signal.SIGHUP, lambda *_: reloader.request())
