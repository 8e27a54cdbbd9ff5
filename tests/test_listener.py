"""Pure logic of listening and playing, with fake ports and explicit times."""
from __future__ import annotations

import math

import mido
import pytest

from improv.midi.clock import ClockFollower, Grid
from improv.midi.inbox import Inbox
from improv.midi.listener import Listener
from improv.midi.player import Player, panic_all_channels

STEP = 0.125  # 120 BPM, 4 steps per beat


def texts(listener):
    return [t.text for t in listener.take()]


def test_chord_within_window_and_durations_quantized():
    li = Listener(STEP, chord_window=0.03)
    li.feed(0.000, [0x90, 60, 90])
    li.feed(0.020, [0x90, 64, 90])   # 20 ms later: same chord
    li.feed(0.050, [0x90, 67, 90])   # 50 ms later: a new onset, the chord ends here
    assert texts(li) == ["60.64:1"]
    li.feed(0.550, [0x80, 67, 0])
    li.feed(0.560, [0x90, 60, 0])    # velocity 0 is a note-off
    li.feed(0.570, [0x80, 64, 0])
    assert texts(li) == ["67:4"]


def test_silence_becomes_rests_and_flush_before_an_answer():
    li = Listener(STEP)
    li.feed(0.0, [0x90, 60, 90])
    li.feed(0.25, [0x80, 60, 0])
    li.feed(0.75, [0x90, 62, 90])    # half a second of silence = 4 steps
    assert texts(li) == ["60:2", "rest:4"]
    li.feed(1.0, [0x80, 62, 0])
    assert li.silent_for(1.5) == pytest.approx(0.5)
    li.flush_silence(1.5)
    assert texts(li) == ["62:2", "rest:4"]


def test_sustain_pedal_extends_durations():
    li = Listener(STEP)
    li.feed(0.0, [0xB0, 64, 127])
    li.feed(0.0, [0x90, 60, 90])
    li.feed(0.125, [0x80, 60, 0])    # key up, pedal still down: still sounding
    assert li.sounding and texts(li) == []
    li.feed(1.0, [0xB0, 64, 0])      # pedal up at one second
    assert texts(li) == ["60:8"] and not li.sounding


def test_running_status_realtime_bytes_sysex_and_strays():
    li = Listener(STEP)
    li.feed(0.0, [0x90, 60, 90])
    li.feed(0.01, [64, 90])                       # running status: another note-on
    li.feed(0.02, [0x90, 0xF8, 67, 90])           # a clock byte inside a note-on
    assert [b for _, b, _ in li.realtime] == [0xF8]
    li.feed(0.03, [0xF0, 1, 2, 3, 0xF7])          # sysex: ignored, cancels running status
    li.feed(0.03, [70, 90])                       # a stray data byte pair: ignored
    li.feed(0.03, [0xFE])                         # active sensing: ignored
    li.feed(0.04, [0x80, 50, 0])                  # note-off with no note-on: ignored
    li.feed(0.05, [0x99, 36, 100])                # drums on channel 10: ignored
    for p in (60, 64, 67):
        li.feed(0.5, [0x80, p, 0])
    assert texts(li) == ["60.64.67:4"]
    assert li.notes_in == 3 and li.ignored == 4  # sysex, stray data, stray note-off, drums


def test_inbox_is_bounded_and_counts_drops():
    box = Inbox(size=16)
    for i in range(100):
        box.put(0.0, [0x90, 60, 90])
    assert box.received == 100 and box.dropped == 84 and len(box.drain()) == 16


class FakeOut(mido.ports.BaseOutput):
    def _open(self, **kwargs):
        self.sent = []

    def _send(self, msg):
        self.sent.append(msg)


def test_player_gives_every_note_on_exactly_one_note_off():
    port = FakeOut()
    recorded = []
    pl = Player(port, channel=2, on_note=lambda *n: recorded.append(n))
    pl.play([60, 64], 90, now=0.0, off_at=0.5)
    pl.play([64], 90, now=0.2, off_at=1.0)        # 64 again: the old one ends first
    assert pl.release_due(0.5) == 1 and pl.next_due() == 1.0
    pl.panic(0.6)
    ons = [(m.note) for m in port.sent if m.type == "note_on"]
    offs = [(m.note) for m in port.sent if m.type == "note_off"]
    assert sorted(ons) == sorted(offs) == [60, 64, 64]
    assert all(m.channel == 2 for m in port.sent)
    assert [m.control for m in port.sent if m.type == "control_change"] == [64, 123, 120]
    assert len(recorded) == 3 and not pl.sounding


def test_a_note_on_may_wait_for_its_time_and_is_never_sent_after_a_release():
    port = FakeOut()
    pl = Player(port)
    pl.play([60], 90, now=0.0, off_at=0.4, on_at=0.1)       # a swung offbeat: on a little after its step
    assert not port.sent and pl.next_due() == 0.1
    pl.due(0.09)
    assert not port.sent
    pl.due(0.1)
    assert [(m.type, m.note) for m in port.sent] == [("note_on", 60)] and pl.next_due() == 0.4
    pl.play([62], 90, now=0.3, off_at=0.9, on_at=0.35)
    pl.release_all(0.32)                                     # the human came back: the waiting one is dropped
    pl.due(1.0)
    assert [(m.type, m.note) for m in port.sent] == [("note_on", 60), ("note_off", 60)]
    assert pl.notes_on == pl.notes_off == 1 and not pl.waiting


def test_panic_all_channels():
    port = FakeOut()
    panic_all_channels(port)
    offs = {(m.channel, m.note) for m in port.sent if m.type == "note_off"}
    assert len(offs) == 16 * 128
    controls = [(m.channel, m.control) for m in port.sent if m.type == "control_change"]
    for ch in range(16):
        assert (ch, 64) in controls and (ch, 123) in controls and (ch, 120) in controls


def test_grid_tempo_change_keeps_scheduled_steps():
    g = Grid(120, 4, start=10.0)
    assert g.time_of(8) == pytest.approx(11.0)
    g.set_tempo(60, at_step=8)
    assert g.time_of(8) == pytest.approx(11.0) and g.time_of(12) == pytest.approx(12.0)


def test_clock_follower_tempo_start_stop_and_song_position():
    f = ClockFollower(steps_per_beat=4)
    period = 60 / 100 / 24  # 100 BPM
    for i in range(48):
        f.feed(i * period, 0xF8)
    assert f.bpm == pytest.approx(100, rel=1e-3)
    assert [s for s, _ in f.boundaries][:3] == [0, 1, 2]
    f.feed(2.0, 0xFC)
    assert not f.running
    f.feed(2.1, 0xF2, 16)   # song position: 16 sixteenths = one bar
    f.feed(2.2, 0xFB)
    assert f.running and f.ticks == 96


def test_clock_follower_tempo_is_not_pulled_by_ticks_heard_to_a_jack_period():
    """Ticks heard to a JACK period (64 frames at 48 kHz): at 120 BPM each interval comes out 20.0
    or 21.3 ms instead of 20.8, and the median interval said 128 ms a step, not 125."""
    quantum = 64 / 48000
    f = ClockFollower(steps_per_beat=4)
    period = 60 / 120 / 24
    for i in range(72):
        f.feed(math.ceil((5.0 + i * period) / quantum) * quantum, 0xF8)
    assert f.step_seconds == pytest.approx(0.125, rel=0.004)
    f.feed(100.0, 0xF8)   # after a gap, the spans start again: the first tick alone says nothing yet
    assert f.step_seconds == pytest.approx(0.125, rel=0.05)


def test_all_notes_off_releases_held_keys_and_all_sound_off_the_pedal_too():
    li = Listener(STEP)
    li.feed(0.0, [0xB0, 64, 127])
    li.feed(0.0, [0x90, 60, 90])
    li.feed(0.0, [0x90, 64, 90])
    li.feed(0.25, [0xB0, 123, 0])      # all notes off: keys up, the pedal still holds them
    assert li.sounding and not li.held
    li.feed(0.5, [0xB0, 120, 0])       # all sound off: silence
    assert not li.sounding and texts(li) == ["60.64:4"]


def test_onset_times_count_a_chord_once():
    li = Listener(STEP, chord_window=0.03)
    for t, p in ((0.0, 60), (0.01, 64), (0.02, 67), (0.5, 62), (1.0, 64), (1.01, 67)):
        li.feed(t, [0x90, p, 90])
    assert list(li.onset_times) == [0.0, 0.5, 1.0]


def test_a_note_held_past_the_next_onset_gets_its_length_when_released():
    """A left-hand chord held under a melody: its token is heard at the melody's onset (cut there),
    and each held note's real length follows when it is released (the pedal's time included)."""
    li = Listener(STEP)
    li.feed(0.000, [0x90, 48, 90])
    li.feed(0.005, [0x90, 55, 90])
    li.feed(0.500, [0x90, 72, 90])        # 4 steps later, the chord still held
    chord, = li.take()
    assert chord.text == "48.55:4" and li.take_lengths() == []
    li.feed(0.600, [0x80, 72, 0])
    li.feed(0.750, [0x80, 55, 0])         # 6 steps after the chord began
    assert li.take_lengths() == [(chord, 55, 6)]
    li.feed(0.800, [0xB0, 64, 127])       # the pedal holds 48 past its key's release
    li.feed(0.900, [0x80, 48, 0])
    assert li.take_lengths() == []
    li.feed(1.000, [0xB0, 64, 0])
    (token, pitch, steps), = li.take_lengths()
    assert token is chord and (pitch, steps) == (48, 8)


def test_a_held_note_struck_again_under_the_pedal_ends_where_it_is_struck():
    li = Listener(STEP)
    li.feed(0.000, [0xB0, 64, 127])
    li.feed(0.000, [0x90, 48, 90])
    li.feed(0.250, [0x90, 60, 90])        # the next onset: 48 still sounding
    chord, _ = li.take(), li.take_lengths()
    li.feed(0.300, [0x80, 48, 0])         # the pedal holds it
    li.feed(0.750, [0x90, 48, 90])        # struck again: the first one lasted 6 steps
    assert li.take_lengths() == [(chord[0], 48, 6)]
    li.feed(1.000, [0xB0, 64, 0])
    assert li.take_lengths() == []        # the new 48 is its own onset, heard at its length
