"""The demo's scenes by the water: the river and its bridge, the port, the sea."""

from masthead.articles.demo.drawing import (
    Canvas,
    clouds,
    ground,
    mix,
    person,
    shade,
    sky,
    skyline_band,
    sun_disc,
    water,
    windows,
)


def draw_river(c: Canvas, *, bridge: bool, spires: bool) -> None:
    """A river crossing with a bridge (and fortresses on both banks), or an old town seen
    across the water."""
    p, rng = c.palette, c.rng
    horizon = rng.uniform(0.56, 0.62)
    sky(c, horizon)
    sun_disc(c, rng.uniform(0.2, 0.8), rng.uniform(0.16, 0.3), 0.045)
    clouds(c, 5, 0.06, 0.36, mix(p.top, p.bottom, 0.75))
    far = mix(p.far, p.bottom, 0.3)
    if spires:
        skyline_band(c, horizon, 0.05, 0.12, far, None, width=(0.03, 0.07))
        for _ in range(rng.randint(3, 5)):
            sx = rng.uniform(0.08, 0.92)
            sw = rng.uniform(0.018, 0.03)
            top = horizon - rng.uniform(0.2, 0.34)
            colour = shade(p.mid, rng.uniform(-0.1, 0.05))
            c.rect(sx - sw, top + 0.09, sx + sw, horizon, colour)
            c.poly([(sx - sw * 1.2, top + 0.09), (sx + sw * 1.2, top + 0.09), (sx, top)], colour)
            c.rect(sx - 0.002, top - 0.03, sx + 0.002, top, colour)
        skyline_band(c, horizon, 0.03, 0.08, p.mid, p.light, 0.3, width=(0.025, 0.06))
    else:
        # A fortress on each bank: walls and round towers.
        for side in (0, 1):
            x0 = 0.0 if side == 0 else rng.uniform(0.68, 0.74)
            x1 = rng.uniform(0.26, 0.32) if side == 0 else 1.0
            wall = mix(p.mid, p.far, 0.3 if side else 0.0)
            top = horizon - rng.uniform(0.08, 0.12)
            c.rect(x0, top, x1, horizon + 0.02, wall)
            for k in range(int((x1 - x0) / 0.03)):  # battlements
                bx = x0 + k * 0.03
                c.rect(bx, top - 0.015, bx + 0.015, top, wall)
            tx = x0 + (x1 - x0) * rng.uniform(0.25, 0.75)
            tower_top = horizon - rng.uniform(0.26, 0.33)
            c.rect(tx - 0.035, tower_top, tx + 0.035, horizon, wall)
            c.poly(
                [(tx - 0.045, tower_top), (tx + 0.045, tower_top), (tx, tower_top - 0.09)],
                shade(wall, -0.15),
            )
    water(c, horizon, mix(p.bottom, p.mid, 0.55), shade(p.light, 0.2))
    if bridge:
        deck = horizon + rng.uniform(0.04, 0.07)
        steel = p.near
        c.rect(-0.02, deck, 1.02, deck + 0.025, steel)
        spans = rng.randint(3, 4)
        for k in range(spans + 1):
            px = k / spans
            c.rect(px - 0.012, deck, px + 0.012, 1.0, shade(steel, -0.1))
        for k in range(spans):  # trusses
            a, b = k / spans, (k + 1) / spans
            c.line([(a, deck), ((a + b) / 2, deck - 0.08), (b, deck)], steel, 0.006)
            for j in range(1, 6):
                jx = a + (b - a) * j / 6
                c.line([(jx, deck), (jx, deck - 0.08 * (1 - abs(j / 3 - 1)))], steel, 0.003)
        x = rng.uniform(0.0, 0.08)
        while x < 1.0:  # people walking across
            person(
                c,
                x,
                deck,
                rng.uniform(0.045, 0.06),
                shade(steel, -0.2),
                coat=True,
                hat=rng.random() < 0.2,
            )
            x += rng.uniform(0.018, 0.07)
        c.rect(-0.02, deck - 0.035, 1.02, deck - 0.031, steel)  # the railing


def draw_port(c: Canvas) -> None:
    """Container cranes over a quay, stacks of containers and a ship."""
    p, rng = c.palette, c.rng
    horizon = rng.uniform(0.66, 0.72)
    sky(c, horizon)
    sun_disc(c, rng.uniform(0.1, 0.9), rng.uniform(0.15, 0.3), 0.04)
    clouds(c, 4, 0.06, 0.3, mix(p.top, p.bottom, 0.75))
    skyline_band(c, horizon, 0.02, 0.06, mix(p.far, p.bottom, 0.4), None)
    quay = horizon + 0.05
    water(c, horizon, mix(p.bottom, p.mid, 0.6), None)
    c.rect(0, horizon - 0.01, 1, quay, shade(p.mid, -0.1))
    # The ship alongside.
    sx = rng.uniform(0.05, 0.2)
    hull = shade(p.accent, -0.2)
    c.poly(
        [
            (sx, horizon - 0.04),
            (sx + 0.62, horizon - 0.04),
            (sx + 0.6, horizon + 0.04),
            (sx + 0.03, horizon + 0.04),
        ],
        hull,
    )
    c.rect(sx + 0.02, horizon - 0.16, sx + 0.08, horizon - 0.04, shade(p.light, 0.5))
    windows(
        c,
        sx + 0.025,
        horizon - 0.15,
        sx + 0.075,
        horizon - 0.06,
        2,
        4,
        shade(p.mid, -0.2),
        shade(p.light, 0.5),
        1.0,
    )
    box_colours = [
        p.accent,
        shade(p.accent, 0.3),
        mix(p.far, p.light, 0.3),
        shade(p.mid, 0.2),
        mix(p.accent, p.light, 0.5),
        (70, 110, 140),
    ]
    for col in range(14):  # containers on deck
        for row in range(rng.randint(1, 3)):
            bx = sx + 0.1 + col * 0.036
            by = horizon - 0.04 - (row + 1) * 0.028
            c.rect(bx, by, bx + 0.034, by + 0.026, rng.choice(box_colours))
    # Cranes: legs, a boom over the water, a machinery house.
    steel = p.near
    for k in range(rng.randint(2, 3)):
        x = 0.12 + k * rng.uniform(0.26, 0.32) + rng.uniform(0, 0.05)
        top = rng.uniform(0.14, 0.2)
        boom = top + 0.08
        c.line([(x, quay), (x + 0.03, boom)], steel, 0.008)
        c.line([(x + 0.14, quay), (x + 0.11, boom)], steel, 0.008)
        c.line([(x, quay - 0.12), (x + 0.14, quay - 0.12)], steel, 0.006)
        c.line([(x + 0.03, boom), (x + 0.14, quay - 0.12)], steel, 0.004)
        c.rect(x - 0.12, boom - 0.012, x + 0.28, boom + 0.004, steel)
        c.rect(x + 0.08, boom - 0.05, x + 0.15, boom - 0.012, steel)
        c.line([(x + 0.07, top - 0.02), (x - 0.1, boom - 0.012)], steel, 0.003)
        c.line([(x + 0.07, top - 0.02), (x + 0.26, boom - 0.012)], steel, 0.003)
        c.line([(x + 0.07, top - 0.02), (x + 0.07, boom - 0.05)], steel, 0.005)
        c.line([(x - 0.05, boom), (x - 0.05, boom + 0.14)], steel, 0.002)
        c.circle(x + 0.07, top - 0.025, 0.005, p.accent)
    # Stacks of containers on the quay, in front.
    ground(c, quay, shade(p.mid, -0.2))
    x = -0.02
    while x < 1.02:
        height = rng.randint(1, 4)
        for row in range(height):
            colour = shade(rng.choice(box_colours), -0.15)
            c.rect(x, 0.98 - (row + 1) * 0.07, x + 0.11, 0.98 - row * 0.07 - 0.004, colour)
            for rib in range(1, 8):
                rx = x + rib * 0.11 / 8
                c.rect(
                    rx,
                    0.98 - (row + 1) * 0.07 + 0.008,
                    rx + 0.002,
                    0.98 - row * 0.07 - 0.01,
                    shade(colour, -0.12),
                )
        x += 0.114 + (0.06 if rng.random() < 0.25 else 0.0)


def draw_sea(c: Canvas, *, tanker: bool) -> None:
    """A vessel on open water: a patrol boat under way, or a tanker at anchor."""
    p, rng = c.palette, c.rng
    horizon = rng.uniform(0.56, 0.64)
    sky(c, horizon)
    sun_x = rng.uniform(0.2, 0.8)
    sun_disc(c, sun_x, horizon - rng.uniform(0.08, 0.2), 0.05)
    clouds(c, 5, 0.05, 0.35, mix(p.top, p.bottom, 0.7))
    coast = mix(p.far, p.bottom, 0.4)
    c.poly(
        [(-0.05, horizon), (0.2, horizon - 0.03), (0.45, horizon - 0.015), (0.6, horizon)], coast
    )
    water(c, horizon, mix(p.bottom, p.mid, 0.6), shade(p.light, 0.2))
    hull = p.near
    side = rng.choice((-1, 1))
    if tanker:
        x0 = rng.uniform(0.1, 0.25)
        x1 = x0 + 0.68
        deck = horizon + 0.06
        bow, stern = (x1, x0) if side > 0 else (x0, x1)
        c.poly([(x0, deck), (x1, deck), (x1 - 0.01, deck + 0.07), (x0 + 0.01, deck + 0.07)], hull)
        c.rect(x0, deck + 0.045, x1, deck + 0.07, shade(p.accent, -0.35))
        c.poly(
            [(bow, deck), (bow + side * 0.03, deck - 0.02), (bow + side * 0.02, deck + 0.03)], hull
        )
        house = stern + (0.02 if side > 0 else -0.1)
        c.rect(house, deck - 0.13, house + 0.08, deck, shade(p.light, 0.5))
        windows(
            c,
            house + 0.005,
            deck - 0.12,
            house + 0.075,
            deck - 0.03,
            4,
            3,
            shade(p.near, 0.2),
            shade(p.light, 0.5),
            1.0,
        )
        c.rect(house + 0.03, deck - 0.19, house + 0.05, deck - 0.13, p.accent)
        for k in range(10):  # pipework on the deck
            px = x0 + 0.14 + k * 0.05 if side > 0 else x0 + 0.06 + k * 0.05
            c.rect(px, deck - 0.015, px + 0.004, deck, hull)
        c.rect(x0 + 0.1, deck - 0.012, x1 - 0.1, deck - 0.008, hull)
        c.line([(bow + side * 0.02, deck + 0.02), (bow + side * 0.1, 1.0)], shade(hull, 0.2), 0.002)
        c.rect(x0, deck + 0.07, x1, deck + 0.085, mix(hull, p.bottom, 0.6))  # reflection
    else:
        cx = rng.uniform(0.35, 0.65)
        deck = horizon + 0.1
        length = 0.44
        x0, x1 = cx - length / 2, cx + length / 2
        bow_x = x1 if side > 0 else x0
        white = shade(p.light, 0.6)
        c.poly(
            [
                (x0, deck),
                (x1, deck),
                (bow_x + side * 0.06, deck - 0.05),
                (x1 - 0.01 if side > 0 else x0 + 0.01, deck + 0.08),
                (x0 + 0.01 if side > 0 else x1 - 0.01, deck + 0.08),
            ],
            white,
        )
        c.poly(
            [
                (cx - 0.05 * side, deck - 0.004),
                (cx + 0.0 * side, deck - 0.004),
                (cx + 0.09 * side, deck + 0.07),
                (cx + 0.04 * side, deck + 0.07),
            ],
            p.accent,
        )
        c.poly(
            [
                (cx - 0.1 * side, deck - 0.004),
                (cx - 0.07 * side, deck - 0.004),
                (cx + 0.02 * side, deck + 0.07),
                (cx - 0.01 * side, deck + 0.07),
            ],
            (40, 70, 130),
        )
        c.rect(x0 + 0.01, deck + 0.06, x1 - 0.01, deck + 0.08, shade(p.near, 0.1))
        house_x0 = cx - 0.14 * side
        c.poly(
            [
                (house_x0, deck),
                (house_x0, deck - 0.12),
                (cx + 0.04 * side, deck - 0.12),
                (cx + 0.09 * side, deck),
            ],
            white,
        )
        c.rect(
            min(house_x0, cx + 0.04 * side) + 0.01,
            deck - 0.1,
            max(house_x0, cx + 0.04 * side) - 0.005,
            deck - 0.075,
            shade(p.near, -0.1),
        )
        mast = cx - 0.05 * side
        c.line([(mast, deck - 0.12), (mast, deck - 0.26)], shade(p.near, 0.2), 0.004)
        c.rect(mast - 0.025, deck - 0.262, mast + 0.025, deck - 0.252, shade(p.near, 0.2))  # radar
        c.circle(cx + 0.0 * side, deck - 0.135, 0.018, white)  # radome
        c.circle(mast, deck - 0.275, 0.006, p.accent)
        stern_x = x0 if side > 0 else x1
        for k in range(8):  # the wake
            wx = stern_x - side * (k * 0.06)
            c.rect(
                min(wx, wx - side * 0.05),
                deck + 0.075 + k * 0.012,
                max(wx, wx - side * 0.05),
                deck + 0.08 + k * 0.012,
                shade(mix(p.bottom, p.mid, 0.6), 0.4 - k * 0.04),
            )
