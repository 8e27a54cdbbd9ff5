"""The jam: its parts wired (jam.py), the musical decisions (improviser.py) and the ways of playing
(modes.py), prediction one step ahead (nexttoken.py), the player's memory as the jam uses it
(playermemory.py, keeper.py), and live controls (controls.py). No thread of its own and no clock:
the step loop (improv/midi) calls it.

May import: improv.music, improv.tokens, improv.model, improv.midi, the modules at improv's top."""
