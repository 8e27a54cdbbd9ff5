"""A data byte over 127 inside a MIDI message is corrupt data: the file is skipped with its
reason, never read with the byte clipped to 127 (a note never played, that may never end)."""
from __future__ import annotations

import pytest

from improv.data import corpus

from . import midifiles


def corrupt(byte_at: int) -> bytes:
    """midifiles.melody() with one byte of its second note-on (pitch 62, velocity 90) over 127."""
    data = bytearray(midifiles.melody())
    at = data.index(bytes([0x90, 62, 90]))
    data[at + byte_at] = 0xBE  # 190: no data byte may have its top bit set
    return bytes(data)


@pytest.mark.parametrize("byte_at", [1, 2], ids=["pitch", "velocity"])
def test_a_data_byte_over_127_skips_the_file_with_its_reason(tmp_path, byte_at):
    path = tmp_path / "corrupt.mid"
    path.write_bytes(corrupt(byte_at))
    with pytest.raises(corpus.Skip) as e:
        corpus.read_file(str(path))
    assert str(e.value) == corpus.DATA_BYTE


def test_the_file_before_corruption_is_read_whole(tmp_path):
    path = tmp_path / "good.mid"
    path.write_bytes(midifiles.melody())
    (piece,) = corpus.read_file(str(path))
    assert 127 not in set(piece.pitches.tolist())
