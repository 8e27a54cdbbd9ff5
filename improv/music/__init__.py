"""What music is to improv: a piece's notes and the jam's onset tokens on the step grid (notes.py),
keys (keys.py), the tempo heard in a player's onsets and the grid that follows it (tempo.py).

May import: nothing of improv."""
