"""Music in, token data out: reading MIDI files, scores and music21's corpus (corpus.py, reading.py
with its cache), the style recipe (recipes.py), prepared datasets (dataset.py), the network's
windows (windows.py), MIDI files and piano rolls written (midifile.py).

May import: improv.music, improv.tokens, the modules at improv's top (config, settings, places)."""
