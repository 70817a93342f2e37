"""Contrast measured on rendered pixels, not read from palettes: what is drawn is what is seen
(a Fusion gradient button whose palette says #0B3D91 draws #3F75CD → #3665B1).

Text: the background is the commonest colour of the widget's area, the glyphs the colour farthest
from it that covers a real part of the ink (anti-aliased edges and a stray pixel do not count).
Boundaries: the edge of a control, a few pixels deep, against the pixels just outside it."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage

MIN_INK_PX = 12  # fewer differing pixels than this: no glyphs are visible to measure
INK_SHARE = 0.05  # the glyph colour must cover this share of the ink
EDGE_DEPTH_PX = 4  # a border or fill is looked for this deep inside a control's edge
OUTSIDE_PX = 1  # the surroundings are read this far outside it (inside the focus ring's gap)


@dataclass(frozen=True)
class Measured:
    ratio: float
    fore: str  # "#rrggbb"
    back: str


def pixels(image: QImage) -> np.ndarray:
    """The image as an array of 0xRRGGBB values, rows × columns."""
    rgb = image.convertToFormat(QImage.Format_RGB32)
    per_row = rgb.bytesPerLine() // 4
    data = np.frombuffer(rgb.constBits(), dtype=np.uint32, count=per_row * rgb.height())
    return (data.reshape(rgb.height(), per_row)[:, :rgb.width()] & 0xFFFFFF).copy()


def _luminance(colours: np.ndarray) -> np.ndarray:
    channels = np.stack([(colours >> 16) & 255, (colours >> 8) & 255, colours & 255]).astype(float) / 255
    linear = np.where(channels <= 0.04045, channels / 12.92, ((channels + 0.055) / 1.055) ** 2.4)
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _ratio(a: np.ndarray | int, b: int) -> np.ndarray:
    la, lb = _luminance(np.atleast_1d(np.asarray(a, dtype=np.uint32))), _luminance(np.array([b], dtype=np.uint32))
    return (np.maximum(la, lb) + 0.05) / (np.minimum(la, lb) + 0.05)


def _hex(colour: int) -> str:
    return f"#{int(colour):06x}"


def _crop(image: np.ndarray, rect: QRect) -> np.ndarray:
    top, left = max(rect.top(), 0), max(rect.left(), 0)
    return image[top:max(rect.bottom() + 1, top), left:max(rect.right() + 1, left)]


def _mode(values: np.ndarray) -> int | None:
    if values.size == 0:
        return None
    colours, counts = np.unique(values, return_counts=True)
    return int(colours[np.argmax(counts)])


def text_contrast(image: np.ndarray, rect: QRect) -> Measured | None:
    """The contrast of the text drawn in `rect` against its background, or None without glyphs."""
    area = _crop(image, rect).ravel()
    if area.size == 0:
        return None
    colours, counts = np.unique(area, return_counts=True)
    back = int(colours[np.argmax(counts)])
    ink = counts.sum() - counts.max()
    if ink < MIN_INK_PX:
        return None
    ratios = _ratio(colours, back)
    order = np.argsort(-ratios)
    enough = max(MIN_INK_PX / 3, INK_SHARE * ink)
    covered = np.cumsum(counts[order])
    fore_index = order[int(np.searchsorted(covered, enough))]
    return Measured(round(float(ratios[fore_index]), 2), _hex(colours[fore_index]), _hex(back))


def _side_lines(rect: QRect, depth: int) -> list[tuple[slice, slice]]:
    """The middle half of each side, `depth` pixels inside the rect (negative: outside it)."""
    x0, x1 = rect.left() + rect.width() // 4, rect.right() - rect.width() // 4
    y0, y1 = rect.top() + rect.height() // 4, rect.bottom() - rect.height() // 4
    return [(slice(rect.top() + depth, rect.top() + depth + 1), slice(x0, x1 + 1)),
            (slice(rect.bottom() - depth, rect.bottom() - depth + 1), slice(x0, x1 + 1)),
            (slice(y0, y1 + 1), slice(rect.left() + depth, rect.left() + depth + 1)),
            (slice(y0, y1 + 1), slice(rect.right() - depth, rect.right() - depth + 1))]


def boundary_contrast(image: np.ndarray, rect: QRect, within: QRect) -> Measured | None:
    """How well a control's edge stands out from what surrounds it: for each side whose outside is
    on screen (inside `within`), the strongest of its first few pixel lines against the line just
    outside; the weakest side is the control's boundary."""
    height, width = image.shape
    bounds = within.intersected(QRect(0, 0, width, height)).adjusted(0, 0, -1, -1)
    def on_screen(rows: slice, columns: slice) -> bool:
        return (bounds.top() <= rows.start and rows.stop - 1 <= bounds.bottom()
                and bounds.left() <= columns.start and columns.stop - 1 <= bounds.right())

    outside = _side_lines(rect, -OUTSIDE_PX)
    worst: Measured | None = None
    for side, (rows, columns) in enumerate(outside):
        inside = [_side_lines(rect, d)[side] for d in range(EDGE_DEPTH_PX)]
        if not all(on_screen(r, c) for r, c in [(rows, columns), *inside]):
            continue  # this side is at, or scrolled past, the window's or a scroll area's edge: not seen
        around = _mode(image[rows, columns].ravel())
        edges = [_mode(image[r, c].ravel()) for r, c in inside]
        edges = [e for e in edges if e is not None]
        if around is None or not edges:
            continue
        ratios = _ratio(np.array(edges, dtype=np.uint32), around)
        best = int(np.argmax(ratios))
        found = Measured(round(float(ratios[best]), 2), _hex(edges[best]), _hex(around))
        if worst is None or found.ratio < worst.ratio:
            worst = found
    return worst


def fill_contrast(image: np.ndarray, rect: QRect, track_line: tuple[slice, slice]) -> Measured | None:
    """A scroll bar's thumb against its track: the commonest colour across the bar's middle that is
    not the track's (read along the bar's edge, beside the thumb)."""
    track = _mode(image[track_line].ravel())
    middle = _crop(image, rect).ravel()
    rest = middle[middle != track] if track is not None else middle
    thumb = _mode(rest)
    if track is None or thumb is None or rest.size < MIN_INK_PX:
        return None
    return Measured(round(float(_ratio(thumb, track)[0]), 2), _hex(thumb), _hex(track))
