"""A private JACK server with the dummy driver, for the tests and the benchmarks."""
from __future__ import annotations

import os
import subprocess
import time
import uuid
from pathlib import Path

ARGS = ["-d", "dummy", "-r", "48000", "-p", "64", "-w", "1333"]  # -w paces a 64-frame period at 48 kHz


class JackServer:
    def __init__(self, name: str, proc: subprocess.Popen, log: Path):
        self.name, self.proc, self.log = name, proc, log

    @classmethod
    def start(cls, folder: Path, prefix: str = "ij") -> "JackServer":
        # keep the name short: jack_lsp 1.9.21 corrupts its heap on server names of 24+ characters
        name = f"{prefix[:4]}{os.getpid() % 100000}{uuid.uuid4().hex[:4]}"
        log = folder / f"{name}.log"
        with open(log, "w") as out:
            proc = subprocess.Popen(["jackd", "-n", name, *ARGS], stdout=out, stderr=subprocess.STDOUT,
                                    start_new_session=True)
        ready = subprocess.run(["jack_wait", "-s", name, "-w", "-t", "15"], capture_output=True, text=True)
        if ready.returncode != 0 or proc.poll() is not None:
            proc.kill()
            raise RuntimeError(f"private JACK server did not start: {log.read_text()[-500:]}")
        return cls(name, proc, log)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()

    def env(self) -> dict[str, str]:
        return {**os.environ, "JACK_DEFAULT_SERVER": self.name, "JACK_NO_START_SERVER": "1"}

    def ports(self, kind: str = "midi") -> list[str]:
        out = subprocess.run(["jack_lsp", "-t", "-s", self.name], capture_output=True, text=True,
                             env=self.env(), timeout=10).stdout.splitlines()
        return [line.strip() for line, typ in zip(out[::2], out[1::2]) if kind in typ]

    def wait_for_port(self, name: str, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if name in self.ports():
                return
            time.sleep(0.02)  # polling a condition, with a deadline
        raise AssertionError(f"JACK port {name} did not appear within {timeout} s; have {self.ports()}")


def dump_events(path: Path) -> list[tuple[int, list[int]]]:
    """Parse `jack_midi_dump -a` output: (frame, bytes) per event."""
    events = []
    for line in path.read_text().splitlines():
        head, _, rest = line.partition(":")
        if head.strip().isdigit():
            events.append((int(head), [int(b, 16) for b in rest.split()[:3]]))
    return events


def rss_mb(pid: int) -> float:
    """Resident memory of a process, in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0
