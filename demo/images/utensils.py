"""Long and small things laid on the table, drawn from above: chopsticks, chopstick rests,
spoons, knives."""

import math

from PIL import Image, ImageChops, ImageDraw

from .canvas import BLACK, WHITE, _box, _mix, _soft, _ss_mask
from .metal import _knife_top
from .studio import _gloss, _place_flat
from .surfaces import Finish

_PLAIN_WOOD = (196, 160, 112)


def _rod(x0, y0, x1, y1, w0, w1):
    """A tapered rod from (x0, y0), w0 wide, to (x1, y1), w1 wide, as a polygon."""
    a = math.atan2(y1 - y0, x1 - x0)
    nx, ny = -math.sin(a), math.cos(a)
    return [
        (x0 + nx * w0 / 2, y0 + ny * w0 / 2),
        (x1 + nx * w1 / 2, y1 + ny * w1 / 2),
        (x1 - nx * w1 / 2, y1 - ny * w1 / 2),
        (x0 - nx * w0 / 2, y0 - ny * w0 / 2),
    ]


def _paste_shape(top, tex, polygons, *, shadow=True, ellipses=(), depth=0, side=None):
    """Paste `tex` through the shapes on `top`, with a soft shadow cast down and right and,
    for a thick piece, its `side` showing `depth` pixels below."""
    size = top.size

    def draw(d, s):
        for poly in polygons:
            d.polygon([(x * s, y * s) for x, y in poly], fill=255)
        for box in ellipses:
            d.ellipse([c * s for c in box], fill=255)

    mask = _ss_mask(size, draw)
    if shadow:
        soft = _soft(mask, size[0] * 0.01, k=2).point(lambda v: v // 2)
        top.paste((40, 30, 24, 120), (round(size[0] * 0.008), round(size[0] * 0.012) + depth), soft)
    for dy in range(depth, 0, -max(1, depth // 3)):
        top.paste(_mix(side, BLACK, 0.25 * dy / depth), (0, dy), mask)
    top.paste(tex, (0, 0), mask)
    return mask


def _chopsticks(top, tex, x0, y0, length, angle, gap, w0):
    """A pair of chopsticks, thick end at (x0, y0), lying along `angle`, tips closing in."""
    rods = []
    for k in (-1, 1):
        sx, sy = x0 - math.sin(angle) * gap * k, y0 + math.cos(angle) * gap * k
        ex = sx + math.cos(angle) * length + math.sin(angle) * gap * k * 0.6
        ey = sy + math.sin(angle) * length - math.cos(angle) * gap * k * 0.6
        rods.append(_rod(sx, sy, ex, ey, w0, w0 * 0.4))
    mask = _paste_shape(top, tex, rods)
    shine = Image.new("L", top.size, 0)
    draw = ImageDraw.Draw(shine)
    for rod in rods:  # a lengthwise highlight on each rod
        (ax, ay), (bx, by) = rod[0], rod[1]
        draw.line(
            [(ax, ay + w0 * 0.3), (bx, by + w0 * 0.12)], fill=150, width=max(1, round(w0 * 0.18))
        )
    top.paste(WHITE, (0, 0), ImageChops.multiply(shine, mask))


def _chopsticks_top(rng, d, finish: Finish) -> Image.Image:
    w, h = d, round(d * 0.5)
    top = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    tex = finish.paint(rng, (w, h), band=False)
    # Lacquered chopsticks often keep a band of a second colour near the tips.
    ImageDraw.Draw(tex).rectangle([w * 0.62, 0, w * 0.66, h], fill=_mix(finish.side, WHITE, 0.25))
    angle = rng.uniform(-0.12, 0.12)
    _chopsticks(top, tex, w * 0.06, h * 0.45, w * 0.86, angle, h * 0.09, d * 0.045)
    rest = Image.new("RGB", (w, h), (236, 232, 222))  # a small white rest under the tips
    tip_x = w * 0.78
    under = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    _paste_shape(under, rest, [], ellipses=[_box(tip_x, h * 0.5, w * 0.035, h * 0.2)])
    under.alpha_composite(top)
    return under


def _rest_shape(kind, cx, cy, s):
    """One chopstick rest seen from above: a waisted pill, a leaf or a fish."""
    if kind == "pill":
        return [], [_box(cx - s * 0.55, cy, s * 0.42), _box(cx + s * 0.55, cy, s * 0.42)], [
            [(cx - s * 0.55, cy - s * 0.26), (cx + s * 0.55, cy - s * 0.26),
             (cx + s * 0.55, cy + s * 0.26), (cx - s * 0.55, cy + s * 0.26)]
        ]  # fmt: skip
    fan = [(cx, cy + s * 0.5)] + [
        (cx + s * math.cos(a) * 0.95, cy + s * 0.5 - s * math.sin(a) * 1.05)
        for a in [math.pi * (0.15 + 0.7 * k / 16) for k in range(17)]
    ]
    return [fan], [], []


def _chopstick_rest_top(rng, d, finish: Finish) -> Image.Image:
    """Three or four rests in a row, the front one holding a pair of chopsticks."""
    w, h = d, round(d * 0.62)
    top = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    tex = finish.paint(rng, (w, h), band=False)
    kind = rng.choice(["pill", "pill", "leaf"])
    n, s = 3, d * 0.13
    for k in range(n):
        cx = w * (0.18 + 0.64 * k / (n - 1))
        cy = h * (0.28 + 0.08 * (k % 2))
        polys, ellipses, rects = _rest_shape(kind, cx, cy, s)
        mask = _paste_shape(
            top, tex, polys + rects, ellipses=ellipses, depth=round(s * 0.3), side=finish.side
        )
        shine = Image.new("L", (w, h), 0)
        ImageDraw.Draw(shine).ellipse(_box(cx - s * 0.2, cy - s * 0.2, s * 0.25, s * 0.1), fill=170)
        top.paste(WHITE, (0, 0), ImageChops.multiply(_soft(shine, s * 0.2, k=2), mask))
    front = h * 0.78
    polys, ellipses, rects = _rest_shape(kind, w * 0.72, front, s)
    _paste_shape(top, tex, polys + rects, ellipses=ellipses, depth=round(s * 0.3), side=finish.side)
    wood = Image.new("RGB", (w, h), _PLAIN_WOOD)
    _chopsticks(top, wood, w * 0.05, front - h * 0.03, w * 0.82, 0.02, h * 0.035, d * 0.028)
    return top


def _spoons_top(rng, d, finish: Finish) -> Image.Image:
    """Two spoons side by side, bowls up, their hollows shaded."""
    w, h = d, round(d * 0.55)
    top = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    tex = finish.paint(rng, (w, h), band=False)
    for k, cy in enumerate((h * 0.33, h * 0.67)):
        bx = w * (0.2 + 0.04 * k)
        bowl = _box(bx, cy, w * 0.14, h * 0.13)
        handle = _rod(bx + w * 0.1, cy, w * 0.93, cy + h * 0.02 * (k - 0.5), h * 0.07, h * 0.05)
        _paste_shape(top, tex, [handle], ellipses=[bowl])
        hollow = Image.new("L", (w, h), 0)
        ImageDraw.Draw(hollow).ellipse(
            _box(bx + w * 0.01, cy + h * 0.02, w * 0.11, h * 0.09), fill=140
        )
        top.paste(_mix(finish.side, BLACK, 0.5), (0, 0), _soft(hollow, w * 0.02, k=2))
        shine = Image.new("L", (w, h), 0)
        ImageDraw.Draw(shine).ellipse(
            _box(bx - w * 0.05, cy - h * 0.05, w * 0.04, h * 0.025), fill=200
        )
        top.paste(WHITE, (0, 0), _soft(shine, w * 0.01, k=2))
    _gloss(top, rng, finish.gloss * 0.3)
    return top


def _render_chopsticks(canvas, rng, view, finish):
    top = _chopsticks_top(rng, round(view.scale * 1.1), finish)
    _place_flat(canvas, top, view, thickness=0.012, side=finish.side, width=view.scale * 1.15)


def _render_chopstick_rest(canvas, rng, view, finish):
    top = _chopstick_rest_top(rng, round(view.scale), finish)
    _place_flat(canvas, top, view, thickness=0.03, side=finish.side)


def _render_spoon(canvas, rng, view, finish):
    top = _spoons_top(rng, round(view.scale), finish)
    _place_flat(canvas, top, view, thickness=0.01, side=finish.side)


def _render_knife(canvas, rng, view, finish):
    top = _knife_top(rng, round(view.scale * 1.1))
    _place_flat(canvas, top, view, thickness=0.04, side=(170, 130, 88), width=view.scale * 1.1)
