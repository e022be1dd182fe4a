"""Which images a phone would download for a page, the simple and honest way.

For each <img> (and the <source> of its <picture>), the candidate a browser picks at a
390 CSS px wide viewport: the slot width comes from `sizes` (media conditions in px/em,
lengths in px/em/rem/vw; anything else counts as 100vw), times the device pixel ratio;
the smallest `w` candidate at least that wide wins, else the widest; `x` candidates and
plain `src` are taken as they come. Every <img> counts, lazy ones too, as if the visitor
scrolled to the end, and each one is counted even when its file repeats: the bench's
objects are clones that share their model's images, where a real catalogue has a photo
per object. CSS backgrounds are left out.
"""

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

VIEWPORT = 390
EM = 16
SUPPORTED_TYPES = {"", "image/avif", "image/webp", "image/jpeg", "image/png", "image/gif"}


def length_px(text: str, viewport: int) -> float | None:
    match = re.fullmatch(r"\s*([\d.]+)(px|em|rem|vw)\s*", text)
    if not match:
        return None
    value, unit = float(match[1]), match[2]
    return value * {"px": 1, "em": EM, "rem": EM, "vw": viewport / 100}[unit]


def media_matches(condition: str, viewport: int) -> bool:
    if not condition.strip():
        return True
    for feature, value in re.findall(r"\((min|max)-width:\s*([^)]+)\)", condition):
        width = length_px(value, viewport)
        if width is None or (feature == "min" and viewport < width):
            return False
        if feature == "max" and viewport > width:
            return False
    return bool(re.search(r"\((min|max)-width", condition))


def slot_width(sizes: str, viewport: int) -> float:
    for entry in (part.strip() for part in sizes.split(",") if part.strip()):
        condition, _, length = entry.rpartition(")")
        if not length.strip():  # "(…) " without length: malformed, skip it
            continue
        if condition and not media_matches(condition + ")", viewport):
            continue
        return length_px(length, viewport) or viewport
    return viewport


def pick(srcset: str, sizes: str, src: str, *, viewport: int, dpr: float) -> str | None:
    candidates = []
    for item in (part.strip() for part in srcset.split(",") if part.strip()):
        url, _, descriptor = item.partition(" ")
        descriptor = descriptor.strip() or "1x"
        candidates.append((url, descriptor[-1], float(descriptor[:-1])))
    widths = sorted((value, url) for url, kind, value in candidates if kind == "w")
    if widths:
        need = slot_width(sizes or "100vw", viewport) * dpr
        return next((url for value, url in widths if value >= need), widths[-1][1])
    densities = sorted((value, url) for url, kind, value in candidates if kind == "x")
    if densities:
        return next((url for value, url in densities if value >= dpr), densities[-1][1])
    return src or None


@dataclass
class _Picture:
    sources: list = field(default_factory=list)


class ImagePicker(HTMLParser):
    def __init__(self, *, viewport=VIEWPORT, dpr=1.0):
        super().__init__()
        self.viewport, self.dpr = viewport, dpr
        self.picture = None
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = {name: value or "" for name, value in attrs}
        if tag == "picture":
            self.picture = _Picture()
        elif tag == "source" and self.picture is not None:
            self.picture.sources.append(attrs)
        elif tag == "img":
            self.urls.append(self._choose(attrs))

    def handle_endtag(self, tag):
        if tag == "picture":
            self.picture = None

    def _choose(self, img):
        for source in self.picture.sources if self.picture else []:
            if source.get("type", "") not in SUPPORTED_TYPES:
                continue
            if not media_matches(source.get("media", ""), self.viewport):
                continue
            return pick(
                source.get("srcset", ""),
                source.get("sizes", ""),
                "",
                viewport=self.viewport,
                dpr=self.dpr,
            )
        return pick(
            img.get("srcset", ""),
            img.get("sizes", ""),
            img.get("src", ""),
            viewport=self.viewport,
            dpr=self.dpr,
        )


def images_for(html: str, *, viewport=VIEWPORT, dpr=1.0) -> list[str]:
    picker = ImagePicker(viewport=viewport, dpr=dpr)
    picker.feed(html)
    return [url for url in picker.urls if url and not url.startswith("data:")]
