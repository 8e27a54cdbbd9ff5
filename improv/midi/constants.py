"""MIDI numbers used across improv: status bytes, controller numbers and clock resolution."""

# channel messages (status byte high nibble)
NOTE_OFF, NOTE_ON, CONTROL, PROGRAM = 0x80, 0x90, 0xB0, 0xC0
# controllers
SUSTAIN, ALL_SOUND_OFF, ALL_NOTES_OFF = 64, 120, 123
# system real-time and common
CLOCK, START, CONTINUE, STOP, SONG_POSITION = 0xF8, 0xFA, 0xFB, 0xFC, 0xF2
PPQN = 24  # MIDI clock ticks per quarter note
