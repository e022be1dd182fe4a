"""Tests for the offline map of Japan (exhibition/japan_map/ + its template tag).

No database needed. Run now with:
    .venv/bin/python -m pytest tests/exhibition/test_japan_map.py -p no:django
and later under pytest-django as part of the suite.
"""

import re
from decimal import Decimal
from pathlib import Path
from types import SimpleNamespace

import pytest

from exhibition import japan_map as jm

# (longitude, latitude, island ring the city is on)
KNOWN_CITIES = {
    "Tokyo": (139.69, 35.69, "honshu"),
    "Osaka": (135.50, 34.69, "honshu"),
    "Sapporo": (141.35, 43.06, "hokkaido"),
    "Fukuoka": (130.40, 33.59, "kyushu"),
    "Kagoshima": (130.56, 31.60, "kyushu"),
    "Niigata": (139.02, 37.92, "honshu"),
    "Kanazawa": (136.66, 36.56, "honshu"),
    "Nagano": (138.19, 36.65, "honshu"),
    "Shizuoka": (138.38, 34.98, "honshu"),
    "Kumamoto": (130.74, 32.80, "kyushu"),
    "Toyama": (137.21, 36.70, "honshu"),
    "Fukui": (136.22, 36.06, "honshu"),
    "Hiroshima": (132.46, 34.39, "honshu"),
    "Sendai": (140.87, 38.27, "honshu"),
    "Aomori": (140.74, 40.82, "honshu"),
    "Kōchi": (133.53, 33.56, "shikoku"),
}
INLAND_CITIES = {"Nagano"}
COAST_TOLERANCE = 12.0  # viewBox units

# The eight participating places of the first exhibition.
PARTICIPANTS = [
    ("Niigata", "新潟", 139.02, 37.92),
    ("Toyama", "富山", 137.21, 36.70),
    ("Kanazawa", "金沢", 136.66, 36.56),
    ("Fukui", "福井", 136.22, 36.06),
    ("Nagano", "長野", 138.19, 36.65),
    ("Shizuoka", "静岡", 138.38, 34.98),
    ("Fukuoka", "福岡", 130.40, 33.59),
    ("Kumamoto", "熊本", 130.74, 32.80),
]


def make_item(title, name_ja="", longitude=None, latitude=None, url=None, **extra):
    return SimpleNamespace(
        title=title,
        name_ja=name_ja,
        longitude=longitude,
        latitude=latitude,
        url=url if url is not None else f"/fr/{title.lower()}/",
        **extra,
    )


def participant_items():
    return [make_item(name, ja, lon, lat) for name, ja, lon, lat in PARTICIPANTS]


def in_viewbox(x, y):
    return 0 <= x <= jm.VIEWBOX_WIDTH and 0 <= y <= jm.VIEWBOX_HEIGHT


# --- projection and coastline ---------------------------------------------


def test_viewbox_string():
    assert jm.VIEWBOX == f"0 0 {jm.VIEWBOX_WIDTH} {jm.VIEWBOX_HEIGHT}"


@pytest.mark.parametrize("name", sorted(KNOWN_CITIES))
def test_known_city_projects_inside_viewbox(name):
    lon, lat, _island = KNOWN_CITIES[name]
    assert in_viewbox(*jm.project(lon, lat))


def test_projection_orientation():
    tokyo = jm.project(139.69, 35.69)
    sapporo = jm.project(141.35, 43.06)
    fukuoka = jm.project(130.40, 33.59)
    assert sapporo[1] < tokyo[1] < fukuoka[1]  # north is up
    assert fukuoka[0] < tokyo[0] < sapporo[0]  # east is right


def test_projection_uses_cosine_scaling():
    x0, y0 = jm.project(135.0, 36.0)
    x1, _ = jm.project(136.0, 36.0)
    _, y1 = jm.project(135.0, 35.0)
    assert (x1 - x0) / (y1 - y0) == pytest.approx(0.809, abs=0.001)


@pytest.mark.parametrize("name", sorted(KNOWN_CITIES))
def test_city_is_on_or_inside_its_island(name):
    lon, lat, island = KNOWN_CITIES[name]
    x, y = jm.project(lon, lat)
    ring = jm.projected_ring(island)
    inside = jm.point_in_polygon(x, y, ring)
    if name in INLAND_CITIES:
        assert inside, f"{name} should be inside {island}"
        assert jm.distance_to_polygon(x, y, ring) > 10, f"{name} should be well inland"
    else:
        assert inside or jm.distance_to_polygon(x, y, ring) <= COAST_TOLERANCE


@pytest.mark.parametrize("name", sorted(KNOWN_CITIES))
def test_city_is_not_on_another_island(name):
    lon, lat, island = KNOWN_CITIES[name]
    x, y = jm.project(lon, lat)
    for other in jm.JAPAN_OUTLINE:
        if other != island:
            assert not jm.point_in_polygon(x, y, jm.projected_ring(other)), other


def test_main_islands_are_detailed_enough():
    assert 80 <= len(jm.HONSHU) <= 150
    assert len(jm.HOKKAIDO) >= 35
    assert len(jm.KYUSHU) >= 35
    assert len(jm.SHIKOKU) >= 20


def test_islands_in_the_right_relative_positions():
    def centroid(name):
        ring = jm.projected_ring(name)
        return (sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring))

    honshu, hokkaido, kyushu, shikoku = (
        centroid(n) for n in ("honshu", "hokkaido", "kyushu", "shikoku")
    )
    assert hokkaido[0] > honshu[0] and hokkaido[1] < honshu[1]  # north-east
    assert kyushu[0] < shikoku[0] < honshu[0]  # south-west
    assert kyushu[1] > honshu[1] and shikoku[1] > honshu[1]


def test_every_ring_projects_inside_viewbox():
    for name in jm.JAPAN_OUTLINE:
        for x, y in jm.projected_ring(name):
            assert in_viewbox(x, y), name


def test_okinawa_is_drawn_inside_its_inset():
    box = jm.inset_frame()
    for x, y in jm.projected_ring("okinawa"):
        assert box["x"] <= x <= box["x"] + box["width"]
        assert box["y"] <= y <= box["y"] + box["height"]
    naha = jm.project(127.68, 26.21)
    assert jm.point_in_polygon(*naha, jm.projected_ring("okinawa")) or (
        jm.distance_to_polygon(*naha, jm.projected_ring("okinawa")) <= COAST_TOLERANCE
    )


def test_inset_does_not_cover_the_main_islands():
    box = jm.inset_frame()
    for name in ("honshu", "hokkaido", "kyushu", "shikoku"):
        for x, y in jm.projected_ring(name):
            assert not (
                box["x"] <= x <= box["x"] + box["width"]
                and box["y"] <= y <= box["y"] + box["height"]
            )


# --- outline_paths -----------------------------------------------------------

NUMBER = r"-?\d+\.\d"
PATH_RE = re.compile(rf"^M{NUMBER},{NUMBER}( L{NUMBER},{NUMBER})+ Z$")


def test_outline_paths_are_valid_closed_paths():
    paths = jm.outline_paths()
    assert isinstance(paths, list)
    assert len(paths) == len(jm.JAPAN_OUTLINE)
    for d in paths:
        assert PATH_RE.match(d), d[:80]
        assert d.count("M") == 1 and d.endswith(" Z")


def test_outline_paths_round_to_one_decimal_and_stay_in_viewbox():
    for d in jm.outline_paths():
        for x, y in re.findall(r"(-?\d+\.\d+),(-?\d+\.\d+)", d):
            assert len(x.split(".")[1]) == 1 and len(y.split(".")[1]) == 1
            assert in_viewbox(float(x), float(y))


def test_outline_paths_are_cached():
    assert jm.outline_paths() is jm.outline_paths()


# --- map_points --------------------------------------------------------------


def test_map_points_skips_items_without_coordinates():
    items = [
        make_item("Niigata", "新潟", 139.02, 37.92),
        make_item("Nowhere", latitude=None, longitude=139.0),
        make_item("Nowhere2", latitude=36.0, longitude=None),
        SimpleNamespace(title="No attributes", url="/fr/x/"),
    ]
    points = jm.map_points(items)
    assert [p.label for p in points] == ["Niigata"]


def test_map_points_fields():
    (point,) = jm.map_points([make_item("Niigata", "新潟", 139.02, 37.92, url="/fr/niigata/")])
    x, y = jm.project(139.02, 37.92)
    assert point.x == pytest.approx(x, abs=0.05)
    assert point.y == pytest.approx(y, abs=0.05)
    assert point.label == "Niigata"
    assert point.label_ja == "新潟"
    assert point.url == "/fr/niigata/"
    assert point.active is False


def test_map_points_prefers_short_name_over_title():
    items = [
        make_item("Préfecture de Toyama", "富山", 137.21, 36.70, short_name="Toyama"),
        make_item("Kanazawa", "金沢", 136.66, 36.56, short_name=""),
    ]
    assert [p.label for p in jm.map_points(items)] == ["Toyama", "Kanazawa"]


def test_map_points_accepts_decimals_and_missing_name_ja():
    item = SimpleNamespace(
        title="Fukui", latitude=Decimal("36.06"), longitude=Decimal("136.22"), url="/fr/fukui/"
    )
    (point,) = jm.map_points([item])
    assert point.label_ja == ""
    assert in_viewbox(point.x, point.y)


def test_map_points_empty():
    assert jm.map_points([]) == []
    assert jm.map_points(None) == []


@pytest.mark.parametrize("active", ["/fr/toyama/", "page"])
def test_active_is_compared_by_url(active):
    items = participant_items()
    if active == "page":
        active = SimpleNamespace(url="/fr/toyama/")  # another object for the same page
    points = jm.map_points(items, active=active)
    assert [p.label for p in points if p.active] == ["Toyama"]
    assert (
        next(p for p in points if p.active).radius > next(p for p in points if not p.active).radius
    )


def test_no_active_point_by_default():
    assert not any(p.active for p in jm.map_points(participant_items()))


def test_dots_are_big_enough_to_tap():
    assert jm.DOT_RADIUS >= 7
    assert all(p.radius >= 7 for p in jm.map_points(participant_items()))


# --- label placement ---------------------------------------------------------


def independent_label_box(point, latin=7.0, wide=13.0, font_size=13.0):
    """Bounding box estimated independently of japan_map's own estimate:
    ~7 px per Latin character, one em per Japanese character."""
    text = point.label + (" " + point.label_ja if point.label_ja else "")
    n_wide = sum(1 for ch in text if ord(ch) > 0x2E80)
    width = (len(text) - n_wide) * latin + n_wide * wide
    left = {
        "start": point.label_x,
        "end": point.label_x - width,
        "middle": point.label_x - width / 2,
    }[point.anchor]
    return (left, point.label_y - 0.8 * font_size, left + width, point.label_y + 0.2 * font_size)


def overlap(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


@pytest.mark.parametrize("active", [None, "/fr/toyama/", "/fr/kanazawa/"])
@pytest.mark.parametrize("box", ["module", "independent"])
def test_labels_of_the_eight_places_do_not_overlap(active, box):
    points = jm.map_points(participant_items(), active=active)
    assert len(points) == 8
    boxes = [p.label_box() if box == "module" else independent_label_box(p) for p in points]
    for i, a in enumerate(boxes):
        for j in range(i + 1, len(boxes)):
            assert not overlap(a, boxes[j]), (points[i].label, points[j].label)


def test_labels_do_not_cover_other_dots():
    points = jm.map_points(participant_items())
    for p in points:
        for q in points:
            if p is not q:
                r = q.radius
                assert not overlap(p.label_box(), (q.x - r, q.y - r, q.x + r, q.y + r)), (
                    p.label,
                    q.label,
                )


def test_labels_stay_inside_viewbox():
    for p in jm.map_points(participant_items()):
        left, top, right, bottom = p.label_box()
        assert (
            left >= 0 and top >= 0 and right <= jm.VIEWBOX_WIDTH and bottom <= jm.VIEWBOX_HEIGHT
        ), p.label


def test_labels_sit_next_to_their_dot():
    for p in jm.map_points(participant_items()):
        left, top, right, bottom = p.label_box()
        dx = max(left - p.x, 0, p.x - right)
        dy = max(top - p.y, 0, p.y - bottom)
        assert (dx**2 + dy**2) ** 0.5 <= p.radius + 2 * jm.LABEL_GAP + 1, p.label


def test_label_placement_does_not_depend_on_item_order():
    forward = {
        p.label: (p.label_x, p.label_y, p.anchor) for p in jm.map_points(participant_items())
    }
    backward = {
        p.label: (p.label_x, p.label_y, p.anchor) for p in jm.map_points(participant_items()[::-1])
    }
    assert forward == backward


def test_text_width_counts_japanese_as_wide():
    assert jm.text_width("富山") > jm.text_width("ab")
    assert jm.text_width("Toyama") == pytest.approx(6 * jm.LATIN_CHAR_WIDTH)


# --- template (no database; minimal settings only when none are configured) ---

BASE_DIR = Path(__file__).resolve().parents[2]


@pytest.fixture
def template_engine():
    django = pytest.importorskip("django")
    from django.conf import settings

    if not settings.configured:  # plain pytest (-p no:django)
        settings.configure(USE_I18N=True, LANGUAGE_CODE="fr")
        django.setup()
    from django.template import Engine

    return Engine(
        dirs=[str(BASE_DIR / "templates")],
        libraries={
            "i18n": "django.templatetags.i18n",
            "l10n": "django.templatetags.l10n",
            "japan_map": "exhibition.templatetags.japan_map",
        },
    )


def render(engine, context):
    from django.template import Context
    from django.utils import translation

    with translation.override("fr"):
        return engine.from_string("{% load japan_map %}{% japan_map items active=active %}").render(
            Context(context)
        )


def test_template_renders_accessible_svg(template_engine):
    items = participant_items() + [make_item("Sans coordonnées", url="/fr/rien/")]
    html = render(template_engine, {"items": items, "active": "/fr/toyama/"})

    assert '<figure class="japan-map">' in html
    assert 'aria-labelledby="japan-map-title"' in html
    assert '<title id="japan-map-title">' in html and '<desc id="japan-map-desc">' in html
    assert "Carte du Japon situant les collectivités participantes" in html
    assert html.count('class="japan-map__land"') == len(jm.JAPAN_OUTLINE)
    assert html.count('<circle class="japan-map__dot"') == 8
    assert html.count('<tspan class="japan-map__label-ja" lang="ja">') == 8
    assert html.count('aria-current="page"') == 2  # the active dot and its list entry
    assert "/fr/rien/" not in html
    caption = html[html.index("<figcaption") :]
    for name, ja, _lon, _lat in PARTICIPANTS:
        assert f'href="/fr/{name.lower()}/"' in caption
        assert f'<span lang="ja">{ja}</span>' in caption


def test_template_numbers_are_not_localized(template_engine):
    """French formats use a decimal comma, which would break SVG attributes."""
    html = render(template_engine, {"items": participant_items(), "active": None})
    numbers = re.findall(r'\b(?:cx|cy|r|x|y|width|height)="([^"]*)"', html)
    assert numbers
    for value in numbers:
        assert re.fullmatch(r"-?\d+(\.\d+)?(%)?", value), value


def test_template_without_points_has_no_list(template_engine):
    html = render(template_engine, {"items": [], "active": None})
    assert "<svg" in html and "<figcaption" not in html
