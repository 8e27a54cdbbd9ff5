"""Ears on the private JACK server, by content: improv hears every note from the first second of
every start, while other JACK clients open and close beside it (jack2 #721), and reads every chord
right while Python keeps the interpreter busy (no Python in JACK's thread)."""
from __future__ import annotations

import importlib.util
import random
import signal
import threading
import time
from pathlib import Path

import pytest

from . import bundles
from .jack import Dump, is_on, start_improv

pytestmark = pytest.mark.jack
_spec = importlib.util.spec_from_file_location("bench_ears", Path(__file__).resolve().parent.parent / "bench" / "ears.py")
ears = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ears)


@pytest.mark.slow
def test_every_start_hears_every_note_while_other_clients_come_and_go(own_jack_server, tmp_path):
    jack_server = own_jack_server  # the clients that come and go are kept off the shared server
    rng = random.Random(7)
    bundle = bundles.one_step_notes(tmp_path / "b")
    kb = ears.Keyboard(jack_server, "churnkb")
    dump = Dump(jack_server, "churndump", "churnkb:out")
    heard_all, reopened = [], 0
    try:
        for i in range(10):
            folder = tmp_path / f"start{i}"
            folder.mkdir()
            loop = ears.churn(jack_server)
            try:
                proc = start_improv(jack_server, folder, "--name", "churn", "--model", str(bundle), "--record",
                                    str(folder / "jam.mid"), "--mode", "call-response",
                                    env_extra={"XDG_STATE_HOME": str(folder / "state")})
                time.sleep(rng.uniform(0, 0.5))  # the keyboard plugged in at some moment after the ports appear
                jack_server.connect("churnkb:out", "churn:in")
                onsets = ears.riff(rng, 6, sizes=(3,))
                before = len(dump.events)
                kb.play(onsets)
                assert dump.wait_for(lambda ev: sum(is_on(m) for _, m in ev[before:]) >= 12, 10)
            finally:
                loop.stop()
            proc.send_signal(signal.SIGTERM)
            log = proc.communicate(timeout=20)[0]
            assert proc.returncode == 0, log[-2000:]
            reopened += log.count("opened deaf")
            sent, heard = ears.dumped_onsets(dump.events, before), ears.recorded_onsets(folder / "jam.mid")
            heard_all.append((i, sent, heard))
    finally:
        kb.close()
        dump.stop(settle=False)
    wrong = [(i, sent, heard) for i, sent, heard in heard_all if sent != heard]
    print(f"10 starts with churn: clients reopened {reopened} times")
    assert not wrong, f"starts that did not hear what was played (start, sent, heard): {wrong}"


def test_chords_are_read_right_while_python_keeps_the_interpreter_busy(jack_server):
    """300 chords of 3-4 notes into improv's own input in this process while another thread runs
    Python without pause: every chord heard as JACK's own jack_midi_dump heard it on the keyboard's
    port (a keyboard process slowed by the load may send two chords in one cycle: one onset for both)."""
    from improv.midi.inbox import Inbox
    from improv.midi.ports import Input
    inbox = Inbox(8192)
    port = Input("jack", None, "chordsin", inbox, 8192)
    kb = ears.Keyboard(jack_server, "chordskb")
    dump = Dump(jack_server, "chordsdump", "chordskb:out")
    busy = threading.Event()

    def spin():  # pure Python: holds the interpreter lock as long as the switch interval lets it
        x = 0
        while not busy.is_set():
            x = (x * 31 + 7) % 1000003
    worker = threading.Thread(target=spin, daemon=True)
    try:
        jack_server.connect("chordskb:out", "chordsin:in")
        worker.start()
        rng = random.Random(3)
        onsets = [sorted(rng.sample(range(36, 96), rng.choice((3, 4)))) for _ in range(300)]
        kb.play(onsets, interval=0.02)
        notes = sum(map(len, onsets))
        assert dump.wait_for(lambda ev: sum(is_on(m) for _, m in ev) >= notes, 10)
        deadline = time.monotonic() + 10
        got: list = []
        while sum(1 for _, m in got if m[0] & 0xF0 == 0x90) < notes and time.monotonic() < deadline:
            got += inbox.drain()
            time.sleep(0.005)  # polling the inbox, with a deadline
    finally:
        busy.set()
        worker.join()
        kb.close()
        port.close()
    witnessed = ears.dumped_onsets(dump.stop(settle=False))
    heard = ears.onsets_of([(t, m[1]) for t, m in got if m[0] & 0xF0 == 0x90 and m[2] > 0])
    assert sum(map(len, witnessed)) == notes
    assert heard == witnessed, ears.compare(witnessed, heard)
