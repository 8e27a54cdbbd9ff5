"""The assembly of `improv run` (and the parts `improv demo` shares): ports, model, the jam,
signals, reload, status file, recording."""
from __future__ import annotations

import faulthandler
import json
import logging
import signal
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from ..config import ConfigError
from ..data.midifile import Note, piano_roll, write_midi
from ..live.jam import Hooks, Jam, status_line
from ..live.keeper import MemoryKeeper, memory_path
from ..live.modes import MODES
from ..midi.clock import beat_seconds
from ..midi.hotplug import PortWatch
from ..midi.inbox import Inbox
from ..midi.libjack import libjack_line
from ..midi.ports import Input, choose_backend, open_output, output_client_name, own_ports
from ..midi.routing import start_routing
from ..model.bundle import BundleError, load as load_bundle
from ..model.engine import Engine, engine_for
from ..model.generate import load_phrase, played_tokens
from .notify import Notifier
from .status import StatusFile
from .stopbound import StopBound

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
        beat = beat_seconds(bpm)
        conv = lambda notes: [Note(max(0.0, (a - self.start) / beat), max(0.01, (b - a) / beat), p, v)  # noqa: E731
                              for a, b, p, v in sorted(notes)]
        return {"human": conv(self.human), "improv": conv(self.ai)}

    def write(self, bpm: float, mid: str | None, png: str | None) -> None:
        tracks = self.tracks(bpm)
        if mid:
            write_midi(Path(mid), tracks, tempo_bpm=bpm)
            log.info(f"recorded {len(tracks['human'])} human and {len(tracks['improv'])} improv notes to {mid}")
        if png:
            piano_roll(Path(png), tracks, title="improv jam: human and AI")
            log.info(f"drew the piano roll to {png}")


def build(settings: dict[str, Any], engine: Engine, inbox: Inbox, out_port, recorder: Recorder | None = None,
          opening=(), hooks: Hooks | None = None, rng_seed: int | None = None) -> Jam:
    """The jam for these settings and this model: the parts wired (see improv/live/jam.py)."""
    hooks = hooks or Hooks()
    if recorder is not None:
        hooks.on_human_note = lambda *note: recorder.human.append(note)
        hooks.on_ai_note = lambda *note: recorder.ai.append(note)
    return Jam(engine, settings, inbox, out_port, opening, hooks, rng_seed)


def load_model(settings: dict[str, Any]) -> tuple[Engine, list]:
    """The model and, for a mode that starts at once, its opening phrase: everything about the model
    that can be wrong is found before a MIDI port opens (BundleError, JamError: one line)."""
    engine = engine_for(settings["model"])
    return engine, opening_phrase(settings) if MODES[settings["jam"]["mode"]].starts_at_once else []


def opening_phrase(settings: dict[str, Any]):
    """Tokens of the solo's opening phrase (jam.phrase), in absolute pitch (prediction does the key shift)."""
    bundle = load_bundle(settings["model"]["bundle"])
    try:
        phrase = load_phrase(bundle, settings["jam"]["phrase"], settings["time"]["swing"], settings["time"]["swing_level"])
    except ValueError as e:
        raise JamError(f"jam.phrase: {e}") from None
    return played_tokens(bundle, phrase)


PORT_SETTINGS = ("midi.backend", "midi.input", "midi.output")  # these change only with a restart


class Reloader:
    """SIGHUP: re-read the config (and the model if it changed) off the real-time thread, then
    apply it at a step boundary. An invalid config is refused and the old one stays."""

    def __init__(self, load_settings: Callable[[], dict], jam: Jam, notifier):
        self.load_settings, self.jam, self.notifier = load_settings, jam, notifier
        self.busy = threading.Lock()
        self.weights_sha = _weights_sha(jam.current.config)
        self.last: str | None = None  # when the last reload was applied

    def request(self) -> None:
        """Safe to call from a signal handler."""
        threading.Thread(target=self._reload, name="improv-reload", daemon=True).start()

    def _reload(self) -> None:
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
            changed = self.jam.changes(new)  # what changed: computed once, here
            engine = None
            sha = _weights_sha(new)
            if any(c.startswith("model.") for c in changed) or sha != self.weights_sha:
                try:
                    engine = engine_for(new["model"])
                except (BundleError, ValueError) as e:
                    log.error(f"reload refused, the old model stays: {e}")
                    self.notifier.ready()
                    return
            if any(c in PORT_SETTINGS for c in changed):
                log.warning("reload: MIDI port settings change only with a restart")
            self.weights_sha = sha
            self.jam.request(lambda jam, k, now: self._apply(jam, k, now, new, engine, changed))
        finally:
            self.busy.release()

    def _apply(self, jam: Jam, k: int, now: float, new: dict, engine, changed: list[str]) -> None:
        try:
            jam.apply(new, k, now, engine)
        except BundleError as e:  # a model on another grid: the old one stays
            log.error(f"reload refused, the old model stays: {e}")
            jam.apply(new, k, now)
        self.last = time.strftime("%Y-%m-%dT%H:%M:%S%z")
        log.info(f"reloaded: {', '.join(changed) if changed else 'nothing changed'}")
        self.notifier.ready()


def select_model(jam: Jam, number: int) -> None:
    """Program change N: load control.models[N] off the real-time thread, swap at a step."""
    models = jam.current.config["control"]["models"]
    if number >= len(models):
        log.warning(f"program change {number}: no model there (control.models has {len(models)})")
        return

    def load() -> None:
        try:
            engine = engine_for(jam.current.config["model"], models[number])
        except (BundleError, ValueError) as e:
            log.error(f"program change {number}: {e}")
            return

        def swap(jam: Jam, k: int, now: float) -> None:
            try:
                jam.set_engine(engine, k, now)
                log.info(f"model: {models[number]}")
            except BundleError as e:
                log.error(f"program change {number}: {e}")
        jam.request(swap)
    threading.Thread(target=load, name="improv-model", daemon=True).start()


def _weights_sha(settings: dict) -> str | None:
    try:
        meta = json.loads((Path(settings["model"]["bundle"]) / "meta.json").read_text())
        return meta.get("weights_sha256")
    except (OSError, ValueError):
        return None


class Ports:
    """improv's MIDI input and output, opened in order and closed in reverse."""

    def __init__(self, backend: str, input_name: str | None, output_name: str | None, client: str, inbox: Inbox,
                 queue_size: int):
        self.backend = backend
        self.output = open_output(backend, output_name, client)
        try:
            self.input = Input(backend, input_name, client, inbox, queue_size)
        except BaseException:
            self.output.close()
            raise

    def status(self) -> dict:
        return {"backend": self.backend, "input": self.input.name, "output": self.output.name,
                "input_connected": self.input.connected, "output_connected": self.output.connected}

    def close(self) -> None:
        try:
            self.input.close()
        finally:
            self.output.close()


def run(load_settings: Callable[[], dict], record: str | None = None, png: str | None = None,
        stop: threading.Event | None = None, ready=None) -> int:
    """`improv run`: load the model, open ports, jam until SIGTERM/SIGINT; SIGHUP reloads.
    Returns 0 when stopped by SIGTERM, 130 by SIGINT (Ctrl-C), 1 when the jam failed."""
    settings = load_settings()
    setup_logging(settings["logging"]["level"])
    stop = stop or threading.Event()
    engine, opening = load_model(settings)  # every bad input is said before the MIDI system is asked
    backend = choose_backend(settings["midi"]["backend"])
    client = settings["midi"]["client_name"]
    inbox = Inbox(settings["midi"]["queue_size"])
    recorder = Recorder(time.monotonic()) if (record or png) else None
    ports = Ports(backend, settings["midi"]["input"], settings["midi"]["output"], client, inbox,
                  settings["midi"]["queue_size"])
    notifier = Notifier()
    status_file = StatusFile()
    jam = watch = reloader = keeper = None
    signals = Signals(stop)
    bound = signals.bound = StopBound(lambda: 130 if signals.interrupted else 0)
    routing = None
    try:
        # MIDI system layer: which libjack JACK goes through (improv/midi/libjack.py), in the log and status;
        # the last connections restored and their record kept up to date (improv/midi/routing.py)
        jack_lib = libjack_line(backend)
        if jack_lib:
            log.info(f"JACK through {jack_lib}")
        own = own_ports(backend, client)
        routing = start_routing(backend, own, settings["midi"]["restore_connections"])
        hooks = Hooks(notifier=notifier, on_status=lambda st: status_file.write(_with_reload(st, reloader)),
                      on_program=lambda number: select_model(jam, number),
                      ports=lambda: {**ports.status(), "libjack": jack_lib})
        jam = build(settings, engine, inbox, ports.output, recorder, opening, hooks)
        memory_file = memory_path(settings["memory"]["file"], jam.next.tokenizer)
        if memory_file is not None:
            keeper = MemoryKeeper(jam, memory_file).start()
        output_name = settings["midi"]["output"] or f"{output_client_name(backend, client)}:out"
        watch = PortWatch({"input": ports.input, "output": ports.output}, lambda kind: jam.request(_port_lost),
                          graph=routing.graph if routing is not None else None, own=own).start()
        reloader = Reloader(load_settings, jam, notifier)
        signals.install(jam.wake, reloader)
        log.info(f"jamming on {backend}: listening on {ports.input.name}, playing to {output_name}; "
                 f"{settings['jam']['mode']}, {settings['time']['tempo']:g} BPM, model {settings['model']['bundle']}")
        notifier.ready(f"jamming: {settings['jam']['mode']}, {settings['time']['tempo']:g} BPM")
        if ready is not None:
            ready(jam)
        try:
            jam.run(stop)
        except Exception as e:  # a port lost or a bug: notes were released by the step loop
            log.error(f"stopped: {type(e).__name__}: {e}")
            bound.code = lambda: 1
            return 1
        finally:
            if not bound.timer:
                bound.arm()
            notifier.stopping()
            ports.input.drain.stop()
            jam.finish(time.monotonic())
        log.info("status: " + status_line(jam.status()))
        log.info("stopped; all notes released")
        return 130 if signals.interrupted else 0
    finally:
        if watch is not None:
            watch.close()
        if keeper is not None:
            keeper.stop()
        if jam is not None:
            status_file.write(_with_reload(jam.status(), reloader), running=False)
        if routing is not None:  # before the ports close: the record keeps their last connections
            routing.close()
        ports.close()
        bound.disarm()
        notifier.close()
        if recorder is not None:
            recorder.write(settings["time"]["tempo"], record, png)


def _with_reload(status: dict, reloader: Reloader | None) -> dict:
    return {**status, "last_reload": reloader.last if reloader is not None else None}


def _port_lost(jam, k: int, now: float) -> None:
    jam.player.release_all(now)
    jam.listener.release_all(now)
    jam.listener.take()  # what the lost keyboard left half-played is not a phrase


class Signals:
    """SIGTERM and SIGINT stop the jam (SIGINT is remembered: exit 130), SIGHUP reloads,
    SIGUSR1 prints every thread's stack to the log."""

    def __init__(self, stop: threading.Event, bound: StopBound | None = None):
        self.stop, self.interrupted, self.bound = stop, False, bound

    def install(self, wake: threading.Event, reloader: Reloader | None = None) -> None:
        if threading.current_thread() is not threading.main_thread():
            return

        def handler(signum, _frame):
            self.interrupted = self.interrupted or signum == signal.SIGINT
            if self.bound is not None and not self.stop.is_set():
                self.bound.arm()  # from now on the process ends within the bound
            self.stop.set()
            wake.set()
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, handler)
        if hasattr(signal, "SIGUSR1"):
            faulthandler.register(signal.SIGUSR1, all_threads=True)
        if reloader is not None:
            signal.signal(signal.SIGHUP, lambda *_: reloader.request())
