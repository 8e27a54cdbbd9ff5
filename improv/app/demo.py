"""`improv demo`: a public-domain corpus piece plays the human part, phrase by phrase, in real
time, through the same listening, conductor and player code as `improv run`."""
from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from typing import Any

import mido

from ..data import corpus
from ..live.jam import Hooks, status_line
from ..midi.clock import beat_seconds
from ..midi.constants import NOTE_OFF, NOTE_ON
from ..midi.inbox import Inbox
from ..midi.ports import MidiSystemError, choose_backend, new_client
from ..music import keys
from .daemon import JamError, Ports, Recorder, build, load_model, setup_logging

log = logging.getLogger("improv")
PHRASE_BEATS = 8.0  # the human's phrases: two bars each
HUMAN_START = 0.05  # the human's phrase starts this long after the previous answer


class InProcessOut(mido.ports.BaseOutput):
    """Where improv plays when there is no MIDI system: nowhere but the recording."""

    def _send(self, msg):
        pass


def human_phrases(source: str, phrase_beats: float, limit_beats: float) -> list[list[tuple[float, float, int, int]]]:
    """The piece's notes (onset, duration, pitch, velocity in beats), cut into phrases."""
    files, errors = corpus.expand_sources([source])
    if errors or not files:
        raise JamError(f"jam.phrase: {errors[0] if errors else 'no music file in ' + source}")
    try:
        piece = corpus.read_file(files[0])[0]
    except corpus.Skip as e:
        raise JamError(f"{files[0]}: {e}") from None
    phrases: list[list] = []
    for onset, dur, pitch, vel in zip(piece.onsets, piece.durations, piece.pitches, piece.velocities):
        if onset >= limit_beats:
            break
        k = int(onset // phrase_beats)
        while len(phrases) <= k:
            phrases.append([])
        end = min(onset + dur, (k + 1) * phrase_beats - 0.25)  # leave a gap at the phrase end
        phrases[k].append((onset - k * phrase_beats, max(0.1, end - onset), int(pitch), int(vel)))
    return [p for p in phrases if p]


def phrases_in(phrases: list, seconds: float, beat: float, answer_seconds: float) -> list:
    """The phrases the human plays whole within `seconds`; each is followed by improv's answer."""
    t, out = 0.0, []
    for phrase in phrases:
        if t + HUMAN_START + max(on + d for on, d, _, _ in phrase) * beat > seconds:
            break
        out.append(phrase)
        t += PHRASE_BEATS * beat + answer_seconds + HUMAN_START
    return out


def play_phrases(send, phrases, beat: float, answer_seconds: float, stop: threading.Event) -> None:
    """The human: plays a phrase, then listens while improv answers, then the next phrase."""
    for phrase in phrases:
        events = sorted([(on, 1, p, v) for on, d, p, v in phrase] + [(on + d, 0, p, 0) for on, d, p, v in phrase])
        start = time.monotonic() + HUMAN_START
        for at, is_on, pitch, vel in events:
            if stop.wait(max(0.0, start + at * beat - time.monotonic())):
                return
            send([NOTE_ON if is_on else NOTE_OFF, pitch, vel])
        if stop.wait(answer_seconds):
            return


def run(settings: dict[str, Any], seconds: float, out_dir: Path) -> int:
    setup_logging(settings["logging"]["level"])
    settings["jam"]["mode"] = "call-response"
    beat = beat_seconds(settings["time"]["tempo"])
    answer_s = (settings["jam"]["answer_bars"] * 4 + settings["jam"]["silence_beats"] + 1) * beat
    phrases = phrases_in(human_phrases(settings["jam"]["phrase"], PHRASE_BEATS, seconds / beat), seconds, beat,
                         answer_s)
    engine, _ = load_model(settings)
    inbox = Inbox(settings["midi"]["queue_size"])
    recorder = Recorder(time.monotonic())
    stop = threading.Event()
    client = settings["midi"]["client_name"] + "-demo"
    try:
        ports = Ports(choose_backend(settings["midi"]["backend"]), None, None, client, inbox,
                      settings["midi"]["queue_size"])
    except MidiSystemError:
        ports = None
    feeder = None
    if ports is not None:
        feeder = new_client("output", ports.backend, client + "-human")
        feeder.open_port(feeder.get_ports().index(next(p for p in feeder.get_ports() if ports.input.name in p)))
        send, where, out_port = feeder.send_message, f"{ports.backend} ports ({ports.input.name})", ports.output
    else:
        out_port = InProcessOut()
        send, where = (lambda m: inbox.put(time.monotonic(), m)), "in-process ports (no MIDI system here)"
    try:
        hooks = Hooks(on_human_note=_announce(recorder.human.append, "human "),
                      on_ai_note=_announce(recorder.ai.append, "improv"))
        jam = build(settings, engine, inbox, out_port, None, hooks=hooks)
        human = threading.Thread(target=play_phrases, args=(send, phrases, beat, answer_s, stop), daemon=True)
        timer = threading.Timer(seconds, lambda: (stop.set(), jam.wake.set()))
        log.info(f"demo: {settings['jam']['phrase']} plays the human part over {where}, "
                 f"{len(phrases)} phrases in {seconds:g} s")
        human.start()
        timer.start()
        try:
            jam.run(stop)
        except KeyboardInterrupt:
            stop.set()
        timer.cancel()
        human.join(2)
        if ports is not None:
            ports.input.drain.stop()
        jam.finish(time.monotonic())  # keys the human held at the end are recorded too
        log.info("status: " + status_line(jam.status()))
    finally:
        if feeder is not None:
            feeder.close_port()
        if ports is not None:
            ports.close()
        else:
            out_port.close()
    out_dir.mkdir(parents=True, exist_ok=True)
    recorder.write(settings["time"]["tempo"], str(out_dir / "jam.mid"), str(out_dir / "jam.png"))
    return 0 if recorder.ai else 1


def _announce(record, who: str):
    def on_note(onset, offset, pitch, velocity):
        record((onset, offset, pitch, velocity))
        log.debug(f"{who} {keys.NAMES[pitch % 12]}{pitch // 12 - 1} for {offset - onset:.2f} s")
    return on_note
