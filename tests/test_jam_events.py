"""The jam with an events-v1 model, stepped by hand: a step is generated whole (a chord's notes
start together), and the key lock, the register split, the cap and the memory work on event ids."""
from __future__ import annotations

from collections import Counter

import numpy as np

from improv.tokens import event_codec as events
from improv.music import keys
from improv.music.notes import Token
from improv.tokens.events import MAX_TOKENS

from . import bundles
from .test_improviser import Drive


def onsets_by_step(out, since: int = 0) -> Counter:
    return Counter(k for k, m in out.ons(since))


def test_a_step_is_generated_whole_chords_start_together_and_every_note_ends(tmp_path):
    d = Drive(bundles.event_bundle(tmp_path / "b", shift_bias=1.0), jam__mode="solo")
    d.steps(128)
    per_step = onsets_by_step(d.out)
    assert per_step and max(per_step.values()) >= 2            # chords: several note-ons on one step
    assert max(per_step.values()) <= MAX_TOKENS - 1              # the cap leaves room for the shift
    assert d.jam.next.stats.predictions >= 10
    d.stop()
    assert d.out.balanced()


def test_the_cap_ends_a_step_the_model_would_never_end(tmp_path):
    d = Drive(bundles.event_bundle(tmp_path / "b", shift_bias=-30.0), jam__mode="solo")
    d.steps(16)
    per_step = onsets_by_step(d.out)
    assert per_step and max(per_step.values()) <= MAX_TOKENS - 1
    assert all(len(g) <= MAX_TOKENS for g in events.steps(list(d.jam.next.ai_ids)))
    d.stop()
    assert d.out.balanced()


def test_key_lock_and_register_split_hold_on_event_tokens(tmp_path):
    bundle = bundles.event_bundle(tmp_path / "b", shift_bias=1.0)
    d = Drive(bundle, jam__mode="solo", key__lock=True, key__fixed="D major", key__split=60)
    d.steps(128)
    pitches = [m.note for _, m in d.out.ons()]
    assert len(pitches) >= 10
    assert {p % 12 for p in pitches} <= keys.scale(2, "major") and min(pitches) >= 60
    free = Drive(bundle, jam__mode="solo")
    free.steps(128)
    notes = [m.note for _, m in free.out.ons()]
    assert {p % 12 for p in notes} - keys.scale(2, "major") and min(notes) < 60


def test_the_player_is_heard_as_events_and_follow_1_answers_with_the_riff(tmp_path):
    riff = [62, 65, 69, 67, 65, 64, 62, 61]
    bundle = bundles.event_bundle(tmp_path / "b", shift_bias=2.0)
    d = Drive(bundle, memory__follow=1.0, memory__max_quote=64, jam__answer_bars=1)
    for _ in range(3):
        d.play(riff)
    heard = d.jam.next.memory.memory.state()["tokens"]
    assert len(heard) >= 5 * len(riff)     # a note and a shift each (the last ones still in the listener)
    assert {events.default_vocabulary().pitch[i] for i in heard} >= set(riff)
    since = d.k
    d.steps(48)
    answer = [m.note for _, m in d.out.ons(since)]
    assert len(answer) >= 4 and sum(p in riff for p in answer) / len(answer) >= 0.7
    d.stop()
    assert d.out.balanced()
    model = Drive(bundle, memory__follow=0.0, jam__answer_bars=1)   # the random model alone
    for _ in range(3):
        model.play(riff)
    since = model.k
    model.steps(48)
    alone = [m.note for _, m in model.out.ons(since)]
    assert alone and sum(p in riff for p in alone) / len(alone) < 0.3


class Stuck:
    """A model that always wants the same step: C4 for a beat, then a beat's shift."""

    def __init__(self):
        self.vocab = events.default_vocabulary()
        self.context = 50

    def predict(self, ids):
        p = np.full(len(self.vocab), 1e-6)
        after_note = len(ids) and self.vocab.kind[ids[-1]] == events.NOTE
        p[self.vocab.shift(4) if after_note else self.vocab.note(60, 4)] = 1.0
        return p / p.sum()

    def predict_state(self, ids):
        return self.predict(ids), list(ids)

    def advance(self, state, token_id):
        return self.predict(state + [token_id]), state + [token_id]


def test_the_repetition_guard_refuses_a_loop_of_whole_steps_but_not_a_chords_own_notes():
    from improv.model.sampling import Sampler, ends_in_loop
    from improv.tokens import NO_MEMORY
    from improv.tokens.events import EventsV1
    engine = Stuck()
    steps, heads, made = EventsV1(engine.vocab), [], []
    sampler = Sampler.defaults(top_p=1.0, seed=0)
    for _ in range(24):
        group = steps.generate_step(engine, made[-50:], sampler, None, NO_MEMORY, heads, made[-64:])
        heads.append(group[0])
        made += group
    groups = [tuple(g) for g in events.steps(made)]
    assert not ends_in_loop(groups, 4, 4)                  # the guard steps in ...
    assert groups.count((engine.vocab.note(60, 4), engine.vocab.shift(4))) >= 6   # ... only at the loop
    unguarded = Sampler.defaults(top_p=1.0, no_repeat_ngram=0, repetition_penalty=1.0, seed=0)
    plain = []
    for _ in range(24):
        plain += steps.generate_step(engine, plain[-50:], unguarded, None, NO_MEMORY, [], [])
    assert ends_in_loop([tuple(g) for g in events.steps(plain)], 4, 4)


class TwoTops(Stuck):
    """A model that wants C4 under either E4 or G4 as often, then a beat's shift."""

    def predict(self, ids):
        p = np.full(len(self.vocab), 1e-9)
        last = ids[-1] if len(ids) else None
        if last is None or self.vocab.kind[last] == events.SHIFT:
            p[self.vocab.note(60, 4)] = 1.0
        elif self.vocab.kind[last] == events.NOTE and self.vocab.pitch[last] == 60:
            p[[self.vocab.note(64, 4), self.vocab.note(67, 4)]] = 0.5
        else:
            p[self.vocab.shift(4)] = 1.0
        return p / p.sum()


def test_the_top_repeat_penalty_makes_the_last_onsets_top_note_rarer_on_top():
    """Striking the last onset's highest pitch again is divided by top_repeat_penalty: with 4, the
    top note repeats about 1 time in 5 (1/(1+4)) where the model alone repeats it half the time;
    the note under it, C4 in every step, is not the top and is never held back."""
    from improv.model.sampling import Sampler
    from improv.tokens import NO_MEMORY
    from improv.tokens.events import EventsV1
    engine = TwoTops()
    steps = EventsV1(engine.vocab)
    assert steps.top_notes([engine.vocab.note(60, 4), engine.vocab.note(67, 2), engine.vocab.hold(1),
                            engine.vocab.shift(4)]).tolist() == [engine.vocab.note(67, d) for d in engine.vocab.durations]
    assert steps.top_notes([engine.vocab.shift(4)]) is None
    rates = {}
    for penalty in (1.0, 4.0):
        sampler = Sampler.defaults(top_p=1.0, no_repeat_ngram=0, repetition_penalty=1.0, top_repeat_penalty=penalty,
                                   seed=1)
        made = []
        for _ in range(400):
            made += steps.generate_step(engine, made[-50:], sampler, None, NO_MEMORY, [], [])
        tops = [max(engine.vocab.pitch[i] for i in g if engine.vocab.kind[i] == events.NOTE) for g in events.steps(made)]
        assert all(engine.vocab.note(60, 4) in g for g in events.steps(made))
        rates[penalty] = np.mean([a == b for a, b in zip(tops, tops[1:])])
    assert 0.44 <= rates[1.0] <= 0.56 and 0.14 <= rates[4.0] <= 0.26, rates


def test_the_first_default_an_onset_v1_bundle_without_a_tokenizer_key_still_loads_and_plays():
    from improv.config import REPO_ROOT
    folder = REPO_ROOT / "models" / "chorales-v1"
    assert "tokenizer" not in (folder / "meta.json").read_text()
    d = Drive(folder, jam__mode="solo")
    assert d.jam.next.tokenizer.name == "onset-v1"
    d.steps(48)
    assert len(d.out.ons()) >= 8
    d.stop()
    assert d.out.balanced()


def test_what_the_player_plays_drops_a_rest_queued_from_a_step_made_before(tmp_path):
    from improv.music.notes import Token
    d = Drive(bundles.event_bundle(tmp_path / "b", shift_bias=1.0))
    nt = d.jam.next
    nt.queued.append(Token((), 4))
    nt.heard([Token((60,), 1)])
    assert not nt.queued


def test_a_riff_repeated_is_remembered_the_same_while_the_key_estimate_moves(tmp_path):
    """The memory keeps what the player played as played: a C-minor riff played three times is
    stored three times alike although the key estimate (and with it the shift into the model's
    key) changes while the player plays it; and the memory still reads in the model's key."""
    riff = [60, 63, 65, 67, 70, 67]
    d = Drive(bundles.event_bundle(tmp_path / "b", shift_bias=2.0, key_normalize=True), jam__mode="accompany",
              memory__follow=1.0)
    shifts = []
    for _ in range(3):
        d.play(riff)
        shifts.append(d.jam.next.shift)
    d.send(0x90, 60, 80)                  # the next onset closes the last note of the third riff
    d.steps(1)
    stored = d.jam.next.memory.memory.state()["tokens"]
    vocab = events.default_vocabulary()
    notes = [int(vocab.pitch[i]) for i in stored if vocab.kind[i] == events.NOTE]
    assert notes[:18] == riff * 3, notes
    assert len(set(shifts)) > 1 or shifts[0] != 0, shifts   # the key estimate did move the model's key
    # read in the model's key: after the riff's first three notes (moved by the shift in force), the
    # memory's part of the mixture expects the riff's fourth note, moved alike
    memory, shift = d.jam.next.memory, d.jam.next.shift
    context = events.from_onset_tokens([Token((p + shift,), 1) for p in riff[:3]], vocab)[0].tolist()
    mixed = memory.mix(np.full(len(vocab), 1 / len(vocab)), context)
    notes_only = np.where(vocab.kind == events.NOTE, mixed, 0)
    assert int(np.argmax(notes_only)) == vocab.note(riff[3] + shift, 1)


def test_the_model_hears_a_chord_held_under_a_melody_for_as_long_as_it_was_held(tmp_path):
    """The player holds C3-G3 for 8 steps while playing E4 and F4 over it: once the chord is released,
    the jam's context has its notes 8 steps long (as events-v1 trained), not cut at E4's onset."""
    d = Drive(bundles.event_bundle(tmp_path / "b"), jam__mode="accompany")
    d.send(0x90, 48, 80)
    d.send(0x90, 55, 80)
    d.steps(4)
    d.send(0x90, 64, 80)
    d.steps(2)
    d.send(0x80, 64, 0)
    d.send(0x90, 65, 80)
    d.steps(2)
    d.send(0x80, 48, 0)
    d.send(0x80, 55, 0)
    d.steps(1)
    d.send(0x80, 65, 0)
    d.steps(2)
    nt = d.jam.improviser.next
    chord = next(t for t in nt.context if t.pitches == (48, 55))
    assert chord.steps == 4 and chord.note_lengths() == (8, 8)
    lengths = {pitch: length for _, length, pitch in events.decode(nt._ids(0), nt.tokenizer.vocab)}
    assert lengths[48] == lengths[55] == 8 and lengths[64] == 2  # what the model is given
    d.stop()
    assert d.out.balanced()
