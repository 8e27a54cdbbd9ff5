"""Which libjack improv speaks through: the one the system chose (PipeWire's under `pw-jack` or where
it is the system libjack, jackd2's otherwise), loaded before rtmidi; the wheel's own copy only when
the system has none."""
from __future__ import annotations

import ctypes
import importlib.util
import logging
import os
import re
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from ..quiet import quiet_stderr

SONAME = "libjack.so.0"
REOPEN_TRIES = 5  # a client found deaf is closed and opened again this many times at most
log = logging.getLogger("improv")


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


# ---- jack2 #721: a new client handed a closed client's wake-up semaphore
#
# jackd's libjack keeps one table of wake-up futexes per process, indexed by the server's client
# number (refnum). When any client of the server closes while a client of this process is still
# opening, the entry of the closed client can stay mapped (common/JackLibClient.cpp skips the
# disconnect while the new client's control block is NULL), and the next client of this process
# that gets the same refnum finds the entry "already connected" (linux/JackLinuxFutex.cpp) and
# waits on the dead client's futex for ever: its process callback never runs, so an input hears
# nothing and an output sends nothing. Nothing in JACK's API reports it. What does: a live client
# has its own semaphore, /dev/shm/jack_sem.<uid>_<server>_<name>, mapped into the process.

_SEM = re.compile(r"\s(/dev/shm/jack_sem\.\S+)$", re.M)


def _semaphores() -> set[str] | None:
    """The JACK wake-up semaphores this process has mapped (not deleted), or None if /proc cannot tell."""
    try:
        return set(_SEM.findall(Path("/proc/self/maps").read_text()))
    except OSError:
        return None


def _own(paths: set[str], name: str) -> set[str]:
    """The semaphores of a client called `name`, or `name-NN` when JACK renamed it (jack_sem.[<uid>_]<server>_<name>)."""
    server = re.escape(os.environ.get("JACK_DEFAULT_SERVER") or "default")
    own = re.compile(rf"/dev/shm/jack_sem\.(\d+_)?{server}_{re.escape(name.replace('/', '_'))}(-\d\d)?")
    return {p for p in paths if own.fullmatch(p)}


def checks_semaphores() -> bool:
    """Whether clients here can be checked: jackd's libjack (jack2) on Linux. PipeWire's libjack has
    no such table (0 deaf starts in 24 there)."""
    chosen = load()
    return sys.platform.startswith("linux") and chosen.origin in ("jackd", "wheel")


def open_awake(open_client, close_client, name: str, tries: int = REOPEN_TRIES):
    """`open_client()` a JACK client called `name` and make sure it is awake: a new semaphore of its
    own name is mapped. A client that is not (jack2 #721) is closed with `close_client(client)` and
    opened again, `tries` times at most; one line in the log when it happened. Returns the client;
    raises OSError when it stayed deaf."""
    check = checks_semaphores()
    for attempt in range(tries):
        before = _semaphores() if check else None
        client = open_client()
        after = _semaphores() if before is not None else None
        if after is None or not after or _own(after, name) - _own(before, name):
            if attempt:
                log.warning(f"JACK client {name} opened deaf {attempt} time{'s' if attempt > 1 else ''} (jack2 #721: "
                            "it was handed a closed client's wake-up semaphore); reopened, it runs now")
            return client
        close_client(client)
    raise OSError(f"JACK client {name} opened deaf {tries} times in a row (jack2 #721: other JACK clients "
                  "opening and closing meanwhile); try again, or run improv under PipeWire's JACK")


class ServerGone:
    """Set when the JACK server tells a JackGraph it is going away. rtmidi's JACK output then never
    drains its ring buffer, and its send spins for ever once that is full, holding the GIL, so
    that not even SIGTERM stops improv: ports.Output refuses to send from then on instead.

    The flag is a POSIX semaphore that libjack posts itself: its shutdown callback is libc's
    sem_post, so no Python runs on libjack's notification thread. A Python callback there once left
    improv hung at stop, 3 times in 84 stops of improv and its server together: jack_client_close
    cancels that thread (pthread_cancel, asynchronous), and a thread cancelled while it takes the
    interpreter lock dies owning the lock's mutex; no Python thread, nor any signal handler, runs
    again."""

    def __init__(self):
        self._libc = ctypes.CDLL(None, use_errno=True)
        self._sem = ctypes.create_string_buffer(64)  # a sem_t: 32 bytes on glibc's 64-bit targets
        if self._libc.sem_init(self._sem, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "sem_init failed")
        self.callback = ctypes.cast(self._libc.sem_post, ctypes.c_void_p)  # void (*)(void *arg), as JACK calls it

    def set(self) -> None:
        self._libc.sem_post(self._sem)

    def is_set(self) -> bool:
        value = ctypes.c_int(0)
        self._libc.sem_getvalue(self._sem, ctypes.byref(value))
        return value.value > 0


server_gone = ServerGone() if sys.platform.startswith("linux") else threading.Event()

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
            "jack_on_shutdown": (None, [p, p, p]),
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
        self.client = open_awake(lambda: self._open(name), self.lib.jack_client_close, name)
        # jackd tells; PipeWire 0.3.65 does not. libjack calls sem_post(&semaphore): no Python on its thread
        self.lib.jack_on_shutdown(self.client, server_gone.callback, ctypes.addressof(server_gone._sem))

    def _open(self, name: str):
        status = ctypes.c_int(0)
        with quiet_stderr():  # libjack prints its own lines when there is no server
            client = self.lib.jack_client_open(name.encode(), JACK_NO_START_SERVER, ctypes.byref(status))
        if not client:
            raise OSError(f"cannot open a JACK client (status 0x{status.value:x}): is the JACK server running?")
        return client

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

    def close(self) -> None:
        with self.lock:
            if self.client:
                self.lib.jack_client_close(self.client)
                self.client = None
