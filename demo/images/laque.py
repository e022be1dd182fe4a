"""Lacquer (and any glazed bowl): bowls seen from three-quarters."""

import math

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from .bois import _carved_top
from .canvas import (
    WHITE,
    Color,
    _bell,
    _box,
    _colorize,
    _mix,
    _profile,
    _ramp,
    _soft_shadow,
    _ss_mask,
)
from .studio import _place_flat, _View

_LACQUER = {
    "black": ((14, 11, 10), (58, 50, 46)),
    "vermilion": ((92, 18, 12), (190, 56, 34)),
    "brown": ((48, 22, 14), (120, 62, 40)),
    "green": ((20, 40, 28), (70, 104, 76)),
}


def _bowl(canvas, view: _View, cx, width, outer, inner, *, rim: Color | None = None):
    """A lacquer (or glazed) bowl seen from three-quarters, with a soft highlight."""
    r, tilt = width / 2, view.tilt * 0.62
    depth, rim_h = r * 0.78, r * tilt
    foot_w, foot_h = r * 0.42, r * 0.09
    bottom = rim_h + depth + foot_h
    size = (round(2 * r) + 2, round(bottom + foot_w * tilt) + 4)
    x0, y0 = round(cx - r), round(view.cy - depth * 0.35 - rim_h)

    def body(draw, s):
        curve = [-1 + 2 * i / 120 for i in range(121)]
        pts = [(r + u * r, rim_h + depth * (1 - abs(u) ** 2.6) ** (1 / 2.6)) for u in curve]
        fy = rim_h + depth * 0.9
        foot = [
            (r - foot_w * 1.1, fy),
            (r + foot_w * 1.1, fy),
            (r + foot_w, bottom),
            (r - foot_w, bottom),
        ]
        draw.polygon([(x * s, y * s) for x, y in pts], fill=255)
        draw.polygon([(x * s, y * s) for x, y in foot], fill=255)
        draw.ellipse([c * s for c in _box(r, bottom, foot_w, foot_w * tilt * 0.6)], fill=255)
        draw.ellipse([0, 0, 2 * r * s, 2 * rim_h * s], fill=255)

    def mouth(draw, s):
        draw.ellipse([c * s for c in _box(r, rim_h, r * 0.975, rim_h - r * 0.025 * tilt)], fill=255)

    rim_mask = _ss_mask(size, lambda d, s: d.ellipse([0, 0, 2 * r * s, 2 * rim_h * s], fill=255))
    shadow_y = y0 + size[1] - foot_w * tilt
    _soft_shadow(
        canvas,
        (
            x0 + r * 0.35,
            shadow_y - foot_w * tilt * 1.2,
            x0 + r * 1.75,
            shadow_y + foot_w * tilt * 1.6,
        ),
        strength=0.55,
        blur=0.12,
    )
    # Outer wall: dark at the edges, a narrow glossy reflection and a broad, faint one.
    wall = _colorize(
        _profile([0.15 + 0.55 * v for v in _bell(0.5 + view.light, 0.08)], size), *outer
    )
    hx = 0.3 + view.light * 0.5
    streak = [
        0.85 * a + 0.2 * b for a, b in zip(_bell(hx, 0.0018), _bell(hx + 0.42, 0.01), strict=True)
    ]
    fade = _profile(_ramp(1, 0.4), size, vertical=True)
    wall.paste((255, 250, 244), (0, 0), ImageChops.multiply(_profile(streak, size), fade))
    layer = Image.new("RGBA", size, (0, 0, 0, 0))
    layer.paste(wall, (0, 0), _ss_mask(size, body))
    # Inside: the far wall catches the light, the near rim casts its shadow.
    inside = Image.new("RGB", size, inner[0])
    mouth_h = math.ceil(2 * rim_h) + 2
    inside.paste(
        _colorize(_profile(_ramp(0.9, -0.05, 0.9), (size[0], mouth_h), vertical=True), *inner)
    )
    glow = Image.new("L", size, 0)
    gx = r * (0.5 + view.light)
    ImageDraw.Draw(glow).ellipse([gx, rim_h * 0.2, gx + r * 0.8, rim_h * 0.6], fill=90)
    inside.paste((255, 246, 236), (0, 0), glow.filter(ImageFilter.GaussianBlur(r * 0.07)))
    layer.paste(rim or _mix(outer[1], WHITE, 0.3), (0, 0), rim_mask)
    layer.paste(inside, (0, 0), _ss_mask(size, mouth))
    canvas.paste(layer, (x0, y0), layer)


def _render_laque(canvas, rng, view, craft=None):
    black, red = _LACQUER["black"], _LACQUER["vermilion"]
    if craft == "murakami-kibori-tsuishu" and rng.random() < 0.7:  # carved, then lacquered
        top = _carved_top(rng, round(view.scale * 0.85), red, lacquer=True)
        _place_flat(canvas, top, view, thickness=0.04, side=red[0])
        return
    if rng.random() < 0.5:  # a pair, black and red, like the Fukui bowls of the exhibition
        big = view.scale * 0.6
        _bowl(canvas, view, view.cx - big * 0.5, big, black, red)
        _bowl(canvas, view, view.cx + big * 0.55, big * 0.86, red, red, rim=(224, 120, 92))
    else:
        outer, inner = rng.choice(
            [
                (black, red),
                (red, red),
                (black, black),
                (_LACQUER["brown"], red),
                (_LACQUER["green"], black),
            ]
        )
        _bowl(canvas, view, view.cx, view.scale * 0.8, outer, inner)


def _render_default(canvas, rng, view, craft=None):
    glaze = rng.choice([((150, 146, 136), (226, 222, 212)), ((110, 128, 118), (196, 212, 198))])
    _bowl(canvas, view, view.cx, view.scale * 0.8, glaze, glaze)
