"""MIDI in and out, and time: ports and the MIDI systems (ports.py, libjack.py, routing.py,
hotplug.py, echo.py), the way in (inbox.py) and listening (listener.py), playing (player.py), the
clock (clock.py) and the step loop, the only part that knows time (steploop.py).

May import: improv.music, the modules at improv's top (places, quiet)."""
