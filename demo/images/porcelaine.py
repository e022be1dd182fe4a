"""Porcelain and stoneware: painted Kutani, sometsuke and akae plates, Echizen stoneware."""

import math

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from .canvas import (
    BLACK,
    BOX,
    SS,
    _box,
    _bump,
    _colorize,
    _contrast,
    _jitter,
    _mix,
    _noise,
    _polar,
    _soft,
    _ss_mask,
)
from .studio import _gloss, _place_flat

_KUTANI = [(38, 112, 72), (222, 176, 44), (98, 62, 118), (32, 52, 108), (178, 52, 38)]
_INDIGO, _INK = (34, 56, 124), (30, 26, 24)


def _petal(cx, cy, angle, length, width, n=18):
    """A pointed petal or leaf from (cx, cy) along `angle`, as a polygon."""
    half = [(length * i / n, width * math.sin(math.pi * i / n) ** 0.8) for i in range(n + 1)]
    pts = half + [(a, -b) for a, b in reversed(half)]
    ca, sa = math.cos(angle), math.sin(angle)
    return [(cx + a * ca - b * sa, cy + a * sa + b * ca) for a, b in pts]


def _flower(draw, cx, cy, r, petals, color, outline, center, rot=0.0):
    for k in range(petals):
        draw.polygon(
            _petal(cx, cy, rot + 2 * math.pi * k / petals, r, r * 0.42), fill=color, outline=outline
        )
    draw.ellipse(_box(cx, cy, r * 0.22), fill=center)


def _spokes(draw, c, r0, r1, count, color, width, start=0.0):
    for k in range(count):
        a = start + 2 * math.pi * k / count
        draw.line([_polar(c, c, r0, a), _polar(c, c, r1, a)], fill=color, width=width)


def _plate_kutani(draw, rng, c, r, well, glaze, lw):
    """Gosai: panels in the five Kutani colours with komon patterns, a peony in the well."""
    colors = _KUTANI[:]
    rng.shuffle(colors)
    panels = rng.choice([6, 8, 10])
    for k in range(panels):
        a0, a1 = 360 * k / panels, 360 * (k + 1) / panels
        col = colors[k % len(colors)]
        draw.pieslice(_box(c, c, r * 0.95), a0, a1, fill=col)
        dot, s = _mix(col, (250, 240, 210), 0.55), r * 0.018
        for ring in (0.72, 0.8, 0.88):
            n = round(panels * 5 * ring)
            for j in range(n):
                deg = a0 + (a1 - a0) * (j + 0.5) / n
                if a0 + 2 < deg < a1 - 2:
                    x, y = _polar(c, c, r * ring, math.radians(deg))
                    if k % 2:
                        draw.ellipse(_box(x, y, s), fill=dot)
                    else:
                        draw.polygon(
                            [(x, y - s * 1.4), (x + s, y), (x, y + s * 1.4), (x - s, y)], fill=dot
                        )
    _spokes(draw, c, well, r * 0.95, panels, _INK, lw)
    draw.ellipse(_box(c, c, well), fill=glaze, outline=_INK, width=lw * 2)
    for _ in range(5):
        leaf = _petal(c, c, rng.uniform(0, 2 * math.pi), well * 0.85, well * 0.18)
        draw.polygon(leaf, fill=_KUTANI[0], outline=_INK)
    _flower(draw, c, c, well * 0.55, 8, (178, 52, 38), (40, 20, 18), _KUTANI[1], rng.random())
    _flower(draw, c, c, well * 0.32, 6, (204, 88, 60), (40, 20, 18), _KUTANI[1], rng.random())


def _plate_sometsuke(draw, rng, c, r, well, glaze, lw):
    """Underglaze indigo: a ring of wave scallops (seigaiha) and flowers in a pale wash."""
    wash = _mix(_INDIGO, glaze, 0.72)
    draw.ellipse(_box(c, c, r * 0.95), outline=_INDIGO, width=lw * 3)
    n = rng.choice([28, 36, 44])
    for j in range(n):
        x, y = _polar(c, c, r * 0.8, 2 * math.pi * j / n)
        for k, rr in enumerate((0.11, 0.08, 0.05)):
            draw.ellipse(_box(x, y, r * rr), outline=_INDIGO, width=lw, fill=None if k else wash)
    draw.ellipse(_box(c, c, well), fill=glaze, outline=_INDIGO, width=lw * 2)
    draw.ellipse(_box(c, c, well * 0.92), outline=_INDIGO, width=lw)
    for k in range(rng.choice([3, 5])):
        x, y = _polar(c, c, well * (0.45 if k else 0), 2 * math.pi * k / 5 + rng.uniform(-0.2, 0.2))
        _flower(draw, x, y, well * 0.26, 5, wash, _INDIGO, _INDIGO, rng.random())


def _plate_akae(draw, rng, c, r, well, glaze, lw):
    """Akae: fine lines in iron red, with gold."""
    red, gold = (168, 44, 32), (196, 160, 72)
    for k in range(40):
        draw.ellipse(
            _box(c, c, r * (0.62 + 0.33 * k / 40)), outline=red if k % 3 else gold, width=lw
        )
    _spokes(draw, c, well, r * 0.95, 72, red, lw)
    draw.ellipse(_box(c, c, well), fill=glaze, outline=red, width=lw * 2)
    _flower(draw, c, c, well * 0.5, 12, _mix(red, glaze, 0.5), red, gold, rng.random())


def _cloud(rng, d: int, grain: int, gain: float) -> Image.Image:
    """Soft, cloudy variations (clay, glaze): coarse noise, smoothly enlarged."""
    n = max(2, d // grain)
    cloud = _noise(rng, (n, n)).resize((d, d), Image.Resampling.BICUBIC)
    return _contrast(cloud.filter(ImageFilter.GaussianBlur(grain / 3)), gain)


def _stoneware_top(rng, d: int) -> Image.Image:
    """Stoneware in the manner of Echizen: bare clay, speckled and thrown by hand, flushed
    by the flame on one side, with natural ash glaze pooled and running on the other."""
    c, a0 = d / 2, rng.uniform(0, 2 * math.pi)
    clay = rng.choice([((92, 62, 44), (150, 108, 78)), ((84, 70, 60), (140, 120, 100))])
    body = _colorize(_cloud(rng, d, 24, 0.8), *clay)
    body = ImageChops.soft_light(body, _bump(rng, (d, d), step=d * 0.03, blur=d * 0.004, depth=1.1))
    blush = Image.new("L", (d, d), 0)
    ImageDraw.Draw(blush).ellipse(_box(*_polar(c, c, d * 0.3, a0 + math.pi), d * 0.3), fill=110)
    body.paste((176, 98, 58), (0, 0), _soft(blush, d * 0.12))
    draw = ImageDraw.Draw(body)
    for _ in range(220):  # iron and feldspar specks
        x, y = rng.uniform(0, d), rng.uniform(0, d)
        draw.ellipse(_box(x, y, d * rng.uniform(0.001, 0.003)), fill=_mix(clay[0], BLACK, 0.3))
    for k in range(7):  # throwing rings in the well
        ring = _mix(clay[0], clay[1], 0.3)
        draw.ellipse(_box(c, c, d * (0.12 + 0.035 * k)), outline=ring, width=1)
    ash = Image.new("L", (d, d), 0)
    adraw = ImageDraw.Draw(ash)
    for _ in range(14):
        x, y = _polar(c, c, d * rng.uniform(0.3, 0.46), a0 + rng.gauss(0, 0.5))
        adraw.ellipse(_box(x, y, d * rng.uniform(0.04, 0.1)), fill=215)
    for _ in range(5):  # runs of glaze towards the centre
        a = a0 + rng.uniform(-0.6, 0.6)
        run = [_polar(c, c, d * 0.44, a), _polar(c, c, d * rng.uniform(0.18, 0.3), a)]
        adraw.line(run, fill=215, width=round(d * rng.uniform(0.01, 0.025)))
    glaze = _colorize(_cloud(rng, d, 16, 0.6), (62, 74, 40), (150, 148, 84))
    body.paste(glaze, (0, 0), ash.filter(ImageFilter.GaussianBlur(d * 0.008)))
    rim = _mix(clay[0], BLACK, 0.2)
    ImageDraw.Draw(body).ellipse(_box(c, c, c - 1), outline=rim, width=max(2, round(d * 0.01)))
    top = Image.new("RGBA", (d, d), (0, 0, 0, 0))
    disc = _ss_mask((d, d), lambda dr, s: dr.ellipse([0, 0, d * s - 1, d * s - 1], fill=255))
    top.paste(body, (0, 0), disc)
    _gloss(top, rng, 0.12)
    return top


def _render_porcelaine(canvas, rng, view, craft=None):
    if craft == "echizen-yaki":
        top = _stoneware_top(rng, round(view.scale * 0.9))
        _place_flat(canvas, top, view, thickness=0.04, side=(96, 70, 52))
        return
    d = round(view.scale * 0.95) * SS  # drawn at SS× and reduced: anti-aliased lines
    img = Image.new("RGBA", (d, d), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    c, r = d / 2, d / 2 - 1
    glaze = _jitter(rng, (245, 243, 236), 3)
    draw.ellipse(_box(c, c, r), fill=glaze)
    styles = [_plate_kutani, _plate_kutani, _plate_akae]
    style = rng.choice(styles if craft == "kutani-yaki" else [*styles, _plate_sometsuke])
    style(draw, rng, c, r, r * 0.62, glaze, max(1, round(d * 0.004)))
    draw.ellipse(_box(c, c, r * 0.985), outline=(176, 140, 70), width=max(2, round(d * 0.008)))
    img = img.resize((d // SS, d // SS), BOX)
    # The well is slightly shaded by the rim; the glaze reflects the light.
    d = img.width
    shade = (
        Image.radial_gradient("L").resize((d, d)).point(lambda v: round(20 * max(0, 1 - v / 150)))
    )
    img.paste((120, 110, 100), (0, 0), ImageChops.multiply(shade, img.getchannel("A")))
    _gloss(img, rng, 0.35)
    _place_flat(canvas, img, view, thickness=0.03, side=(214, 208, 198))
