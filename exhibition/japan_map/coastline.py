"""The land of the map: rings of (longitude, latitude) read from a data file, as SVG paths.

The coordinates live in exhibition/data/japan_coastline.json, one vertex a line with the
place it marks, so that the outline can be corrected without reading Python. It is read
once, when this module is imported; the SVG paths are computed once, on first use.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from pathlib import Path

from .projection import project

Coord = tuple[float, float]

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "japan_coastline.json"


def load_outline(path: Path = DATA_FILE) -> dict[str, list[Coord]]:
    """Every land ring of the data file, by name, in drawing order.

    A vertex is [longitude, latitude] or [longitude, latitude, place name]; each ring
    lists its vertices once, not closed.
    """
    with path.open(encoding="utf-8") as file:
        data = json.load(file)
    return {
        ring["name"]: [(float(lon), float(lat)) for lon, lat, *_place in ring["points"]]
        for ring in data["rings"]
    }


#: Every land ring of the map, by name.
JAPAN_OUTLINE: dict[str, list[Coord]] = load_outline()

# The main islands, by the names the tests and data checks use.
HONSHU = JAPAN_OUTLINE["honshu"]
HOKKAIDO = JAPAN_OUTLINE["hokkaido"]
KYUSHU = JAPAN_OUTLINE["kyushu"]
SHIKOKU = JAPAN_OUTLINE["shikoku"]
OKINAWA = JAPAN_OUTLINE["okinawa"]


def _fmt(value: float) -> str:
    text = f"{value:.1f}"
    return "0.0" if text == "-0.0" else text


def ring_to_path(ring: Sequence[Coord]) -> str:
    """SVG path data for one closed ring of (lon, lat) pairs."""
    parts = []
    for index, (lon, lat) in enumerate(ring):
        x, y = project(lon, lat)
        parts.append(f"{'M' if index == 0 else 'L'}{_fmt(x)},{_fmt(y)}")
    return " ".join(parts) + " Z"


@functools.cache
def outline_paths() -> list[str]:
    """SVG "d" strings for every land ring, computed once.

    The list is shared through the cache: callers must not mutate it.
    """
    return [ring_to_path(ring) for ring in JAPAN_OUTLINE.values()]


def projected_ring(name: str) -> list[tuple[float, float]]:
    """A named ring of JAPAN_OUTLINE in viewBox units."""
    return [project(lon, lat) for lon, lat in JAPAN_OUTLINE[name]]
