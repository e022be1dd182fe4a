"""Stylised, deterministic illustrations for the demo content, drawn with Pillow only.

`object_image` evokes an object as a soft product photograph: its kind (a teapot, a cup,
chopsticks, a box…, read from its title by `object_kind`) in its material's finish (lacquer,
painted porcelain, hammered copper, kumiko lattice, Hakata-ori silk, gold leaf);
`landscape_image` a Japanese landscape for the regional and tourism pages. The same
arguments always give the same bytes, so the demo can be rebuilt without storing binary files.

Shapes are drawn with ImageDraw on masks and combined with ImageChops/ImageFilter; no Python
loop visits every pixel, which keeps a 1200×900 image around 0.2 s.
"""

from .kinds import object_kind
from .landscapes import landscape_image
from .objects import object_image

__all__ = ["landscape_image", "object_image", "object_kind", "seed_of"]


def seed_of(text: str) -> int:
    """The seed of a slug or reference: stable across runs and machines (unlike hash()),
    so the demo's images are the same bytes every time."""
    return sum((index + 1) * ord(char) for index, char in enumerate(text))
