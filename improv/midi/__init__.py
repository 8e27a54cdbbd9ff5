"""MIDI input and output: ports, listening, clock and playing."""
