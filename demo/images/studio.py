"""The product photograph: the view (overview, detail, profile), the backdrop, flat objects."""

import random

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from .canvas import (
    BILINEAR,
    BLACK,
    BOX,
    PROFILE,
    WHITE,
    Color,
    _jitter,
    _mix,
    _soft,
    _soft_shadow,
    _vgradient,
)

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
