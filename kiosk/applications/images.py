"""Photos and scans of documents: JPEG and PNG only, checked before they are decoded, re-encoded
so nothing hidden rides along (EXIF, GPS, text chunks, trailing data), and scaled to a size a
case officer can read.

Image.open only reads the header, so dimensions are checked before any pixel is decoded: a
100,000 x 100,000 "decompression bomb" is refused in microseconds with no memory spent. Large
JPEGs are decoded at a reduced scale straight from the DCT (`draft`).
"""

from __future__ import annotations

import io
import warnings

from PIL import Image, ImageOps, UnidentifiedImageError

from kiosk.applications.jpeg_segments import strip_metadata_segments
from kiosk.i18n import UserError

MAX_BYTES = 25 * 1024 * 1024
MAX_PIXELS = 50_000_000  # a 48-megapixel phone photo passes; anything larger is not a document photo
MAX_SIDE = 3000  # stored images are scaled to fit; a page stays readable
FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png"}


class AttachmentError(UserError):
    pass


def normalise_image(data: bytes) -> tuple[bytes, str]:
    """(re-encoded bytes, MIME type) or AttachmentError with a plain reason."""
    if not data:
        raise AttachmentError("attachment.empty")
    if len(data) > MAX_BYTES:
        raise AttachmentError("attachment.too_large", megabytes=MAX_BYTES // (1024 * 1024))
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image: Image.Image = Image.open(io.BytesIO(data), formats=list(FORMATS))
        except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise AttachmentError("attachment.format") from None
        except Exception:  # noqa: BLE001 - any parser failure means: not a usable JPEG or PNG
            raise AttachmentError("attachment.unreadable") from None
        width, height = image.size
        if width * height > MAX_PIXELS or width == 0 or height == 0:
            raise AttachmentError("attachment.too_many_pixels", megapixels=MAX_PIXELS // 1_000_000)
        kind = image.format or ""  # one of FORMATS: Image.open was told to try no other
        try:
            if kind == "JPEG":
                image.draft("RGB", (MAX_SIDE, MAX_SIDE))
            image.load()
            image = ImageOps.exif_transpose(image)  # keep what the camera meant, then drop the metadata
        except Exception:  # noqa: BLE001 - truncated or corrupt data
            raise AttachmentError("attachment.unreadable") from None
    image.thumbnail((MAX_SIDE, MAX_SIDE))
    image.info.clear()  # comments, ICC, DPI: nothing of the source's metadata is carried over
    out = io.BytesIO()
    if kind == "JPEG":
        image.convert("RGB" if image.mode not in ("L", "RGB") else image.mode).save(
            out, "JPEG", quality=88, optimize=True)
        return strip_metadata_segments(out.getvalue()), FORMATS[kind]
    else:
        mode = image.mode if image.mode in ("1", "L", "LA", "RGB", "RGBA") else "RGBA"
        image.convert(mode).save(out, "PNG", compress_level=6)
    return out.getvalue(), FORMATS[kind]
