"""The finish of each material as a flat texture, for the drawings of each kind of object:
lacquer with a gold line, glaze with painted Kutani or indigo decoration, Echizen clay, hammered
copper, wood grain, Hakata-ori silk, gold leaf on black lacquer. The drawings of kinds.py shade
and cut these textures; the colours are those of each material's own module."""

import math
import random
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from .bois import _WOODS, _wood
from .canvas import WHITE, Color, _box, _bump, _colorize, _mix
from .laque import _LACQUER
from .metal import _METALS
from .porcelaine import _INDIGO, _INK, _KUTANI, _cloud, _flower
from .textile import _kenjo_top

Paint = Callable[..., Image.Image]  # paint(rng, size, band=True)


@dataclass
class Finish:
    """How a material looks on any object: `paint(rng, size, band=True)` gives its flat
    texture, with its decoration as a band round a turned or standing object (at fixed
    fractions of the height) or, with band=False, scattered over a flat one; `gloss` the
    strength of its reflections, `inside` the dark and light colours inside an open vessel,
    `side` the colour of a flat object's edge, `well` the colour inside a dish's rim when it
    differs (red inside black lacquer), `depth` how much a round body darkens towards its
    edges (less on white glaze, which would turn grey like steel)."""

    paint: Paint
    gloss: float
    inside: tuple[Color, Color]
    side: Color
    well: Color | None = None
    depth: float = 0.7


def _flat(color: Color) -> Paint:
    return lambda rng, size, band=True: Image.new("RGB", size, color)


def _lacquer(rng, craft) -> Finish:
    outer = rng.choice(["black", "black", "vermilion", "vermilion", "brown", "green"])
    outer = "vermilion" if craft == "murakami-kibori-tsuishu" else outer
    dark, light = _LACQUER[outer]
    inner = _LACQUER["vermilion" if outer == "black" else "black"]
    gold = rng.random() < 0.6

    def paint(rng, size, band=True):
        img = Image.new("RGB", size, _mix(light, WHITE, 0.08))
        if gold and band:  # a fine line of gold maki-e under the rim
            w, h = size
            y = h * (0.2 + 0.04 * rng.random())
            ImageDraw.Draw(img).rectangle([0, y, w, y + max(2, h * 0.012)], fill=(212, 170, 80))
        return img

    return Finish(paint, 0.75, inner, dark, _mix(inner[1], WHITE, 0.05))


def _kutani_band(draw, rng, w, y0, y1):
    colors = _KUTANI[:]
    rng.shuffle(colors)
    step = (y1 - y0) * 0.8
    for k in range(math.ceil(w / step) + 1):
        x = k * step
        draw.rectangle([x, y0, x + step, y1], fill=colors[k % len(colors)], outline=_INK)
        _flower(draw, x + step / 2, (y0 + y1) / 2, step * 0.32, 5, (236, 226, 196), _INK, _INK)


def _indigo_band(draw, rng, w, y0, y1):
    wash, r = _mix(_INDIGO, (245, 243, 236), 0.7), (y1 - y0) * 0.5
    for row, y in enumerate((y0 + r * 0.6, y0 + r * 1.3, y0 + r * 2.0)):
        for k in range(-1, math.ceil(w / r) + 1):
            x = (k + 0.5 * (row % 2)) * r
            for j, rr in enumerate((0.5, 0.34, 0.18)):
                draw.ellipse(_box(x, y, r * rr), outline=_INDIGO, fill=None if j else wash)
    draw.line([(0, y0), (w, y0)], fill=_INDIGO, width=max(1, round(r * 0.08)))


def _akae_band(draw, rng, w, y0, y1):
    red, gold = (168, 44, 32), (196, 160, 72)
    for k in range(12):
        y = y0 + (y1 - y0) * k / 12
        draw.line([(0, y), (w, y)], fill=gold if k % 4 == 0 else red, width=1)


def _sprigs(draw, rng, w, h, indigo):
    """Small flowers scattered over a flat piece, in indigo or in the Kutani colours."""
    step = max(8, min(w, h) / 5)
    for j in range(math.ceil(h / step) + 1):
        for i in range(math.ceil(w / step) + 1):
            x, y = (i + 0.5 * (j % 2)) * step, j * step
            color = _INDIGO if indigo else _KUTANI[(i + 2 * j) % len(_KUTANI)]
            _flower(draw, x, y, step * 0.3, 5, color, _INK, _KUTANI[1], rng.random())


def _glaze(rng, craft) -> Finish:
    bands = [_kutani_band, _kutani_band, _akae_band]
    decor = rng.choice(bands if craft == "kutani-yaki" else [*bands, _indigo_band])
    glaze = (245, 243, 236)
    top, bottom = rng.uniform(0.14, 0.22), rng.uniform(0.45, 0.6)

    def paint(rng, size, band=True):
        w, h = size
        img = Image.new("RGB", size, glaze)
        if band:
            decor(ImageDraw.Draw(img), rng, w, h * top, h * bottom)
        else:
            _sprigs(ImageDraw.Draw(img), rng, w, h, decor is _indigo_band)
        return img

    return Finish(paint, 0.6, ((150, 146, 136), (236, 234, 226)), (214, 208, 198), depth=0.4)


def _stoneware(rng, craft) -> Finish:
    clay = rng.choice([((92, 62, 44), (150, 108, 78)), ((84, 70, 60), (140, 120, 100))])

    def paint(rng, size, band=True):
        w, h = size
        d = max(w, h)
        body = _colorize(_cloud(rng, d, 24, 0.8), *clay).crop((0, 0, w, h))
        ash = Image.new("L", size, 0)  # natural ash glaze, running down from the shoulder
        draw = ImageDraw.Draw(ash)
        draw.rectangle([0, 0, w, h * 0.3], fill=200)
        for _ in range(9):
            x = rng.uniform(0, w)
            draw.line(
                [(x, h * 0.25), (x, h * rng.uniform(0.4, 0.75))], fill=200, width=round(w * 0.02)
            )
        glaze = _colorize(_cloud(rng, d, 16, 0.6), (62, 74, 40), (150, 148, 84)).crop((0, 0, w, h))
        body.paste(glaze, (0, 0), ash.filter(ImageFilter.GaussianBlur(w * 0.006)))
        return body

    return Finish(paint, 0.18, (clay[0], clay[1]), (96, 70, 52), depth=0.5)


def _metal(rng, craft) -> Finish:
    dark, mid, light = rng.choice(_METALS)

    def paint(rng, size, band=True):
        step = max(6, size[0] * 0.05)
        return ImageChops.overlay(
            Image.new("RGB", size, _mix(mid, light, 0.35)), _bump(rng, size, step, step * 0.1, 2.2)
        )

    return Finish(paint, 0.85, (dark, mid), mid)


def _woodwork(rng, craft) -> Finish:
    colors = _WOODS[2] if craft == "karuizawa-bori" else rng.choice(_WOODS[:2])
    return Finish(
        lambda rng, size, band=True: _wood(rng, size, colors), 0.15, colors, colors[0], depth=0.5
    )


def _silk(rng, craft) -> Finish:
    def paint(rng, size, band=True):
        return _kenjo_top(rng, *size).convert("RGB")

    return Finish(paint, 0.1, ((60, 50, 46), (120, 100, 90)), (60, 50, 46), depth=0.45)


def _gold_leaf(rng, craft) -> Finish:
    """Black lacquer with a band of gold leaf squares, their seams showing."""

    def paint(rng, size, band=True):
        w, h = size
        img = Image.new("RGB", size, (40, 35, 32))
        s = max(4, w / rng.choice([7, 9]))
        leaf = Image.new("L", size, 0)
        draw = ImageDraw.Draw(leaf)
        for j in range(math.ceil(h * 0.45 / s) + 1):
            for i in range(math.ceil(w / s) + 1):
                x, y = i * s, h * 0.12 + j * s
                draw.rectangle([x, y, x + s, y + s], fill=rng.randint(130, 190), outline=90)
        gold = _colorize(leaf, (96, 60, 14), (255, 240, 178), (214, 166, 62))
        cover = leaf.point(lambda v: 255 if v else 0)
        img.paste(gold, (0, 0), cover)
        return img

    return Finish(paint, 0.55, ((14, 11, 10), (196, 150, 60)), (24, 20, 18))


_FINISHES = {
    "laque": _lacquer,
    "porcelaine-ceramique": _glaze,
    "metal": _metal,
    "bois": _woodwork,
    "textile": _silk,
    "autres": _gold_leaf,
}


def finish_of(material: str, craft: str | None, rng: random.Random) -> Finish:
    if material == "porcelaine-ceramique" and craft == "echizen-yaki":
        return _stoneware(rng, craft)
    if material in _FINISHES:
        return _FINISHES[material](rng, craft)
    glaze = rng.choice([((150, 146, 136), (226, 222, 212)), ((110, 128, 118), (196, 212, 198))])
    return Finish(_flat(glaze[1]), 0.5, glaze, glaze[0])
