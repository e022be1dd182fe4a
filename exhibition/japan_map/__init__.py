"""Self-contained, offline map of Japan rendered as inline SVG.

No tile server, CDN or JavaScript: a hand-simplified outline of the main islands
(exhibition/data/japan_coastline.json) projected into a fixed SVG viewBox, with the
collectivités as labelled dots. The template tag is exhibition/templatetags/japan_map.py.

- :mod:`.projection`: the frame, the projection and the Okinawa inset;
- :mod:`.coastline`: the land rings, read from the data file, and their SVG paths;
- :mod:`.labels`: the dots and the placement of their labels;
- :mod:`.geometry`: point-in-polygon and distance checks on projected rings.
"""

from .coastline import (
    HOKKAIDO,
    HONSHU,
    JAPAN_OUTLINE,
    KYUSHU,
    OKINAWA,
    SHIKOKU,
    Coord,
    outline_paths,
    projected_ring,
    ring_to_path,
)
from .geometry import distance_to_polygon, point_in_polygon
from .labels import (
    ACTIVE_DOT_RADIUS,
    DOT_RADIUS,
    LABEL_FONT_SIZE,
    LABEL_GAP,
    LABEL_MARGIN,
    LATIN_CHAR_WIDTH,
    WIDE_CHAR_WIDTH,
    MapPoint,
    map_points,
    place_labels,
    text_width,
)
from .projection import (
    INSET_BOX,
    VIEWBOX,
    VIEWBOX_HEIGHT,
    VIEWBOX_WIDTH,
    inset_frame,
    project,
)

__all__ = [
    "ACTIVE_DOT_RADIUS",
    "DOT_RADIUS",
    "HOKKAIDO",
    "HONSHU",
    "INSET_BOX",
    "JAPAN_OUTLINE",
    "KYUSHU",
    "LABEL_FONT_SIZE",
    "LABEL_GAP",
    "LABEL_MARGIN",
    "LATIN_CHAR_WIDTH",
    "OKINAWA",
    "SHIKOKU",
    "VIEWBOX",
    "VIEWBOX_HEIGHT",
    "VIEWBOX_WIDTH",
    "WIDE_CHAR_WIDTH",
    "Coord",
    "MapPoint",
    "distance_to_polygon",
    "inset_frame",
    "map_points",
    "outline_paths",
    "place_labels",
    "point_in_polygon",
    "project",
    "projected_ring",
    "ring_to_path",
    "text_width",
]
