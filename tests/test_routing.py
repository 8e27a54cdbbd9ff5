"""improv's routing: the record of its connections, restoring them, the ALSA sequencer's account
of its graph, and port names matched in a user's words (pure logic, no MIDI system)."""
from __future__ import annotations

import json
import logging
import signal
import subprocess
import time

import pytest

from improv.midi.ports import MidiSystemError, find_port, is_own
from improv.app.status import status_path
from improv.midi.routing import FORMAT, Record, Routing, parse_alsa_clients, read_record, record_path, write_record

from . import bundles
from .jack import Dump, is_on, start_improv

# /proc/asound/seq/clients on a desktop: a USB keyboard, FluidSynth, improv (two clients of one
# name, as rtmidi makes them), the keyboard connected to improv's input and improv to the synth.
ALSA_CLIENTS = """Client info
  cur  clients : 6
  peak clients : 7
  max  clients : 192

Client   0 : "System" [Kernel]
  Port   0 : "Timer" (Rwe-)
    Connecting To: 15:0
  Port   1 : "Announce" (R-e-)
    Connecting To: 15:0, 128:0
Client  14 : "Midi Through" [Kernel]
  Port   0 : "Midi Through Port-0" (RWe-)
Client  20 : "USB Keyboard" [Kernel card=1]
  Port   0 : "USB Keyboard MIDI 1" (RWeX)
    Connecting To: 129:0
Client 128 : "FLUID Synth (4242)" [User Legacy]
  Port   0 : "Synth input port (4242:0)" (-We-)
    Connected From: 0:1, 130:0[real:0]
Client 129 : "improv" [User Legacy]
  Port   0 : "in" (-We-)
    Connected From: 20:0
Client 130 : "improv" [User Legacy]
  Port   0 : "out" (R-e-)
    Connecting To: 128:0[real:0]
"""


def test_alsa_clients_are_read_with_their_connections_by_name():
    ports = parse_alsa_clients(ALSA_CLIENTS)
    assert ports["129:0"].name == "improv:in" and ports["129:0"].came == ["20:0"]
    assert ports["130:0"].name == "improv:out" and ports["130:0"].to == ["128:0"]  # [real:0] is a queue, not a port
    assert ports["128:0"].came == ["0:1", "130:0"]
    assert ports["20:0"].caps == "RWeX" and ports["14:0"].name == "Midi Through:Midi Through Port-0"


def test_alsa_graph_names_connections_by_client_and_port(monkeypatch, tmp_path):
    from improv.midi.routing import AlsaGraph
    proc = tmp_path / "clients"
    proc.write_text(ALSA_CLIENTS)
    monkeypatch.setattr(AlsaGraph, "PROC", proc)
    graph = AlsaGraph()
    assert graph.connections("improv:out") == ["FLUID Synth (4242):Synth input port (4242:0)"]
    assert graph.connections("improv:in") == ["USB Keyboard:USB Keyboard MIDI 1"]
    assert graph.connections("nobody:out") is None
    assert "improv:in" in graph.ports("input") and "improv:in" not in graph.ports("output")


def record() -> Record:
    return Record("jack", {"input": "improv:in", "output": "improv-out:out"},
                  {"input": ["kbd:out"], "output": ["synth:in", "daw:midi_in"]})


def test_the_record_is_written_and_read_back(tmp_path):
    path = tmp_path / "connections.json"
    write_record(record(), path)
    back, why = read_record(path)
    assert why is None and back == record()
    assert not list(tmp_path.glob("*.tmp"))  # written beside, then moved into place


@pytest.mark.parametrize("text, why", [
    ('{"format": 1, "backend": "jack", "ports": {"inp', "not JSON"),
    ("garbage", "not JSON"),
    ('{"format": 99, "backend": "jack"}', "unknown format (99"),
    ('[1, 2]', "unknown format"),
    (json.dumps({"format": FORMAT, "backend": "jack"}), "incomplete"),
])
def test_a_corrupt_record_says_why(tmp_path, text, why):
    path = tmp_path / "connections.json"
    path.write_text(text)
    back, reason = read_record(path)
    assert back is None and why in reason


def test_no_record_is_no_problem(tmp_path):
    assert read_record(tmp_path / "none.json") == (None, None)


class FakeGraph:
    """A port graph in memory: ports and (source, destination) pairs."""

    def __init__(self, ports, links=()):
        self.all, self.links = set(ports), set(links)

    def exists(self, port):
        return port in self.all

    def connect(self, source, destination):
        if source in self.all and destination in self.all:
            self.links.add((source, destination))
            return True
        return False

    def connections(self, port):
        if port not in self.all:
            return None
        return sorted({d for s, d in self.links if s == port} | {s for s, d in self.links if d == port})

    def close(self):
        pass


OWN = {"input": "improv:in", "output": "improv-out:out"}


def test_restore_connects_what_is_there_and_waits_for_the_rest(tmp_path, caplog):
    path = tmp_path / "connections.json"
    write_record(record(), path)
    graph = FakeGraph({"improv:in", "improv-out:out", "kbd:out", "synth:in"})
    routing = Routing(graph, "jack", OWN, path)
    with caplog.at_level(logging.INFO, logger="improv"):
        routing.restore()
    assert graph.links == {("kbd:out", "improv:in"), ("improv-out:out", "synth:in")}
    lines = caplog.messages
    assert sum("connection restored" in line for line in lines) == 2
    assert [line for line in lines if "daw:midi_in" in line] == [
        "daw:midi_in is not there: improv-out:out -> daw:midi_in will be connected when it appears"]
    routing.poll()
    assert read_record(path)[0].connections["output"] == ["synth:in", "daw:midi_in"]  # still waited for
    graph.all.add("daw:midi_in")  # the DAW starts
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="improv"):
        routing.poll()
    assert ("improv-out:out", "daw:midi_in") in graph.links
    assert caplog.messages == ["daw:midi_in appeared: connected improv-out:out -> daw:midi_in"]


def test_a_port_that_goes_away_stays_recorded_and_a_disconnected_one_does_not(tmp_path):
    path = tmp_path / "connections.json"
    graph = FakeGraph({"improv:in", "improv-out:out", "synth:in", "daw:in"},
                      {("improv-out:out", "synth:in"), ("improv-out:out", "daw:in")})
    routing = Routing(graph, "jack", OWN, path)
    routing.poll()
    assert read_record(path)[0].connections["output"] == ["daw:in", "synth:in"]
    graph.all.discard("synth:in")  # the synth quits: its connection goes with it
    graph.links.discard(("improv-out:out", "synth:in"))
    graph.links.discard(("improv-out:out", "daw:in"))  # the user disconnects the DAW
    routing.poll()
    assert read_record(path)[0].connections["output"] == ["synth:in"]
    graph.all.add("synth:in")  # the synth is back
    routing.poll()
    assert ("improv-out:out", "synth:in") in graph.links


def test_nothing_is_written_while_improvs_own_port_is_reopened(tmp_path):
    path = tmp_path / "connections.json"
    graph = FakeGraph({"improv:in", "improv-out:out", "synth:in"}, {("improv-out:out", "synth:in")})
    routing = Routing(graph, "jack", OWN, path)
    routing.poll()
    graph.all.discard("improv-out:out")
    path.unlink()
    routing.poll()
    assert not path.exists()


def test_restore_off_and_another_backend_connect_nothing(tmp_path, caplog):
    path = tmp_path / "connections.json"
    write_record(record(), path)
    graph = FakeGraph({"improv:in", "improv-out:out", "kbd:out", "synth:in"})
    with caplog.at_level(logging.INFO, logger="improv"):
        Routing(graph, "jack", OWN, path).restore(enabled=False)
        Routing(graph, "alsa", OWN, path).restore()
    assert not graph.links
    assert len(caplog.messages) == 2


def test_a_corrupt_record_is_one_line_and_nothing_restored(tmp_path, caplog):
    path = tmp_path / "connections.json"
    path.write_text('{"format": 1, "back')
    graph = FakeGraph({"improv:in", "improv-out:out"})
    with caplog.at_level(logging.INFO, logger="improv"):
        Routing(graph, "jack", OWN, path).restore()
    assert len(caplog.messages) == 1 and "not JSON" in caplog.messages[0] and "ignored" in caplog.messages[0]


# ---- port names in a user's words (issue 13, point 4)

DESTINATIONS = ["improv:in", "improv-panic:echo", "FLUID Synth:midi_00", "synth:input"]


def test_a_piece_of_a_name_never_picks_improvs_own_port():
    with pytest.raises(MidiSystemError) as e:
        find_port(DESTINATIONS, "improv", "output", "improv")
    message = str(e.value)
    assert "matches only improv's own improv:in" in message and "you can play into" in message
    assert "improv:in" not in message.split("ports you can play into:")[1]  # own ports are not offered


def test_improvs_own_port_by_its_full_name_is_used_and_said(caplog):
    with caplog.at_level(logging.INFO, logger="improv"):
        assert find_port(DESTINATIONS, "improv:in", "output", "improv") == 0
    assert "improv's own port" in caplog.text


def test_a_name_that_matches_a_port_of_theirs_and_one_of_ours_picks_theirs(caplog):
    names = ["improv-out:out", "improvisor:out"]
    with caplog.at_level(logging.INFO, logger="improv"):
        assert find_port(names, "improv", "input", "improv") == 1
    assert "left out" in caplog.text


def test_messages_speak_of_listening_and_playing_into():
    with pytest.raises(MidiSystemError, match="no MIDI port you can listen to matches 'piano'"):
        find_port(["kbd:out"], "piano", "input", "improv")
    with pytest.raises(MidiSystemError, match="several MIDI ports you can play into"):
        find_port(DESTINATIONS, "synth", "output", "improv")


def test_own_ports_are_those_of_improvs_clients():
    assert is_own("improv:in", "improv") and is_own("improv-out:out", "improv")
    assert is_own("improv:in 129:0", "improv") and not is_own("improvisor:out", "improv")
    assert not is_own("improv:in", None)


# ---- on the private JACK servers: a restart brings the routing back

def _status(path) -> dict:
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return {}


@pytest.mark.jack
def test_a_restarted_improv_has_its_connections_back(any_jack_server, tmp_path):
    """A keyboard (jack_midiseq) into improv and improv into a synth (jack_midi_dump), connected
    once by the test; improv is killed and started again, and both connections are back without
    any jack_connect, with notes flowing through them."""
    server = any_jack_server
    bundle = bundles.one_step_notes(tmp_path / "b")
    args = ("--mode", "accompany", "--name", "again", "--model", str(bundle))
    keys = subprocess.Popen(server.command(["jack_midiseq", "rkeys", "24000", "0", "60", "12000"]), env=server.env(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    first = second = None
    synth = Dump(server, "rsynth")
    try:
        server.wait_for_port("rkeys:out")
        first = start_improv(server, tmp_path, *args)
        for source, destination in (("rkeys:out", "again:in"), ("again-out:out", "rsynth:input")):
            server.connect(source, destination)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # polling a condition, with a deadline
            record, _ = read_record(record_path())
            if record and record.connections == {"input": ["rkeys:out"], "output": ["rsynth:input"]}:
                break
            time.sleep(0.05)
        assert record and record.connections == {"input": ["rkeys:out"], "output": ["rsynth:input"]}, record
        first.send_signal(signal.SIGKILL)
        first.wait(10)
        first.notify.close()
        deadline = time.monotonic() + 10  # the server lets the dead client go before its name is free again
        while {"again:in", "again-out:out"} & set(server.ports()) and time.monotonic() < deadline:
            time.sleep(0.05)  # polling a condition, with a deadline
        heard_before = sum(is_on(m) for _, m in synth.events)
        second = start_improv(server, tmp_path, *args)
        assert synth.wait_for(lambda ev: sum(is_on(m) for _, m in ev) >= heard_before + 4, 20), \
            "the restarted improv's notes did not reach the synth"
        status = status_path()  # the test's own XDG_RUNTIME_DIR
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not (_status(status).get("pid") == second.pid and
                                                   _status(status).get("messages_received", 0) > 0):
            time.sleep(0.1)  # polling a condition, with a deadline
        assert _status(status).get("messages_received", 0) > 0, f"improv heard no keyboard: {_status(status)}"
    finally:
        log = ""
        for proc in (first, second):
            if proc is not None and proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
                log = proc.communicate(timeout=10)[0]
                proc.notify.close()
        keys.terminate()
        keys.wait(10)
        synth.stop(settle=False)
    restored = [line for line in log.splitlines() if "connection restored" in line]
    assert sorted(restored) == ["INFO connection restored: again-out:out -> rsynth:input",
                                "INFO connection restored: rkeys:out -> again:in"], log


@pytest.mark.jack
def test_a_corrupt_record_is_one_line_in_the_log_and_improv_starts(jack_server, tmp_path):
    path = record_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"format": 1, "backend": "jack", "ports": {"in')  # cut short, as by a full disk
    proc = start_improv(jack_server, tmp_path, "--name", "fresh", "--model", str(bundles.melodies(tmp_path / "b")))
    proc.send_signal(signal.SIGTERM)
    log = proc.communicate(timeout=10)[0]
    proc.notify.close()
    assert proc.returncode == 0, log
    assert [line for line in log.splitlines() if str(path) in line] == [
        f"WARNING connection record {path} is not JSON (truncated?): ignored, no connections restored"]
    assert read_record(path) != (None, "not JSON (truncated?)")  # replaced by a good record at start
