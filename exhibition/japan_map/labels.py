"""The collectivités on the map: a dot each, and a label placed where it overlaps nothing.

Label widths are estimated (no font metrics offline): wide enough for a sans-serif,
one em per CJK glyph.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from .projection import VIEWBOX_HEIGHT, VIEWBOX_WIDTH, project

DOT_RADIUS = 7.0
ACTIVE_DOT_RADIUS = 10.0
LABEL_FONT_SIZE = 13.0
LATIN_CHAR_WIDTH = 7.5  # ~0.58 em at 13 px: generous for a sans-serif
WIDE_CHAR_WIDTH = 13.0  # CJK characters are one em wide
LABEL_GAP = 5.0  # between the dot's edge and its label
LABEL_MARGIN = 2.0  # white halo around glyphs, added on every side of a box

_WIDE_CHARS = re.compile(
    r"[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]"
)


def text_width(text: str, font_size: float = LABEL_FONT_SIZE) -> float:
    """Rough rendered width of a label: wide (CJK) glyphs count 1 em."""
    ratio = font_size / LABEL_FONT_SIZE
    wide = len(_WIDE_CHARS.findall(text))
    return ((len(text) - wide) * LATIN_CHAR_WIDTH + wide * WIDE_CHAR_WIDTH) * ratio


@dataclass
class MapPoint:
    x: float
    y: float
    label: str
    label_ja: str
    url: str
    active: bool
    #: Label anchor point and SVG text-anchor ("start", "middle" or "end").
    label_x: float = 0.0
    label_y: float = 0.0
    anchor: str = "start"

    @property
    def radius(self) -> float:
        return ACTIVE_DOT_RADIUS if self.active else DOT_RADIUS

    @property
    def label_text(self) -> str:
        return f"{self.label} {self.label_ja}" if self.label_ja else self.label

    @property
    def label_width(self) -> float:
        return text_width(self.label_text)

    def label_box(self) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) of the label, halo included."""
        width = self.label_width
        if self.anchor == "start":
            left = self.label_x
        elif self.anchor == "end":
            left = self.label_x - width
        else:
            left = self.label_x - width / 2
        # label_y is the alphabetic baseline: ~0.8 em above, ~0.25 em below.
        top = self.label_y - 0.8 * LABEL_FONT_SIZE
        bottom = self.label_y + 0.25 * LABEL_FONT_SIZE
        return (
            left - LABEL_MARGIN,
            top - LABEL_MARGIN,
            left + width + LABEL_MARGIN,
            bottom + LABEL_MARGIN,
        )


def _candidates(point: MapPoint) -> list[tuple[float, float, str]]:
    """Label positions to try, best first: right, left, above, below, diagonals."""
    r = point.radius + LABEL_GAP
    x, y = point.x, point.y
    baseline = 0.3 * LABEL_FONT_SIZE  # vertically centres the text on y
    high = y - r - 0.25 * LABEL_FONT_SIZE
    low = y + r + 0.8 * LABEL_FONT_SIZE
    return [
        (x + r, y + baseline, "start"),
        (x - r, y + baseline, "end"),
        (x, high, "middle"),
        (x, low, "middle"),
        (x + r * 0.7, high + 2, "start"),
        (x - r * 0.7, high + 2, "end"),
        (x + r * 0.7, low - 2, "start"),
        (x - r * 0.7, low - 2, "end"),
        (x + r, y + baseline - LABEL_FONT_SIZE, "start"),
        (x + r, y + baseline + LABEL_FONT_SIZE, "start"),
        (x - r, y + baseline - LABEL_FONT_SIZE, "end"),
        (x - r, y + baseline + LABEL_FONT_SIZE, "end"),
        (x, high - LABEL_FONT_SIZE, "middle"),
        (x, low + LABEL_FONT_SIZE, "middle"),
    ]


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _inside_viewbox(box: tuple[float, float, float, float]) -> bool:
    return box[0] >= 0 and box[1] >= 0 and box[2] <= VIEWBOX_WIDTH and box[3] <= VIEWBOX_HEIGHT


def _dot_box(point: MapPoint) -> tuple[float, float, float, float]:
    r = point.radius + 1.5  # white stroke
    return (point.x - r, point.y - r, point.x + r, point.y + r)


def _clamp_box_offset(box: tuple[float, float, float, float]) -> tuple[float, float]:
    """Shift (dx, dy) that brings a box back inside the viewBox."""
    dx = max(0.0, -box[0]) - max(0.0, box[2] - VIEWBOX_WIDTH)
    dy = max(0.0, -box[1]) - max(0.0, box[3] - VIEWBOX_HEIGHT)
    return dx, dy


def place_labels(points: list[MapPoint]) -> list[MapPoint]:
    """Greedy label placement: each label takes the first candidate position
    that stays inside the viewBox and overlaps neither an already placed label
    nor any dot. Points are handled north to south, west to east, so the
    result does not depend on the order of the items. If nothing fits (very
    crowded maps) the first candidate is kept, shifted back inside the viewBox.
    """
    placed_boxes: list[tuple[float, float, float, float]] = []
    dot_boxes = [_dot_box(p) for p in points]
    for point in sorted(points, key=lambda p: (p.y, p.x)):
        own_dot = _dot_box(point)
        obstacles_dots = [b for b in dot_boxes if b != own_dot]
        chosen = None
        for lx, ly, anchor in _candidates(point):
            point.label_x, point.label_y, point.anchor = lx, ly, anchor
            box = point.label_box()
            if not _inside_viewbox(box):
                continue
            if any(_overlaps(box, other) for other in placed_boxes):
                continue
            if any(_overlaps(box, dot) for dot in obstacles_dots):
                continue
            chosen = (lx, ly, anchor)
            break
        if chosen is None:
            lx, ly, anchor = _candidates(point)[0]
            point.label_x, point.label_y, point.anchor = lx, ly, anchor
            dx, dy = _clamp_box_offset(point.label_box())
            point.label_x += dx
            point.label_y += dy
        point.label_x = round(point.label_x, 1)
        point.label_y = round(point.label_y, 1)
        placed_boxes.append(point.label_box())
    return points


def _url_of(obj) -> str | None:
    if obj is None:
        return None
    if isinstance(obj, str):
        return obj
    return getattr(obj, "url", None)


def map_points(items: Iterable, active=None) -> list[MapPoint]:
    """MapPoints for objects with latitude, longitude, title (or short_name),
    name_ja and url attributes; items lacking coordinates are skipped.

    ``active`` is an item, or its URL, to highlight (compared by URL).
    """
    active_url = _url_of(active)
    points: list[MapPoint] = []
    for item in items or ():
        latitude = getattr(item, "latitude", None)
        longitude = getattr(item, "longitude", None)
        if latitude is None or longitude is None:
            continue
        x, y = project(float(longitude), float(latitude))
        url = getattr(item, "url", None) or ""
        label = getattr(item, "short_name", None) or getattr(item, "title", "") or ""
        points.append(
            MapPoint(
                x=round(x, 1),
                y=round(y, 1),
                label=str(label),
                label_ja=str(getattr(item, "name_ja", None) or ""),
                url=url,
                active=bool(active_url) and url == active_url,
            )
        )
    return place_labels(points)
