"""Objects turned round an axis, seen from three-quarters: cups, bowls, teapots, kettles,
flasks and vases, tea caddies. Each is a profile (the radius from rim to foot) swept into a
silhouette, shaded as a cylinder lit from the left, and given its mouth, lid, spout and
handle."""

import math

from PIL import Image, ImageChops, ImageDraw

from .canvas import (
    BLACK,
    WHITE,
    _bell,
    _box,
    _colorize,
    _gray3,
    _mix,
    _profile,
    _ramp,
    _soft_shadow,
    _ss_mask,
)
from .studio import _View
from .surfaces import Finish


class _Body:
    """A turned body drawn on its own layer: the rim's centre at (cx, rim_y), the foot's at
    (cx, foot_y), its widest radius R; the layer has room around it for a spout and a handle."""

    def __init__(self, view: _View, R: float, height: float, radius, *, tilt_gain=0.62):
        self.view, self.R, self.radius = view, R, radius
        self.tilt = view.tilt * tilt_gain
        self.w, self.h = round(R * 3.6), round(height + R * 2.2)
        self.cx, self.rim_y = self.w / 2, R * 0.9
        self.foot_y = self.rim_y + height
        self.layer = Image.new("RGBA", (self.w, self.h), (0, 0, 0, 0))
        self.tex = None

    def ellipse(self, t: float, scale: float = 1.0):
        y = self.rim_y + (self.foot_y - self.rim_y) * t
        r = self.R * self.radius(t) * scale
        return _box(self.cx, y, r, r * self.tilt)

    def _silhouette(self, draw, s):
        n = 48
        left = [(self.cx - self.R * self.radius(i / n), self._y(i / n)) for i in range(n + 1)]
        rb = self.R * self.radius(1)
        arc = [
            (
                self.cx - rb * math.cos(math.pi * k / 16),
                self.foot_y + rb * self.tilt * math.sin(math.pi * k / 16),
            )
            for k in range(17)
        ]
        right = [(2 * self.cx - x, y) for x, y in reversed(left)]
        draw.polygon([(x * s, y * s) for x, y in left + arc + right], fill=255)
        draw.ellipse([c * s for c in self.ellipse(0)], fill=255)

    def _y(self, t):
        return self.rim_y + (self.foot_y - self.rim_y) * t

    def _shade(self, size, light, depth):
        """Grey levels of a cylinder: darker by `depth` at both edges, bright left of centre."""
        body = [1 - depth + depth * v for v in _bell(0.45 + light, 0.09)]
        return ImageChops.multiply(
            _profile(body, size), _profile(_ramp(1.0, 0.78), size, vertical=True)
        )

    def paint(self, finish: Finish, rng, mask=None, *, box=None):
        """Paint `mask` (the body's silhouette by default) with the shaded finish, lit as a
        cylinder spanning `box` (left, right)."""
        size = (self.w, self.h)
        mask = mask or _ss_mask(size, self._silhouette)
        left, right = box or (self.cx - self.R, self.cx + self.R)
        if self.tex is None:  # one texture per object: its band sits on the body
            top = max(0, round(self.rim_y - self.R * self.tilt))
            body = finish.paint(rng, (self.w, self.h - top))
            self.tex = Image.new("RGB", size, body.getpixel((0, body.height - 1)))
            self.tex.paste(body, (0, top))
        tex = self.tex
        span = (max(1, round(right - left)), self.h)
        shade = Image.new("L", size, 80)
        shade.paste(self._shade(span, self.view.light, finish.depth), (round(left), 0))
        lit = ImageChops.multiply(tex, _gray3(shade))
        hx = 0.3 + self.view.light * 0.5
        streak = Image.new("L", size, 0)
        streak.paste(_profile([v * finish.gloss for v in _bell(hx, 0.002)], span), (round(left), 0))
        lit.paste((255, 250, 244), (0, 0), streak)
        self.layer.paste(lit, (0, 0), mask)
        return mask

    def mouth(self, finish: Finish, *, t=0.0, lip=0.94):
        """An open mouth at height t: the far inner wall lit, the near one in shadow."""
        draw_box = self.ellipse(t, lip)
        x0, y0, x1, y1 = (round(c) for c in draw_box)
        size = (max(1, x1 - x0), max(1, y1 - y0))
        inside = _colorize(_profile(_ramp(0.95, -0.05, 0.9), size, vertical=True), *finish.inside)
        mask = _ss_mask(
            size, lambda d, s: d.ellipse([0, 0, size[0] * s - 1, size[1] * s - 1], fill=255)
        )
        rim = _ss_mask(
            (self.w, self.h), lambda d, s: d.ellipse([c * s for c in self.ellipse(t)], fill=255)
        )
        self.layer.paste(_mix(finish.side, WHITE, 0.35), (0, 0), rim)
        self.layer.paste(inside, (x0, y0), mask)

    def lid(self, finish: Finish, rng, *, t=0.0, scale=0.62, knob=True):
        """A lid sitting in the opening at height t, with a round knob."""
        box = self.ellipse(t, scale)
        seam = Image.new("L", (self.w, self.h), 0)
        ImageDraw.Draw(seam).ellipse(box, outline=255, width=max(1, round(self.R * 0.03)))
        dome = _ss_mask(
            (self.w, self.h),
            lambda d, s: d.ellipse(
                [box[0] * s, (box[1] - self.R * 0.12) * s, box[2] * s, box[3] * s], fill=255
            ),
        )
        self.paint(finish, rng, dome, box=(box[0], box[2]))
        self.layer.paste(_mix(finish.side, BLACK, 0.5), (0, 0), seam)
        if knob:
            k = self.R * 0.13
            top = box[1] - self.R * 0.12
            knob_mask = _ss_mask(
                (self.w, self.h),
                lambda d, s: d.ellipse([c * s for c in _box(self.cx, top, k, k * 0.8)], fill=255),
            )
            self.paint(finish, rng, knob_mask, box=(self.cx - k, self.cx + k))

    def handle_loop(self, finish: Finish, rng, *, side=-1, t=(0.2, 0.65), reach=0.45):
        """A loop handle on one side (cup, western teapot), painted before the body."""
        x = self.cx + side * self.R * self.radius(sum(t) / 2)
        y0, y1 = self._y(t[0]), self._y(t[1])
        box = [x - self.R * reach, y0, x + self.R * reach, y1]
        width = round(self.R * 0.1)

        def draw(d, s):
            d.ellipse([c * s for c in box], outline=255, width=width * s)

        self.paint(finish, rng, _ss_mask((self.w, self.h), draw), box=(box[0], box[2]))

    def handle_bail(self, finish: Finish, rng):
        """An arched handle over the top (dobin teapot, chirori), in bamboo or in metal."""
        r = self.R * 0.8
        box = [self.cx - r, self.rim_y - r * 1.1, self.cx + r, self.rim_y + r * 0.9]
        width = round(self.R * 0.07)

        def draw(d, s):
            d.arc([c * s for c in box], 190, 350, fill=255, width=width * s)

        self.paint(finish, rng, _ss_mask((self.w, self.h), draw), box=(box[0], box[2]))

    def spout(self, finish: Finish, rng, *, side=1, t=0.55, length=0.75, lift=0.55):
        """A spout leaving the body at height t and rising outwards, tapering."""
        x0 = self.cx + side * self.R * self.radius(t) * 0.85
        y0 = self._y(t)
        x1, y1 = x0 + side * self.R * length, y0 - self.R * lift
        w0, w1 = self.R * 0.2, self.R * 0.07
        pts = []
        for k in range(11):
            u = k / 10
            x = x0 + (x1 - x0) * u
            y = y0 + (y1 - y0) * (u**1.6)
            half = w0 + (w1 - w0) * u
            pts.append((x, y - half, x, y + half))
        outline = [(x, y) for x, y, _, _ in pts] + [(x, y) for x, _, _, y in reversed(pts)]

        def draw(d, s):
            d.polygon([(x * s, y * s) for x, y in outline], fill=255)
            d.ellipse([c * s for c in _box(x1, y1, w1 * 1.2, w1 * 0.7)], fill=255)

        lo, hi = sorted((x0, x1))
        self.paint(finish, rng, _ss_mask((self.w, self.h), draw), box=(lo, hi))
        hole = _ss_mask(
            (self.w, self.h),
            lambda d, s: d.ellipse([c * s for c in _box(x1, y1, w1, w1 * 0.5)], fill=255),
        )
        self.layer.paste(_mix(finish.inside[0], BLACK, 0.3), (0, 0), hole)

    def place(self, canvas, cx, foot_y):
        """Set the layer on the table with its foot at (cx, foot_y), with a contact shadow."""
        x0, y0 = round(cx - self.cx), round(foot_y - self.foot_y)
        rb = self.R * self.radius(1)
        _soft_shadow(
            canvas,
            (
                cx - rb * 1.1,
                foot_y - rb * self.tilt * 0.6,
                cx + rb * 1.4,
                foot_y + rb * self.tilt * 1.8,
            ),
            strength=0.55,
            blur=0.12,
        )
        canvas.paste(self.layer, (x0, y0), self.layer)
