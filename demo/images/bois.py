"""Wood: kumiko lattices, carved and joined trays."""

import math
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from .canvas import (
    BILINEAR,
    BLACK,
    WHITE,
    _box,
    _bump,
    _colorize,
    _contrast,
    _gray3,
    _mix,
    _noise,
    _polar,
    _ss_mask,
    _vgradient,
)
from .porcelaine import _flower, _petal
from .studio import _gloss, _place_flat

_WOODS = [
    ((170, 130, 88), (214, 180, 136)),  # hinoki, cedar
    ((150, 104, 66), (198, 156, 108)),  # cedar, warmer
    ((96, 60, 38), (150, 104, 70)),  # stained, as in Karuizawa-bori
]


def _wood(rng, size, colors) -> Image.Image:
    """Wood grain: wavy growth rings over stretched fibre noise."""
    w, h = size
    grain = Image.new("L", size, 150)
    draw = ImageDraw.Draw(grain)
    y, phase, freq = -h * 0.1, rng.uniform(0, 6), rng.uniform(1.5, 3.5)
    while y < h * 1.1:
        y += rng.uniform(h * 0.012, h * 0.05)
        amp = rng.uniform(h * 0.004, h * 0.02)
        ring = [
            (x, y + amp * math.sin(freq * 2 * math.pi * x / w + phase + y / h * 3))
            for x in range(0, w + 20, 20)
        ]
        draw.line(
            ring, fill=rng.randint(70, 125), width=max(1, round(rng.uniform(0.5, 2.5) * w / 600))
        )
    fibres = _noise(rng, (max(2, w // 40), h)).resize(size, BILINEAR)
    grain = Image.blend(grain.filter(ImageFilter.GaussianBlur(max(0.6, w / 900))), fibres, 0.35)
    return _colorize(grain, *colors)


def _hexagon(cx, cy, rad):
    return [_polar(cx, cy, rad, math.pi / 6 + k * math.pi / 3) for k in range(6)]


def _lattice_mask(d: int, rng: random.Random, lw: float) -> Image.Image:
    """A kumiko lattice as a mask: asanoha (hemp leaf) or kikkō (tortoiseshell)."""
    mask = Image.new("L", (d, d), 0)
    draw = ImageDraw.Draw(mask)
    cells = rng.choice([4, 5, 6])
    a = d / cells
    width, thin = max(1, round(lw)), max(1, round(lw * 0.7))
    if rng.random() < 0.65:  # asanoha: a triangle grid, each triangle split to its centre
        hgt = a * math.sqrt(3) / 2
        for j in range(-1, math.ceil(d / hgt) + 2):
            off = a / 2 if j % 2 else 0
            for i in range(-1, cells + 2):
                p0, p1 = (i * a + off, j * hgt), ((i + 1) * a + off, j * hgt)
                q0, q1 = (
                    (i * a + off + a / 2, (j + 1) * hgt),
                    ((i + 1) * a + off + a / 2, (j + 1) * hgt),
                )
                for tri in ((p0, p1, q0), (p1, q0, q1)):
                    g = (sum(p[0] for p in tri) / 3, sum(p[1] for p in tri) / 3)
                    draw.polygon(tri, outline=255, width=width)
                    for p in tri:
                        draw.line([p, g], fill=255, width=thin)
    else:  # kikkō: hexagons, each holding a smaller hexagon tied to it
        rad = a / math.sqrt(3)
        for j in range(-1, round(d / (rad * 1.5)) + 2):
            for i in range(-1, cells * 2 + 2):
                cx = (i + (0.5 if j % 2 else 0)) * rad * math.sqrt(3)
                outer, inner = (
                    _hexagon(cx, j * rad * 1.5, rad),
                    _hexagon(cx, j * rad * 1.5, rad * 0.55),
                )
                draw.polygon(outer, outline=255, width=width)
                draw.polygon(inner, outline=255, width=thin)
                for k in range(0, 6, 2):
                    draw.line([outer[k], inner[k]], fill=255, width=thin)
    return mask


def _kumiko_top(rng, d: int) -> Image.Image:
    colors = rng.choice(_WOODS[:2])
    frame = round(d * 0.09)
    inner = d - 2 * frame
    top = Image.new("RGBA", (d, d), (58, 40, 28, 255))  # the shadowed depth between slats
    lattice = _lattice_mask(inner, rng, d * 0.012)
    shadow = Image.new("L", (d, d), 0)
    shadow.paste(lattice, (round(frame + d * 0.006), round(frame + d * 0.01)))
    top.paste((30, 20, 14), (0, 0), shadow.filter(ImageFilter.GaussianBlur(d * 0.004)))
    slats = _wood(rng, (inner, inner), (_mix(colors[0], WHITE, 0.1), colors[1]))
    top.paste(slats, (frame, frame), lattice)
    frame_mask = Image.new("L", (d, d), 255)
    ImageDraw.Draw(frame_mask).rectangle([frame, frame, d - frame, d - frame], fill=0)
    top.paste(_wood(rng, (d, d), colors), (0, 0), frame_mask)
    edge = Image.new("L", (d, d), 0)
    ImageDraw.Draw(edge).rectangle(
        [frame, frame, d - frame, d - frame], outline=150, width=max(1, round(d * 0.006))
    )
    top.paste((40, 28, 20), (0, 0), edge.filter(ImageFilter.GaussianBlur(d * 0.003)))
    return top


def _carved_top(rng, d: int, colors, *, lacquer=False) -> Image.Image:
    """A round stained tray whose border is carved with a flowering cherry branch, the
    ground cut away around it (in the manner of Karuizawa-bori)."""
    c, ground = d / 2, 70
    relief = Image.new("L", (d, d), 170)  # 170 the flat top; lower is cut away, higher stands out
    draw = ImageDraw.Draw(relief)
    draw.ellipse(_box(c, c, c * 0.92), fill=ground)
    draw.ellipse(_box(c, c, c * 0.55), fill=170)
    start = rng.uniform(0, 2 * math.pi)
    branch = [
        _polar(c, c, c * (0.73 + 0.07 * math.sin(5 * t)), start + t)
        for t in [k * 0.05 for k in range(100)]
    ]
    draw.line(branch, fill=215, width=max(2, round(d * 0.018)), joint="curve")
    for k in range(2, 100, rng.choice([5, 6])):
        a = start + k * 0.05 + rng.choice([-1, 1]) * 1.1
        draw.polygon(_petal(*branch[k], a, d * 0.075, d * 0.024), fill=215)
    for k in range(4, 100, rng.choice([9, 10, 12])):
        (bx, by), rr, rot = branch[k], d * rng.uniform(0.045, 0.07), rng.uniform(0, 2 * math.pi)
        _flower(draw, bx, by, rr, 5, 235, None, 200, rot)
        for p in range(5):  # the notch at the tip of each cherry petal
            draw.ellipse(
                _box(*_polar(bx, by, rr * 0.98, rot + 2 * math.pi * p / 5), rr * 0.12), fill=ground
            )
    relief = relief.filter(ImageFilter.GaussianBlur(d * 0.003))
    wood = _vgradient((d, d), colors[1], colors[0]) if lacquer else _wood(rng, (d, d), colors)
    # Light catches what stands out; the cut-away ground stays dark, with chisel marks.
    low = relief.point(lambda v: max(0, min(255, (150 - v) * 3)))
    chisel = _bump(rng, (d, d), step=d * 0.02, blur=d * 0.0015, depth=1.3)
    wood.paste(ImageChops.multiply(wood, chisel), (0, 0), low)
    wood.paste((34, 20, 12), (0, 0), low.point(lambda v: v * 2 // 3))
    high = relief.point(lambda v: max(0, min(255, (v - 180) * 3)) // 3)
    wood.paste(_mix(colors[1], (255, 226, 190), 0.2), (0, 0), high)
    wood = ImageChops.overlay(wood, _gray3(_contrast(relief.filter(ImageFilter.EMBOSS), 4)))
    mask = _ss_mask((d, d), lambda dr, s: dr.ellipse([0, 0, d * s - 1, d * s - 1], fill=255))
    top = Image.new("RGBA", (d, d), (0, 0, 0, 0))
    top.paste(wood, (0, 0), mask)
    rim = ImageChops.subtract(mask, mask.filter(ImageFilter.GaussianBlur(d * 0.01)))
    top.paste((40, 24, 16), (0, 0), rim.point(lambda v: min(255, v * 2)))
    _gloss(top, rng, 0.3 if lacquer else 0.16)
    return top


def _joinery_top(rng, d: int) -> Image.Image:
    """A joined tray (sashimono): a flat bottom framed by four sides, their finger joints
    showing end grain at the corners."""
    w, h, f = d, round(d * 0.68), round(d * 0.06)
    colors = rng.choice([_WOODS[0], ((160, 120, 80), (206, 168, 120))])  # hinoki, camphor
    top = Image.new("RGBA", (w, h), (0, 0, 0, 255))
    top.paste(_wood(rng, (w, h), (_mix(colors[0], BLACK, 0.08), colors[1])))
    shade = Image.new("L", (w, h), 0)
    ImageDraw.Draw(shade).rectangle([f, f, w - f, f + d * 0.035], fill=130)
    top.paste((60, 40, 26), (0, 0), shade.filter(ImageFilter.GaussianBlur(d * 0.01)))
    frame = Image.new("L", (w, h), 255)
    ImageDraw.Draw(frame).rectangle([f, f, w - f - 1, h - f - 1], fill=0)
    top.paste(_wood(rng, (w, h), (colors[0], _mix(colors[1], WHITE, 0.12))), (0, 0), frame)
    draw = ImageDraw.Draw(top)
    end_grain = _mix(colors[0], BLACK, 0.25)
    for cx, cy in ((0, 0), (w - f, 0), (0, h - f), (w - f, h - f)):
        for k in range(0, 3, 2):  # alternate fingers of the two sides
            draw.rectangle([cx, cy + f * k / 3, cx + f, cy + f * (k + 1) / 3], fill=end_grain)
    draw.rectangle([f, f, w - f - 1, h - f - 1], outline=_mix(colors[0], BLACK, 0.35), width=2)
    return top


def _render_bois(canvas, rng, view, craft=None):
    d = round(view.scale * 0.85)
    kind = {"karuizawa-bori": "carved", "sashimono-kumamoto": "joinery"}.get(craft or "")
    if kind is None:
        kind = "kumiko" if (craft or "").startswith("kumiko") else None
    kind = kind or rng.choice(["kumiko", "kumiko", "carved", "joinery"])
    if kind == "kumiko":
        _place_flat(canvas, _kumiko_top(rng, d), view, thickness=0.05, side=(150, 110, 72))
    elif kind == "carved":
        _place_flat(canvas, _carved_top(rng, d, _WOODS[2]), view, thickness=0.04, side=(80, 50, 32))
    else:
        _place_flat(canvas, _joinery_top(rng, d), view, thickness=0.06, side=(170, 128, 86))
