"""Turned kinds: cups, bowls, teapots, kettles, flasks and vases, tea caddies."""

import math

from .laque import _render_laque
from .turned import _Body


def _foot_y(view, height):
    return view.cy + height * 0.5


def _render_cup(canvas, rng, view, finish):
    """A tall tea cup (yunomi), a beaker or a mug; sometimes with a handle, sometimes a pair."""
    R = view.scale * rng.uniform(0.22, 0.26)
    height = R * rng.uniform(1.4, 1.8)
    flare = rng.uniform(0.72, 0.85)
    pair = rng.random() < 0.35
    handle = not pair and rng.random() < 0.35
    cups = [(-0.26, 0.85), (0.24, 1.0)] if pair else [(0.0, 1.0)]
    for offset, size in cups:
        body = _Body(view, R * size, height * size, lambda t, f=flare: f + (1 - f) * (1 - t) ** 1.5)
        if handle:
            body.handle_loop(finish, rng, side=1, t=(0.2, 0.7), reach=0.35)
        body.paint(finish, rng)
        body.mouth(finish)
        body.place(canvas, view.cx + offset * view.scale, _foot_y(view, height))


def _render_bowl(canvas, rng, view, finish, material):
    if material == "laque":  # the lacquer module's own bowls: single, or a black and red pair
        _render_laque(canvas, rng, view)
        return
    R = view.scale * rng.uniform(0.36, 0.42)
    height = R * rng.uniform(0.7, 0.85)

    def bowl(t):
        return 0.42 + 0.58 * math.cos(t * math.pi / 2) ** 0.7

    body = _Body(view, R, height, bowl)
    body.paint(finish, rng)
    body.mouth(finish, lip=0.96)
    body.place(canvas, view.cx, _foot_y(view, height))


def _render_teapot(canvas, rng, view, finish, *, bail=None):
    """A round teapot: lid and knob, a spout on one side, a loop handle opposite or an
    arched handle over the top (dobin, or the chirori sake warmer)."""
    R = view.scale * rng.uniform(0.28, 0.32)
    height = R * rng.uniform(1.05, 1.25)

    def pot(t):
        return 0.6 + 0.4 * math.sin(math.pi * min(1.0, 0.18 + t * 0.82)) ** 0.6

    body = _Body(view, R, height, pot)
    bail = rng.random() < 0.3 if bail is None else bail
    side = rng.choice([-1, 1])
    if not bail:
        body.handle_loop(finish, rng, side=-side, t=(0.15, 0.75), reach=0.38)
    body.paint(finish, rng)
    body.spout(finish, rng, side=side)
    body.lid(finish, rng)
    if bail:
        body.handle_bail(finish, rng)
    body.place(canvas, view.cx, _foot_y(view, height))


def _render_kettle(canvas, rng, view, finish):
    _render_teapot(canvas, rng, view, finish, bail=True)


def _render_vessel(canvas, rng, view, finish):
    """A sake flask (tokkuri) or a bud vase: a round belly, a narrow neck, a small lip; or a
    wide storage jar."""
    jar = rng.random() < 0.3
    R = view.scale * (rng.uniform(0.26, 0.3) if jar else rng.uniform(0.2, 0.24))
    height = R * (rng.uniform(1.4, 1.6) if jar else rng.uniform(2.3, 2.7))
    neck = rng.uniform(0.55, 0.65) if jar else rng.uniform(0.22, 0.3)
    swell = 0.35 if jar else 0.62

    def flask(t):
        if t < 0.06:
            return neck * 1.25
        if t < swell * 0.55:
            return neck
        u = (t - swell * 0.55) / (1 - swell * 0.55)
        return neck + (1 - neck) * math.sin(math.pi * min(1.0, 0.05 + u * 0.85)) ** 0.8

    body = _Body(view, R, height, flask)
    body.paint(finish, rng)
    body.mouth(finish, lip=0.8)
    body.place(canvas, view.cx, _foot_y(view, height))


def _render_caddy(canvas, rng, view, finish):
    """A tea caddy: a straight cylinder (or a rounded natsume) with a lid seam near the top."""
    R = view.scale * rng.uniform(0.24, 0.28)
    height = R * rng.uniform(1.3, 1.7)
    rounded = rng.random() < 0.4

    def caddy(t):
        if rounded:
            return 0.7 + 0.3 * math.sin(math.pi * min(1.0, 0.25 + t * 0.75)) ** 0.5
        return 1.0 if t < 0.94 else 0.96

    body = _Body(view, R, height, caddy)
    body.paint(finish, rng)
    body.lid(finish, rng, scale=0.99 if not rounded else 0.7, knob=False)
    seam = body.ellipse(0.25)
    from PIL import ImageDraw

    ImageDraw.Draw(body.layer).arc(
        seam, 0, 180, fill=(30, 24, 20, 200), width=max(1, round(R * 0.02))
    )
    body.place(canvas, view.cx, _foot_y(view, height))
