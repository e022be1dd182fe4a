"""Stylised, deterministic illustrations for the demo content, drawn with Pillow only.

`object_image` evokes a material as a soft product photograph (lacquer bowls, painted
porcelain, hammered copper, kumiko lattice, Hakata-ori silk, gold leaf); `landscape_image`
a Japanese landscape for the regional and tourism pages. The same arguments always give
the same bytes, so the demo can be rebuilt without storing binary files.

Shapes are drawn with ImageDraw on masks and combined with ImageChops/ImageFilter; no Python
loop visits every pixel, which keeps a 1200×900 image around 0.2 s.
"""

import io
import math
import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

JPEG_QUALITY = 85
SS = 2  # supersampling factor for anti-aliased shapes
BILINEAR, BOX = Image.Resampling.BILINEAR, Image.Resampling.BOX
WHITE, BLACK = (255, 255, 255), (0, 0, 0)

Color = tuple[int, int, int]

# Variants follow the seed command's alt texts: «vue d’ensemble», «détail», «profil».
OVERVIEW, DETAIL, PROFILE = 0, 1, 2


# --- helpers --------------------------------------------------------------------------------


def _mix(a: Color, b: Color, t: float) -> Color:
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))


def _jitter(rng: random.Random, color: Color, amount: int) -> Color:
    return tuple(max(0, min(255, c + rng.randint(-amount, amount))) for c in color)


def _box(cx, cy, rx, ry=None):
    """The bounding box of an ellipse centred on (cx, cy)."""
    ry = rx if ry is None else ry
    return [cx - rx, cy - ry, cx + rx, cy + ry]


def _polar(cx, cy, r, a):
    return (cx + r * math.cos(a), cy + r * math.sin(a))


def _bell(center, width, n=64):
    """Values of a bell curve sampled across 0–1, for `_profile`."""
    return [math.exp(-(((i / (n - 1)) - center) ** 2) / width) for i in range(n)]


def _ramp(start, end, power=1.0, n=64):
    return [start + (end - start) * (i / (n - 1)) ** power for i in range(n)]


def _profile(values, size, *, vertical=False) -> Image.Image:
    """An L image whose columns (or rows) follow `values` (0–1), stretched to `size`."""
    data = [max(0, min(255, round(v * 255))) for v in values]
    strip = Image.new("L", (1, len(data)) if vertical else (len(data), 1))
    strip.putdata(data)
    return strip.resize(size, BILINEAR)


def _colorize(gray: Image.Image, dark: Color, light: Color, mid: Color | None = None):
    if mid is None:
        return ImageOps.colorize(gray, black=dark, white=light)
    return ImageOps.colorize(gray, black=dark, white=light, mid=mid)


def _vgradient(size, top: Color, bottom: Color) -> Image.Image:
    return _colorize(_profile(_ramp(0, 1), size, vertical=True), top, bottom)


def _contrast(img: Image.Image, gain: float) -> Image.Image:
    return img.point(lambda v: max(0, min(255, round(128 + (v - 128) * gain))))


def _gray3(img: Image.Image) -> Image.Image:
    return Image.merge("RGB", [img] * 3)


def _noise(rng: random.Random, size) -> Image.Image:
    """Uniform noise from our own generator (Image.effect_noise is not reproducible)."""
    return Image.frombytes("L", size, rng.randbytes(size[0] * size[1]))


def _bump(rng: random.Random, size, step: float, blur: float, depth: float = 1.8):
    """Shallow dimples on a jittered grid (hammer marks, crinkles) as a neutral-grey relief
    map: each dimple is lit on one side and shadowed on the other."""
    bump = Image.new("L", size, 128)
    draw = ImageDraw.Draw(bump)
    for j in range(math.ceil(size[1] / step) + 1):
        for i in range(math.ceil(size[0] / step) + 1):
            x = (i + (0.5 if j % 2 else 0) + rng.uniform(-0.3, 0.3)) * step
            y = (j + rng.uniform(-0.3, 0.3)) * step * 0.9
            r = step * rng.uniform(0.42, 0.6)
            draw.ellipse(_box(x, y, r, r * 0.85), fill=rng.randint(85, 105))
            draw.ellipse(_box(x, y, r * 0.5, r * 0.42), fill=rng.randint(55, 75))
    bump = bump.filter(ImageFilter.GaussianBlur(blur)).filter(ImageFilter.EMBOSS)
    return _gray3(_contrast(bump, depth))


def _ss_mask(size, draw_fn) -> Image.Image:
    """Draw a mask at SS× size with draw_fn(draw, scale), then reduce it (anti-aliasing)."""
    mask = Image.new("L", (size[0] * SS, size[1] * SS), 0)
    draw_fn(ImageDraw.Draw(mask), SS)
    return mask.resize(size, BOX)


def _soft(mask: Image.Image, radius: float, k: int = 4) -> Image.Image:
    """A wide blur, computed at 1/k of the size (a soft shape needs no detail)."""
    small = mask.resize((max(1, mask.width // k), max(1, mask.height // k)), BOX)
    return small.filter(ImageFilter.GaussianBlur(max(0.5, radius / k))).resize(mask.size, BILINEAR)


def _soft_shadow(canvas, box, *, strength=0.45, blur=0.06, color=(52, 40, 32)):
    """A blurred contact shadow under an object; blur is a fraction of the box width."""
    k = 4
    small = Image.new("L", (canvas.width // k, canvas.height // k), 0)
    ImageDraw.Draw(small).ellipse([c / k for c in box], fill=round(255 * strength))
    small = small.filter(ImageFilter.GaussianBlur(max(1.0, (box[2] - box[0]) / k * blur)))
    canvas.paste(color, (0, 0), small.resize(canvas.size, BILINEAR))


def _finish(img: Image.Image, rng: random.Random, vignette: float, grain: float) -> bytes:
    """Darken the corners, add a fine film grain, encode as JPEG."""
    mask = Image.radial_gradient("L").resize(img.size, BILINEAR)
    img.paste(BLACK, (0, 0), mask.point(lambda v: round(72 * vignette * (v / 255) ** 2.2)))
    noise = _noise(rng, img.size).point(lambda v: round(128 + (v - 128) * grain))
    img = ImageChops.overlay(img, _gray3(noise))
    out = io.BytesIO()
    img.convert("RGB").save(out, "JPEG", quality=JPEG_QUALITY)
    return out.getvalue()


# --- the product photo: view, backdrop, flat objects ----------------------------------------

_BACKDROPS = [
    ((239, 233, 222), (212, 202, 186)),  # washi paper
    ((233, 230, 223), (204, 200, 191)),  # linen
    ((237, 229, 220), (208, 192, 178)),  # warm clay
    ((228, 230, 226), (197, 202, 197)),  # pale celadon grey
    ((236, 234, 229), (214, 209, 200)),  # rice paper
]


class _View:
    """Where and how the object sits in the frame, for one variant."""

    def __init__(self, size, variant: int, rng: random.Random):
        w, h = size
        self.kind = variant % 3
        self.cx = w * (0.5 + rng.uniform(-0.03, 0.03))
        if self.kind == PROFILE:  # a low camera: flatter ellipses, the table edge behind
            self.tilt = rng.uniform(0.26, 0.34)
            self.scale = min(w, h * 1.5) * rng.uniform(0.55, 0.62)
            self.cy = h * 0.66
        else:
            self.tilt = rng.uniform(0.56, 0.7)
            self.scale = min(w, h * 1.33) * rng.uniform(0.56, 0.64)
            self.cy = h * 0.52
        self.light = rng.uniform(-0.15, 0.15)  # moves the highlights a little between views


def _backdrop(size, rng: random.Random, view: _View) -> Image.Image:
    top, bottom = (_jitter(rng, c, 3) for c in rng.choice(_BACKDROPS))
    img = _vgradient(size, top, bottom)
    if view.kind == PROFILE:  # the table top in front of a paper wall
        w, h = size
        table_y = round(h * 0.58)
        img.paste(
            _vgradient((w, h - table_y), _mix(bottom, (150, 130, 110), 0.18), bottom), (0, table_y)
        )
        edge = Image.new("L", size, 0)
        ImageDraw.Draw(edge).rectangle([0, table_y - 2, w, table_y + 2], fill=90)
        img.paste(_mix(bottom, WHITE, 0.4), (0, 0), edge.filter(ImageFilter.BoxBlur(3)))
    return img


def _place_flat(canvas, top: Image.Image, view: _View, *, thickness, side: Color, width=None):
    """Lay a top-down RGBA drawing on the table: squash it by the view's tilt, give it an
    edge `thickness` (a fraction of its width) deep, and a contact shadow."""
    w = round(width or view.scale * top.width / max(top.width, top.height))
    hh = max(1, round(w * top.height / top.width * view.tilt))
    face = top.resize((w, hh), BOX if top.width >= 1.5 * w else BILINEAR)
    alpha = face.getchannel("A")
    x0, y0 = round(view.cx - w / 2), round(view.cy - hh / 2)
    depth = max(2, round(w * thickness * (1.15 - view.tilt)))
    _soft_shadow(canvas, (x0 + w * 0.02, y0 + depth + hh * 0.08, x0 + w * 1.02, y0 + depth + hh))
    side_dark = _mix(side, BLACK, 0.35)
    offsets = range(depth, 0, -max(2, depth // 4))  # overlapping copies: a solid edge
    for i, dy in enumerate(offsets):
        canvas.paste(_mix(side_dark, side, i / max(1, len(offsets) - 1)), (x0, y0 + dy), alpha)
    canvas.paste(face, (x0, y0), face)


def _gloss(top: Image.Image, rng: random.Random, strength: float, light: float = 0.0):
    """A soft diagonal reflection over a top-down drawing (lacquer, glaze, metal)."""
    w, h = top.size
    band = Image.new("L", top.size, 0)
    x = w * (0.3 + light + rng.uniform(-0.08, 0.08))
    poly = [(x, 0), (x + w * 0.18, 0), (x - w * 0.12, h), (x - w * 0.3, h)]
    ImageDraw.Draw(band).polygon(poly, fill=round(255 * strength))
    top.paste(WHITE, (0, 0), ImageChops.multiply(_soft(band, w * 0.06), top.getchannel("A")))


def _zoom_detail(img: Image.Image, rng: random.Random) -> Image.Image:
    """«Détail de la surface»: a close crop of the overview, as with a macro lens."""
    w, h = img.size
    x = round(w * (0.25 + rng.uniform(-0.08, 0.08)))
    y = round(h * (0.28 + rng.uniform(-0.05, 0.08)))
    return img.crop((x, y, x + w // 2, y + h // 2)).resize((w, h), Image.Resampling.BICUBIC)


# --- lacquer: bowls ---------------------------------------------------------------------------

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


# --- porcelain: painted plates -----------------------------------------------------------------

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


# --- metal: copper and bronze trays --------------------------------------------------------------

_METALS = [
    ((96, 44, 24), (186, 104, 60), (238, 176, 128)),  # copper
    ((84, 58, 30), (160, 118, 62), (224, 190, 128)),  # bronze
    ((50, 30, 24), (112, 58, 40), (176, 112, 84)),  # dark brown patina
    ((40, 70, 62), (86, 128, 110), (168, 196, 170)),  # rokushō, verdigris
]


def _knife_top(rng, d: int) -> Image.Image:
    """A forged kitchen knife lying on a hinoki board: a dark forge-finished spine, a
    polished bevel with a misty line between them, a magnolia handle and a horn ferrule."""
    w, h = d, round(d * 0.55)
    top = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    board = _ss_mask(
        (w, h),
        lambda dr, s: dr.rounded_rectangle(
            [0, 0, w * s - 1, h * s - 1], radius=d * 0.03 * s, fill=255
        ),
    )
    top.paste(_wood(rng, (w, h), _WOODS[0]), (0, 0), board)
    length, x0, yc = w * 0.9, w * 0.05, h * 0.5
    hb = d * rng.uniform(0.12, 0.15)
    heel, tip, spine, edge = x0 + length * 0.38, x0 + length, yc - hb * 0.5, yc + hb * 0.5
    square = rng.random() < 0.25  # a nakiri, square-tipped; otherwise a pointed blade
    ts = [i / 40 for i in range(41)]
    if square:
        back = [(heel + t * (tip - heel), spine) for t in ts]
        front = [(heel + t * (tip - heel), edge) for t in ts]
    else:
        back = [
            (heel + t * (tip - heel), spine + hb * 0.5 * max(0, (t - 0.75) / 0.25) ** 2) for t in ts
        ]
        front = [
            (heel + t * (tip - heel), edge - hb * 0.5 * max(0, (t - 0.55) / 0.45) ** 2) for t in ts
        ]
    knife = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    blade = _ss_mask(
        (w, h), lambda dr, s: dr.polygon([(x * s, y * s) for x, y in back + front[::-1]], fill=255)
    )
    steel = Image.new("RGB", (w, h), (200, 205, 212))
    steel.paste(_vgradient((w, round(hb) + 2), (176, 182, 192), (238, 241, 245)), (0, round(spine)))
    dark = Image.new("L", (w, h), 0)
    phase = rng.uniform(0, 6)
    mist = [
        (x, spine + hb * (0.36 + 0.05 * math.sin(x / w * 40 + phase))) for x in range(0, w + 8, 8)
    ]
    ImageDraw.Draw(dark).polygon([(0, 0), (w, 0), *mist[::-1]], fill=255)
    steel.paste((58, 58, 62), (0, 0), dark.filter(ImageFilter.GaussianBlur(hb * 0.05)))
    knife.paste(steel, (0, 0), blade)
    draw = ImageDraw.Draw(knife)
    draw.line(front, fill=(246, 248, 250), width=max(1, round(hb * 0.03)))
    hy0, hy1 = spine + hb * 0.05, spine + hb * 0.47
    draw.rounded_rectangle(
        [x0, hy0, heel - length * 0.05, hy1], radius=hb * 0.08, fill=(196, 176, 138)
    )
    draw.rectangle([heel - length * 0.07, hy0, heel, hy1], fill=(36, 28, 26))
    knife = knife.rotate(rng.uniform(-6, 6), resample=Image.Resampling.BICUBIC)
    shadow = ImageChops.multiply(_soft(knife.getchannel("A"), d * 0.012), board)
    top.paste((60, 44, 30), (round(d * 0.012), round(d * 0.02)), shadow.point(lambda v: v // 2))
    top.paste(knife, (0, 0), knife)
    return top


def _render_metal(canvas, rng, view, craft=None):
    if craft == "kawajiri-hamono":
        top = _knife_top(rng, round(view.scale * 1.1))
        _place_flat(canvas, top, view, thickness=0.04, side=(170, 130, 88), width=view.scale * 1.1)
        return
    w = round(view.scale)
    round_tray = rng.random() < 0.35
    h = w if round_tray else round(w * rng.uniform(0.62, 0.72))
    dark, mid, light = rng.choice(_METALS)
    # Polished metal mirrors the studio: a broad soft light, a narrow bright strip.
    a, b = 0.22 + view.light + rng.uniform(-0.05, 0.05), 0.7 + rng.uniform(-0.05, 0.05)
    env = [
        0.22 + 0.7 * p + 0.45 * q for p, q in zip(_bell(a, 0.0121), _bell(b, 0.0012), strict=True)
    ]
    gray = Image.blend(_profile(env, (w, h)), _profile(_ramp(0.8, 0.3), (w, h), vertical=True), 0.3)
    fill = _colorize(gray, dark, light, mid)
    # Tsuchime: overlapping hammer marks, each catching the light on one side.
    bump = _bump(rng, (w, h), step=w * rng.uniform(0.024, 0.032), blur=w * 0.003, depth=2.6)
    fill = ImageChops.overlay(fill, bump)
    lip = w * 0.045

    def shape(inset):
        def draw_fn(draw, s):
            box = [inset * s, inset * s, (w - inset) * s - 1, (h - inset) * s - 1]
            if round_tray:
                draw.ellipse(box, fill=255)
            else:
                draw.rounded_rectangle(box, radius=w * 0.06 * s, fill=255)

        return _ss_mask((w, h), draw_fn)

    outer, inner = shape(0), shape(lip)
    top = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    top.paste(fill, (0, 0), outer)
    # The raised lip: lit on the far side, in shadow on the near side; a crease inside it.
    lip_mask = ImageChops.subtract(outer, inner)
    far = _profile(_ramp(1, 0), (w, h), vertical=True)
    top.paste(light, (0, 0), ImageChops.multiply(lip_mask, far).point(lambda v: v * 3 // 5))
    near = ImageChops.multiply(lip_mask, ImageOps.invert(far))
    top.paste(dark, (0, 0), near.point(lambda v: v // 2))
    crease = ImageChops.subtract(inner, inner.filter(ImageFilter.GaussianBlur(w * 0.006)))
    top.paste(dark, (0, 0), crease.point(lambda v: min(255, v * 3)))
    _gloss(top, rng, 0.4, view.light)
    _place_flat(canvas, top, view, thickness=0.025, side=mid)


# --- wood: kumiko lattices, carved trays -------------------------------------------------------

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


# --- textile: Hakata-ori kenjō -------------------------------------------------------------------

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


# --- other crafts: gold leaf ---------------------------------------------------------------------


def _gold_top(rng, d: int) -> Image.Image:
    """A black lacquer plate or tray, partly covered with squares of gold leaf."""
    round_plate = rng.random() < 0.5
    shape = _ss_mask(
        (d, d),
        lambda dr, s: (dr.ellipse if round_plate else dr.rectangle)(
            [0, 0, d * s - 1, d * s - 1], fill=255
        ),
    )
    top = Image.new("RGBA", (d, d), (0, 0, 0, 0))
    top.paste(_vgradient((d, d), (16, 14, 13), (46, 40, 36)), (0, 0), shape)
    # Leaf squares overlap a little and their seams show, as on real kinpaku work; the
    # leaf is then cut to a clean shape (a moon, a diagonal band or a square field).
    leaves, cover = Image.new("L", (d, d), 0), Image.new("L", (d, d), 0)
    ld, cd = ImageDraw.Draw(leaves), ImageDraw.Draw(cover)
    s, e = d / rng.choice([9, 11, 13]), d / rng.choice([9, 11, 13]) * 0.04
    for j in range(-1, round(d / s) + 1):
        for i in range(-1, round(d / s) + 1):
            x, y = i * s, j * s
            quad = [
                (x + u * s * 1.04 + rng.uniform(-e, e), y + v * s * 1.04 + rng.uniform(-e, e))
                for u, v in ((0, 0), (1, 0), (1, 1), (0, 1))
            ]
            ld.polygon(quad, fill=rng.randint(120, 170), outline=90)
            cd.polygon(quad, fill=255)
    cut = Image.new("L", (d, d), 0)
    region, c = rng.choice(["moon", "band", "field"]), d / 2
    if region == "moon":
        ImageDraw.Draw(cut).ellipse(_box(c * 1.1, c * 0.9, d * 0.3), fill=255)
    elif region == "band":
        k = d * 0.24
        ImageDraw.Draw(cut).polygon([(-k, 0), (k, 0), (d + k, d), (d - k, d)], fill=255)
    else:
        ImageDraw.Draw(cut).rectangle([d * 0.18, d * 0.18, d * 0.82, d * 0.82], fill=255)
    cover = ImageChops.multiply(cover, cut)
    cd = ImageDraw.Draw(cover)
    for _ in range(rng.randint(25, 60)):  # kirigane flakes drifting off the leaf
        x, y, k = rng.uniform(0.1, 0.9) * d, rng.uniform(0.1, 0.9) * d, rng.uniform(0.006, 0.02) * d
        ld.rectangle([x, y, x + k, y + k], fill=rng.randint(130, 200))
        cd.rectangle([x, y, x + k, y + k], fill=255)
    # Gold mirrors the room: a bright diagonal sheen, then the crinkles of the thin leaf.
    sheen = ImageChops.multiply(
        _profile([0.2 + 0.8 * v for v in _bell(0.45, 0.04)], (d, d)),
        _profile(_ramp(1, 0.5), (d, d), vertical=True),
    )
    gold = _colorize(
        Image.blend(leaves, sheen, 0.45), (96, 60, 14), (255, 240, 178), (214, 166, 62)
    )
    gold = ImageChops.soft_light(
        gold, _bump(rng, (d, d), step=d * 0.02, blur=d * 0.0015, depth=1.5)
    )
    top.paste(gold, (0, 0), ImageChops.multiply(cover, shape))
    _gloss(top, rng, 0.2)
    return top


def _render_autres(canvas, rng, view, craft=None):
    _place_flat(
        canvas, _gold_top(rng, round(view.scale * 0.9)), view, thickness=0.03, side=(24, 20, 18)
    )


_RENDERERS = {
    "laque": _render_laque,
    "porcelaine-ceramique": _render_porcelaine,
    "metal": _render_metal,
    "bois": _render_bois,
    "textile": _render_textile,
    "autres": _render_autres,
}


def object_image(
    material: str,
    *,
    seed: int,
    variant: int = 0,
    size: tuple[int, int] = (1200, 900),
    craft: str | None = None,
) -> bytes:
    """A JPEG evoking an object of `material` (a slug of data.materials): variant 0 is an
    overview, 1 a close-up of the surface, 2 a low profile view. One seed is one object:
    same palette and motif in every variant. An unknown material gives a glazed bowl.

    `craft` (a slug of data.collectivites.CRAFTS) is an optional hint that picks the right
    kind of object where a material covers several: knives rather than trays for
    «kawajiri-hamono», stoneware rather than painted porcelain for «echizen-yaki»…"""
    style = random.Random(f"{material}:{seed}")
    view = _View(size, variant, random.Random(f"{material}:{seed}:{variant}"))
    canvas = _backdrop(size, style, view)
    _RENDERERS.get(material, _render_default)(canvas, style, view, craft)
    if view.kind == DETAIL:
        canvas = _zoom_detail(canvas, random.Random(f"{seed}:{variant}:zoom"))
    return _finish(canvas, style, vignette=0.3, grain=0.07)


# --- landscapes ---------------------------------------------------------------------------------

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
