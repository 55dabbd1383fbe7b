"""The demo's scenes of work and borders: factories, the border post (see scenes/__init__)."""

from masthead.articles.demo.drawing import (
    Canvas,
    Colour,
    Point,
    clouds,
    crowd,
    ground,
    mix,
    person,
    shade,
    sky,
    skyline_band,
    sun_disc,
    windows,
)


def draw_factory(c: Canvas, *, workers: bool) -> None:
    """A plant with chimneys and sheds, and the shift leaving through the gate."""
    p, rng = c.palette, c.rng
    horizon = 0.72
    sky(c, horizon)
    clouds(c, 3, 0.05, 0.25, mix(p.top, p.bottom, 0.7))
    skyline_band(c, horizon, 0.04, 0.1, mix(p.far, p.bottom, 0.4), None)
    wall = p.mid
    # Sawtooth sheds.
    x0, x1 = -0.02, 1.02
    shed_top = horizon - 0.18
    c.rect(x0, shed_top, x1, horizon + 0.02, wall)
    teeth = 12
    for k in range(teeth):
        a = x0 + (x1 - x0) * k / teeth
        b = x0 + (x1 - x0) * (k + 1) / teeth
        c.poly([(a, shed_top), (a, shed_top - 0.06), (b, shed_top)], wall)
        c.rect(a + 0.002, shed_top - 0.055, a + 0.012, shed_top, shade(p.light, -0.1))
    windows(
        c,
        0.01,
        shed_top + 0.03,
        0.99,
        horizon - 0.02,
        22,
        2,
        shade(p.light, -0.05),
        shade(wall, -0.2),
        0.35,
    )
    # Chimneys with smoke drifting one way.
    drift = rng.choice((-1, 1))
    for _ in range(rng.randint(2, 4)):
        x = rng.uniform(0.1, 0.9)
        top = rng.uniform(0.2, 0.3)
        width = rng.uniform(0.02, 0.03)
        chimney = shade(wall, -0.15)
        c.poly(
            [
                (x - width, shed_top),
                (x + width, shed_top),
                (x + width * 0.7, top),
                (x - width * 0.7, top),
            ],
            chimney,
        )
        for band in (0.03, 0.07):
            c.rect(x - width * 0.72, top + band, x + width * 0.72, top + band + 0.015, p.accent)
        smoke = mix(p.bottom, p.far, 0.25)
        for j in range(6):
            r = 0.018 + j * 0.01
            c.circle(
                x + drift * (0.025 + j * 0.05),
                top - 0.025 - j * 0.012,
                r,
                mix(smoke, p.top, j * 0.12),
            )
    ground(c, horizon + 0.02, shade(p.near, 0.05))
    # The fence and gate.
    gate = rng.uniform(0.35, 0.65)
    for k in range(50):
        fx = k * 0.021
        if abs(fx - gate) > 0.09:
            c.rect(fx, horizon - 0.03, fx + 0.004, horizon + 0.06, shade(p.near, -0.1))
    c.rect(0, horizon - 0.02, 1, horizon - 0.014, shade(p.near, -0.1))
    c.rect(gate - 0.1, horizon - 0.09, gate - 0.09, horizon + 0.06, shade(p.near, -0.2))
    c.rect(gate + 0.09, horizon - 0.09, gate + 0.1, horizon + 0.06, shade(p.near, -0.2))
    c.rect(gate - 0.1, horizon - 0.1, gate + 0.1, horizon - 0.085, shade(p.near, -0.2))
    if workers:
        crowd(
            c,
            3,
            1.02,
            0.32,
            shade(p.near, -0.3),
            p.near,
            density=0.7,
            x0=gate - 0.45,
            x1=gate + 0.45,
        )


def _lorry(c: Canvas, x: float, base: float, height: float, body: Colour) -> None:
    """A lorry seen from the front: the cab, and the trailer's box behind it."""
    p = c.palette
    w = height * 0.62 * c.h / c.w
    trailer = mix(p.far, (236, 236, 232), 0.55)
    c.rect(x - w * 0.52, base - height, x + w * 0.52, base - height * 0.4, shade(trailer, -0.3))
    c.rect(x - w * 0.49, base - height * 0.98, x + w * 0.49, base - height * 0.4, trailer)
    c.rect(
        x - w * 0.49, base - height * 0.98, x + w * 0.49, base - height * 0.92, shade(trailer, -0.1)
    )
    c.rounded(
        x - w * 0.44, base - height * 0.66, x + w * 0.44, base - height * 0.1, 0.01 * height, body
    )
    c.rect(
        x - w * 0.36,
        base - height * 0.6,
        x + w * 0.36,
        base - height * 0.42,
        mix(p.top, p.near, 0.5),
    )
    c.rect(
        x - w * 0.26, base - height * 0.34, x + w * 0.26, base - height * 0.17, shade(body, -0.3)
    )
    for k in range(4):
        gy = base - height * (0.31 - k * 0.04)
        c.rect(x - w * 0.24, gy, x + w * 0.24, gy + height * 0.012, shade(body, -0.05))
    c.rect(
        x - w * 0.46, base - height * 0.12, x + w * 0.46, base - height * 0.05, shade(p.near, 0.2)
    )
    for side in (-1, 1):
        c.rect(
            x + side * w * 0.44, base - height * 0.05, x + side * w * 0.3, base, shade(p.near, -0.4)
        )
        c.circle(
            x + side * w * 0.34,
            base - height * 0.22,
            height * 0.035 * c.h / c.unit,
            shade(p.light, 0.5),
        )


def draw_checkpoint(c: Canvas, *, lorries: bool) -> None:
    """A border post on a road: a canopy over the lanes, booths, a striped barrier, and a
    queue of lorries (or of people on foot, with their bags) waiting to cross."""
    p, rng = c.palette, c.rng
    horizon = 0.56
    sky(c, horizon)
    sun_disc(c, rng.uniform(0.1, 0.9), rng.uniform(0.12, 0.28), 0.04)
    clouds(c, 4, 0.05, 0.3, mix(p.top, p.bottom, 0.75))
    c.poly(
        [
            (-0.1, horizon + 0.01),
            (0.3, horizon - 0.035),
            (0.7, horizon - 0.02),
            (1.1, horizon - 0.05),
            (1.1, horizon + 0.02),
        ],
        mix(p.far, p.bottom, 0.4),
    )
    ground(c, horizon, mix(p.near, p.mid, 0.5))
    vp = rng.uniform(0.44, 0.56)
    spread = 0.75  # the road's half-width at the bottom edge

    def road_x(y: float, offset: float) -> float:
        """Where a point `offset` half-widths from the centre line appears at height y."""
        return vp + offset * spread * (y - horizon) / (1 - horizon)

    c.poly(
        [
            (road_x(horizon, -1), horizon),
            (road_x(horizon, 1), horizon),
            (road_x(1.0, 1), 1.0),
            (road_x(1.0, -1), 1.0),
        ],
        shade(p.mid, -0.15),
    )
    y = horizon + 0.01
    while y < 1.0:  # dashes down the centre line, longer as they come closer
        length = (y - horizon) * 0.25
        c.poly(
            [
                (road_x(y, -0.012), y),
                (road_x(y, 0.012), y),
                (road_x(y + length, 0.012), y + length),
                (road_x(y + length, -0.012), y + length),
            ],
            shade(p.light, 0.4),
        )
        y += length * 2.2 + 0.004
    # The customs post in the distance: a canopy on pillars, two booths.
    post_y = horizon + 0.05
    depth = (post_y - horizon) / (1 - horizon)
    half = spread * depth * 1.6
    c.rect(vp - half, post_y - 0.14, vp + half, post_y - 0.11, shade(p.far, 0.25))
    c.rect(vp - half, post_y - 0.11, vp + half, post_y - 0.103, p.accent)
    for k in range(5):
        px = vp - half * 0.92 + k * half * 0.46
        c.rect(px - 0.003, post_y - 0.103, px + 0.003, post_y, shade(p.far, -0.1))
    for side in (-1, 1):
        bx = vp + side * half * 0.5
        c.rect(bx - 0.025, post_y - 0.065, bx + 0.025, post_y, shade(p.light, 0.45))
        c.rect(bx - 0.018, post_y - 0.055, bx + 0.018, post_y - 0.03, mix(p.top, p.near, 0.4))
    if lorries:
        for lane in (-0.5, 0.5):  # two lanes of lorries, nose to tail towards the post
            base = 0.76 if lane < 0 else rng.uniform(0.66, 0.72)
            queue = []
            while base - horizon > 0.06:
                queue.append(base)
                base = horizon + (base - horizon) * 0.72
            colours = [p.accent, (70, 110, 140), (120, 130, 84), (214, 160, 64), (60, 64, 72)]
            for base in reversed(queue):
                height = (base - horizon) * 1.5
                _lorry(c, road_x(base, lane), base, height, rng.choice(colours))
    else:
        # A railing along the walkway, and the queue on foot in front of it.
        def rail(y: float, up: float) -> Point:
            return (road_x(y, -0.98), y - (y - horizon) * up)

        metal = shade(p.near, -0.2)
        c.line([rail(horizon + 0.03, 0.5), rail(1.1, 0.5)], metal, 0.005)
        c.line([rail(horizon + 0.03, 0.25), rail(1.1, 0.25)], metal, 0.003)
        y = horizon + 0.03
        while y < 1.1:
            c.line(
                [rail(y, 0.0), rail(y, 0.5)], metal, 0.004 * (y - horizon) / (1 - horizon) + 0.001
            )
            y = horizon + (y - horizon) * 1.35
        base = 0.99
        people = []
        while base - horizon > 0.05:
            people.append(base)
            base = horizon + (base - horizon) * 0.84
        for k, base in enumerate(reversed(people)):
            height = (base - horizon) * rng.uniform(0.95, 1.08)
            x = road_x(base, -0.7) + rng.uniform(-0.004, 0.004)
            near = (base - horizon) / (1 - horizon)
            person(
                c, x, base, height, mix(p.near, p.mid, 0.35 * (1 - near)), hat=rng.random() < 0.25
            )
            if k % 3 != 1:  # a bag or a suitcase
                bag = height * 0.16
                bx = x + height * 0.11 * c.h / c.w
                c.rounded(
                    bx, base - bag, bx + bag * 0.8 * c.h / c.w, base, 0.004, shade(p.accent, -0.25)
                )
    # The barrier, nearest of all: a striped arm across our side of the road.
    bar_y = 0.84 if lorries else 0.82
    post = road_x(bar_y, -0.9 if lorries else -0.2)
    c.rect(post - 0.01, bar_y - 0.02, post + 0.01, bar_y + 0.16, shade(p.near, -0.3))
    stripes = 8
    end = road_x(bar_y, 0.0 if lorries else 1.05)
    for k in range(stripes):
        colour = p.accent if k % 2 == 0 else shade(p.light, 0.7)
        xa = post + (end - post) * k / stripes
        xb = post + (end - post) * (k + 1) / stripes
        c.rect(xa, bar_y, xb, bar_y + 0.02, colour)
    c.circle(post, bar_y - 0.035, 0.014, p.accent)
