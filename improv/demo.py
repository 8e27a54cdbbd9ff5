"""`improv demo`: a public-domain corpus piece plays the human part, phrase by phrase, in real
time, through the same listening, conductor and player code as `improv run`."""
from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from typing import Any

import mido

from . import corpus
from .midi.clock import beat_seconds
from .service import JamError, Recorder, build, setup_logging

log = logging.getLogger("improv")


class InProcessOut(mido.ports.BaseOutput):
    """Where improv plays when there is no MIDI system: nowhere but the recording."""

    def _send(self, msg):
        pass


def human_phrases(source: str, phrase_beats: float, limit_beats: float) -> list[list[tuple[float, float, int, int]]]:
    """The piece's notes (onset, duration, pitch, velocity in beats), cut into phrases."""
    files, errors = corpus.expand_sources([source])
    if errors or not files:
        raise JamError(f"jam.seed: {errors[0] if errors else 'no music file in ' + source}")
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


def play_phrases(send, phrases, beat: float, answer_seconds: float, stop: threading.Event) -> None:
    """The human: plays a phrase, then listens while improv answers, then the next phrase."""
    for phrase in phrases:
        events = sorted([(on, 1, p, v) for on, d, p, v in phrase] + [(on + d, 0, p, 0) for on, d, p, v in phrase])
        start = time.monotonic() + 0.05
        for at, is_on, pitch, vel in events:
            if stop.wait(max(0.0, start + at * beat - time.monotonic())):
                return
            send([0x90 if is_on else 0x80, pitch, vel])
        if stop.wait(answer_seconds):
            return


def run(settings: dict[str, Any], seconds: float, out_dir: Path) -> int:
    from .midi.listener import Inbox
    from .midi.ports import Input, MidiSystemError, choose_backend, new_client, open_output
    setup_logging(settings["logging"]["level"])
    settings["jam"]["mode"] = "call-response"
    beat = beat_seconds(settings["time"]["tempo"])
    answer_s = (settings["jam"]["answer_bars"] * 4 + settings["jam"]["silence_beats"] + 1) * beat
    phrases = human_phrases(settings["jam"]["seed"], 8.0, seconds / beat)
    inbox = Inbox(settings["midi"]["queue_size"])
    recorder = Recorder(time.monotonic())
    stop = threading.Event()
    client = settings["midi"]["client_name"] + "-demo"
    try:
        backend = choose_backend(settings["midi"]["backend"])
        out_port = open_output(backend, None, client)
    except MidiSystemError:
        backend = None
    midi_in = feeder = None
    if backend is not None:
        midi_in = Input(backend, None, client, inbox.callback)
        feeder = new_client("output", backend, client + "-human")
        feeder.open_port(feeder.get_ports().index(next(p for p in feeder.get_ports() if midi_in.name in p)))
        send, where = feeder.send_message, f"{backend} ports ({midi_in.name})"
    else:
        out_port = InProcessOut()
        send, where = (lambda m: inbox.callback((m, 0.0))), "in-process ports (no MIDI system here)"
    try:
        conductor = build(settings, inbox, out_port, recorder)
        log.info(f"demo: {settings['jam']['seed']} plays the human part over {where}, "
                 f"{len(phrases)} phrases, {seconds:g} s")
        conductor.player.on_note = _announce(recorder.ai.append, "improv")
        conductor.listener.on_note = _announce(recorder.human.append, "human ")
        human = threading.Thread(target=play_phrases, args=(send, phrases, beat, answer_s, stop), daemon=True)
        timer = threading.Timer(seconds, lambda: (stop.set(), conductor.wake.set()))
        human.start()
        timer.start()
        try:
            conductor.run(stop)
        except KeyboardInterrupt:
            stop.set()
        timer.cancel()
        human.join(2)
        log.info(conductor.status_line())
    finally:
        if midi_in is not None:
            midi_in.close()
        if feeder is not None:
            feeder.close_port()
        out_port.close()
    out_dir.mkdir(parents=True, exist_ok=True)
    recorder.write(settings["time"]["tempo"], str(out_dir / "jam.mid"), str(out_dir / "jam.png"))
    return 0 if recorder.ai else 1


def _announce(record, who: str):
    names = ["C", "C#", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"]

    def on_note(onset, offset, pitch, velocity):
        record((onset, offset, pitch, velocity))
        log.debug(f"{who} {names[pitch % 12]}{pitch // 12 - 1} for {offset - onset:.2f} s")
    return on_note
