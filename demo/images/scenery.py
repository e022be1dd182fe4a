"""What landscapes are made of: skies, ridges, sun, haze, Fuji, pines, roofs, castles, pagodas."""

import math
import random

from PIL import Image, ImageDraw

from .canvas import _box, _jitter, _mix, _profile, _ramp, _soft, _ss_mask, _vgradient

_SKIES = {  # zenith, horizon, sun
    "aube": ((146, 170, 204), (246, 214, 196), (255, 236, 214)),
    "jour": ((120, 160, 206), (214, 228, 236), (255, 250, 236)),
    "soir": ((70, 74, 128), (238, 160, 120), (255, 214, 160)),
}


def _ridge(rng: random.Random, w: int, base: float, amp: float, rough: float, n: int = 129):
    """A mountain skyline by midpoint displacement: n points across the width."""
    ys = [0.0] * n
    ys[0], ys[-1] = rng.uniform(-1, 1) * amp, rng.uniform(-1, 1) * amp
    step, scale = n - 1, amp
    while step > 1:
        half = step // 2
        for i in range(half, n - 1, step):
            ys[i] = (ys[i - half] + ys[i + half]) / 2 + rng.uniform(-1, 1) * scale
        step, scale = half, scale * rough
    return [(w * i / (n - 1), base - y) for i, y in enumerate(ys)]


def _sky(size, rng, moods):
    zenith, horizon, sun = _SKIES[rng.choice(moods)]
    return _vgradient(size, _jitter(rng, zenith, 6), _jitter(rng, horizon, 6)), sun, horizon


def _sun(img, x, y, r, color, glow=2.5):
    halo = Image.new("L", img.size, 0)
    ImageDraw.Draw(halo).ellipse(_box(x, y, r * glow), fill=110)
    img.paste(color, (0, 0), _soft(halo, r * glow / 2))
    img.paste(
        color,
        (0, 0),
        _ss_mask(img.size, lambda d, s: d.ellipse([c * s for c in _box(x, y, r)], fill=235)),
    )


def _haze(img, y0, color, strength):
    """Mist settling in the valleys: the sky colour, thicker towards the bottom."""
    y0 = max(0, min(img.height - 1, round(y0)))
    mask = _profile(_ramp(0, strength, 1.5), (img.width, img.height - y0), vertical=True)
    img.paste(color, (0, y0), mask)


def _mountains(img, rng, layers, top_y, bottom_y, far, near, horizon, rough=0.55):
    """Ranges from far and pale to near and dark, with mist between them."""
    w, h = img.size
    for i in range(layers):
        t = i / max(1, layers - 1)
        base = top_y + (bottom_y - top_y) * t
        pts = _ridge(rng, w, base, h * (0.09 - 0.04 * t), rough)
        ImageDraw.Draw(img).polygon([*pts, (w, h), (0, h)], fill=_mix(far, near, t))
        if i < layers - 1:
            _haze(img, base - h * 0.06, horizon, 0.55 - 0.3 * t)


def _fuji(img, rng, cx, base_y, width, height, rock, snow):
    """A volcano with concave flanks and a jagged snow cap."""
    draw = ImageDraw.Draw(img)
    steps = [k / 20 for k in range(21)]
    flank = [(width / 2 - (width / 2 - width * 0.08) * t**0.5, base_y - height * t) for t in steps]
    left, right = [(cx - dx, y) for dx, y in flank], [(cx + dx, y) for dx, y in flank]
    draw.polygon([*left, *reversed(right)], fill=rock)
    cap_y = base_y - height * 0.68
    cap_l, cap_r = [p for p in left if p[1] <= cap_y], [p for p in right if p[1] <= cap_y]
    x0, x1 = cap_l[0][0], cap_r[0][0]
    jag = [
        (x0 + (x1 - x0) * k / 12, cap_y + (height * rng.uniform(0.03, 0.1) if k % 2 else 0))
        for k in range(13)
    ]
    draw.polygon([*cap_l, *reversed(cap_r), *reversed(jag)], fill=snow)


def _pine(draw, rng, x, ground, size, trunk, leaves):
    """A garden pine: a leaning trunk and flat, cloud-pruned pads of needles."""
    lean = rng.choice([-1, 1])
    pts = [
        (x + lean * size * 0.35 * math.sin(t * 1.4) * t, ground - size * t)
        for t in [k / 10 for k in range(11)]
    ]
    draw.line(pts, fill=trunk, width=max(2, round(size * 0.06)), joint="curve")
    light = _mix(leaves, (200, 220, 160), 0.25)
    for k, (px, py) in enumerate(pts[4::2]):
        pw = size * (0.5 - 0.07 * k) * rng.uniform(0.85, 1.15)
        side = px + lean * (-1) ** k * pw * 0.25
        draw.ellipse([side - pw / 2, py - pw * 0.16, side + pw / 2, py + pw * 0.12], fill=leaves)
        draw.ellipse(
            [side - pw * 0.4, py - pw * 0.16, side + pw * 0.35, py - pw * 0.02], fill=light
        )


def _roof(draw, cx, eave, half, s, color, flare=1.12):
    """A flared roof: the eaves spread wider than the wall below and curl up at the tips."""
    draw.polygon(
        [
            (cx - half * flare, eave + s * 0.02),
            (cx - half * 0.7, eave - s * 0.07),
            (cx + half * 0.7, eave - s * 0.07),
            (cx + half * flare, eave + s * 0.02),
            (cx + half * 0.9, eave - s * 0.01),
            (cx - half * 0.9, eave - s * 0.01),
        ],
        fill=color,
    )


def _castle(draw, cx, ground, s, wall, roof, stone):
    """A castle keep: a sloping stone base and tiers of white walls and dark roofs."""
    draw.polygon(
        [
            (cx - s * 0.62, ground),
            (cx + s * 0.62, ground),
            (cx + s * 0.5, ground - s * 0.35),
            (cx - s * 0.5, ground - s * 0.35),
        ],
        fill=stone,
    )
    y, half = ground - s * 0.35, s * 0.46
    for tier in range(4):
        hgt = s * (0.22 - tier * 0.02)
        draw.rectangle([cx - half * 0.86, y - hgt, cx + half * 0.86, y], fill=wall)
        _roof(draw, cx, y - hgt, half, s, roof)
        y, half = y - hgt - s * 0.05, half * 0.76
    draw.polygon(
        [(cx - half * 0.9, y + s * 0.02), (cx, y - s * 0.12), (cx + half * 0.9, y + s * 0.02)],
        fill=roof,
    )


def _pagoda(draw, cx, ground, s, body, roof):
    """A five-storey pagoda with its spire."""
    y, half = ground, s * 0.3
    for _ in range(5):
        draw.rectangle([cx - half * 0.55, y - s * 0.12, cx + half * 0.55, y], fill=body)
        _roof(draw, cx, y - s * 0.12, half, s * 0.6, roof, flare=1.25)
        y, half = y - s * 0.15, half * 0.88
    draw.line([(cx, y), (cx, y - s * 0.22)], fill=roof, width=max(2, round(s * 0.015)))
