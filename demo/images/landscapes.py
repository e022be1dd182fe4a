"""`landscape_image`: mountains, sea, town, garden and festival scenes."""

import math
import random

from PIL import Image, ImageChops, ImageDraw

from .canvas import BLACK, WHITE, _box, _finish, _jitter, _mix, _polar, _soft, _ss_mask, _vgradient
from .scenery import _castle, _fuji, _haze, _mountains, _pagoda, _pine, _ridge, _sky, _sun


def _landscape_montagne(size, rng):
    w, h = size
    img, sun, horizon = _sky(size, rng, ["aube", "jour", "soir"])
    _sun(img, w * rng.uniform(0.2, 0.8), h * rng.uniform(0.15, 0.3), h * 0.045, sun)
    far, near = _mix(horizon, (90, 100, 140), 0.45), (34, 48, 52)
    if rng.random() < 0.5:  # a lone volcano in the manner of Mount Fuji
        rock = _mix(far, (64, 78, 120), 0.45)
        _fuji(
            img,
            rng,
            w * rng.uniform(0.35, 0.65),
            h * 0.64,
            w * 0.9,
            h * 0.44,
            rock,
            (246, 246, 250),
        )
        _haze(img, h * 0.45, horizon, 0.5)
        _mountains(img, rng, 3, h * 0.6, h * 0.82, _mix(far, near, 0.3), near, horizon, rough=0.5)
    else:
        _mountains(img, rng, 5, h * 0.4, h * 0.85, far, near, horizon, rough=0.6)
    return img


def _landscape_mer(size, rng):
    w, h = size
    img, sun, horizon = _sky(size, rng, ["aube", "jour", "soir"])
    hy, sx = h * rng.uniform(0.52, 0.6), w * rng.uniform(0.3, 0.7)
    _sun(img, sx, hy - h * rng.uniform(0.08, 0.2), h * 0.04, sun)
    draw = ImageDraw.Draw(img)
    island = _ridge(rng, w, hy, h * 0.03, 0.5)
    draw.polygon([*island, (w, hy + 2), (0, hy + 2)], fill=_mix(horizon, (70, 80, 110), 0.35))
    sea = _mix(horizon, (90, 130, 170), 0.4)
    img.paste(_vgradient((w, h - round(hy)), sea, (28, 62, 96)), (0, round(hy)))
    for k in range(60):  # the sun's path on the water
        t = k / 60
        y, half = hy + (h - hy) * t**1.6, w * (0.01 + 0.06 * t) * rng.uniform(0.4, 1.0)
        draw.line(
            [(sx - half, y), (sx + half, y)],
            fill=_mix(sun, sea, t * 0.6),
            width=max(1, round(1 + 3 * t)),
        )
    crest = _mix(sea, WHITE, 0.35)
    for _ in range(140):  # waves, larger towards the viewer
        t = rng.random()
        x, y, ln = rng.uniform(0, w), hy + (h - hy) * t**1.4, w * (0.01 + 0.05 * t)
        draw.arc(_box(x, y, ln, ln * 0.12), 200, 340, fill=crest, width=max(1, round(1 + 2 * t)))
    # A cape of columnar volcanic rock with a pine, on one side.
    side = rng.choice([0, 1])
    cliff = [
        (0, hy - h * 0.18),
        (w * 0.12, hy - h * 0.2),
        (w * 0.22, hy - h * 0.12),
        (w * 0.27, hy + h * 0.1),
        (w * 0.3, h),
        (0, h),
    ]
    cliff = [(w - x, y) if side else (x, y) for x, y in cliff]
    cliff_mask = Image.new("L", size, 0)
    ImageDraw.Draw(cliff_mask).polygon(cliff, fill=255)
    img.paste(_vgradient(size, (92, 84, 82), (30, 28, 32)), (0, 0), cliff_mask)
    for k in range(12):
        x = w * (0.02 + k * 0.022)
        x = w - x if side else x
        draw.line([(x, hy - h * 0.15 + k * h * 0.02), (x, h)], fill=(39, 35, 37), width=3)
    _pine(
        draw, rng, w * (0.92 if side else 0.08), hy - h * 0.18, h * 0.3, (40, 30, 26), (34, 60, 44)
    )
    return img


def _landscape_ville(size, rng):
    w, h = size
    img, sun, horizon = _sky(size, rng, ["soir", "soir", "aube"])
    _sun(img, w * rng.uniform(0.6, 0.85), h * 0.3, h * 0.05, sun)
    _mountains(
        img,
        rng,
        2,
        h * 0.5,
        h * 0.58,
        _mix(horizon, (90, 90, 130), 0.45),
        _mix(horizon, (60, 60, 90), 0.6),
        horizon,
    )
    draw = ImageDraw.Draw(img)
    ground, x = h * 0.8, 0.0
    while x < w:  # low town roofs, a few modern blocks with lit windows
        bw = w * rng.uniform(0.03, 0.08)
        bh = h * (rng.uniform(0.12, 0.3) if rng.random() < 0.25 else rng.uniform(0.04, 0.1))
        draw.rectangle(
            [x, ground - bh, x + bw, h], fill=_mix((52, 50, 70), horizon, rng.uniform(0.05, 0.25))
        )
        for _ in range(round(bh * bw / 900)):
            wx, wy = rng.uniform(x + 3, x + bw - 6), rng.uniform(ground - bh + 4, ground - 6)
            draw.rectangle([wx, wy, wx + 4, wy + 3], fill=(252, 214, 140))
        x += bw
    lx = w * rng.uniform(0.25, 0.45)
    if rng.random() < 0.5:
        _castle(draw, lx, ground - h * 0.02, h * 0.5, (236, 232, 222), (40, 44, 58), (96, 90, 88))
    else:
        _pagoda(draw, lx, ground - h * 0.02, h * 0.6, (120, 40, 34), (38, 36, 48))
    for _ in range(7):  # cherry trees in bloom in the foreground
        tx = rng.uniform(0, w)
        draw.line(
            [(tx, h), (tx + h * 0.02, h * 0.86)], fill=(60, 40, 40), width=max(2, round(h * 0.012))
        )
        for _ in range(18):
            cx, cy, r = (
                tx + rng.gauss(0, h * 0.08),
                h * 0.86 + rng.gauss(0, h * 0.04),
                h * rng.uniform(0.025, 0.05),
            )
            draw.ellipse(_box(cx, cy, r, r * 0.75), fill=_jitter(rng, (236, 184, 198), 14))
    return img


def _landscape_jardin(size, rng):
    w, h = size
    img, _, horizon = _sky(size, rng, ["jour", "aube"])
    _mountains(
        img,
        rng,
        3,
        h * 0.35,
        h * 0.5,
        _mix(horizon, (110, 140, 120), 0.5),
        (70, 104, 74),
        horizon,
        rough=0.5,
    )
    draw = ImageDraw.Draw(img)
    img.paste(
        _vgradient((w, h - round(h * 0.55)), (104, 138, 84), (58, 92, 56)), (0, round(h * 0.55))
    )
    # The pond mirrors the sky; a red arched bridge may cross it.
    px, py, pw, ph = w * rng.uniform(0.4, 0.6), h * 0.75, w * 0.6, h * 0.28
    pond = _ss_mask(
        size, lambda d, s: d.ellipse([c * s for c in _box(px, py, pw / 2, ph / 2)], fill=255)
    )
    img.paste(_vgradient(size, _mix(horizon, (60, 100, 110), 0.4), (40, 70, 84)), (0, 0), pond)
    for _ in range(40):
        x, y = (
            rng.uniform(px - pw * 0.4, px + pw * 0.4),
            rng.uniform(py - ph * 0.35, py + ph * 0.35),
        )
        ln = w * rng.uniform(0.01, 0.04)
        draw.line([(x - ln, y), (x + ln, y)], fill=_mix(horizon, WHITE, 0.3), width=2)
    if rng.random() < 0.6:
        bx, bw, red = px + pw * rng.uniform(-0.2, 0.2), pw * 0.35, (178, 52, 38)
        draw.arc(
            [bx - bw / 2, py - ph * 0.45, bx + bw / 2, py + ph * 0.25],
            195,
            345,
            fill=red,
            width=max(3, round(h * 0.014)),
        )
        for k in range(7):
            x, y = _polar(bx, py - ph * 0.1, bw / 2, math.radians(195 + 25 * k))
            y = py - ph * 0.1 + (y - py + ph * 0.1) * ph * 0.7 / bw
            draw.line([(x, y), (x, y - h * 0.03)], fill=red, width=3)
    # A stone lantern, pines, clipped azaleas.
    lx, gy, stone = w * rng.choice([0.12, 0.85]), h * 0.72, (128, 124, 116)
    draw.rectangle([lx - h * 0.012, gy - h * 0.12, lx + h * 0.012, gy], fill=stone)
    draw.rectangle(
        [lx - h * 0.04, gy - h * 0.17, lx + h * 0.04, gy - h * 0.12],
        fill=_mix(stone, (255, 230, 160), 0.3),
    )
    draw.polygon(
        [(lx - h * 0.07, gy - h * 0.17), (lx, gy - h * 0.22), (lx + h * 0.07, gy - h * 0.17)],
        fill=stone,
    )
    draw.rectangle([lx - h * 0.05, gy, lx + h * 0.05, gy + h * 0.015], fill=stone)
    for _ in range(rng.randint(2, 3)):
        _pine(
            draw,
            rng,
            w * rng.uniform(0.05, 0.95),
            h * rng.uniform(0.56, 0.66),
            h * rng.uniform(0.3, 0.45),
            (70, 50, 38),
            (38, 72, 46),
        )
    for _ in range(30):
        x, y, r = rng.uniform(0, w), rng.uniform(h * 0.88, h * 1.02), h * rng.uniform(0.03, 0.07)
        draw.ellipse(_box(x, y, r, r * 0.6), fill=_jitter(rng, (60, 98, 58), 10))
    return img


def _landscape_festival(size, rng):
    w, h = size
    img = _vgradient(size, (14, 18, 44), (70, 44, 86))
    glow = Image.new("RGB", size, BLACK)
    draw, gdraw = ImageDraw.Draw(img), ImageDraw.Draw(glow)
    for _ in range(rng.randint(2, 4)):  # fireworks
        fx, fy, fr = (
            w * rng.uniform(0.15, 0.85),
            h * rng.uniform(0.12, 0.35),
            h * rng.uniform(0.08, 0.16),
        )
        col = rng.choice([(255, 200, 120), (255, 140, 160), (160, 220, 255), (200, 255, 170)])
        for k in range(48):
            for t in (0.55, 0.75, 0.95):
                x, y = _polar(fx, fy + fr * 0.1 * t * t, fr * t, 2 * math.pi * k / 48)
                draw.ellipse(_box(x, y, 2), fill=col)
                gdraw.ellipse(_box(x, y, 5), fill=_mix(col, BLACK, 0.5))
    roofs = [
        (x, y - (h * 0.05 if int(x / w * 12) % 2 else 0))
        for x, y in _ridge(rng, w, h * 0.78, h * 0.02, 0.3, n=33)
    ]
    draw.polygon([*roofs, (w, h), (0, h)], fill=(20, 16, 26))
    for row in range(rng.randint(2, 3)):  # strings of paper lanterns (chōchin)
        y0, sag, lw = h * (0.42 + row * 0.15), h * rng.uniform(0.04, 0.09), h * (0.05 + row * 0.015)
        n = round(w / (lw * 2.2))
        pts = [(w * i / n, y0 + sag * (1 - ((2 * i / n) - 1) ** 2)) for i in range(n + 1)]
        draw.line(pts, fill=(30, 24, 30), width=2)
        for x, y in pts[1:-1]:
            col = rng.choice([(228, 70, 48), (240, 120, 50), (236, 200, 120)])
            box = [x - lw * 0.45, y + lw * 0.1, x + lw * 0.45, y + lw * 1.3]
            gdraw.ellipse(
                [box[0] - lw * 0.6, box[1] - lw * 0.6, box[2] + lw * 0.6, box[3] + lw * 0.6],
                fill=_mix(col, BLACK, 0.45),
            )
            draw.ellipse(box, fill=col)
            for k in range(1, 5):  # the bamboo ribs
                yy = box[1] + (box[3] - box[1]) * k / 5
                draw.line(
                    [(box[0] + lw * 0.08, yy), (box[2] - lw * 0.08, yy)],
                    fill=_mix(col, (120, 30, 20), 0.35),
                    width=1,
                )
            for cap in (box[1], box[3]):
                draw.rectangle(
                    [x - lw * 0.25, cap - lw * 0.07, x + lw * 0.25, cap + lw * 0.07],
                    fill=(24, 20, 20),
                )
    return ImageChops.screen(img, _soft(glow, h * 0.02))


_LANDSCAPES = {
    "montagne": _landscape_montagne,
    "mer": _landscape_mer,
    "ville": _landscape_ville,
    "jardin": _landscape_jardin,
    "festival": _landscape_festival,
}


def landscape_image(kind: str, *, seed: int, size: tuple[int, int] = (1600, 900)) -> bytes:
    """A JPEG evoking a Japanese landscape: «montagne», «mer», «ville», «jardin» or
    «festival» (an unknown kind gives mountains)."""
    rng = random.Random(f"{kind}:{seed}")
    img = _LANDSCAPES.get(kind, _landscape_montagne)(size, rng)
    return _finish(img, rng, vignette=0.45, grain=0.06)
