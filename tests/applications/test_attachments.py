"""Photos and scans: only JPEG and PNG, bombs refused at once, metadata stripped, sealed at rest."""

import io
import struct
import time
import tracemalloc
import zlib

import pytest
from PIL import Image

from kiosk.applications import service
from kiosk.applications.images import AttachmentError, normalise_image


def _jpeg_with_gps(size=(640, 480)) -> bytes:
    image = Image.new("RGB", size, (200, 180, 160))
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (25.0, 2.0, 30.0), 3: "E", 4: (121.0, 33.0, 50.0)}  # GPS IFD
    exif[0x010F] = "PhoneMaker"
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


def _png_bomb(width: int, height: int) -> bytes:
    """A tiny file that claims to be a huge image (its pixel data would be gigabytes)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00" * 1024)) + \
        chunk(b"IEND", b"")


def _encoded(kind: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (50, 50), (10, 20, 30)).save(out, kind)
    return out.getvalue()


def test_gps_and_camera_metadata_are_removed():
    data, mime = normalise_image(_jpeg_with_gps())
    assert mime == "image/jpeg"
    again = Image.open(io.BytesIO(data))
    assert not again.getexif() and b"PhoneMaker" not in data


def test_png_text_chunks_are_dropped():
    image = Image.new("RGBA", (40, 40), (1, 2, 3, 128))
    from PIL.PngImagePlugin import PngInfo

    info = PngInfo()
    info.add_text("Comment", "secret-canary-text")
    out = io.BytesIO()
    image.save(out, "PNG", pnginfo=info)
    data, mime = normalise_image(out.getvalue() + b"trailing-canary")
    assert mime == "image/png" and b"secret-canary-text" not in data and b"trailing-canary" not in data


@pytest.mark.parametrize("width,height", [(100_000, 100_000), (65_535, 65_535), (50_000, 2_000), (1, 60_000_000)])
def test_decompression_bombs_are_refused_fast_and_small(width, height):
    bomb = _png_bomb(width, height)
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(AttachmentError) as caught:
        normalise_image(bomb)
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert caught.value.key in ("attachment.too_many_pixels", "attachment.format")
    assert elapsed < 1.0 and peak < 64 * 1024 * 1024


@pytest.mark.parametrize("kind", ["GIF", "BMP", "TIFF", "WEBP", "ICO", "PPM"])
def test_only_jpeg_and_png(kind):
    with pytest.raises(AttachmentError) as caught:
        normalise_image(_encoded(kind))
    assert caught.value.key == "attachment.format"


@pytest.mark.parametrize("data,key", [
    (b"", "attachment.empty"), (b"<svg xmlns='http://www.w3.org/2000/svg'/>", "attachment.format"),
    (b"SIMPLE  =                    T" + b" " * 2850, "attachment.format"),  # a FITS header
    (None, "attachment.unreadable"),
])
def test_broken_and_foreign_files(data, key):
    if data is None:
        data = _jpeg_with_gps((1200, 900))[:700]  # truncated JPEG
    with pytest.raises(AttachmentError) as caught:
        normalise_image(data)
    assert caught.value.key == key


def test_large_photos_are_scaled_to_a_readable_size():
    out = io.BytesIO()
    Image.new("RGB", (6000, 4000), (90, 90, 90)).save(out, "JPEG", quality=70)
    data, _ = normalise_image(out.getvalue())
    assert max(Image.open(io.BytesIO(data)).size) == 3000


def test_blobs_are_content_addressed_sealed_and_collected(households):
    view = service.start(households, household_no="A7654321", service_code="S03", person_id_no="A108765438")
    photo = _jpeg_with_gps()
    first = service.add_attachment(households, view.id, photo, "id_card", "id_card")
    second = service.add_attachment(households, view.id, photo, "id_card", "id_card")
    assert first.sha256 == second.sha256 and {first.name, second.name} == {"id_card", "id_card-2"}
    stored = households.blobs.path(first.sha256).read_bytes()
    plain = households.blobs.get(first.sha256)
    assert plain[:3] == b"\xff\xd8\xff" and plain not in stored and stored[:5] == b"KBLB1"
    service.remove_attachment(households, view.id, second.id)
    assert households.blobs.collect_garbage([first.sha256]) == 0
    orphan = households.blobs.put(b"orphan bytes")
    assert households.blobs.collect_garbage([first.sha256]) == 1 and not households.blobs.exists(orphan)


def test_a_tampered_blob_is_detected(households):
    digest = households.blobs.put(b"canary")
    path = households.blobs.path(digest)
    data = bytearray(path.read_bytes())
    data[-1] ^= 1
    path.write_bytes(bytes(data))
    from kiosk.i18n import UserError

    with pytest.raises(UserError) as caught:
        households.blobs.get(digest)
    assert caught.value.key == "blob.damaged"


def _jpeg_with_comment_and_app_segments() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (320, 240), (120, 130, 140)).save(out, "JPEG", comment=b"home of Chen at No. 50")
    data = out.getvalue()
    xmp = b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta>GPS 25.03 121.56</x:xmpmeta>"
    app1 = b"\xff\xe1" + struct.pack(">H", len(xmp) + 2) + xmp
    app12 = b"\xff\xec" + struct.pack(">H", 14) + b"Ducky-secret"
    return data[:2] + app1 + app12 + data[2:]


def _segment_markers(data: bytes) -> list[int]:
    markers, pos = [], 2
    while data[pos] == 0xFF and data[pos + 1] != 0xDA:
        markers.append(data[pos + 1])
        pos += 2 + struct.unpack_from(">H", data, pos + 2)[0]
    return markers


def test_jpeg_comment_and_app_segments_never_reach_the_stored_blob(households):
    """Issue 17 point 10: COM survived "metadata stripping" into the stored blob and the hub."""
    photo = _jpeg_with_comment_and_app_segments()
    assert b"No. 50" in photo and 0xFE in _segment_markers(photo)
    view = service.start(households, household_no="A7654321", service_code="S03", person_id_no="A108765438")
    stored = households.blobs.get(service.add_attachment(households, view.id, photo, "photo").sha256)
    markers = _segment_markers(stored)
    assert 0xFE not in markers and not any(0xE0 <= m <= 0xEF for m in markers), [hex(m) for m in markers]
    assert b"No. 50" not in stored and b"GPS" not in stored and b"Ducky" not in stored
    assert Image.open(io.BytesIO(stored)).size == (320, 240)
