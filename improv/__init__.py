"""improv: a real-time AI jam partner for musicians (MIDI in, LSTM, MIDI out).

The packages are layers; each may import only from those below it (LAYERS; tests/test_layers.py
holds the tree to it), so a change goes where its layer is:

    app/      the commands, the daemon's assembly, the demo, panic, the systemd service
    live/     the jam: its modes, prediction one step ahead, the player's memory, controls, settings applied
    midi/     ports, JACK and ALSA, the inbox and the listener, the player, the clock, the step loop, routing
    model/    the network, training, engines, bundles, evaluation, n-grams, sampling, offline generation
    data/     reading files and music21's corpus, recipes, prepared datasets, windows, MIDI files out
    config.py, settings.py, places.py, quiet.py    the settings' schema and typed settings; where state lives
    tokens/   the Tokenizer interface and one module per scheme (events-v1, onset-v1)
    music/    what music is to improv: notes and onset tokens, keys, tempo
"""
__version__ = "0.1.0"

_BASE = {"music"}
_TOKENS = _BASE | {"tokens"}
_CORE = _TOKENS | {"improv"}  # the modules at the top: config, settings, places, quiet
LAYERS: dict[str, set[str]] = {
    "music": _BASE,
    "tokens": _TOKENS,
    "improv": _CORE,
    "data": _CORE | {"data"},
    "model": _CORE | {"data", "model"},
    "midi": _CORE | {"midi"},
    "live": _CORE | {"model", "midi", "live"},
    "app": _CORE | {"data", "model", "midi", "live", "app"},
}
