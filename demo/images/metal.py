"""Metal: copper and bronze trays, Kawajiri knives."""

import math

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageOps

from .bois import _WOODS, _wood
from .canvas import _bell, _bump, _colorize, _profile, _ramp, _soft, _ss_mask, _vgradient
from .studio import _gloss, _place_flat

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
