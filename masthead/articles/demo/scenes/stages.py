"""The demo's stage scenes: a theatre and a concert."""

from masthead.articles.demo.drawing import (
    Canvas,
    Colour,
    mix,
    person,
    shade,
)


def _curtains(c: Canvas, colour: Colour, opening: float) -> None:
    """Stage curtains drawn back to the sides, with a valance across the top."""
    for side in (-1, 1):
        x_edge = 0.5 + side * opening
        outer = 0.0 if side < 0 else 1.0
        folds = 6
        for k in range(folds):
            t0, t1 = k / folds, (k + 1) / folds
            xa = outer + (x_edge - outer) * t0
            xb = outer + (x_edge - outer) * t1
            fold = shade(colour, -0.18 if k % 2 else 0.0)
            c.poly(
                [(xa, 0.0), (xb, 0.0), (xb + side * 0.01 * k, 1.0), (xa + side * 0.01 * k, 1.0)],
                fold,
            )
    c.rect(0, 0, 1, 0.12, shade(colour, -0.1))
    for k in range(12):
        x = k / 11
        c.circle(x, 0.12, 0.035, shade(colour, -0.1))


def draw_stage(c: Canvas) -> None:
    """Actors rehearsing on a small stage, with a row of chairs on it and lights above."""
    p, rng = c.palette, c.rng
    back = shade(p.near, 0.05)
    c.gradient([shade(back, -0.3), back], 0, 0.7)
    floor = 0.7
    c.poly([(0.08, floor), (0.92, floor), (1.05, 1.0), (-0.05, 1.0)], shade(p.mid, -0.1))
    for k in range(8):  # floorboards
        x = 0.08 + k * 0.12
        c.line([(x, floor), (-0.05 + k * 0.157, 1.0)], shade(p.mid, -0.2), 0.002)
    spot = rng.uniform(0.35, 0.65)
    c.poly(
        [(spot - 0.04, 0.0), (spot + 0.04, 0.0), (spot + 0.24, 0.9), (spot - 0.24, 0.9)],
        mix(back, p.light, 0.22),
    )
    c.draw.ellipse(c.box(spot - 0.24, 0.85, spot + 0.24, 0.95), fill=mix(p.mid, p.light, 0.4))
    for k in range(rng.randint(3, 5)):  # the corridor's plastic chairs
        x = 0.18 + k * 0.07 + (0.0 if k < 3 else 0.28)
        chair = shade(p.accent, 0.2) if k % 2 else p.accent
        c.rect(x, 0.66, x + 0.05, 0.68, chair)
        c.rect(x + 0.005, 0.56, x + 0.045, 0.62, chair)
        c.rect(x + 0.005, 0.68, x + 0.01, 0.76, chair)
        c.rect(x + 0.04, 0.68, x + 0.045, 0.76, chair)
    person(c, spot - 0.06, 0.9, 0.42, shade(p.near, -0.4), coat=True)
    person(c, spot + 0.07, 0.88, 0.38, shade(p.near, -0.3), coat=False, hat=rng.random() < 0.5)
    _curtains(c, p.accent, rng.uniform(0.34, 0.4))
    for k in range(5):  # the lighting bar
        x = 0.2 + k * 0.15
        c.rounded(x - 0.015, 0.13, x + 0.015, 0.17, 0.01, shade(p.near, -0.3))
        c.circle(x, 0.17, 0.008, shade(p.light, 0.3))


def draw_concert(c: Canvas) -> None:
    """A band on a club stage, heads and raised hands in front."""
    p, rng = c.palette, c.rng
    c.gradient([shade(p.near, -0.3), p.near, shade(p.mid, -0.1)], 0, 1.0)
    beams = [p.accent, p.light, shade(p.accent, 0.3), mix(p.light, p.accent, 0.5)]
    for k in range(4):
        x = 0.15 + k * 0.23 + rng.uniform(-0.03, 0.03)
        tx = x + rng.uniform(-0.25, 0.25)
        c.poly(
            [(x - 0.01, 0.0), (x + 0.01, 0.0), (tx + 0.12, 0.75), (tx - 0.12, 0.75)],
            mix(p.near, beams[k], 0.35),
        )
    c.rect(0, 0.7, 1, 0.76, shade(p.mid, -0.2))
    c.rect(0, 0.76, 1, 1.0, shade(p.near, -0.5))
    figure = shade(p.near, -0.6)
    wood = shade(p.accent, -0.35)
    # The drum kit at the back: bass drum, toms, cymbals, and the drummer behind them.
    person(c, 0.5, 0.66, 0.3, shade(p.near, -0.45), coat=False)
    for cx, cy in ((0.4, 0.47), (0.61, 0.45)):
        c.line([(cx, cy), (cx, 0.71)], figure, 0.003)
        c.draw.ellipse(
            c.box(cx - 0.045, cy - 0.008, cx + 0.045, cy + 0.008), fill=shade(p.light, -0.2)
        )
    c.rounded(0.43, 0.55, 0.47, 0.6, 0.01, wood)
    c.rounded(0.53, 0.55, 0.57, 0.6, 0.01, wood)
    c.circle(0.5, 0.63, 0.085, wood)
    c.circle(0.5, 0.63, 0.065, shade(p.light, 0.3))
    c.rect(0.45, 0.62, 0.55, 0.64, p.accent)
    # The band in front: guitar, voice, bayan, bass.
    c.rect(0.02, 0.58, 0.12, 0.71, shade(p.near, -0.4))  # amplifier
    c.circle(0.07, 0.645, 0.03, shade(p.near, -0.1))
    for k, x in enumerate((0.22, 0.36, 0.68, 0.84)):
        height = rng.uniform(0.38, 0.43)
        person(c, x, 0.72, height, figure, coat=False, hat=rng.random() < 0.3)
        chest = 0.72 - height * 0.55
        if k in (0, 3):  # a guitar slung low
            c.line([(x - 0.02, chest + 0.06), (x + 0.1, chest - 0.05)], wood, 0.007)
            c.circle(x - 0.025, chest + 0.07, 0.04, wood)
            c.circle(x + 0.0, chest + 0.04, 0.03, wood)
            c.circle(x - 0.02, chest + 0.06, 0.01, figure)
        elif k == 1:  # at the microphone
            c.line([(x + 0.04, 0.72), (x + 0.04, chest - 0.02)], shade(p.light, -0.4), 0.003)
            c.line(
                [(x + 0.04, chest - 0.02), (x + 0.01, chest - 0.05)], shade(p.light, -0.4), 0.003
            )
        else:  # a bayan, its bellows open
            c.rect(x - 0.06, chest, x - 0.035, chest + 0.1, wood)
            c.rect(x + 0.035, chest, x + 0.06, chest + 0.1, wood)
            for fold in range(5):
                fx = x - 0.035 + fold * 0.014
                c.rect(fx, chest + 0.005, fx + 0.008, chest + 0.095, shade(p.light, -0.1))
    heads = shade(p.near, -0.75)
    x = -0.02
    while x < 1.03:
        y = rng.uniform(0.86, 0.92)
        c.circle(x, y, rng.uniform(0.035, 0.045), heads)
        c.rounded(x - 0.05, y + 0.03, x + 0.05, 1.1, 0.03, heads)
        if rng.random() < 0.25:  # a raised arm
            c.line([(x + 0.03, y + 0.04), (x + 0.06, y - 0.12)], heads, 0.022)
            c.circle(x + 0.06, y - 0.125, 0.016, heads)
        x += rng.uniform(0.06, 0.09)
