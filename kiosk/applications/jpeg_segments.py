"""Drop every JPEG segment that carries no pixels: comments (COM) and application segments
(APP0–APP15: JFIF, EXIF, XMP, ICC, maker notes). Pillow's encoder writes the image's own COM
text back into the file it saves, so re-encoding alone does not strip it; this pass does, on
the encoded bytes, whatever an encoder put there."""

from __future__ import annotations

import struct

_SOI, _SOS, _EOI, _COM = 0xD8, 0xDA, 0xD9, 0xFE
_STANDALONE = {0x01, *range(0xD0, 0xD8)}  # TEM and RSTn have no length


def _metadata(marker: int) -> bool:
    return marker == _COM or 0xE0 <= marker <= 0xEF


def strip_metadata_segments(data: bytes) -> bytes:
    """The same JPEG without COM and APPn segments; ValueError when it is not a well-formed JPEG."""
    if data[:2] != b"\xff\xd8":
        raise ValueError("not a JPEG")
    out = bytearray(data[:2])
    pos = 2
    while pos < len(data):
        if data[pos] != 0xFF:
            raise ValueError("segment marker expected")
        while pos < len(data) and data[pos] == 0xFF:  # fill bytes
            pos += 1
        if pos >= len(data):
            raise ValueError("truncated")
        marker = data[pos]
        pos += 1
        if marker in _STANDALONE or marker in (_SOI, _EOI):
            out += bytes((0xFF, marker))
            if marker == _EOI:
                return bytes(out)
            continue
        if pos + 2 > len(data):
            raise ValueError("truncated")
        (length,) = struct.unpack_from(">H", data, pos)
        end = pos + length
        if length < 2 or end > len(data):
            raise ValueError("bad segment length")
        if not _metadata(marker):
            out += bytes((0xFF, marker)) + data[pos:end]
        pos = end
        if marker == _SOS:  # entropy-coded data to the end (markers inside are RSTn or stuffed)
            out += data[pos:]
            return bytes(out)
    raise ValueError("no image data")
