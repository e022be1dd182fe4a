"""`object_image`: an object of a material, drawn by that material's module."""

import random

from .autres import _render_autres
from .bois import _render_bois
from .canvas import DETAIL, _finish
from .laque import _render_default, _render_laque
from .metal import _render_metal
from .porcelaine import _render_porcelaine
from .studio import _backdrop, _View, _zoom_detail
from .textile import _render_textile

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
    """A JPEG evoking an object of `material` (a slug of materials.yaml): variant 0 is an
    overview, 1 a close-up of the surface, 2 a low profile view. One seed is one object:
    same palette and motif in every variant. An unknown material gives a glazed bowl.

    `craft` (a slug of crafts.yaml) is an optional hint that picks the right
    kind of object where a material covers several: knives rather than trays for
    «kawajiri-hamono», stoneware rather than painted porcelain for «echizen-yaki»…"""
    style = random.Random(f"{material}:{seed}")
    view = _View(size, variant, random.Random(f"{material}:{seed}:{variant}"))
    canvas = _backdrop(size, style, view)
    _RENDERERS.get(material, _render_default)(canvas, style, view, craft)
    if view.kind == DETAIL:
        canvas = _zoom_detail(canvas, random.Random(f"{seed}:{variant}:zoom"))
    return _finish(canvas, style, vignette=0.3, grain=0.07)
