"""MIDI systems and ports through python-rtmidi: choosing a backend, listing and finding ports."""
from __future__ import annotations

import logging
import os
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import mido

from ..quiet import quiet_stderr
from . import libjack
from .inbox import Drain

# Never let a probe start a JACK server of its own: a missing server is an answer, not a cue.
os.environ.setdefault("JACK_NO_START_SERVER", "1")

BACKENDS = ("alsa", "jack", "coremidi", "windows")
log = logging.getLogger("improv")


def rtmidi():
    """The rtmidi module, imported only after libjack.load(): every use of rtmidi in improv comes
    through here, so that rtmidi speaks through the libjack the system chose (see libjack.py)."""
    libjack.load()
    import rtmidi as module
    return module


class MidiSystemError(Exception):
    """No usable MIDI system, or a port that does not exist; the message is one line."""


def _api(backend: str) -> int:
    rt = rtmidi()
    return {"alsa": rt.API_LINUX_ALSA, "jack": rt.API_UNIX_JACK,
            "coremidi": rt.API_MACOSX_CORE, "windows": rt.API_WINDOWS_MM}[backend]


HINTS = {"jack": "start a JACK server (jackd, or qjackctl, or PipeWire's JACK)",
         "alsa": "load the ALSA sequencer (modprobe snd-seq) or check /dev/snd/seq"}


def new_client(kind: str, backend: str, name: str, **options):
    """A new rtmidi MidiIn or MidiOut client on `backend`; one line if the MIDI system is not there.
    On JACK the client is checked awake after it opened, and opened again if not (libjack.open_awake:
    jack2 #721); every JACK client improv opens comes through here or through libjack.JackGraph."""
    rt = rtmidi()
    cls = rt.MidiIn if kind == "input" else rt.MidiOut

    def open_client():
        try:
            with quiet_stderr():
                return cls(_api(backend), name=name, **options)
        except (rt.RtMidiError, SystemError):
            raise MidiSystemError(f"MIDI backend '{backend}' cannot be opened: "
                                  f"{HINTS.get(backend, 'check that its MIDI service runs')}") from None
    if backend != "jack":
        return open_client()
    try:
        return libjack.open_awake(open_client, lambda client: client.delete(), name)
    except OSError as e:
        raise MidiSystemError(str(e)) from None


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


# The words a user thinks in: improv listens to a source (--in) and plays into a destination (--out).
WORDS = {"input": "you can listen to", "output": "you can play into"}
OPTIONS = {"input": "--in", "output": "--out"}


def is_own(name: str, client: str | None) -> bool:
    """A port of improv's own clients ('improv', 'improv-out', 'improv-panic', ...)."""
    if not client:
        return False
    owner = name.split(":")[0].strip().lower()
    return owner == client.lower() or owner.startswith(client.lower() + "-")


def find_port(names: list[str], wanted: str, direction: str, client: str | None = None) -> int:
    """Index of the one port whose name contains `wanted` (case-insensitive). A port of improv's
    own (client `client`) is never picked by a piece of its name: only by its full name."""
    words = WORDS.get(direction, f"{direction} port")
    low = wanted.lower()
    exact = [i for i, n in enumerate(names) if n.lower() == low or n.lower().rsplit(" ", 1)[0] == low]
    if len(exact) == 1:
        if is_own(names[exact[0]], client):
            log.warning(f"{OPTIONS.get(direction, '')} {wanted}: that is improv's own port, used as you named it")
        return exact[0]
    hits = [i for i, n in enumerate(names) if low in n.lower()]
    theirs = [i for i in hits if not is_own(names[i], client)]
    ours = [names[i] for i in hits if is_own(names[i], client)]
    listing = "; ".join(n for n in names if not is_own(n, client)) or "none"
    if len(theirs) == 1:
        if ours:
            log.info(f"'{wanted}' also matches improv's own {'; '.join(ours)}: left out")
        return theirs[0]
    if not hits:
        raise MidiSystemError(f"no MIDI port {words} matches '{wanted}'; ports {words}: {listing}")
    if not theirs:
        raise MidiSystemError(f"'{wanted}' matches only improv's own {'; '.join(ours)}, never picked by a piece "
                              f"of its name (give the full name to mean it); ports {words}: {listing}")
    raise MidiSystemError(f"'{wanted}' matches several MIDI ports {words} "
                          f"({'; '.join(names[i] for i in theirs)}); give a longer name")


NO_VIRTUAL = ("Windows has no virtual MIDI ports: install loopMIDI, create a port there, "
              "and pass its name with --in/--out")


def output_client_name(backend: str, client: str) -> str:
    """JACK needs unique client names, and rtmidi makes one client per port: 'improv-out' there."""
    return f"{client}-out" if backend == "jack" else client


def own_ports(backend: str, client: str) -> dict[str, str]:
    """The names of improv's own input and output ports, whether virtual or connected by name:
    rtmidi makes a port 'in' (client `client`) and 'out' (client output_client_name) either way."""
    return {"input": f"{client}:in", "output": f"{output_client_name(backend, client)}:out"}


def _open(midi, backend: str, wanted: str | None, client: str, port: str, direction: str,
          own: str | None = None) -> str:
    """Open a virtual port, or the one existing port matching `wanted`; returns its name. `own`
    is improv's client name, whose ports a piece of a name never picks."""
    if wanted is None:
        if backend == "windows":
            raise MidiSystemError(NO_VIRTUAL)
        midi.open_virtual_port(port)
        return f"{client}:{port}"
    names = midi.get_ports()
    index = find_port(names, wanted, direction, own)
    midi.open_port(index, port)
    return names[index]


class Input:
    """An rtmidi input read through its own queue by a Drain thread into `inbox` (improv/midi/inbox.py):
    no Python runs in the MIDI system's thread."""

    def __init__(self, backend: str, wanted: str | None, client: str, inbox, queue_size: int = 1024):
        self.midi = new_client("input", backend, client, queue_size_limit=queue_size)
        # nothing ignored by rtmidi: an ignored message still moves its delta clock (the Drain drops them)
        self.midi.ignore_types(sysex=False, timing=False, active_sense=False)
        self.lock = threading.Lock()  # the drain's reads and a reconnect take turns
        self.name = _open(self.midi, backend, wanted, client, "in", "input", client)
        self.wanted = wanted
        self.connected = True
        self.drain = Drain(self.midi, inbox, queue_size, self.lock).start()

    def available(self) -> list[str]:
        return self.midi.get_ports()

    def reconnect(self, name: str) -> None:
        with self.lock:
            self.midi.close_port()
            self.midi.open_port(self.midi.get_ports().index(name), "in")
            self.name = name
            self.connected = True

    def close(self) -> None:
        self.drain.stop()
        with self.lock:
            self.midi.close_port()
            self.midi.delete()


class Output:
    """An rtmidi output behind mido's port interface (send, panic, reset), able to reconnect."""

    def __init__(self, backend: str, wanted: str | None, client: str, own: str | None = None):


        class _Port(mido.ports.BaseOutput):
            def _send(port, msg):  # noqa: N805 - the port is the mido port
                if self.connected:
                    if libjack.server_gone.is_set():  # rtmidi would spin for ever once its buffer is full
                        raise MidiSystemError("the JACK server went away: nothing can be played; "
                                              "start it again, then improv")
                    self.midi.send_message(msg.bytes())
        name = output_client_name(backend, client)
        self.midi_client = client  # the client name asked for (rtmidi's JACK client is `name`)
        self.midi = new_client("output", backend, name)
        self.wanted = wanted
        self.connected = True
        self.name = _open(self.midi, backend, wanted, name, "out", "output", own or client)
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


def open_output(backend: str, wanted: str | None, client: str, own: str | None = None) -> Output:
    """The output improv plays to: a virtual port, or the existing port matching `wanted`
    (never one of improv's own, client `own` or `client`, by a piece of its name)."""
    return Output(backend, wanted, client, own)
