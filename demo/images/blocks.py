"""Kinds shaped as blocks, seen from three-quarters: boxes (bentō, jūbako, coffrets) and
table lanterns. The box is turned a little on the table; each visible face is its texture
mapped by an affine transform (a parallel projection keeps rectangles parallelograms)."""

import math

from PIL import Image, ImageChops, ImageDraw

from .bois import _WOODS, _carved_top, _kumiko_top, _lattice_mask, _wood
from .canvas import BLACK, WHITE, _gray3, _mix, _soft_shadow, _vgradient
from .porcelaine import _flower
from .studio import _View
from .surfaces import Finish

_GOLD = (212, 170, 80)


class _Block:
    """A W × D × H block standing on the table, turned by `yaw`, seen with the view's tilt."""

    def __init__(self, view: _View, W, D, H, yaw):
        self.W, self.D, self.H = W, D, H
        self.cos, self.sin = math.cos(yaw), math.sin(yaw)
        self.tilt, self.rise = view.tilt, math.sqrt(1 - view.tilt**2)
        corners = [
            self._project(x, y, z) for x in (-W / 2, W / 2) for y in (0, H) for z in (-D / 2, D / 2)
        ]
        self.x0 = min(x for x, _ in corners) - 2
        self.y0 = min(y for _, y in corners) - 2
        self.size = (
            math.ceil(max(x for x, _ in corners) - self.x0) + 4,
            math.ceil(max(y for _, y in corners) - self.y0) + 4,
        )
        self.layer = Image.new("RGBA", self.size, (0, 0, 0, 0))

    def _project(self, x, y, z):
        sx = x * self.cos + z * self.sin
        sy = (-x * self.sin + z * self.cos) * self.tilt - y * self.rise
        return sx, sy

    def point(self, x, y, z):
        sx, sy = self._project(x, y, z)
        return sx - self.x0, sy - self.y0

    def faces(self):
        """The visible faces as (name, origin, u end, v end): u runs along the face's width,
        v down its height (or towards the viewer, on the top)."""
        W, D, H = self.W / 2, self.D / 2, self.H
        out = [("top", self.point(-W, H, -D), self.point(W, H, -D), self.point(-W, H, D))]
        if self.cos > 0:
            out.append(("front", self.point(-W, H, D), self.point(W, H, D), self.point(-W, 0, D)))
        if self.sin > 0:
            out.append(("side", self.point(-W, H, -D), self.point(-W, H, D), self.point(-W, 0, -D)))
        else:
            out.append(("side", self.point(W, H, D), self.point(W, H, -D), self.point(W, 0, D)))
        return out

    def map(self, texture: Image.Image, origin, u_end, v_end, brightness=1.0):
        """Paste `texture` onto the parallelogram origin, u_end, v_end (darkened by
        `brightness`); returns the face's mask."""
        tw, th = texture.size
        ax, ay = (u_end[0] - origin[0]) / tw, (u_end[1] - origin[1]) / tw
        bx, by = (v_end[0] - origin[0]) / th, (v_end[1] - origin[1]) / th
        det = ax * by - ay * bx
        i00, i01, i10, i11 = by / det, -bx / det, -ay / det, ax / det
        data = (
            i00,
            i01,
            -(i00 * origin[0] + i01 * origin[1]),
            i10,
            i11,
            -(i10 * origin[0] + i11 * origin[1]),
        )
        rgba = texture.convert("RGBA")
        if brightness != 1.0:
            level = round(255 * brightness)
            rgba = Image.merge(
                "RGBA",
                [
                    *ImageChops.multiply(
                        rgba.convert("RGB"), _gray3(Image.new("L", rgba.size, level))
                    ).split(),
                    rgba.getchannel("A"),
                ],
            )
        face = rgba.transform(self.size, Image.Transform.AFFINE, data, Image.Resampling.BILINEAR)
        self.layer.alpha_composite(face)
        return face.getchannel("A")

    def line(self, a, b, color, width):
        ImageDraw.Draw(self.layer).line([a, b], fill=color, width=max(1, round(width)))

    def place(self, canvas, cx, cy):
        x0, y0 = round(cx - self.size[0] / 2), round(cy - self.size[1] / 2)
        w, h = self.size
        foot = (x0 + w * 0.02, y0 + h * 0.55, x0 + w * 1.04, y0 + h * 1.04)
        _soft_shadow(canvas, foot, strength=0.5, blur=0.1)
        canvas.paste(self.layer, (x0, y0), self.layer)


def _lid_texture(rng, d, finish: Finish, material, craft) -> Image.Image:
    """The lid: kumiko or carved wood, gold maki-e flowers on lacquer, the finish elsewhere."""
    if material == "bois" and craft == "karuizawa-bori":
        return _carved_top(rng, d, _WOODS[2]).crop((d // 8, d // 8, d - d // 8, d - d // 8))
    if material == "bois" and (craft or "").startswith("kumiko"):
        return _kumiko_top(rng, d)
    lid = finish.paint(rng, (d, d), band=False)
    if material == "laque":
        draw = ImageDraw.Draw(lid)
        for _ in range(rng.choice([1, 2, 3])):
            x, y, r = (
                rng.uniform(0.25, 0.75) * d,
                rng.uniform(0.25, 0.75) * d,
                d * rng.uniform(0.08, 0.14),
            )
            _flower(draw, x, y, r, 5, _GOLD, None, _mix(_GOLD, BLACK, 0.3), rng.random())
    return lid


def _render_box(canvas, rng, view, finish, material, craft, *, tiers=None):
    """A lidded box: one, two or three tiers (a jūbako), the seams showing on its sides."""
    tiers = tiers or rng.choice([1, 2, 2, 3])
    W = view.scale * rng.uniform(0.55, 0.62)
    D = W * (1.0 if tiers == 3 else rng.uniform(0.6, 0.8))
    H = W * (0.12 + 0.16 * tiers)
    block = _Block(view, W, D, H, rng.choice([-1, 1]) * rng.uniform(0.35, 0.55))
    side_tex = finish.paint(rng, (round(W), round(H)))
    d = round(W)
    lid = _lid_texture(rng, d, finish, material, craft).resize((d, round(D)))
    seam = _mix(finish.side, BLACK, 0.55)
    for name, o, u, v in block.faces():
        if name == "top":
            block.map(lid, o, u, v, 1.0)
            block.line(o, u, _mix(finish.side, WHITE, 0.2), W * 0.006)
            continue
        block.map(side_tex, o, u, v, 0.8 if name == "front" else 0.58)
        lid_h = 0.12 if tiers > 1 else 0.28  # the lid's seam, then one per tier
        for f in [lid_h, *[lid_h + (1 - lid_h) * k / tiers for k in range(1, tiers)]]:
            a = (o[0] + (v[0] - o[0]) * f, o[1] + (v[1] - o[1]) * f)
            b = (a[0] + u[0] - o[0], a[1] + u[1] - o[1])
            block.line(a, b, seam, W * 0.006)
    block.place(canvas, view.cx, view.cy)


def _glow_panel(rng, w, h, colors) -> Image.Image:
    """A kumiko panel in front of lit washi paper."""
    panel = _vgradient((w, h), (255, 236, 190), (240, 196, 120))
    frame = max(2, round(w * 0.08))
    lattice = Image.new("L", (w, h), 255)
    inner = _lattice_mask(max(4, min(w, h) - 2 * frame), rng, w * 0.02)
    hole = Image.new("L", (w - 2 * frame, h - 2 * frame), 0)
    hole.paste(inner.resize(hole.size), (0, 0))
    lattice.paste(hole, (frame, frame))
    panel.paste(_wood(rng, (w, h), colors), (0, 0), lattice)
    return panel


def _render_lantern(canvas, rng, view, finish, material, craft):
    """A table lantern (andon): a tall block of kumiko panels, lit from within."""
    W = view.scale * rng.uniform(0.36, 0.42)
    H = W * rng.uniform(1.3, 1.6)
    block = _Block(view, W, W, H, rng.choice([-1, 1]) * rng.uniform(0.5, 0.7))
    colors = _WOODS[0] if material == "bois" else (finish.side, _mix(finish.side, WHITE, 0.3))
    panel = _glow_panel(rng, round(W), round(H), colors)
    for name, o, u, v in block.faces():
        if name == "top":
            block.map(_wood(rng, (round(W), round(W)), colors), o, u, v, 0.9)
        else:
            block.map(panel, o, u, v, 1.0 if name == "front" else 0.85)
    block.place(canvas, view.cx, view.cy - view.scale * 0.05)
