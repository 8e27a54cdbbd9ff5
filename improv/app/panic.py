"""`improv panic`: every note on every channel released, to a named output or to the ports improv's
output was last connected to; "sent" only once the MIDI system has been seen to pass it on."""
from __future__ import annotations

from ..midi.echo import Echo
from ..midi.player import panic_all_channels, panic_messages
from ..midi.ports import MidiSystemError, open_output, own_ports
from ..midi.routing import open_graph, read_record, record_path


def deliver_panic(backend: str, wanted: str | None, client: str) -> tuple[list[str], bool]:
    """`improv panic`: to the port matching `wanted`, or without one to the ports improv's output
    was last connected to (routing's record); returns (one line per destination, all delivered).
    "sent" is said only of a panic the MIDI system has been seen to pass on (echo.Echo)."""
    what = "note-offs for every key, sustain off, all notes off, all sound off on 16 channels"
    destinations: list[str] = []
    if wanted is None:
        record, why = read_record()
        if record is None:
            problem = f"is {why}" if why else "does not exist (improv has not run here since boot)"
            return [f"panic reached nobody: no --out given and the record of improv's connections "
                    f"{record_path()} {problem}; give --out NAME"], False
        destinations = record.connections["output"]
        if record.backend != backend or not destinations:
            where = f"on {record.backend}, not {backend}" if record.backend != backend else "to nothing"
            return [f"panic reached nobody: improv's output was last connected {where} "
                    f"({record_path()}); give --out NAME"], False
    out = open_output(backend, wanted, client + "-panic", own=client)
    echo = graph = None
    try:
        reached, lines = ([out.name], []) if wanted else ([], [])
        if wanted is None:
            graph = open_graph(backend, client + "-panic-graph")
            mine = own_ports(backend, client + "-panic")["output"]
            for port in destinations:
                if graph is not None and graph.connect(mine, port):
                    reached.append(port)
                else:
                    lines.append(f"panic not sent to {port}: it is not there now")
            if not reached:
                return lines + ["panic reached nobody: none of the ports improv's output was last connected "
                                "to is there now"], False
        try:
            echo = Echo(backend, out, client + "-panic-echo") if backend in ("jack", "alsa") else None
        except MidiSystemError:
            echo = None
        if echo is None:
            panic_all_channels(out)
            return lines + [f"panic sent to {port} but its delivery could not be confirmed ({backend} "
                            f"cannot echo it back): {what}" for port in reached], False
        done = panic_all_channels(out, echo.confirm)
        total = len(panic_messages())
        if done < total:
            return lines + [f"panic to {port} not confirmed: the MIDI system passed on {done} of {total} messages, "
                            f"then nothing in 5 tries of 1 s (server stalled?); run improv panic again"
                            for port in reached], False
        return lines + [f"panic sent to {port}: {what}" for port in reached], True
    finally:
        for part in (echo, out, graph):  # every client was open before any closes (jack2#721)
            if part is not None:
                part.close()
