"""Signatures as the pad captured them: strokes of [x, y, t_ms, pressure] points in a box.
Stored as data (encrypted with the store) and rendered to an image only for documents."""

from __future__ import annotations

import functools
import io
import math

from PIL import Image, ImageDraw

from kiosk.i18n import UserError

MAX_POINTS = 20_000
MAX_STROKES = 400


# Pen strokes as captured: [[x, y, t_ms, pressure], ...] per stroke.
Strokes = list[list[list[float]]]


class SignatureError(UserError):
    pass


def validate_strokes(strokes: object, width: int, height: int) -> Strokes:
    """Strokes clipped to the box and bounded in size; at least one visible line."""
    if not (10 <= width <= 4000 and 10 <= height <= 4000):
        raise SignatureError("signature.bad_box")
    if not isinstance(strokes, list) or not strokes or len(strokes) > MAX_STROKES:
        raise SignatureError("signature.empty")
    clean: Strokes = []
    points = 0
    for stroke in strokes:
        line: list[list[float]] = []
        for point in stroke if isinstance(stroke, list) else []:
            try:
                x, y = float(point[0]), float(point[1])
                t = float(point[2]) if len(point) > 2 else 0.0
                p = float(point[3]) if len(point) > 3 else 0.5
            except (TypeError, ValueError, IndexError):
                raise SignatureError("signature.bad_point") from None
            if not all(math.isfinite(v) for v in (x, y, t, p)):
                raise SignatureError("signature.bad_point")
            line.append([min(max(x, 0.0), width), min(max(y, 0.0), height), t, min(max(p, 0.0), 1.0)])
        points += len(line)
        if line:
            clean.append(line)
    if points > MAX_POINTS:
        raise SignatureError("signature.too_many_points")
    extent = sum(math.dist(a[:2], b[:2]) for line in clean for a, b in zip(line, line[1:]))
    if extent < min(width, height) * 0.2:
        raise SignatureError("signature.empty")
    return clean


def _ink(strokes: Strokes, width: int, height: int, scale: float) -> Image.Image:
    """The strokes in dark ink on white, line width following pen pressure."""
    image = Image.new("L", (int(width * scale), int(height * scale)), 255)
    draw = ImageDraw.Draw(image)
    for line in strokes:
        if len(line) == 1:
            x, y = line[0][0] * scale, line[0][1] * scale
            draw.ellipse((x - 2, y - 2, x + 2, y + 2), fill=20)
        for a, b in zip(line, line[1:]):
            pressure = (a[3] + b[3]) / 2
            draw.line((a[0] * scale, a[1] * scale, b[0] * scale, b[1] * scale), fill=20,
                      width=max(2, round(scale * (1.5 + 2.5 * pressure))), joint="curve")
    return image


def render_signature(strokes: Strokes, width: int, height: int, scale: float = 2.0) -> bytes:
    """A PNG of the strokes in dark ink on white."""
    out = io.BytesIO()
    _ink(strokes, width, height, scale).save(out, "PNG", compress_level=6)  # optimize=True: 10x slower, 5% smaller
    return out.getvalue()


@functools.lru_cache(maxsize=3)
def _paper_grain(size: tuple[int, int], sigma: int) -> Image.Image:
    # Noise is most of a photo's cost; three grains are plenty of variety for demo and load data.
    return Image.effect_noise(size, sigma).point(lambda v: 214 + v // 16)


def paper_photo(strokes: Strokes, width: int, height: int, seed: int = 0) -> bytes:
    """A JPEG like an officer's phone photo of the signed paper form (demo and load data)."""
    from PIL import ImageChops

    ink = _ink(strokes, width, height, scale=1.5)
    paper = ImageChops.darker(ink, _paper_grain(ink.size, 6 + seed % 3))
    out = io.BytesIO()
    Image.merge("RGB", (paper, paper, paper.point(lambda v: max(0, v - 12)))).save(out, "JPEG", quality=80)
    return out.getvalue()


def synthetic_signature(seed: int, width: int = 600, height: int = 200) -> Strokes:
    """A cursive-looking scribble for demo data and tests (never a real person's): a few words of
    loops drifting right, like handwriting."""
    import random

    rng = random.Random(seed)
    strokes = []
    x = width * 0.08
    words = rng.randint(2, 4)
    for _ in range(words):
        loops, radius = rng.randint(3, 6), height * rng.uniform(0.12, 0.22)
        drift = (width * 0.8 / words) / (loops * 2 * math.pi)
        baseline, slant, t_ms, line = height * rng.uniform(0.45, 0.6), rng.uniform(0.15, 0.35), 0.0, []
        for step in range(loops * 24):
            angle = step * 2 * math.pi / 24
            r = radius * (0.7 + 0.3 * math.sin(angle / 3 + rng.random() * 0.2))
            y = baseline - r * math.sin(angle) * rng.uniform(0.95, 1.05)
            px = x + drift * angle + r * math.cos(angle) * 0.55 + (baseline - y) * slant
            t_ms += rng.uniform(6, 12)
            line.append([round(min(max(px, 0), width), 1), round(min(max(y, 0), height), 1), round(t_ms),
                         round(0.45 + 0.35 * abs(math.sin(angle / 2)), 2)])
        strokes.append(line)
        x += drift * loops * 2 * math.pi + width * 0.04
    return strokes
