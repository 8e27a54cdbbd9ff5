"""bench/sendtime.py's probe, loaded into the improv under test through PYTHONPATH (so that a
"before" checkout is measured the same way, unchanged): for each swung note-on that waited and each
note-off, and each MIDI clock tick (with --clock-out), how long after its due time the step loop sent it. Written as JSON to $SENDPROBE_OUT when
the step loop ends."""
import json
import os
import time

if os.environ.get("SENDPROBE_OUT"):
    import improv.midi.player as _player
    import improv.midi.steploop as _steploop

    _late = {"on": [], "off": [], "tick": []}
    _start_due, _release_due, _run = _player.Player.start_due, _player.Player.release_due, _steploop.StepLoop.run
    _send_clock = _steploop.StepLoop._send_clock

    def start_due(self, now):
        due = [w[0] for w in self.waiting if w[0] <= now]
        n = _start_due(self, now)
        sent = time.monotonic()
        _late["on"].extend((sent - t) * 1000 for t in due)
        return n

    def release_due(self, now):
        due = [off for off, _, _ in self.sounding.values() if off <= now]
        n = _release_due(self, now)
        sent = time.monotonic()
        _late["off"].extend((sent - t) * 1000 for t in due)
        return n

    def send_clock(self, now):
        due, tick = [], self._clock_tick
        while (t := self._next_clock_time()) is not None and t <= now and len(due) < 96:
            due.append(t)
            self._clock_tick += 1
        self._clock_tick = tick
        _send_clock(self, now)
        sent = time.monotonic()
        _late["tick"].extend((sent - t) * 1000 for t in due)

    def run(self, *args, **kwargs):
        try:
            return _run(self, *args, **kwargs)
        finally:
            with open(os.environ["SENDPROBE_OUT"], "w") as f:
                json.dump(_late, f)

    _player.Player.start_due, _player.Player.release_due, _steploop.StepLoop.run = start_due, release_due, run
    _steploop.StepLoop._send_clock = send_clock
