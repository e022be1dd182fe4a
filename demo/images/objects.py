"""`object_image`: an object of a kind (kinds.py) in a material, or, when its kind is unknown,
the material's own drawing."""

import random

from . import blocks, flatware, utensils, vessels
from .autres import _render_autres
from .bois import _render_bois
from .canvas import DETAIL, _finish
from .laque import _render_default, _render_laque
from .metal import _render_metal
from .porcelaine import _render_porcelaine
from .studio import _backdrop, _View, _zoom_detail
from .surfaces import finish_of
from .textile import _render_textile

_RENDERERS = {
    "laque": _render_laque,
    "porcelaine-ceramique": _render_porcelaine,
    "metal": _render_metal,
    "bois": _render_bois,
    "textile": _render_textile,
    "autres": _render_autres,
}

# Kinds drawn the same in every material take the finish; the others also need the material
# and the craft, to reuse a material's own drawing (a Kutani plate, a kumiko lattice…).
_BY_FINISH = {
    "teapot": vessels._render_teapot,
    "kettle": vessels._render_kettle,
    "cup": vessels._render_cup,
    "vessel": vessels._render_vessel,
    "caddy": vessels._render_caddy,
    "chopsticks": utensils._render_chopsticks,
    "chopstick_rest": utensils._render_chopstick_rest,
    "spoon": utensils._render_spoon,
    "knife": utensils._render_knife,
}
_BY_MATERIAL = {
    "bowl": lambda canvas, rng, view, finish, material, craft: vessels._render_bowl(
        canvas, rng, view, finish, material
    ),
    "plate": flatware._render_plate,
    "tray": flatware._render_tray,
    "board": flatware._render_board,
    "trivet": flatware._render_trivet,
    "coaster": flatware._render_coaster,
    "box": blocks._render_box,
    "lantern": blocks._render_lantern,
    "textile": lambda canvas, rng, view, finish, material, craft: _render_textile(
        canvas, rng, view, craft
    ),
}


def _render(canvas, rng, view, material, craft, kind):
    if kind in _BY_FINISH:
        _BY_FINISH[kind](canvas, rng, view, finish_of(material, craft, rng))
    elif kind in _BY_MATERIAL:
        _BY_MATERIAL[kind](canvas, rng, view, finish_of(material, craft, rng), material, craft)
    else:
        _RENDERERS.get(material, _render_default)(canvas, rng, view, craft)


def object_image(
    material: str,
    *,
    seed: int,
    variant: int = 0,
    size: tuple[int, int] = (1200, 900),
    craft: str | None = None,
    kind: str | None = None,
) -> bytes:
    """A JPEG evoking an object of `material` (a slug of materials.yaml): variant 0 is an
    overview, 1 a close-up of the surface, 2 a low profile view. One seed is one object:
    same palette and motif in every variant. An unknown material gives a glazed bowl.

    `craft` (a slug of crafts.yaml) is an optional hint that picks the right
    kind of object where a material covers several: knives rather than trays for
    «kawajiri-hamono», stoneware rather than painted porcelain for «echizen-yaki»…

    `kind` (one of kinds.KINDS, see `object_kind`) is the object's form: a teapot, a cup,
    chopsticks… drawn in the material's finish. Without it, or for an unknown kind, the
    material's own drawing."""
    style = random.Random(f"{material}:{seed}")
    view = _View(size, variant, random.Random(f"{material}:{seed}:{variant}"))
    canvas = _backdrop(size, style, view)
    _render(canvas, style, view, material, craft, kind)
    if view.kind == DETAIL:
        canvas = _zoom_detail(canvas, random.Random(f"{seed}:{variant}:zoom"))
    return _finish(canvas, style, vignette=0.3, grain=0.07)
