"""Flat kinds, drawn from above and laid on the table: plates, trays, boards, coasters and
trivets. Where a material's own module already draws one (a Kutani plate, a copper tray, a
kumiko lattice, a gold-leaf tray), it is used as is."""

import random

from PIL import Image, ImageChops, ImageOps

from .autres import _render_autres
from .bois import _WOODS, _carved_top, _kumiko_top, _lattice_mask, _render_bois
from .canvas import BLACK, WHITE, _mix, _profile, _ramp, _ss_mask
from .laque import _LACQUER
from .metal import _render_metal
from .porcelaine import _render_porcelaine
from .studio import _gloss, _place_flat
from .surfaces import Finish


def _shape_mask(size, inset, *, round_, radius=0.06):
    w, h = size

    def draw(d, s):
        box = [inset * s, inset * s, (w - inset) * s - 1, (h - inset) * s - 1]
        if round_:
            d.ellipse(box, fill=255)
        else:
            d.rounded_rectangle(box, radius=w * radius * s, fill=255)

    return _ss_mask(size, draw)


def _dish_top(rng, size, finish: Finish, *, round_=True, lip=0.06, radius=0.06) -> Image.Image:
    """A dish or a tray from above: the finish inside a raised lip, lit on the far side and
    in shadow on the near one, and a soft reflection."""
    w, h = size
    top = Image.new("RGBA", size, (0, 0, 0, 0))
    outer = _shape_mask(size, 0, round_=round_, radius=radius)
    top.paste(finish.paint(rng, size, band=False), (0, 0), outer)
    if lip:
        inner = _shape_mask(size, w * lip, round_=round_, radius=radius)
        if finish.well:
            top.paste(finish.well, (0, 0), inner)
        ring = ImageChops.subtract(outer, inner)
        far = _profile(_ramp(1, 0), size, vertical=True)
        top.paste(
            _mix(finish.side, WHITE, 0.45),
            (0, 0),
            ImageChops.multiply(ring, far).point(lambda v: v * 3 // 5),
        )
        near = ImageChops.multiply(ring, ImageOps.invert(far))
        top.paste(_mix(finish.side, BLACK, 0.3), (0, 0), near.point(lambda v: v * 2 // 3))
    _gloss(top, rng, finish.gloss * 0.5)
    return top


def _render_plate(canvas, rng, view, finish, material, craft):
    if material == "porcelaine-ceramique":
        _render_porcelaine(canvas, rng, view, craft)
    elif material == "autres":
        _render_autres(canvas, rng, view, craft)
    else:
        d = round(view.scale * 0.9)
        top = _dish_top(rng, (d, d), finish, lip=0.1)
        _place_flat(canvas, top, view, thickness=0.03, side=finish.side)


def _render_tray(canvas, rng, view, finish, material, craft):
    if material == "bois":
        _render_bois(canvas, rng, view, craft)
    elif material == "metal":
        _render_metal(canvas, rng, view, None)
    elif material == "autres":
        _render_autres(canvas, rng, view, craft)
    elif craft == "murakami-kibori-tsuishu":
        top = _carved_top(rng, round(view.scale * 0.85), _LACQUER["vermilion"], lacquer=True)
        _place_flat(canvas, top, view, thickness=0.04, side=_LACQUER["vermilion"][0])
    else:
        w = round(view.scale)
        top = _dish_top(rng, (w, round(w * rng.uniform(0.6, 0.7))), finish, round_=False, lip=0.05)
        _place_flat(canvas, top, view, thickness=0.05, side=finish.side)


def _render_board(canvas, rng, view, finish, material, craft):
    """A thick slab: a cutting or serving board."""
    w = round(view.scale * 1.05)
    top = _dish_top(rng, (w, round(w * 0.5)), finish, round_=False, lip=0, radius=0.03)
    _place_flat(canvas, top, view, thickness=0.07, side=finish.side)


def _piece_top(rng: random.Random, d: int, finish: Finish, material, craft, *, round_):
    """One coaster or trivet: a kumiko lattice in wood, a pierced brass plate in metal, a
    square of the finish in other materials."""
    if material == "bois":
        if craft == "karuizawa-bori":
            return _carved_top(rng, d, _WOODS[2])
        return _kumiko_top(rng, d)
    if material == "metal":
        top = _dish_top(rng, (d, d), finish, round_=round_, lip=0.04)
        inner = _shape_mask((d, d), d * 0.14, round_=round_)
        slats = Image.new("L", (d, d), 0)  # pierced: metal only along the lattice's slats
        slats.paste(_lattice_mask(round(d * 0.72), rng, d * 0.01), (round(d * 0.14),) * 2)
        keep = ImageChops.lighter(ImageOps.invert(inner), slats)
        top.putalpha(ImageChops.multiply(top.getchannel("A"), keep))
        return top
    return _dish_top(rng, (d, d), finish, round_=round_, lip=0.05 if material != "textile" else 0)


def _render_trivet(canvas, rng, view, finish, material, craft):
    top = _piece_top(rng, round(view.scale * 0.75), finish, material, craft, round_=False)
    _place_flat(canvas, top, view, thickness=0.05, side=finish.side, width=view.scale * 0.75)


def _render_coaster(canvas, rng, view, finish, material, craft):
    """A set of coasters: one in front, the others stacked behind it."""
    d = round(view.scale * 0.42)
    round_ = rng.random() < 0.4
    pieces = [_piece_top(rng, d, finish, material, craft, round_=round_) for _ in range(2)]
    w = round(d * 2.3)
    top = Image.new("RGBA", (w, round(d * 1.25)), (0, 0, 0, 0))
    for k, (x, y) in enumerate(
        [(0, 0), (round(d * 0.08), round(d * 0.06)), (round(d * 1.2), round(d * 0.2))]
    ):
        piece = pieces[min(k, 1)].rotate(rng.uniform(-8, 8), expand=False)
        shadow = piece.getchannel("A").point(lambda v: v // 3)
        top.paste((30, 22, 16, 255), (x + round(d * 0.02), y + round(d * 0.03)), shadow)
        top.alpha_composite(piece, (x, y))
    _place_flat(canvas, top, view, thickness=0.02, side=finish.side, width=view.scale * 1.05)
