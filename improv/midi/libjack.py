"""Which libjack improv speaks through: the one the system chose (PipeWire's under `pw-jack` or where
it is the system libjack, jackd2's otherwise), loaded before rtmidi; the wheel's own copy only when
the system has none."""
from __future__ import annotations

import ctypes
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

SONAME = "libjack.so.0"


@dataclass(frozen=True)
class Libjack:
    """The libjack in this process: `origin` is pipewire, jackd, wheel or none; `lib` its ctypes handle."""
    origin: str
    path: str | None
    version: str | None
    lib: ctypes.CDLL | None

    def describe(self) -> str:
        """One short phrase for the log line at start and `improv status`."""
        where = f" ({self.path})" if self.path else ""
        version = self.version or "?"
        if self.origin == "pipewire":  # its version string reads "3.0.0.0 (using PipeWire 0.3.65)"
            version = version.partition("using PipeWire ")[2].rstrip(")") or version
        return {"pipewire": f"PipeWire {version}'s libjack{where}",
                "jackd": f"the system's libjack {version}{where}",
                "wheel": f"python-rtmidi's own libjack {version} (the system has none){where}",
                }.get(self.origin, "no libjack")


_chosen: Libjack | None = None


def load() -> Libjack:
    """Load the system's libjack into the global symbol scope, once, before rtmidi is imported.

    The python-rtmidi wheel links a renamed copy of jackd2's libjack through its RPATH, so
    LD_LIBRARY_PATH (`pw-jack`) never reaches it, and that copy speaks jackd's protocol only.
    A library loaded with RTLD_GLOBAL comes first when the rtmidi extension's jack_* symbols are
    bound, so rtmidi then talks to whichever server the system's libjack serves."""
    global _chosen
    if _chosen is None:
        _chosen = _choose()
    return _chosen


def loaded() -> Libjack | None:
    """What load() chose, or None before it ran (nothing imported rtmidi yet)."""
    return _chosen


def _choose() -> Libjack:
    if not sys.platform.startswith("linux"):
        return Libjack("none", None, None, None)  # JACK through rtmidi is a Linux matter here
    try:
        lib = ctypes.CDLL(SONAME, mode=ctypes.RTLD_GLOBAL)
    except OSError:
        lib = None
    if lib is not None:
        version = _version(lib)
        origin = "pipewire" if "pipewire" in (version or "").lower() else "jackd"
        return Libjack(origin, _path_of(lib) or SONAME, version, lib)
    copy = wheel_copy()
    if copy is None:
        return Libjack("none", None, None, None)
    try:  # the same file the extension loads through its RPATH: one copy, not two
        lib = ctypes.CDLL(str(copy), mode=ctypes.RTLD_GLOBAL)
    except OSError:
        return Libjack("none", None, None, None)
    return Libjack("wheel", str(copy), _version(lib), lib)


def libjack_line(backend: str) -> str | None:
    """What the log at start and the status say about libjack: None unless the backend is JACK."""
    chosen = loaded()
    return chosen.describe() if backend == "jack" and chosen is not None else None


def wheel_copy() -> Path | None:
    """The libjack inside the python-rtmidi wheel (python_rtmidi./libjack-<hash>.so.*), if any."""
    import importlib.util
    spec = importlib.util.find_spec("rtmidi")  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(list(spec.submodule_search_locations)[0]).parent / "python_rtmidi."
    return next(iter(sorted(folder.glob("libjack*.so*"))), None)


def _version(lib: ctypes.CDLL) -> str | None:
    try:
        fn = lib.jack_get_version_string
    except AttributeError:
        return None
    fn.restype = ctypes.c_char_p
    fn.argtypes = []
    raw = fn()
    return raw.decode(errors="replace") if raw else None


class _DlInfo(ctypes.Structure):
    _fields_ = [("dli_fname", ctypes.c_char_p), ("dli_fbase", ctypes.c_void_p),
                ("dli_sname", ctypes.c_char_p), ("dli_saddr", ctypes.c_void_p)]


def _path_of(lib: ctypes.CDLL) -> str | None:
    """The file a ctypes library was loaded from (dladdr on one of its functions)."""
    try:
        dladdr = ctypes.CDLL(None).dladdr
        address = ctypes.cast(lib.jack_client_open, ctypes.c_void_p)
    except AttributeError:
        return None
    dladdr.argtypes = [ctypes.c_void_p, ctypes.POINTER(_DlInfo)]
    info = _DlInfo()
    if not dladdr(address, ctypes.byref(info)) or not info.dli_fname:
        return None
    return str(Path(info.dli_fname.decode()).resolve())


# Set when the JACK server tells a JackGraph it is going away. rtmidi's JACK output then never
# drains its ring buffer, and its send spins for ever once that is full, holding the GIL, so
# that not even SIGTERM stops improv: ports.Output refuses to send from then on instead.
server_gone = threading.Event()
_SHUTDOWN = ctypes.CFUNCTYPE(None, ctypes.c_void_p)
_on_shutdown = _SHUTDOWN(lambda _arg: server_gone.set())  # kept: libjack holds a pointer to it

JACK_NO_START_SERVER = 0x01
JACK_PORT_IS_INPUT, JACK_PORT_IS_OUTPUT = 0x1, 0x2
EEXIST = 17


def _bind(lib: ctypes.CDLL) -> None:
    """Signatures of the few libjack calls JackGraph makes (jack/jack.h)."""
    p, s = ctypes.c_void_p, ctypes.c_char_p
    sigs = {"jack_client_open": (p, [s, ctypes.c_int, ctypes.POINTER(ctypes.c_int)]),
            "jack_client_close": (ctypes.c_int, [p]),
            "jack_port_by_name": (p, [p, s]),
            "jack_port_flags": (ctypes.c_int, [p]),
            "jack_port_get_all_connections": (ctypes.POINTER(s), [p, p]),
            "jack_get_ports": (ctypes.POINTER(s), [p, s, s, ctypes.c_ulong]),
            "jack_connect": (ctypes.c_int, [p, s, s]),
            "jack_disconnect": (ctypes.c_int, [p, s, s]),
            "jack_on_shutdown": (None, [p, _SHUTDOWN, p]),
            "jack_free": (None, [p])}
    for name, (restype, argtypes) in sigs.items():
        fn = getattr(lib, name)
        fn.restype, fn.argtypes = restype, argtypes


class JackGraph:
    """A JACK client of improv's own on the chosen libjack, never activated: it asks the server
    which ports exist and what they are connected to, and connects them (rtmidi does neither).
    Open it once, after the rtmidi clients, and close it last: on jackd a client of the process
    that comes and goes while another opens can leave that one deaf (jackaudio/jack2#721)."""

    def __init__(self, name: str = "improv-routing"):
        chosen = load()
        if chosen.lib is None:
            raise OSError("no libjack on this system")
        self.lib = chosen.lib
        self.lock = threading.Lock()  # one call at a time: the routing and hot-plug threads share it
        _bind(self.lib)
        from .ports import quiet_stderr
        status = ctypes.c_int(0)
        with quiet_stderr():  # libjack prints its own lines when there is no server
            self.client = self.lib.jack_client_open(name.encode(), JACK_NO_START_SERVER, ctypes.byref(status))
        if not self.client:
            raise OSError(f"cannot open a JACK client (status 0x{status.value:x}): is the JACK server running?")
        self.lib.jack_on_shutdown(self.client, _on_shutdown, None)  # jackd tells; PipeWire 0.3.65 does not

    def _strings(self, array) -> list[str]:
        if not array:
            return []
        try:
            out, i = [], 0
            while array[i] is not None:
                out.append(array[i].decode(errors="replace"))
                i += 1
            return out
        finally:
            self.lib.jack_free(ctypes.cast(array, ctypes.c_void_p))

    def ports(self, direction: str | None = None) -> list[str]:
        """MIDI ports: "input" (they take MIDI), "output" (they send it), or all."""
        flags = {"input": JACK_PORT_IS_INPUT, "output": JACK_PORT_IS_OUTPUT}.get(direction or "", 0)
        with self.lock:
            if not self.client:  # closed: a thread that asks late gets nothing rather than a crash
                return []
            return self._strings(self.lib.jack_get_ports(self.client, None, b"midi", flags))

    def exists(self, port: str) -> bool:
        with self.lock:
            return bool(self.client) and bool(self.lib.jack_port_by_name(self.client, port.encode()))

    def connections(self, port: str) -> list[str] | None:
        """The ports connected to `port`, or None when `port` does not exist."""
        with self.lock:
            handle = self.client and self.lib.jack_port_by_name(self.client, port.encode())
            if not handle:
                return None
            return self._strings(self.lib.jack_port_get_all_connections(self.client, handle))

    def connect(self, source: str, destination: str) -> bool:
        """Connect an output port to an input port; True when they are connected (or were).
        False too when JACK refuses: a port whose client is not active yet."""
        with self.lock:
            return bool(self.client) and \
                self.lib.jack_connect(self.client, source.encode(), destination.encode()) in (0, EEXIST)

    def disconnect(self, source: str, destination: str) -> bool:
        with self.lock:
            return bool(self.client) and \
                self.lib.jack_disconnect(self.client, source.encode(), destination.encode()) == 0

    def close(self) -> None:
        with self.lock:
            if self.client:
                self.lib.jack_client_close(self.client)
                self.client = None
