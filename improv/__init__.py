"""improv: a real-time AI jam partner for musicians (MIDI in, LSTM, MIDI out)."""
__version__ = "0.1.0"
