"""Self-contained, offline map of Japan rendered as inline SVG.

No tile server, CDN or JavaScript: the coastline below is a hand-simplified
outline of the main islands (longitude, latitude pairs, WGS84 degrees), projected
into a fixed SVG viewBox by :func:`project`.

Projection
    Equirectangular, longitudes scaled by cos(36°) so that shapes are not
    stretched at Japan's mean latitude. The main frame covers roughly
    lon 128.5–146 / lat 30–45.8 (Tsushima, Gotō and Yakushima to Hokkaidō's
    Nemuro peninsula and Cape Sōya).

Okinawa inset
    Okinawa lies far outside that frame (26°N, 127.7°E); including it would
    shrink the whole map. It is therefore drawn in an inset box in the empty
    bottom-right corner (the Pacific east of Kyūshū), at twice the main scale.
    :func:`project` sends any point south of 29°N and west of 131°E into the
    inset, so Okinawan collectivités can be placed like any other.

The coordinates are simplified (a few km of error); they are meant for a
schematic locator map, not for measurement.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Coord = tuple[float, float]

# ---------------------------------------------------------------------------
# Frame and projection
# ---------------------------------------------------------------------------

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


# ---------------------------------------------------------------------------
# Coastline (longitude, latitude), each ring listed once, not closed.
# ---------------------------------------------------------------------------

HONSHU: list[Coord] = [
    # Kanmon strait, then the Sea of Japan coast towards the north-east
    (130.93, 33.97),  # Shimonoseki
    (130.87, 34.10),  # Cape Bisha, westernmost Honshū
    (130.88, 34.30),
    (131.17, 34.43),  # Nagato / Ōmijima
    (131.40, 34.43),  # Hagi
    (131.62, 34.62),
    (131.85, 34.72),  # Masuda
    (132.40, 35.15),
    (132.63, 35.43),  # Hinomisaki (Izumo)
    (132.95, 35.55),
    (133.33, 35.58),  # Mihonoseki (Shimane peninsula)
    (133.27, 35.51),
    (133.40, 35.45),  # Yonago
    (134.20, 35.54),  # Tottori
    (135.19, 35.78),  # Cape Kyōga
    (135.22, 35.58),  # Miyazu
    (135.38, 35.49),  # Maizuru
    (135.75, 35.50),  # Obama (Wakasa Bay)
    (136.06, 35.66),  # Tsuruga
    (135.96, 35.98),  # Cape Echizen
    (136.14, 36.23),  # Mikuni
    (136.60, 36.61),  # Kanazawa port
    (136.77, 36.89),  # Hakui
    (136.70, 37.10),  # Noto peninsula, west coast
    (136.72, 37.30),  # Saruyama
    (136.90, 37.40),  # Wajima
    (137.35, 37.53),  # Cape Rokkō (Suzu)
    (137.13, 37.30),
    (136.93, 37.22),  # Anamizu
    (136.99, 36.86),  # Himi
    (137.22, 36.76),  # Toyama (Iwase)
    (137.45, 36.89),  # Kurobe
    (138.25, 37.19),  # Jōetsu
    (138.55, 37.37),  # Kashiwazaki
    (138.80, 37.75),  # Kakuda
    (139.05, 37.96),  # Niigata port
    (139.45, 38.22),  # Murakami
    (139.57, 38.55),  # Nezugaseki
    (139.83, 38.93),  # Sakata
    (140.04, 39.38),  # Honjō
    (140.05, 39.72),  # Akita
    (139.70, 39.99),  # Cape Nyūdō
    (140.00, 40.05),
    (139.94, 40.56),
    (139.86, 40.64),  # Cape Henashi
    (140.22, 40.79),  # Ajigasawa
    (140.33, 41.00),  # Jūsan lagoon
    (140.34, 41.25),  # Cape Tappi (Tsugaru strait)
    (140.64, 41.04),  # Kanita
    (140.74, 40.83),  # Aomori
    (140.87, 40.92),  # Asamushi
    (140.92, 41.05),  # Natsudomari
    (141.13, 40.87),  # Noheji
    (141.25, 41.12),
    (141.18, 41.26),  # Ōminato (Mutsu)
    (140.78, 41.15),  # Wakinosawa
    (140.80, 41.43),  # Sai
    (140.91, 41.55),  # Cape Ōma, northernmost Honshū
    (141.46, 41.43),  # Cape Shiriya
    # Pacific coast, south along Tōhoku (Sanriku ria coast)
    (141.42, 40.68),  # Misawa
    (141.80, 40.20),  # Kuji
    (141.93, 39.95),
    (141.97, 39.64),  # Miyako
    (142.07, 39.55),  # Cape Todo, easternmost Honshū
    (141.92, 39.40),
    (141.90, 39.12),
    (141.74, 39.04),  # Ōfunato
    (141.52, 38.65),  # Minamisanriku
    (141.55, 38.45),
    (141.50, 38.28),  # Oshika peninsula
    (141.30, 38.42),  # Ishinomaki
    (141.05, 38.33),  # Matsushima
    (140.96, 37.84),  # Sōma
    (141.04, 37.50),
    (141.02, 37.25),
    (140.90, 36.94),  # Onahama (Iwaki)
    (140.67, 36.58),  # Hitachi
    (140.58, 36.30),  # Ōarai
    (140.87, 35.71),  # Inubōzaki (Chōshi)
    (140.58, 35.55),  # Kujūkuri beach
    (140.31, 35.13),  # Katsuura
    (140.10, 35.08),  # Kamogawa
    (139.87, 34.90),  # Nojimazaki (Bōsō peninsula)
    (139.81, 35.30),  # Futtsu
    (140.08, 35.58),  # Chiba
    (139.96, 35.68),  # Funabashi
    (139.80, 35.63),  # Tokyo Bay head
    (139.67, 35.46),  # Yokohama
    (139.70, 35.28),  # Yokosuka
    (139.63, 35.14),  # Miura peninsula
    (139.50, 35.30),  # Kamakura / Enoshima
    (139.16, 35.25),  # Odawara
    (139.08, 35.10),  # Atami
    (139.13, 34.96),  # Itō
    (138.95, 34.66),  # Shimoda
    (138.85, 34.60),  # Cape Irō (Izu peninsula)
    (138.76, 34.75),  # Matsuzaki
    (138.85, 35.09),  # Numazu
    (138.65, 35.13),  # Fuji (Suruga Bay head)
    (138.52, 34.99),  # Miho
    (138.40, 34.93),  # Shizuoka coast
    (138.22, 34.60),  # Omaezaki
    (137.95, 34.67),
    (137.55, 34.67),  # Lake Hamana
    (137.00, 34.58),  # Cape Irago (Atsumi peninsula)
    (137.33, 34.74),  # Toyohashi (Mikawa Bay)
    (137.22, 34.82),  # Gamagōri
    (137.02, 34.81),
    (136.92, 34.69),  # Morozaki (Chita peninsula)
    (136.83, 34.88),  # Tokoname
    (136.88, 35.05),  # Nagoya port
    (136.70, 35.03),  # Kuwana
    (136.52, 34.72),  # Tsu
    (136.57, 34.59),  # Matsusaka
    (136.86, 34.48),  # Toba
    (136.90, 34.28),  # Cape Daiō (Shima)
    (136.34, 34.17),
    (136.20, 34.06),  # Owase
    (135.93, 33.58),  # Katsuura
    (135.76, 33.43),  # Cape Shiono, southernmost Honshū (Kii peninsula)
    (135.50, 33.54),  # Susami
    (135.37, 33.71),  # Tanabe
    (135.06, 33.88),  # Cape Hino
    (135.16, 34.05),
    (135.15, 34.22),  # Wakayama
    (135.06, 34.29),  # Kada
    (135.30, 34.42),  # Izumisano
    (135.45, 34.57),  # Sakai
    (135.43, 34.66),  # Osaka
    (135.20, 34.68),  # Kobe
    (135.00, 34.64),  # Akashi
    (134.68, 34.77),  # Himeji
    (134.40, 34.74),  # Akō
    (134.15, 34.60),  # Ushimado
    (133.95, 34.57),  # Okayama
    (133.83, 34.45),  # Kojima
    (133.50, 34.48),  # Kasaoka
    (133.37, 34.40),  # Fukuyama
    (133.08, 34.38),  # Mihara
    (132.57, 34.22),  # Kure
    (132.45, 34.35),  # Hiroshima
    (132.23, 34.22),  # Ōtake
    (132.10, 33.96),  # Yanai
    (132.20, 33.84),  # Murotsu peninsula
    (131.98, 33.91),
    (131.80, 34.03),  # Shūnan
    (131.25, 33.93),  # Ube
    (131.00, 34.00),  # Chōfu
]

SHIKOKU: list[Coord] = [
    (134.60, 34.22),  # Naruto
    (134.60, 34.07),  # Tokushima
    (134.73, 33.87),  # Cape Kamoda
    (134.55, 33.76),
    (134.43, 33.66),  # Mugi
    (134.30, 33.52),
    (134.18, 33.25),  # Cape Muroto
    (134.05, 33.42),
    (133.90, 33.50),  # Aki
    (133.57, 33.50),  # Kōchi (Katsurahama)
    (133.28, 33.38),  # Susaki
    (133.20, 33.22),
    (132.95, 32.95),  # Shimanto
    (133.02, 32.72),  # Cape Ashizuri
    (132.88, 32.78),
    (132.70, 32.92),  # Sukumo
    (132.55, 33.15),
    (132.42, 33.44),  # Yawatahama
    (132.02, 33.34),  # Cape Sada (Sadamisaki peninsula)
    (132.45, 33.56),
    (132.65, 33.77),
    (132.78, 33.98),  # Hōjō
    (132.98, 34.10),  # Imabari
    (133.18, 33.92),  # Saijō
    (133.30, 33.97),  # Niihama
    (133.55, 34.02),  # Kawanoe
    (133.80, 34.29),  # Marugame
    (134.05, 34.35),  # Takamatsu
]

KYUSHU: list[Coord] = [
    (130.96, 33.94),  # Moji (Kitakyūshū)
    (130.98, 33.76),  # Kanda
    (131.20, 33.61),  # Nakatsu
    (131.45, 33.58),
    (131.60, 33.69),  # Kunisaki peninsula
    (131.76, 33.56),
    (131.50, 33.28),  # Beppu
    (131.88, 33.25),  # Saganoseki
    (131.82, 33.12),  # Usuki
    (132.08, 32.93),  # Cape Tsurumi
    (131.90, 32.95),  # Saiki
    (131.68, 32.58),  # Nobeoka
    (131.33, 31.37),  # Cape Toi
    (131.12, 31.45),  # Shibushi Bay
    (131.05, 31.27),
    (130.85, 31.08),
    (130.66, 31.00),  # Cape Sata, southernmost Kyūshū
    (130.77, 31.20),  # Nejime
    (130.70, 31.49),  # Tarumizu
    (130.76, 31.72),  # Kokubu (Kagoshima Bay head)
    (130.57, 31.60),  # Kagoshima
    (130.64, 31.23),  # Ibusuki
    (130.53, 31.17),  # Kaimon
    (130.30, 31.26),  # Makurazaki
    (130.15, 31.40),  # Cape Noma
    (130.28, 31.60),
    (130.20, 32.02),  # Akune
    (130.38, 32.18),  # Minamata
    (130.57, 32.50),  # Yatsushiro
    (130.46, 32.62),  # Misumi (Uto peninsula)
    (130.60, 32.78),  # Kumamoto coast
    (130.44, 32.98),  # Arao
    (130.40, 33.15),  # Yanagawa (Ariake Sea)
    (130.25, 33.20),
    (130.10, 33.08),  # Kashima
    (130.20, 32.85),
    (130.37, 32.78),  # Shimabara
    (130.25, 32.61),
    (130.17, 32.64),  # Kuchinotsu
    (130.20, 32.76),  # Obama
    (129.95, 32.73),  # Mogi
    (129.75, 32.56),  # Cape Nomo
    (129.85, 32.75),  # Nagasaki
    (129.68, 32.95),  # Nishisonogi peninsula
    (129.72, 33.15),  # Sasebo
    (129.57, 33.30),  # Hirado strait
    (129.85, 33.53),  # Higashimatsuura peninsula
    (129.97, 33.45),  # Karatsu
    (130.15, 33.62),  # Itoshima
    (130.40, 33.61),  # Fukuoka (Hakata Bay)
    (130.52, 33.86),  # Munakata
    (130.72, 33.94),  # Wakamatsu
]

HOKKAIDO: list[Coord] = [
    (141.94, 45.52),  # Cape Sōya, northernmost point
    (142.97, 44.58),
    (143.35, 44.36),  # Monbetsu
    (143.85, 44.14),  # Lake Saroma
    (144.68, 43.92),  # Shari
    (145.33, 44.35),  # Cape Shiretoko
    (145.20, 44.03),  # Rausu
    (145.13, 43.66),  # Shibetsu
    (145.18, 43.40),  # Nemuro Bay
    (145.52, 43.37),
    (145.82, 43.38),  # Cape Nosappu, easternmost point
    (145.13, 43.08),  # Kiritappu
    (144.05, 42.93),
    (143.65, 42.62),  # Tokachi coast
    (143.32, 42.28),  # Hiroo
    (143.25, 41.93),  # Cape Erimo
    (142.93, 42.12),
    (142.77, 42.16),  # Urakawa
    (142.37, 42.33),  # Shizunai
    (141.93, 42.57),  # Mukawa
    (141.60, 42.63),  # Tomakomai
    (141.10, 42.45),  # Noboribetsu
    (140.98, 42.30),  # Muroran (Cape Chikyū)
    (140.85, 42.47),  # Date (Uchiura Bay)
    (140.37, 42.50),  # Oshamambe
    (140.58, 42.10),  # Mori
    (140.82, 42.02),  # Shikabe
    (141.15, 41.80),  # Cape Esan
    (140.72, 41.77),  # Hakodate
    (140.43, 41.68),  # Kikonai
    (140.20, 41.40),  # Cape Shirakami (Tsugaru strait)
    (140.05, 41.45),  # Matsumae
    (140.12, 41.87),  # Esashi (Hiyama)
    (139.85, 42.45),  # Setana
    (140.22, 42.80),  # Suttsu
    (140.50, 42.98),  # Iwanai
    (140.35, 43.33),  # Cape Kamui (Shakotan peninsula)
    (140.47, 43.38),  # Cape Shakotan
    (140.78, 43.20),  # Yoichi
    (141.00, 43.20),  # Otaru
    (141.32, 43.25),  # Ishikari
    (141.38, 43.60),  # Hamamasu
    (141.63, 43.95),  # Rumoi
    (141.70, 44.36),  # Haboro
    (141.80, 45.25),
    (141.63, 45.45),  # Cape Noshappu (Wakkanai)
]

OKINAWA: list[Coord] = [
    (128.26, 26.87),  # Cape Hedo
    (128.33, 26.74),
    (128.17, 26.63),
    (127.98, 26.48),  # Ginoza
    (127.96, 26.38),  # Kin Bay
    (127.95, 26.27),  # Katsuren peninsula
    (127.77, 26.21),  # Yonabaru
    (127.82, 26.15),  # Chinen
    (127.69, 26.08),  # Cape Kiyan
    (127.65, 26.13),  # Itoman
    (127.67, 26.22),  # Naha
    (127.75, 26.33),  # Chatan
    (127.71, 26.44),  # Cape Zanpa
    (127.85, 26.51),  # Onna
    (127.97, 26.58),  # Nago
    (127.88, 26.62),
    (127.84, 26.67),  # Motobu peninsula
    (127.93, 26.72),
    (128.12, 26.76),  # Ōgimi
]

SMALL_ISLANDS: dict[str, list[Coord]] = {
    "sado": [
        (138.50, 38.33),  # Cape Hajiki
        (138.56, 38.22),
        (138.45, 38.08),  # Ryōtsu
        (138.55, 37.95),
        (138.49, 37.86),
        (138.35, 37.82),
        (138.24, 37.80),  # Ogi
        (138.28, 37.92),
        (138.34, 38.00),  # Mano Bay
        (138.23, 38.03),  # Aikawa
        (138.22, 38.13),
        (138.36, 38.26),
    ],
    "awaji": [
        (135.02, 34.60),  # Iwaya
        (134.97, 34.46),
        (134.90, 34.34),  # Sumoto
        (134.83, 34.17),
        (134.68, 34.22),  # Fukura
        (134.78, 34.38),
        (134.92, 34.53),
    ],
    "shodoshima": [
        (134.18, 34.53),
        (134.30, 34.56),
        (134.36, 34.47),
        (134.24, 34.44),
    ],
    "tsushima": [
        (129.45, 34.70),
        (129.50, 34.60),
        (129.40, 34.42),
        (129.33, 34.28),
        (129.30, 34.16),
        (129.22, 34.10),
        (129.17, 34.18),
        (129.25, 34.35),
        (129.30, 34.50),
        (129.37, 34.66),
    ],
    "iki": [
        (129.68, 33.85),
        (129.78, 33.81),
        (129.76, 33.73),
        (129.67, 33.74),
    ],
    "goto_fukue": [
        (128.78, 32.83),
        (128.90, 32.72),
        (128.85, 32.62),
        (128.68, 32.60),
        (128.62, 32.70),
    ],
    "goto_nakadori": [
        (129.10, 33.10),
        (129.18, 33.00),
        (129.08, 32.90),
        (128.98, 32.97),
    ],
    "amakusa": [
        (130.22, 32.58),
        (130.25, 32.45),
        (130.18, 32.25),
        (130.03, 32.22),
        (129.98, 32.38),
        (130.08, 32.52),
    ],
    "yakushima": [
        (130.53, 30.46),
        (130.66, 30.38),
        (130.60, 30.25),
        (130.45, 30.24),
        (130.38, 30.36),
    ],
    "tanegashima": [
        (131.03, 30.84),
        (131.08, 30.68),
        (131.00, 30.45),
        (130.88, 30.33),
        (130.92, 30.55),
        (130.97, 30.75),
    ],
    "oki": [
        (133.25, 36.36),
        (133.36, 36.30),
        (133.33, 36.17),
        (133.20, 36.20),
    ],
    "okushiri": [
        (139.47, 42.24),
        (139.53, 42.12),
        (139.47, 42.05),
        (139.40, 42.15),
    ],
    "rishiri": [
        (141.24, 45.27),
        (141.33, 45.18),
        (141.24, 45.09),
        (141.15, 45.18),
    ],
    "izu_oshima": [
        (139.36, 34.79),
        (139.44, 34.73),
        (139.38, 34.68),
        (139.34, 34.73),
    ],
}

#: Every land ring of the map, by name.
JAPAN_OUTLINE: dict[str, list[Coord]] = {
    "honshu": HONSHU,
    "hokkaido": HOKKAIDO,
    "kyushu": KYUSHU,
    "shikoku": SHIKOKU,
    "okinawa": OKINAWA,
    **SMALL_ISLANDS,
}


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


def inset_frame() -> dict[str, float]:
    """Position of the Okinawa inset box, for the template."""
    x, y, width, height = INSET_BOX
    return {"x": x, "y": y, "width": width, "height": height}


# ---------------------------------------------------------------------------
# Points and label placement
# ---------------------------------------------------------------------------

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


# ---------------------------------------------------------------------------
# Geometry helpers (used by the tests and handy for data checks)
# ---------------------------------------------------------------------------


def point_in_polygon(x: float, y: float, polygon: Sequence[tuple[float, float]]) -> bool:
    """Even-odd ray casting."""
    inside = False
    n = len(polygon)
    for i in range(n):
        x1, y1 = polygon[i]
        x2, y2 = polygon[(i + 1) % n]
        if (y1 > y) != (y2 > y):
            x_cross = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            if x < x_cross:
                inside = not inside
    return inside


def distance_to_polygon(x: float, y: float, polygon: Sequence[tuple[float, float]]) -> float:
    """Shortest distance from (x, y) to the polygon's boundary."""
    best = math.inf
    n = len(polygon)
    for i in range(n):
        x1, y1 = polygon[i]
        x2, y2 = polygon[(i + 1) % n]
        dx, dy = x2 - x1, y2 - y1
        length2 = dx * dx + dy * dy
        t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / length2))
        px, py = x1 + t * dx, y1 + t * dy
        best = min(best, math.hypot(x - px, y - py))
    return best
