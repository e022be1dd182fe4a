"""Textile: Hakata-ori kenjō weaving."""

import math

from PIL import Image, ImageChops, ImageDraw

from .canvas import BILINEAR, BLACK, _box, _contrast, _gray3, _mix, _noise, _polar, _profile
from .studio import _place_flat

_KENJO = [  # ground, motif colour, stripe colours
    # goshiki kenjō: purple, blue, red, yellow and navy stripes
    (
        (36, 44, 86),
        (214, 206, 186),
        [(98, 58, 118), (54, 96, 156), (172, 48, 46), (218, 172, 52), (28, 34, 70)],
    ),
    ((34, 48, 98), (222, 218, 204), [(222, 218, 204)]),  # indigo, pale motifs
    ((232, 226, 212), (184, 150, 70), [(184, 150, 70)]),  # white and gold
    ((150, 36, 40), (236, 214, 170), [(236, 214, 170), (40, 30, 30)]),  # deep red
]
_KENJO_BANDS = [
    ("edge", 0.5),
    ("oyako", 0.9),
    ("tokko", 2.2),
    ("stripes", 1.2),
    ("hanazara", 2.2),
    ("stripes", 1.2),
    ("tokko", 2.2),
    ("oyako", 0.9),
    ("edge", 0.5),
]


def _tokko(draw, x, y, p, b, color, ground):
    """The vajra motif, simplified: a diamond between two short bars."""
    draw.polygon(
        [(x, y - b * 0.34), (x + p * 0.22, y), (x, y + b * 0.34), (x - p * 0.22, y)], fill=color
    )
    for dx in (-p * 0.36, p * 0.36):
        draw.rectangle(
            [x + dx - p * 0.05, y - b * 0.26, x + dx + p * 0.05, y + b * 0.26], fill=color
        )


def _hanazara(draw, x, y, p, b, color, ground):
    """The flower-dish motif, simplified: a disc notched into four lobes."""
    rr = min(p, b) * 0.3
    draw.ellipse(_box(x, y, rr), fill=color)
    for k in range(4):
        draw.ellipse(
            _box(*_polar(x, y, rr * 1.05, math.pi / 4 + k * math.pi / 2), rr * 0.38), fill=ground
        )
    draw.ellipse(_box(x, y, rr * 0.25), fill=ground)


def _kenjo_top(rng, w: int, h: int) -> Image.Image:
    """Bands across the width, the motifs repeating along the length, as on an obi."""
    ground, motif, stripes = rng.choice(_KENJO)
    img = Image.new("RGB", (w, h), ground)
    draw = ImageDraw.Draw(img)
    total = sum(weight for _, weight in _KENJO_BANDS)
    y, stripe_i = 0.0, 0
    for kind, weight in _KENJO_BANDS:
        bh = h * weight / total
        if kind == "edge":
            draw.rectangle([0, y, w, y + bh], fill=_mix(ground, BLACK, 0.25))
        elif kind == "oyako":  # parent-and-child stripes: one thick line, one thin
            draw.rectangle([0, y + bh * 0.2, w, y + bh * 0.55], fill=motif)
            draw.rectangle([0, y + bh * 0.7, w, y + bh * 0.8], fill=motif)
        elif kind == "stripes":
            for k in range(5):
                col, stripe_i = stripes[stripe_i % len(stripes)], stripe_i + 1
                draw.rectangle([0, y + bh * (k + 0.25) / 5, w, y + bh * (k + 0.75) / 5], fill=col)
        else:
            p, paint = bh * 1.15, _tokko if kind == "tokko" else _hanazara
            x = p / 2 - rng.uniform(0, p)
            while x < w + p:
                paint(draw, x, y + bh / 2, p, bh, motif, ground)
                x += p
        y += bh
    # The weave: dense warp along the length, fine weft ribs across; a silky sheen.
    warp = _noise(rng, (max(2, w // 60), h)).resize((w, h), BILINEAR)
    ribs = _profile([0.5 + 0.5 * (i % 2) for i in range(w // 3)], (w, h))
    img = ImageChops.overlay(img, _gray3(_contrast(Image.blend(warp, ribs, 0.3), 0.45)))
    sheen = _profile([0.5 + 0.5 * math.sin(math.pi * i / 63) ** 6 for i in range(64)], (w, h))
    return ImageChops.soft_light(img, _gray3(sheen)).convert("RGBA")


def _render_textile(canvas, rng, view, craft=None):
    view.tilt = min(1.0, view.tilt * 1.3)
    turn = Image.Resampling.BICUBIC
    if rng.random() < 0.5:  # a placemat, slightly turned
        w = round(view.scale * 1.1)
        top = _kenjo_top(rng, w, round(w * rng.uniform(0.62, 0.72)))
        top = top.rotate(rng.uniform(-6, 6), resample=turn, expand=True)
        _place_flat(canvas, top, view, thickness=0.004, side=(60, 50, 46), width=w * 1.05)
    else:  # a table runner crossing the whole frame
        top = _kenjo_top(
            rng, round(canvas.width * 1.3), round(canvas.height * rng.uniform(0.36, 0.44))
        )
        top = top.rotate(rng.uniform(-3, 3), resample=turn, expand=True)
        _place_flat(canvas, top, view, thickness=0.002, side=(60, 50, 46), width=top.width)
