"""MIDI systems and ports through python-rtmidi: choosing a backend, listing and finding ports."""
from __future__ import annotations

import contextlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

# Never let a probe start a JACK server of its own: a missing server is an answer, not a cue.
os.environ.setdefault("JACK_NO_START_SERVER", "1")

BACKENDS = ("alsa", "jack", "coremidi", "windows")


def rtmidi():
    """The rtmidi module, imported only after libjack.load(): every use of rtmidi in improv comes
    through here, so that rtmidi speaks through the libjack the system chose (see libjack.py)."""
    from . import libjack
    libjack.load()
    import rtmidi as module
    return module


class MidiSystemError(Exception):
    """No usable MIDI system, or a port that does not exist; the message is one line."""


def _api(backend: str) -> int:
    rt = rtmidi()
    return {"alsa": rt.API_LINUX_ALSA, "jack": rt.API_UNIX_JACK,
            "coremidi": rt.API_MACOSX_CORE, "windows": rt.API_WINDOWS_MM}[backend]


@contextlib.contextmanager
def quiet_stderr() -> Iterator[None]:
    """Silence what the C libraries (libjack, alsa-lib) print while we probe them."""
    try:
        fd = sys.stderr.fileno()
    except (AttributeError, OSError, ValueError):
        yield
        return
    sys.stderr.flush()
    saved = os.dup(fd)
    try:
        with open(os.devnull, "w") as null:
            os.dup2(null.fileno(), fd)
            yield
    finally:
        os.dup2(saved, fd)
        os.close(saved)


HINTS = {"jack": "start a JACK server (jackd, or qjackctl, or PipeWire's JACK)",
         "alsa": "load the ALSA sequencer (modprobe snd-seq) or check /dev/snd/seq"}


def new_client(kind: str, backend: str, name: str, **options):
    """A new rtmidi MidiIn or MidiOut client on `backend`; one line if the MIDI system is not there."""
    rt = rtmidi()
    cls = rt.MidiIn if kind == "input" else rt.MidiOut
    try:
        with quiet_stderr():
            return cls(_api(backend), name=name, **options)
    except (rt.RtMidiError, SystemError):
        raise MidiSystemError(f"MIDI backend '{backend}' cannot be opened: "
                              f"{HINTS.get(backend, 'check that its MIDI service runs')}") from None


def _can_open(backend: str) -> bool:
    if _api(backend) not in rtmidi().get_compiled_api():
        return False
    try:
        new_client("input", backend, "improv-probe").delete()
        return True
    except MidiSystemError:
        return False


def choose_backend(requested: str = "auto") -> str:
    """The backend to use: the requested one, or for "auto" the first that opens.

    A requested backend is not probed: the client that opens the real port tells whether it
    works. On JACK a probe client that comes and goes just before the real ones is a risk of
    its own: libjack's per-process table of wake-up primitives can leave the next client of the
    process waiting on a stale entry when another client leaves meanwhile (jackaudio/jack2#721),
    and that client never runs: what it sends is never delivered."""
    if requested != "auto":
        if requested not in BACKENDS:
            raise MidiSystemError(f"unknown MIDI backend '{requested}': use auto, {', '.join(BACKENDS)}")
        if _api(requested) not in rtmidi().get_compiled_api():
            raise MidiSystemError(f"MIDI backend '{requested}' is not available on this system "
                                  f"(python-rtmidi was built without it); try --backend auto")
        return requested
    if sys.platform == "darwin":
        return "coremidi"
    if sys.platform == "win32":
        return "windows"
    if Path("/dev/snd/seq").exists() and _can_open("alsa"):
        return "alsa"
    if _can_open("jack"):
        return "jack"
    raise MidiSystemError("no MIDI system found: no ALSA sequencer (/dev/snd/seq) and no running JACK "
                          "server; load snd-seq or start jackd, then try again")


@dataclass
class PortList:
    backend: str
    inputs: list[str]
    outputs: list[str]


def list_ports(backend: str) -> PortList:
    mi = new_client("input", backend, "improv-list")
    try:
        mo = new_client("output", backend, "improv-list")
    except MidiSystemError:
        mi.delete()
        raise
    try:
        return PortList(backend, mi.get_ports(), mo.get_ports())
    finally:
        mi.delete()
        mo.delete()


def find_port(names: list[str], wanted: str, direction: str) -> int:
    """Index of the one port whose name contains `wanted` (case-insensitive)."""
    hits = [i for i, n in enumerate(names) if wanted.lower() in n.lower()]
    if len(hits) == 1:
        return hits[0]
    exact = [i for i in hits if names[i].lower() == wanted.lower()]
    if len(exact) == 1:
        return exact[0]
    listing = "; ".join(names) if names else "none"
    if not hits:
        raise MidiSystemError(f"no MIDI {direction} port matches '{wanted}'; {direction} ports: {listing}")
    raise MidiSystemError(f"'{wanted}' matches several MIDI {direction} ports "
                          f"({'; '.join(names[i] for i in hits)}); give a longer name")


NO_VIRTUAL = ("Windows has no virtual MIDI ports: install loopMIDI, create a port there, "
              "and pass its name with --in/--out")


def output_client_name(backend: str, client: str) -> str:
    """JACK needs unique client names, and rtmidi makes one client per port: 'improv-out' there."""
    return f"{client}-out" if backend == "jack" else client


def _open(midi, backend: str, wanted: str | None, client: str, port: str, direction: str) -> str:
    """Open a virtual port, or the one existing port matching `wanted`; returns its name."""
    if wanted is None:
        if backend == "windows":
            raise MidiSystemError(NO_VIRTUAL)
        midi.open_virtual_port(port)
        return f"{client}:{port}"
    names = midi.get_ports()
    index = find_port(names, wanted, direction)
    midi.open_port(index, port)
    return names[index]


class Input:
    """An rtmidi input whose callback feeds `callback(event, data)` (see listener.Inbox)."""

    def __init__(self, backend: str, wanted: str | None, client: str, callback, queue_size: int = 1024):
        self.midi = new_client("input", backend, client, queue_size_limit=queue_size)
        self.midi.ignore_types(sysex=True, timing=False, active_sense=True)
        self.name = _open(self.midi, backend, wanted, client, "in", "input")
        self.midi.set_callback(callback)
        self.callback = callback
        self.wanted = wanted
        self.connected = True

    def available(self) -> list[str]:
        return self.midi.get_ports()

    def reconnect(self, name: str) -> None:
        self.midi.cancel_callback()  # never close a port under a live callback
        self.midi.close_port()
        self.midi.open_port(self.midi.get_ports().index(name), "in")
        self.midi.set_callback(self.callback)
        self.name = name
        self.connected = True

    def close(self) -> None:
        # remove the callback before closing: closing a port with a live callback can crash
        self.midi.cancel_callback()
        self.midi.close_port()
        self.midi.delete()


class Output:
    """An rtmidi output behind mido's port interface (send, panic, reset), able to reconnect."""

    def __init__(self, backend: str, wanted: str | None, client: str):
        import mido

        class _Port(mido.ports.BaseOutput):
            def _send(port, msg):  # noqa: N805 - the port is the mido port
                if self.connected:
                    self.midi.send_message(msg.bytes())
        name = output_client_name(backend, client)
        self.midi = new_client("output", backend, name)
        self.wanted = wanted
        self.connected = True
        self.name = _open(self.midi, backend, wanted, name, "out", "output")
        self.port = _Port(name=self.name)

    def send(self, msg) -> None:
        self.port.send(msg)

    def panic(self) -> None:
        self.port.panic()

    def reset(self) -> None:
        self.port.reset()

    def available(self) -> list[str]:
        return self.midi.get_ports()

    def reconnect(self, name: str) -> None:
        with self.port._lock:
            self.midi.close_port()
            self.midi.open_port(self.midi.get_ports().index(name), "out")
            self.name = name
            self.connected = True

    def close(self) -> None:
        self.connected = False
        self.port.close()
        self.midi.close_port()
        self.midi.delete()


def open_output(backend: str, wanted: str | None, client: str) -> Output:
    """The output improv plays to: a virtual port, or the existing port matching `wanted`."""
    return Output(backend, wanted, client)
