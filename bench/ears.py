"""Ears: does improv hear every note, from the first second of every start? By content: what a
keyboard (bench/keyboard.py, a process of its own) sent, as JACK's own jack_midi_dump heard it on
the keyboard's port, against what improv heard (its --record, human track), onset by onset.
One JSON line a run.

    python bench/ears.py starts  [--server jackd|pipewire] [--runs 100]
        N starts of `improv run --mode call-response` while other JACK clients open and close in a
        loop (jack_lsp, as a patchbay polls); the keyboard connects at a random moment 0-2 s after
        improv's ports appear and plays 20 notes (chords and single notes): deaf starts (nothing
        heard), wrong notes (missing, extra, substituted), and how often improv reopened a client.
    python bench/ears.py chords  [--server jackd|pipewire] [--notes 2000] [--period 64] [--hog]
        improv in accompany (predicting all the time) hears 8 onsets a second, every other one a
        chord of 3-4 distinct notes; --hog keeps every core busy: missing, extra, substituted
        notes, and the server's xruns beside them (jackd's log).
    python bench/ears.py latency [--server jackd|pipewire] [--notes 400] [--input queue|callback]
        improv's own input (midi/ports.Input: rtmidi's queue drained by a thread) in this process,
        with a thread predicting with the shipped model all the time: key-to-inbox latency (when the
        message is in the Inbox, the step loop's side, against when the keyboard sent it: JACK's next
        cycle is part of it), arrival-to-inbox (against the message's stamp: improv's own part) and
        the stamp's error, p50/p99 ms. --input callback measures a Python callback in JACK's thread
        stamping on arrival (improv's input before), in the same way.

    python bench/ears.py stops   [--runs 100]
        rounds of improv (a keyboard playing into it) and its jackd stopped by SIGTERM at the same
        moment: stops not over within 10 s (hung), the slowest stop, the exit codes.

--improv DIR runs the improv of another checkout (a "before" figure); starts, chords and stops.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.private import private_env  # noqa: E402
from tests.jack import Dump, JackServer, PipeWireServer, dummy_args, is_on, start_improv  # noqa: E402

INTERVAL, DURATION = 0.125, 0.1   # 8 onsets a second, each note held 0.1 s
HUNG_AFTER_S = 10.0  # a stop not over by then is hung (the unit's TimeoutStopSec is 5)
SETTLE = 0.4  # s after the last note before improv is stopped: an improv before 2026-12 took in its input
# only at its next step (125 ms), and its recording ended with what it had taken in


# ---------------------------------------------------------------- pure logic (tests/test_bench_ears.py)

def onsets_of(notes: list[tuple[float, int]], window: float = 0.010) -> list[tuple[int, ...]]:
    """(time, pitch) notes as onsets: the pitches that start within `window` of the onset's first note."""
    out: list[list[int]] = []
    start = None
    for t, pitch in sorted(notes):
        if start is None or t - start > window:
            out.append([])
            start = t
        out[-1].append(pitch)
    return [tuple(sorted(o)) for o in out]


def compare(sent: list[tuple[int, ...]], heard: list[tuple[int, ...]]) -> dict:
    """Onsets sent against onsets heard, aligned in order (difflib): notes missing, extra, and
    substituted (heard in place of another note of the same onset)."""
    import difflib
    counts = {"missing": 0, "extra": 0, "substituted": 0}

    def pair(a: tuple[int, ...], b: tuple[int, ...]) -> None:
        lost, added = len(set(a) - set(b)) + len(a) - len(set(a)), len(set(b) - set(a)) + len(b) - len(set(b))
        subs = min(lost, added)
        counts["substituted"] += subs
        counts["missing"] += lost - subs
        counts["extra"] += added - subs
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, sent, heard, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        a, b = sent[i1:i2], heard[j1:j2]
        for k in range(max(len(a), len(b))):
            pair(a[k] if k < len(a) else (), b[k] if k < len(b) else ())
    return counts


def riff(rng: random.Random, onsets: int, sizes: tuple[int, ...] = (3, 4)) -> list[list[int]]:
    """Onsets of distinct pitches: every other one a chord (of one of `sizes` notes), the others one note."""
    out = []
    for i in range(onsets):
        size = rng.choice(sizes) if i % 2 else 1
        out.append(sorted(rng.sample(range(48, 84), size)))
    return out


# ---------------------------------------------------------------- processes

def start_server(kind: str, folder: Path, period: int):
    if kind == "pipewire":
        return PipeWireServer.start(folder, quantum=period)
    folder.mkdir(parents=True, exist_ok=True)
    return JackServer.start(folder, "ea", dummy_args(period))


class Keyboard:
    def __init__(self, server, name: str):
        self.name = name
        self.proc = subprocess.Popen([sys.executable, str(REPO / "bench" / "keyboard.py"), name],
                                     env=server.python_env(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.proc.stdout.readline().strip() == "ready", "the keyboard did not start"

    def play(self, onsets: list[list[int]], interval: float = INTERVAL) -> list[float]:
        """Onsets (chords) at an even interval; the times each was sent."""
        return self._ask(f"play {interval} {DURATION} {json.dumps(onsets)}")

    def notes(self, rows: list) -> list[float]:
        """Notes at their own times and lengths (bench/keyboard.py's `notes`); the times sent."""
        return self._ask("notes " + json.dumps(rows))

    def clock(self, bpm: float) -> None:
        """MIDI start and clock from now on, at `bpm`; notes then begin on its beats."""
        self.proc.stdin.write(f"clock {bpm}\n")
        self.proc.stdin.flush()

    def _ask(self, line: str) -> list[float]:
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        return json.loads(self.proc.stdout.readline())

    def close(self) -> None:
        self.proc.stdin.write("quit\n")
        self.proc.stdin.flush()
        self.proc.wait(10)


def recorded_onsets(path: Path) -> list[tuple[int, ...]]:
    """The human track of improv's --record, as onsets."""
    import mido
    mid = mido.MidiFile(str(path))
    for track in mid.tracks:
        if any(m.type == "track_name" and m.name == "human" for m in track):
            t, notes = 0, []
            for m in track:
                t += m.time
                if m.type == "note_on" and m.velocity > 0:
                    notes.append((t / mid.ticks_per_beat * 0.5, m.note))  # seconds at the record's 120 BPM
            return onsets_of(notes)
    return []


def dumped_onsets(events, since: int = 0) -> list[tuple[int, ...]]:
    """jack_midi_dump's note-ons (frame, bytes) as onsets (frames at 48 kHz)."""
    return onsets_of([(frame / 48000, m[1]) for frame, m in events[since:] if is_on(m)])


class churn:
    """Other JACK clients opening and closing all the time: jack_lsp in a loop, until stop(), which
    lets the last one finish (a client killed while it opens can wedge jackd's graph), or until the
    process that started it is gone (a killed test run leaves no loop behind)."""

    def __init__(self, server):
        import tempfile
        lsp = " ".join(server.command(["jack_lsp", *server._server_args()]))
        self.flag = Path(tempfile.mkstemp(prefix="improv-churn-")[1])
        self.proc = subprocess.Popen(["bash", "-c", f"while [ -e {self.flag} ] && kill -0 {os.getpid()} 2>/dev/null; do {lsp} >/dev/null 2>&1; done"],
                                     env=server.env())

    def stop(self) -> None:
        self.flag.unlink(missing_ok=True)
        self.proc.wait(30)


def stop(proc: subprocess.Popen, timeout: float = 20) -> str:
    proc.send_signal(signal.SIGTERM)
    try:
        return proc.communicate(timeout=timeout)[0]
    except subprocess.TimeoutExpired:
        proc.kill()
        return proc.communicate()[0] + "\n(bench: improv did not stop; killed)"


# ---------------------------------------------------------------- the runs

def starts(args, server, tmp: Path) -> dict:
    rng = random.Random(args.seed)
    kb = Keyboard(server, "earskb")
    dump = Dump(server, "earsdump", "earskb:out")
    deaf, wrong, reopened, failed = 0, {"missing": 0, "extra": 0, "substituted": 0}, 0, 0
    for i in range(args.runs):
        folder = tmp / f"start{i}"
        folder.mkdir()
        loop = churn(server)
        proc = None
        try:
            try:  # a new user's improv each time: no connection record to restore
                proc = start_improv(server, folder, "--mode", "call-response", "--name", "ears", "--record",
                                    str(folder / "jam.mid"), env_extra=private_env(folder), cwd=args.improv)
            except AssertionError as e:
                failed += 1
                print(f"start {i}: {e}", file=sys.stderr)
                continue
            time.sleep(rng.uniform(0, 2))  # the keyboard plugged in at some moment after the ports appear
            server.connect("earskb:out", "ears:in")
            onsets = riff(rng, 10, sizes=(3,))  # 20 notes
            before = len(dump.events)
            kb.play(onsets)
            dump.wait_for(lambda ev: sum(is_on(m) for _, m in ev[before:]) >= 20, 5)
            sent = dumped_onsets(dump.events, before)
            time.sleep(SETTLE)
        finally:
            loop.stop()
        log = stop(proc)
        heard = recorded_onsets(folder / "jam.mid") if (folder / "jam.mid").exists() else []
        reopened += log.count("opened deaf")
        if not heard:
            deaf += 1
            print(f"start {i}: deaf ({len(sent)} onsets sent)", file=sys.stderr)
            continue
        for k, v in compare(sent, heard).items():
            wrong[k] += v
    kb.close()
    dump.stop(settle=False)
    return {"part": "starts", "runs": args.runs, "deaf_starts": deaf, "failed_starts": failed,
            "wrong_notes": wrong, "clients_reopened": reopened}


def stops(args, tmp: Path) -> dict:
    """Rounds of: a server, improv with a keyboard (jack_midiseq) playing into it, then SIGTERM to
    improv and the server at the same moment. One server name for all rounds (a server the stop
    kills leaves its registry slot taken; only a server of the same name takes it back)."""
    name = f"es{os.getpid() % 100000}"
    hung, slowest, codes = 0, 0.0, {}
    for i in range(args.runs):
        folder = tmp / f"round{i}"
        folder.mkdir()
        server = JackServer.start(folder, name=name, args=dummy_args(args.period or 64))
        feeder = None
        try:
            proc = start_improv(server, folder, "--name", "stops", "--mode", "accompany",
                                env_extra=private_env(folder), cwd=args.improv)
            feeder = subprocess.Popen(server.command(["jack_midiseq", "feed", "2400", "0", "60", "1200"]),
                                      env=server.env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            server.wait_for_port("feed:out")
            server.connect("feed:out", "stops:in")
            time.sleep(random.Random(i).uniform(0.1, 0.5))
            proc.send_signal(signal.SIGTERM)
            server.proc.send_signal(signal.SIGTERM)
            t0 = time.monotonic()
            try:
                proc.communicate(timeout=HUNG_AFTER_S)
                slowest = max(slowest, time.monotonic() - t0)
                codes[proc.returncode] = codes.get(proc.returncode, 0) + 1
            except subprocess.TimeoutExpired:
                hung += 1
                print(f"round {i}: improv still there {HUNG_AFTER_S:g} s after the stop; killed", file=sys.stderr)
                proc.kill()
                proc.communicate()
        finally:
            if feeder is not None:
                feeder.kill()
                feeder.wait()
            server.stop()
    JackServer.start(tmp, name=name).stop()  # a clean stop frees the name's registry slot
    return {"part": "stops", "runs": args.runs, "hung_stops": hung, "slowest_stop_s": round(slowest, 2),
            "exit_codes": {str(k): v for k, v in sorted(codes.items())}}


def hog(cores: int) -> list[subprocess.Popen]:
    return [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(cores)]


def chords(args, server, tmp: Path) -> dict:
    rng = random.Random(args.seed)
    onsets = []
    while sum(map(len, onsets)) < args.notes:
        onsets += riff(rng, 2)
    kb = Keyboard(server, "earskb")
    dump = Dump(server, "earsdump", "earskb:out")
    proc = start_improv(server, tmp, "--mode", "accompany", "--name", "ears", "--in", "earskb:out",
                        "--record", str(tmp / "jam.mid"), env_extra=private_env(tmp), cwd=args.improv)
    hogs = hog(os.cpu_count() or 1) if args.hog else []
    log_before = server.log.read_text(errors="replace") if server.kind == "jackd" else ""
    try:
        time.sleep(0.5)
        kb.play(onsets)
        n = sum(map(len, onsets))
        dump.wait_for(lambda ev: sum(is_on(m) for _, m in ev) >= n, 10)
        time.sleep(SETTLE)
    finally:
        for h in hogs:
            h.kill()
            h.wait()
    log = stop(proc)
    sent = dumped_onsets(dump.events)
    heard = recorded_onsets(tmp / "jam.mid")
    kb.close()
    dump.stop(settle=False)
    xruns = None
    if server.kind == "jackd":
        new = server.log.read_text(errors="replace")[len(log_before):]
        xruns = len(re.findall(r"xrun", new, re.I))
    return {"part": "chords", "notes_sent": sum(map(len, onsets)), "notes_witness": sum(map(len, sent)),
            "witness_dropped": dump.dropped(), "notes_heard": sum(map(len, heard)), **compare(sent, heard),
            "hog": args.hog, "xruns": xruns, "improv_log_errors": log.count("ERROR")}


def latency(args, server, tmp: Path) -> dict:
    """In this process: improv's input on the chosen libjack, a busy predicting thread beside it."""
    os.environ.update({k: v for k, v in server.env().items() if k.startswith(("JACK_", "PIPEWIRE_"))})
    if server.kind == "pipewire":
        raise SystemExit("latency runs on jackd only (this process loads the system's libjack, jackd's)")
    from improv.model.engine import engine_for
    from improv.config import defaults
    from improv.midi import inbox as inbox_module
    from improv.midi.inbox import Inbox
    from improv.midi.ports import Input, new_client
    inbox = Inbox(4096)
    arrived: list[tuple[float, float, list[int]]] = []  # (when it reached the inbox, its stamp, message)
    put = inbox.put

    def recording_put(t, message):
        arrived.append((time.monotonic(), t, message))
        put(t, message)
    inbox.put = recording_put
    if args.switch_ms:
        sys.setswitchinterval(args.switch_ms / 1000)
    if args.input == "queue":
        if args.poll_ms:
            inbox_module.POLL_S = args.poll_ms / 1000
        port = Input("jack", None, "earsin", inbox, 4096)
        close = port.close
    else:  # the callback improv had: stamp on arrival in JACK's thread, then the same Inbox
        midi = new_client("input", "jack", "earsin", queue_size_limit=4096)
        midi.open_virtual_port("in")
        midi.set_callback(lambda event, _: recording_put(time.monotonic(), event[0]))

        def close():
            midi.cancel_callback()
            midi.close_port()
            midi.delete()
    settings = defaults()
    settings["model"]["bundle"] = str(REPO / "models" / "default")
    engine = engine_for(settings["model"])
    busy = threading.Event()

    def predict():  # the step loop's work: a window, then whole steps, without pause
        ids = list(range(50))
        while not busy.is_set():
            probs, state = engine.predict_state(ids)
            for _ in range(4):
                probs, state = engine.advance(state, int(np.argmax(probs)))
    worker = threading.Thread(target=predict, daemon=True)
    worker.start()
    kb = Keyboard(server, "earskb")
    server.connect("earskb:out", "earsin:in")
    time.sleep(0.5)
    rng = random.Random(args.seed)
    played = [[p] for p in rng.choices(range(48, 84), k=args.notes)]
    sent = kb.play(played, interval=0.05)
    deadline = time.monotonic() + 5
    while sum(1 for _, _, m in arrived if m[0] & 0xF0 == 0x90) < len(sent) and time.monotonic() < deadline:
        time.sleep(0.01)
    busy.set()
    worker.join()
    kb.close()
    close()
    import difflib
    ons = [(when, stamp, m[1]) for when, stamp, m in arrived if m[0] & 0xF0 == 0x90 and m[2] > 0]
    # pair each note heard with the note sent, by content (a misread message must not shift the pairs)
    pairs = [(i + k, j + k) for i, j, n in difflib.SequenceMatcher(None, [p for p, in played], [p for _, _, p in ons],
                                                                      autojunk=False).get_matching_blocks()
             for k in range(n)]
    reach = np.array([ons[j][0] - sent[i] for i, j in pairs]) * 1000
    error = np.array([ons[j][1] - sent[i] for i, j in pairs]) * 1000
    held = np.array([ons[j][0] - ons[j][1] for _, j in pairs]) * 1000  # improv's own part: stamp to inbox
    pct = lambda a, q: round(float(np.percentile(a, q)), 3) if len(a) else None  # noqa: E731
    return {"part": "latency", "input": args.input, "notes_sent": len(sent), "notes_heard": len(ons),
            "notes_paired": len(pairs), "switch_ms": round(sys.getswitchinterval() * 1000, 3), "poll_ms": inbox_module.POLL_S * 1000 if args.input == "queue" else None,
            "key_to_inbox_ms": {"p50": pct(reach, 50), "p99": pct(reach, 99), "max": pct(reach, 100)},
            "arrival_to_inbox_ms": {"p50": pct(held, 50), "p99": pct(held, 99), "max": pct(held, 100)},
            "stamp_error_ms": {"p50": pct(error, 50), "p99": pct(error, 99), "min": pct(error, 0),
                               "max": pct(error, 100)}}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("part", choices=["starts", "chords", "latency", "stops"])
    p.add_argument("--server", choices=["jackd", "pipewire"], default="jackd")
    p.add_argument("--period", type=int, default=None, help="frames per cycle (jackd 64, PipeWire 256)")
    p.add_argument("--runs", type=int, default=100)
    p.add_argument("--notes", type=int, default=None)
    p.add_argument("--hog", action="store_true", help="chords: a busy process on every core")
    p.add_argument("--input", choices=["queue", "callback"], default="queue")
    p.add_argument("--poll-ms", type=float, default=None, help="latency: the drain's poll (default improv's)")
    p.add_argument("--switch-ms", type=float, default=None, help="latency: the interpreter's switch interval "
                   "(default: improv run's, daemon.SWITCH_INTERVAL_S)")
    p.add_argument("--improv", type=Path, default=None, help="the checkout whose improv runs (default: this one)")
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args()
    period = args.period or (256 if args.server == "pipewire" else 64)
    args.notes = args.notes or {"chords": 2000, "latency": 400}.get(args.part)
    t0 = time.monotonic()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        if args.part == "stops":  # a server of its own each round
            result = stops(args, tmp)
        else:
            server = start_server(args.server, tmp / "server", period)
            try:
                result = {"starts": starts, "chords": chords, "latency": latency}[args.part](args, server, tmp)
            finally:
                server.stop()
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=args.improv or REPO, capture_output=True,
                            text=True).stdout.strip()
    print(json.dumps({"bench": "ears", **result, "server": args.server, "period": period, "commit": commit,
                      "improv": str(args.improv or REPO), "seconds": round(time.monotonic() - t0, 1)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
