"""The kind of an object (its form: a teapot, a cup, chopsticks…), read from its French title.

The drawing of a photograph depends on it: a teapot and a plate of the same porcelain must
not look alike. The table is ordered, first match wins: «repose-baguettes» comes before
«baguettes», «dessous de théière» before «théière», «sangle à bentō» (a textile) before
«bentō». A few titles name no form at all («Paillettes d’or alimentaire»);
data/object_kinds.yaml gives theirs by reference.
"""

import functools
import re

from demo.content import load

KINDS = (
    "teapot",
    "kettle",
    "cup",
    "bowl",
    "plate",
    "tray",
    "board",
    "trivet",
    "coaster",
    "box",
    "caddy",
    "vessel",
    "chopsticks",
    "chopstick_rest",
    "knife",
    "spoon",
    "lantern",
    "textile",
)

_TABLE = [
    (r"porte-serviettes", "box"),  # before «serviettes»: a carved stand, not a napkin
    # Textiles next: their titles often name what they hold (a bentō, a tea caddy…).
    (r"sangle|pochette|housse|étui|ronds? de serviette|carré de soie|chemin de table", "textile"),
    (r"set de table|furoshiki|tenugui|nappe|serviettes?", "textile"),
    (r"repose-baguettes", "chopstick_rest"),
    (r"dessous de (plat|théière)|sous-bouteilles?", "trivet"),
    (r"sous-verres?", "coaster"),
    (r"coffret|bloc à couteaux", "box"),
    (r"baguettes", "chopsticks"),
    (r"couteaux?", "knife"),
    (r"boîtes? à thé|natsume", "caddy"),
    (r"boîtes?|bentō|bento|jūbako", "box"),
    (r"théières?|kyūsu", "teapot"),
    (r"réchaud|chirori|bouilloire", "kettle"),
    (r"tasses?|gobelets?|mugs?|coupes? à saké|guinomi|verres?", "cup"),
    (r"bols?|coupelles?|rafraîchisseur", "bowl"),
    (r"plateaux?|présentoir|chabon", "tray"),
    (r"planches?", "board"),
    (r"assiettes?|soucoupes?|plats?", "plate"),
    (r"vases?|tokkuri|flacons?|jarres?|service à saké|pichets?", "vessel"),
    (r"cuillères?|cuillers?", "spoon"),
    (r"lanternes?|lampes?", "lantern"),
]
_PATTERNS = [(re.compile(rf"\b(?:{words})\b", re.IGNORECASE), kind) for words, kind in _TABLE]


@functools.cache
def _overrides() -> dict[str, str]:
    return load("object_kinds") or {}


def object_kind(title: str, *, sku: str | None = None) -> str | None:
    """The kind of the object titled `title` (French), one of KINDS, or None when the title
    names no known form; the object's reference `sku` may name it in object_kinds.yaml."""
    if sku and sku in _overrides():
        return _overrides()[sku]
    for pattern, kind in _PATTERNS:
        if pattern.search(title):
            return kind
    return None
