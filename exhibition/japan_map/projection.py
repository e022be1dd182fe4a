"""The map's frame and its projection from (longitude, latitude) to viewBox units.

Equirectangular, longitudes scaled by cos(36°) so that shapes are not stretched at
Japan's mean latitude. The main frame covers roughly lon 128.5–146 / lat 30–45.8
(Tsushima, Gotō and Yakushima to Hokkaidō's Nemuro peninsula and Cape Sōya).

Okinawa lies far outside that frame (26°N, 127.7°E); including it would shrink the
whole map. It is therefore drawn in an inset box in the empty bottom-right corner (the
Pacific east of Kyūshū), at twice the main scale. :func:`project` sends any point south
of 29°N and west of 131°E into the inset, so Okinawan collectivités can be placed like
any other.
"""

from __future__ import annotations

import math

VIEWBOX_WIDTH = 600
VIEWBOX_HEIGHT = 640
VIEWBOX = f"0 0 {VIEWBOX_WIDTH} {VIEWBOX_HEIGHT}"

LON_MIN = 128.5
LAT_MAX = 45.8
LON_SCALE = math.cos(math.radians(36.0))
PIXELS_PER_DEGREE = 39.5  # per degree of latitude
PADDING = 10.0

# Okinawa inset: a geographic window drawn into a box of the viewBox.
INSET_BOX = (466.0, 530.0, 124.0, 100.0)  # x, y, width, height (SVG units)
INSET_LON_MIN = 126.98
INSET_LAT_MAX = 27.17
INSET_ZOOM = 2.0


def _in_inset(longitude: float, latitude: float) -> bool:
    """True for the Ryūkyū area (drawn in the Okinawa inset)."""
    return latitude < 29.0 and longitude < 131.0


def project(longitude: float, latitude: float) -> tuple[float, float]:
    """Project (longitude, latitude) in degrees to (x, y) viewBox units."""
    longitude = float(longitude)
    latitude = float(latitude)
    if _in_inset(longitude, latitude):
        scale = PIXELS_PER_DEGREE * INSET_ZOOM
        box_x, box_y, _w, _h = INSET_BOX
        x = box_x + (longitude - INSET_LON_MIN) * LON_SCALE * scale
        y = box_y + (INSET_LAT_MAX - latitude) * scale
        return (x, y)
    x = PADDING + (longitude - LON_MIN) * LON_SCALE * PIXELS_PER_DEGREE
    y = PADDING + (LAT_MAX - latitude) * PIXELS_PER_DEGREE
    return (x, y)


def inset_frame() -> dict[str, float]:
    """Position of the Okinawa inset box, for the template."""
    x, y, width, height = INSET_BOX
    return {"x": x, "y": y, "width": width, "height": height}
