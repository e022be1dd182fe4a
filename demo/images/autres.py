"""Other crafts: gold leaf."""

from PIL import Image, ImageChops, ImageDraw

from .canvas import _bell, _box, _bump, _colorize, _profile, _ramp, _ss_mask, _vgradient
from .studio import _gloss, _place_flat


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
