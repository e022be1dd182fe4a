"""Pixels: colour mixing, gradients, noise, soft masks, and the JPEG encoding."""

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
