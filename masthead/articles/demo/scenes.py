"""The demo's lead images: flat, graphic illustrations of scenes that match the captions (a
river with a bridge, a courthouse, a theatre stage, port cranes …).

The article's slug seeds the palette and the composition, so every article gets its own
picture and the same article always gets the same one. Shapes are drawn at twice the size
and scaled down, which smooths their edges; drawing one takes a few tens of milliseconds.
"""

from collections.abc import Callable

from PIL import Image as PILImage

from masthead.articles.demo.drawing import (
    INDOORS,
    OUTDOORS,
    Canvas,
    Colour,
    Point,
    clouds,
    crowd,
    ground,
    mix,
    person,
    seeded,
    shade,
    sky,
    skyline_band,
    sun_disc,
    water,
    windows,
)

# Pictures that would read wrongly mirrored (writing, a shop's door on the usual side).
MIRROR_SENSITIVE = frozenset(
    {"studio", "exchange-office", "bookshop", "classroom", "reading-class"}
)


# Scenes -----------------------------------------------------------------------------------


def draw_skyline(c: Canvas) -> None:
    """Panel apartment blocks on the edge of a city."""
    p, rng = c.palette, c.rng
    horizon = rng.uniform(0.7, 0.78)
    sky(c, horizon)
    sun_disc(c, rng.uniform(0.15, 0.85), rng.uniform(0.18, 0.35), 0.05)
    clouds(c, 4, 0.08, 0.4, mix(p.top, p.bottom, 0.7))
    skyline_band(c, horizon, 0.08, 0.22, mix(p.far, p.bottom, 0.35), None)
    # The panel blocks: long slabs with a regular grid of windows.
    x = rng.uniform(-0.15, -0.02)
    while x < 1.0:
        bw = rng.uniform(0.16, 0.3)
        top = rng.uniform(0.2, 0.42)
        wall = shade(p.mid, rng.uniform(-0.08, 0.06))
        c.rect(x, top, x + bw, horizon + 0.02, wall)
        c.rect(x, top, x + bw, top + 0.012, shade(wall, -0.2))
        cols, rows = round(bw / 0.022), round((horizon - top) / 0.038)
        windows(
            c,
            x + 0.01,
            top + 0.025,
            x + bw - 0.01,
            horizon - 0.01,
            cols,
            rows,
            p.light,
            shade(wall, -0.25),
            0.22,
        )
        x += bw + rng.uniform(0.04, 0.12)
    ground(c, horizon + 0.02, p.near)
    for _ in range(rng.randint(3, 6)):  # bare trees
        tx = rng.uniform(0.02, 0.98)
        th = rng.uniform(0.12, 0.2)
        c.line([(tx, horizon + 0.06), (tx, horizon + 0.06 - th)], shade(p.near, -0.2), 0.006)
        for k in range(4):
            by = horizon + 0.06 - th * (0.45 + k * 0.13)
            side = 1 if k % 2 else -1
            c.line([(tx, by), (tx + side * 0.025, by - 0.04)], shade(p.near, -0.2), 0.004)


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


def draw_facade(c: Canvas) -> None:
    """A court building with columns, and a crowd of supporters waiting outside."""
    p, rng = c.palette, c.rng
    horizon = 0.78
    sky(c, horizon)
    clouds(c, 4, 0.05, 0.25, mix(p.top, p.bottom, 0.7))
    cx = rng.uniform(0.42, 0.58)
    half = rng.uniform(0.3, 0.36)
    stone = shade(p.far, 0.15)
    shadow = shade(stone, -0.22)
    top = 0.3
    # Pediment, entablature, columns, steps.
    c.poly([(cx - half - 0.02, top), (cx + half + 0.02, top), (cx, top - 0.13)], stone)
    c.poly(
        [(cx - half + 0.03, top - 0.008), (cx + half - 0.03, top - 0.008), (cx, top - 0.1)], shadow
    )
    c.rect(cx - half - 0.02, top, cx + half + 0.02, top + 0.06, stone)
    c.rect(cx - half, top + 0.045, cx + half, top + 0.052, shadow)
    c.rect(cx - half, top + 0.06, cx + half, horizon - 0.06, shadow)
    columns = rng.choice((6, 8))
    for k in range(columns):
        x = cx - half + 0.03 + k * (2 * half - 0.06) / (columns - 1)
        c.rect(x - 0.018, top + 0.06, x + 0.018, horizon - 0.06, stone)
        c.rect(x - 0.024, top + 0.06, x + 0.024, top + 0.075, stone)
        c.rect(x - 0.024, horizon - 0.075, x + 0.024, horizon - 0.06, stone)
        c.rect(x + 0.006, top + 0.075, x + 0.012, horizon - 0.075, shade(stone, -0.08))
    c.rounded(cx - 0.03, horizon - 0.2, cx + 0.03, horizon - 0.06, 0.01, shade(shadow, -0.35))
    for k in range(4):
        c.rect(
            cx - half - 0.03 - k * 0.02,
            horizon - 0.06 + k * 0.015,
            cx + half + 0.03 + k * 0.02,
            horizon - 0.045 + k * 0.015,
            shade(stone, -0.05 * k),
        )
    # Wings on either side, with tall windows.
    for side in (-1, 1):
        x0 = cx + side * (half + 0.03)
        x1 = x0 + side * 0.4
        c.rect(x0, top + 0.04, x1, horizon, shade(p.mid, 0.15))
        lo, hi = sorted((x0, x1))
        windows(
            c,
            lo + 0.02,
            top + 0.08,
            hi - 0.02,
            horizon - 0.06,
            6,
            3,
            shade(p.light, -0.1),
            shade(p.mid, -0.1),
            0.25,
        )
    # A flag.
    c.line([(cx, top - 0.13), (cx, top - 0.24)], shadow, 0.003)
    c.rect(cx, top - 0.24, cx + 0.05, top - 0.205, p.accent)
    ground(c, horizon, mix(p.near, p.mid, 0.4))
    crowd(c, 3, 1.02, 0.36, p.near, mix(p.near, p.mid, 0.6), density=0.8)
    # Two placards held up.
    for x in (rng.uniform(0.12, 0.4), rng.uniform(0.6, 0.88)):
        c.line([(x, 0.98), (x, 0.72)], shade(p.near, -0.2), 0.004)
        c.rect(x - 0.05, 0.66, x + 0.05, 0.74, shade(p.light, 0.4))
        c.rect(x - 0.035, 0.685, x + 0.035, 0.695, p.accent)
        c.rect(x - 0.035, 0.705, x + 0.02, 0.715, p.accent)


def draw_office(c: Canvas) -> None:
    """A modern public office: ribbon windows, flags by the entrance, people going in."""
    p, rng = c.palette, c.rng
    horizon = 0.8
    sky(c, horizon)
    sun_disc(c, rng.uniform(0.1, 0.3), rng.uniform(0.15, 0.3), 0.04)
    clouds(c, 4, 0.05, 0.3, mix(p.top, p.bottom, 0.7))
    skyline_band(c, 0.5, 0.04, 0.14, mix(p.far, p.bottom, 0.35), None)
    wall = shade(p.far, 0.3)
    glass = mix(p.top, p.mid, 0.45)
    x0, x1 = rng.uniform(0.06, 0.14), rng.uniform(0.86, 0.94)
    c.rect(x0, 0.18, x1, horizon, wall)
    c.rect(x0 - 0.01, 0.16, x1 + 0.01, 0.19, shade(wall, -0.15))
    for floor in range(5):  # ribbon windows, a few lit
        y = 0.23 + floor * 0.095
        c.rect(x0 + 0.02, y, x1 - 0.02, y + 0.05, glass)
        for k in range(int((x1 - x0 - 0.04) / 0.04)):
            wx = x0 + 0.02 + k * 0.04
            c.rect(wx, y, wx + 0.004, y + 0.05, shade(wall, -0.1))
            if rng.random() < 0.15:
                c.rect(wx + 0.004, y, wx + 0.04, y + 0.05, shade(p.light, -0.05))
    door = rng.uniform(0.35, 0.65)
    c.rect(door - 0.09, horizon - 0.14, door + 0.09, horizon, shade(p.near, 0.15))
    c.rect(door - 0.07, horizon - 0.12, door + 0.07, horizon, mix(p.light, glass, 0.5))
    c.rect(door - 0.002, horizon - 0.12, door + 0.002, horizon, shade(p.near, 0.15))
    c.rect(door - 0.12, horizon - 0.17, door + 0.12, horizon - 0.14, shade(p.near, -0.1))  # canopy
    c.rect(door - 0.08, horizon - 0.162, door + 0.08, horizon - 0.148, shade(p.light, 0.5))
    for k, fx in enumerate((door - 0.2, door + 0.17, door + 0.22)):  # flagpoles
        c.line([(fx, horizon), (fx, 0.42)], shade(p.near, 0.3), 0.003)
        if k == 0:  # carmine, white, carmine
            c.rect(fx, 0.42, fx + 0.07, 0.47, (158, 48, 57))
            c.rect(fx, 0.44, fx + 0.07, 0.45, (250, 250, 246))
        else:
            c.rect(fx, 0.42, fx + 0.07, 0.47, (0, 51, 153) if k == 1 else p.accent)
    ground(c, horizon, mix(p.near, p.mid, 0.5))
    c.rect(0, horizon, 1, horizon + 0.02, shade(p.far, 0.1))
    for k in range(rng.randint(2, 4)):
        x = rng.uniform(0.05, 0.95)
        if abs(x - door) < 0.1:
            x = door + 0.12
        person(c, x, rng.uniform(0.9, 0.99), rng.uniform(0.2, 0.24), p.near, hat=k == 1)


def draw_polling_outside(c: Canvas) -> None:
    """A town school on voting day: a banner over the door, a policeman, nobody else."""
    p, rng = c.palette, c.rng
    horizon = 0.78
    sky(c, horizon)
    clouds(c, 5, 0.05, 0.3, mix(p.top, p.bottom, 0.75))
    plaster = mix(p.far, (214, 190, 150), 0.35)
    x0, x1 = -0.05, 1.05
    c.rect(x0, 0.22, x1, horizon, plaster)
    c.rect(x0, 0.2, x1, 0.23, shade(plaster, -0.25))
    for floor in range(3):
        y = 0.28 + floor * 0.15
        for k in range(10):
            wx = 0.02 + k * 0.1
            if floor == 2 and 0.3 < wx < 0.66:
                continue
            c.rect(wx, y, wx + 0.055, y + 0.09, shade(plaster, -0.3))
            c.rect(wx + 0.004, y + 0.004, wx + 0.051, y + 0.086, mix(p.top, p.near, 0.4))
            c.rect(wx + 0.026, y + 0.004, wx + 0.03, y + 0.086, shade(plaster, -0.3))
    door = 0.5
    c.rect(door - 0.07, horizon - 0.19, door + 0.07, horizon - 0.02, shade(plaster, -0.2))
    c.rect(door - 0.055, horizon - 0.17, door + 0.055, horizon - 0.02, shade(p.near, 0.1))
    c.rect(door - 0.001, horizon - 0.17, door + 0.001, horizon - 0.02, shade(p.near, -0.2))
    for band, colour in enumerate(((245, 245, 240), (40, 80, 160), (200, 50, 50))):  # a banner
        c.rect(door - 0.13, 0.58 + band * 0.012, door + 0.13, 0.592 + band * 0.012, colour)
    c.rect(door + 0.09, horizon - 0.15, door + 0.15, horizon - 0.08, shade(p.light, 0.6))  # notice
    for line in range(3):
        c.rect(
            door + 0.1,
            horizon - 0.14 + line * 0.02,
            door + 0.14,
            horizon - 0.133 + line * 0.02,
            shade(p.near, 0.2),
        )
    for k in range(3):  # steps
        c.rect(
            door - 0.1 - k * 0.02,
            horizon - 0.02 + k * 0.012,
            door + 0.1 + k * 0.02,
            horizon - 0.008 + k * 0.012,
            shade(plaster, -0.1 * k),
        )
    ground(c, horizon + 0.016, mix(p.near, p.mid, 0.45))
    officer = door - 0.12
    person(
        c, officer, horizon + 0.01, 0.2, shade(p.near, -0.2), hat=True, phone=shade(p.light, 0.5)
    )
    for tx in (rng.uniform(0.03, 0.22), rng.uniform(0.78, 0.97)):  # birches in the yard
        bark = mix(plaster, (244, 244, 240), 0.7)
        for k in range(7):
            by = 0.36 + k * 0.075
            side = 1 if k % 2 else -1
            c.line([(tx, by + 0.03), (tx + side * 0.06, by - 0.05)], bark, 0.004)
            c.line([(tx + side * 0.04, by - 0.02), (tx + side * 0.05, by - 0.09)], bark, 0.003)
        c.rect(tx - 0.006, 0.33, tx + 0.006, 1.0, bark)
        for k in range(9):  # the black marks on birch bark
            my = 0.38 + k * 0.07 + rng.uniform(-0.02, 0.02)
            c.rect(tx - 0.006, my, tx + rng.uniform(-0.002, 0.004), my + 0.008, shade(p.near, -0.1))


def draw_crowd(c: Canvas) -> None:
    """People leaving a theatre at night, under its lit entrance."""
    p, rng = c.palette, c.rng
    c.gradient([p.top, p.bottom], 0, 0.7)
    wall = shade(p.mid, -0.1)
    c.rect(0, 0.0, 1, 0.75, wall)
    for k in range(6):  # rusticated stone
        c.rect(0, 0.1 + k * 0.11, 1, 0.105 + k * 0.11, shade(wall, -0.12))
    canopy_x = rng.uniform(0.25, 0.45)
    cw = rng.uniform(0.4, 0.5)
    for k in range(3):  # tall lit doors
        x = canopy_x + 0.04 + k * (cw - 0.08) / 2 - 0.04
        c.rounded(x, 0.32, x + 0.08, 0.75, 0.02, shade(p.light, -0.05))
        c.rect(x + 0.037, 0.32, x + 0.043, 0.75, shade(p.light, -0.3))
    c.glow(canopy_x + cw / 2, 0.3, 0.45, shade(p.light, -0.3))
    c.rect(canopy_x - 0.04, 0.2, canopy_x + cw + 0.04, 0.28, p.accent)
    for k in range(int((cw + 0.08) / 0.025)):  # bulbs along the canopy
        c.circle(canopy_x - 0.03 + k * 0.025, 0.29, 0.005, shade(p.light, 0.3))
    c.rect(canopy_x + 0.05, 0.225, canopy_x + cw - 0.05, 0.255, shade(p.light, 0.3))
    ground(c, 0.75, shade(p.near, 0.1))
    crowd(c, 4, 1.05, 0.5, p.near, mix(p.near, p.mid, 0.7), density=0.9)


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


def draw_newsroom(c: Canvas, *, meeting: bool) -> None:
    """Desks and laptops in front of a window onto the city."""
    p, rng = c.palette, c.rng
    c.gradient([p.top, p.bottom], 0, 1.0)
    # The window and the city beyond.
    outside = mix(p.top, (20, 30, 60), 0.5) if not meeting else mix(p.bottom, (200, 220, 240), 0.5)
    c.rect(0.05, 0.08, 0.95, 0.55, outside)
    skyline_band(c, 0.55, 0.05, 0.22, shade(outside, -0.25), p.light if not meeting else None, 0.3)
    for k in range(5):
        c.rect(0.05 + k * 0.225 - 0.006, 0.08, 0.05 + k * 0.225 + 0.006, 0.55, shade(p.mid, -0.2))
    c.rect(0.04, 0.07, 0.96, 0.085, shade(p.mid, -0.2))
    c.rect(0.04, 0.55, 0.96, 0.57, shade(p.mid, -0.2))
    if not meeting:
        c.glow(rng.uniform(0.3, 0.7), 0.62, 0.45, shade(p.light, -0.35))
    # The desk.
    desk = 0.74
    c.poly([(-0.05, desk), (1.05, desk), (1.05, 1.0), (-0.05, 1.0)], shade(p.mid, -0.05))
    c.rect(-0.05, desk, 1.05, desk + 0.015, shade(p.mid, 0.15))
    for k in range(2 if not meeting else 3):
        lx = 0.14 + k * (0.34 if meeting else 0.44) + rng.uniform(-0.03, 0.03)
        screen = mix(p.light, (150, 200, 255), 0.5)
        c.poly(
            [
                (lx, desk - 0.02),
                (lx + 0.22, desk - 0.02),
                (lx + 0.2, desk - 0.2),
                (lx + 0.02, desk - 0.2),
            ],
            shade(p.near, 0.1),
        )
        c.poly(
            [
                (lx + 0.015, desk - 0.03),
                (lx + 0.205, desk - 0.03),
                (lx + 0.188, desk - 0.19),
                (lx + 0.032, desk - 0.19),
            ],
            screen,
        )
        for line in range(5):  # lines of copy on the screen
            ly = desk - 0.17 + line * 0.025
            c.rect(
                lx + 0.05, ly, lx + 0.05 + rng.uniform(0.07, 0.12), ly + 0.008, shade(screen, -0.25)
            )
        c.rect(lx - 0.02, desk - 0.02, lx + 0.24, desk, shade(p.near, 0.25))
    # A mug, a notebook, a lamp.
    mx = rng.uniform(0.62, 0.68) if not meeting else 0.93
    c.rounded(mx, desk - 0.07, mx + 0.04, desk, 0.006, p.accent)
    c.rect(0.02, desk + 0.04, 0.2, desk + 0.07, shade(p.light, 0.5))
    c.rect(0.02, desk + 0.07, 0.2, desk + 0.075, shade(p.light, 0.1))
    if meeting:
        for x in (0.08, 0.36, 0.68, 0.9):  # colleagues around the table, seen from behind
            height = rng.uniform(0.5, 0.56)
            person(c, x, 1.15, height, shade(p.near, rng.uniform(-0.1, 0.1)), coat=False)
    else:
        c.line([(0.86, desk), (0.84, desk - 0.28), (0.76, desk - 0.34)], p.near, 0.006)
        c.poly([(0.72, desk - 0.36), (0.8, desk - 0.38), (0.79, desk - 0.3)], p.near)
        c.glow(0.77, desk - 0.3, 0.12, p.light)
        person(c, 0.52, 1.2, 0.6, shade(p.near, -0.2), coat=False)


def draw_studio(c: Canvas) -> None:
    """A television studio: the presenter's desk, a screen behind it, a camera in front."""
    p, rng = c.palette, c.rng
    c.gradient([shade(p.near, -0.3), p.near], 0, 1.0)
    screen = mix(p.accent, p.top, 0.4)
    c.rect(0.18, 0.1, 0.82, 0.56, shade(p.near, -0.4))
    c.gradient([screen, shade(screen, -0.4)], 0.12, 0.54, 0.195, 0.805)
    for k in range(9):  # a graphic of lines, like a world map grid
        c.line([(0.195, 0.14 + k * 0.045), (0.805, 0.14 + k * 0.045)], shade(screen, 0.12), 0.002)
    c.circle(rng.uniform(0.4, 0.6), 0.33, 0.14, shade(screen, 0.15))
    c.rect(0.195, 0.45, 0.6, 0.53, p.accent)
    c.rect(0.21, 0.47, 0.5, 0.485, shade(p.light, 0.6))
    c.rect(0.21, 0.495, 0.4, 0.51, shade(p.light, 0.4))
    for k in range(6):  # lights on the grid above
        x = 0.08 + k * 0.17
        c.rect(x - 0.02, 0.0, x + 0.02, 0.05, shade(p.near, -0.5))
        c.circle(x, 0.055, 0.012, shade(p.light, 0.2))
    person(c, 0.5, 0.75, 0.34, shade(p.near, -0.55), coat=False)
    c.poly([(0.3, 0.62), (0.7, 0.62), (0.66, 0.8), (0.34, 0.8)], shade(p.mid, 0.1))
    c.rect(0.3, 0.62, 0.7, 0.635, shade(p.light, 0.3))
    c.rect(0, 0.8, 1, 1, shade(p.near, -0.2))
    cam = rng.choice((0.14, 0.86))  # a camera on its pedestal, in the foreground
    dark = shade(p.near, -0.7)
    c.rect(cam - 0.09, 0.56, cam + 0.09, 0.7, dark)
    c.rect(
        cam - 0.12 if cam < 0.5 else cam + 0.06,
        0.59,
        cam - 0.06 if cam < 0.5 else cam + 0.12,
        0.66,
        dark,
    )
    c.rect(cam - 0.012, 0.7, cam + 0.012, 0.94, dark)
    c.poly([(cam, 0.9), (cam - 0.1, 1.0), (cam + 0.1, 1.0)], dark)
    c.circle(cam + (0.06 if cam < 0.5 else -0.06), 0.58, 0.008, p.accent)


def draw_metro(c: Canvas) -> None:
    """A vaulted metro platform, a train waiting, a commuter looking at her phone."""
    p, rng = c.palette, c.rng
    c.gradient([shade(p.mid, -0.2), p.mid, shade(p.far, 0.1)], 0, 0.8)
    # Vaulted ceiling: arches receding to a vanishing point.
    vx, vy = rng.uniform(0.55, 0.65), 0.45
    for k in range(7, 0, -1):
        t = k / 7
        w, h = 1.3 * t, 0.9 * t
        colour = mix(shade(p.far, 0.2), p.mid, 1 - t)
        c.draw.chord(
            c.box(vx - w / 2, vy - h * 0.55, vx + w / 2, vy + h * 0.55), 180, 360, fill=colour
        )
        c.draw.chord(
            c.box(vx - w / 2 + 0.01, vy - h * 0.55 + 0.01, vx + w / 2 - 0.01, vy + h * 0.55),
            180,
            360,
            fill=shade(colour, -0.08),
        )
    for k in range(6):  # lamps down the hall
        t = 1 - k / 6
        c.circle(vx + (0.0 - 0.1 * t), vy - 0.32 * t, 0.006 + 0.012 * t, shade(p.light, 0.3))
    # The train on the left, windows lit.
    train = mix(p.accent, (40, 60, 90), 0.5)
    c.poly([(-0.02, 0.28), (vx - 0.05, vy - 0.02), (vx - 0.05, vy + 0.05), (-0.02, 0.88)], train)
    for k in range(6):
        t0, t1 = k / 6, (k + 0.7) / 6
        xa, xb = -0.02 + (vx - 0.07) * t0, -0.02 + (vx - 0.07) * t1
        ya, yb = 0.36 + (vy - 0.36) * t0, 0.36 + (vy - 0.36) * t1
        c.poly(
            [
                (xa, ya),
                (xb, yb),
                (xb, yb + 0.22 * (1 - t1) + 0.02),
                (xa, ya + 0.22 * (1 - t0) + 0.02),
            ],
            shade(p.light, -0.05),
        )
    c.poly(
        [(-0.02, 0.7), (vx - 0.05, vy + 0.03), (vx - 0.05, vy + 0.035), (-0.02, 0.72)],
        shade(p.light, 0.3),
    )
    # The platform floor with its yellow edge line.
    floor = shade(p.far, 0.15)
    c.poly([(0.02, 1.0), (vx - 0.04, vy + 0.06), (1.0, vy + 0.06), (1.0, 1.0)], floor)
    c.poly(
        [(0.02, 1.0), (vx - 0.04, vy + 0.06), (vx - 0.03, vy + 0.06), (0.09, 1.0)], (236, 196, 72)
    )
    for k in range(5):  # columns
        t = 1 - k / 5
        x = vx + 0.05 + 0.45 * t
        c.rect(x - 0.02 * t, vy - 0.3 * t, x + 0.02 * t, vy + 0.06 + 0.45 * t, shade(p.far, 0.3))
    person(c, 0.33, 0.98, 0.6, shade(p.near, -0.3), coat=True, phone=shade(p.light, 0.5))
    c.glow(0.345, 0.52, 0.04, shade(p.light, 0.5))
    person(c, 0.78, 0.74, 0.28, mix(p.near, p.far, 0.3), coat=True, hat=True)


def draw_classroom(c: Canvas, *, children: bool) -> None:
    """A blackboard, a window, rows of desks (and children at them)."""
    p, rng = c.palette, c.rng
    c.gradient([p.top, p.bottom], 0, 0.72)
    c.rect(0, 0.6, 1, 0.72, shade(p.mid, 0.1))  # dado
    board_x = rng.uniform(0.08, 0.2)
    c.rect(board_x - 0.01, 0.12, board_x + 0.48, 0.5, shade(p.near, 0.3))
    c.rect(board_x, 0.13, board_x + 0.47, 0.49, (46, 74, 62))
    chalk = (226, 232, 222)
    for line in range(4):
        y = 0.19 + line * 0.07
        c.rect(board_x + 0.04, y, board_x + 0.04 + rng.uniform(0.15, 0.36), y + 0.008, chalk)
    c.circle(board_x + 0.4, 0.22, 0.04, (46, 74, 62))
    c.draw.arc(c.box(board_x + 0.37, 0.17, board_x + 0.43, 0.27), 0, 360, fill=chalk, width=4)
    wx = board_x + 0.56
    c.rect(wx, 0.1, wx + 0.3, 0.56, mix(p.light, (190, 220, 240), 0.6))
    c.rect(wx + 0.145, 0.1, wx + 0.155, 0.56, shade(p.mid, 0.3))
    c.rect(wx, 0.32, wx + 0.3, 0.33, shade(p.mid, 0.3))
    c.poly(
        [(wx, 0.56), (wx + 0.3, 0.56), (wx + 0.15, 0.72), (wx - 0.15, 0.72)],
        mix(p.bottom, p.light, 0.35),
    )
    c.rect(0, 0.72, 1, 1, shade(p.mid, -0.1))
    for row in range(2):  # desks, the nearer row bigger
        y = 0.76 + row * 0.14
        scale = 1 + row * 0.35
        for k in range(4):
            x = 0.1 + k * 0.25 + (0.03 if row else 0)
            if children:
                person(
                    c,
                    x + 0.05 * scale,
                    y + 0.1,
                    0.34 * scale,
                    shade(p.near, rng.uniform(-0.1, 0.15)),
                    coat=False,
                    child=True,
                )
            c.rect(
                x - 0.04 * scale,
                y,
                x + 0.14 * scale,
                y + 0.025,
                shade(p.accent, -0.1) if not children else shade(p.mid, -0.35),
            )
            c.rect(x - 0.03 * scale, y + 0.025, x - 0.02 * scale, y + 0.12, shade(p.near, 0.1))
            c.rect(x + 0.12 * scale, y + 0.025, x + 0.13 * scale, y + 0.12, shade(p.near, 0.1))
            if children and rng.random() < 0.7:  # an open book
                c.poly(
                    [(x, y), (x + 0.05 * scale, y - 0.02), (x + 0.1 * scale, y)],
                    shade(p.light, 0.6),
                )


def draw_polling(c: Canvas) -> None:
    """A school gym turned polling station: booths, a ballot box, nobody much."""
    p, rng = c.palette, c.rng
    c.gradient([p.top, p.bottom], 0, 0.7)
    for k in range(6):  # wall bars
        x = 0.04 + k * 0.03
        c.rect(x, 0.15, x + 0.008, 0.7, shade(p.mid, -0.1))
    for k in range(10):
        c.rect(0.04, 0.18 + k * 0.05, 0.2, 0.186 + k * 0.05, shade(p.mid, -0.1))
    hx = rng.uniform(0.6, 0.7)  # basketball hoop
    c.rect(hx - 0.07, 0.12, hx + 0.07, 0.26, shade(p.light, 0.6))
    c.rect(hx - 0.03, 0.18, hx + 0.03, 0.24, p.accent)
    c.rect(hx - 0.025, 0.185, hx + 0.025, 0.235, shade(p.light, 0.6))
    c.draw.ellipse(c.box(hx - 0.035, 0.25, hx + 0.035, 0.27), outline=p.accent, width=6)
    c.poly([(-0.1, 0.7), (1.1, 0.7), (1.1, 1.0), (-0.1, 1.0)], mix(p.accent, (200, 150, 90), 0.6))
    c.rect(-0.1, 0.8, 1.1, 0.806, shade(p.light, 0.5))  # court line
    c.draw.arc(c.box(0.3, 0.74, 0.9, 1.1), 180, 360, fill=shade(p.light, 0.5), width=8)
    for k in range(3):  # booths with curtains
        x = 0.26 + k * 0.15
        c.rect(x, 0.36, x + 0.12, 0.38, shade(p.near, 0.2))
        c.rect(x, 0.38, x + 0.12, 0.66, shade(p.accent, -0.2) if k != 1 else shade(p.accent, -0.05))
        for fold in range(4):
            c.rect(
                x + 0.015 + fold * 0.03, 0.38, x + 0.02 + fold * 0.03, 0.66, shade(p.accent, -0.35)
            )
        c.rect(x + 0.005, 0.66, x + 0.012, 0.74, shade(p.near, 0.2))
        c.rect(x + 0.108, 0.66, x + 0.115, 0.74, shade(p.near, 0.2))
    # The table and the ballot box, in front.
    c.rect(0.55, 0.72, 0.98, 0.75, shade(p.light, 0.4))
    c.rect(0.57, 0.75, 0.58, 0.94, shade(p.near, 0.2))
    c.rect(0.95, 0.75, 0.96, 0.94, shade(p.near, 0.2))
    glass = mix(p.bottom, (220, 235, 245), 0.6)
    c.rect(0.66, 0.5, 0.86, 0.72, glass)
    for _ in range(6):  # ballots inside
        bx = rng.uniform(0.68, 0.8)
        c.rect(bx, rng.uniform(0.66, 0.69), bx + 0.04, 0.715, shade(p.light, 0.7))
    c.rect(0.66, 0.5, 0.86, 0.515, (40, 70, 140))
    c.rect(0.73, 0.503, 0.79, 0.509, shade(p.near, -0.2))
    c.rect(0.66, 0.6, 0.86, 0.625, (40, 70, 140))
    person(c, rng.uniform(0.12, 0.2), 0.97, 0.46, shade(p.near, -0.1), coat=True)


def draw_courtroom(c: Canvas) -> None:
    """The defendants' cage, a bench behind it and a coat of arms on the wall."""
    p, rng = c.palette, c.rng
    c.gradient([p.top, p.bottom], 0, 0.72)
    for k in range(9):  # wall panelling
        x = k * 0.125
        c.rect(x + 0.01, 0.42, x + 0.115, 0.7, shade(p.bottom, -0.08))
    gold = mix(p.light, (200, 150, 60), 0.5)  # a coat of arms: a shield on the wall
    c.poly([(0.455, 0.08), (0.545, 0.08), (0.545, 0.19), (0.5, 0.25), (0.455, 0.19)], gold)
    c.poly([(0.465, 0.095), (0.535, 0.095), (0.535, 0.185), (0.5, 0.23), (0.465, 0.185)], p.accent)
    c.poly([(0.5, 0.11), (0.52, 0.16), (0.5, 0.21), (0.48, 0.16)], gold)
    c.rect(0.25, 0.36, 0.75, 0.45, shade(p.mid, -0.1))  # judge's bench
    c.rect(0.25, 0.35, 0.75, 0.365, shade(p.mid, 0.2))
    for x in (0.38, 0.5, 0.62):
        c.rounded(x - 0.035, 0.24, x + 0.035, 0.36, 0.02, shade(p.mid, -0.3))
    c.rect(0, 0.7, 1, 1, shade(p.mid, -0.15))
    # The cage: a frame of bars, a figure seated inside.
    x0 = rng.uniform(0.02, 0.08)
    x1 = x0 + rng.uniform(0.5, 0.58)
    person(c, x0 + 0.17, 0.88, 0.36, shade(p.near, 0.1), coat=True)
    person(c, x0 + 0.36, 0.9, 0.34, shade(p.near, 0.05), coat=False)
    c.rect(x0, 0.86, x1, 1.0, shade(p.mid, -0.4))
    metal = mix(p.near, p.light, 0.15)
    for k in range(int((x1 - x0) / 0.028) + 1):
        bx = x0 + k * 0.028
        c.rect(bx, 0.3, bx + 0.006, 0.86, metal)
    for y in (0.3, 0.5, 0.7):
        c.rect(x0, y, x1 + 0.006, y + 0.012, metal)
    # Benches for the public, seen from behind, on the right.
    for k in range(3):
        y = 0.8 + k * 0.08
        c.rect(x1 + 0.08, y, 1.05, y + 0.03, shade(p.mid, -0.3 - k * 0.05))
    for x in (x1 + 0.16, x1 + 0.3):
        c.circle(x, 0.76, 0.035, p.near)
        c.rounded(x - 0.05, 0.79, x + 0.05, 0.95, 0.03, p.near)


def draw_shelves(c: Canvas, *, goods: bool) -> None:
    """Shelves receding to one side: books in a library, or goods in a supermarket."""
    p, rng = c.palette, c.rng
    c.gradient([p.top, p.bottom], 0, 1.0)
    c.rect(0, 0.88, 1, 1, shade(p.mid, 0.2) if goods else shade(p.mid, -0.2))
    spines = [
        p.accent,
        shade(p.accent, 0.25),
        mix(p.far, p.light, 0.3),
        shade(p.mid, 0.2),
        (70, 98, 120),
        (120, 130, 84),
        (210, 190, 150),
        shade(p.near, 0.3),
    ]
    if goods:
        spines = [
            p.accent,
            (236, 196, 72),
            (96, 150, 190),
            (120, 170, 110),
            shade(p.light, 0.5),
            (214, 120, 70),
            (170, 80, 120),
        ]
    shelf_colour = shade(p.mid, 0.4) if goods else shade(p.mid, -0.25)
    x_end = 1.0
    gap = rng.uniform(0.1, 0.25) if not goods else 0.0
    for row in range(5):
        bottom = 0.06 + (row + 1) * 0.165
        c.rect(0, bottom - 0.012, x_end, bottom, shelf_colour)
        x = 0.0
        while x < x_end:
            if not goods and abs(x - 0.5) < gap / 2 and row in (1, 2):  # the gaps where books were
                x += 0.02
                continue
            if goods:
                w = rng.uniform(0.035, 0.06)
                h = rng.uniform(0.07, 0.13)
                colour = rng.choice(spines)
                c.rounded(
                    x + 0.003, bottom - 0.012 - h, x + w - 0.003, bottom - 0.012, 0.006, colour
                )
                c.rect(
                    x + 0.008,
                    bottom - 0.012 - h * 0.6,
                    x + w - 0.008,
                    bottom - 0.012 - h * 0.4,
                    shade(colour, 0.5),
                )
                x += w
            else:
                w = rng.uniform(0.012, 0.024)
                h = rng.uniform(0.1, 0.14)
                colour = shade(rng.choice(spines), rng.uniform(-0.1, 0.1))
                if rng.random() < 0.06:  # a leaning book
                    c.poly(
                        [
                            (x, bottom - 0.012),
                            (x + w, bottom - 0.012),
                            (x + w + 0.04, bottom - 0.012 - h * 0.9),
                            (x + 0.04, bottom - 0.012 - h),
                        ],
                        colour,
                    )
                    x += 0.04
                else:
                    c.rect(x, bottom - 0.012 - h, x + w, bottom - 0.012, colour)
                    c.rect(
                        x,
                        bottom - 0.012 - h * 0.8,
                        x + w,
                        bottom - 0.012 - h * 0.76,
                        shade(colour, 0.3),
                    )
                x += w + 0.001
    for k in range(4):  # uprights
        x = k / 3
        c.rect(x - 0.008, 0.04, x + 0.008, 0.88, shelf_colour)
    c.rect(0, 0.04, 1, 0.06, shelf_colour)
    if goods:
        c.rect(0, 0.0, 1, 0.04, shade(p.light, 0.3))
        shopper = rng.uniform(0.55, 0.8)
        person(c, shopper, 1.02, 0.7, shade(p.near, -0.2), coat=True)
        c.rounded(
            shopper + 0.04, 0.45, shopper + 0.08, 0.52, 0.005, (236, 196, 72)
        )  # the price tag
    else:
        c.glow(0.5, 0.0, 0.5, shade(p.light, -0.2))


def draw_shopfront(c: Canvas, *, kind: str) -> None:
    """A street-level shop at dusk: a bookshop, a currency exchange, or a row of empty
    units in a shopping centre."""
    p, rng = c.palette, c.rng
    if kind == "mall":
        c.gradient([shade(p.top, 0.3), shade(p.bottom, 0.2)], 0, 0.8)
        for k in range(4):  # skylights
            c.rect(0.05 + k * 0.25, 0.0, 0.2 + k * 0.25, 0.06, shade(p.light, 0.6))
        c.rect(0, 0.14, 1, 0.17, shade(p.mid, 0.3))
        lit = rng.randint(0, 3)
        for k in range(4):
            x = 0.02 + k * 0.245
            c.rect(x, 0.22, x + 0.225, 0.8, shade(p.mid, 0.1))
            c.rect(x + 0.01, 0.24, x + 0.215, 0.3, shade(p.near, 0.2) if k != lit else p.accent)
            if k == lit:
                c.rect(x + 0.01, 0.31, x + 0.215, 0.8, shade(p.light, 0.2))
                for shelf in range(3):
                    c.rect(
                        x + 0.03,
                        0.42 + shelf * 0.12,
                        x + 0.195,
                        0.43 + shelf * 0.12,
                        shade(p.mid, -0.1),
                    )
                c.rect(x + 0.05, 0.26, x + 0.17, 0.28, shade(p.light, 0.6))
            else:
                shutter = shade(p.far, 0.25)
                c.rect(x + 0.01, 0.31, x + 0.215, 0.8, shutter)
                for slat in range(20):
                    c.rect(
                        x + 0.01,
                        0.32 + slat * 0.024,
                        x + 0.215,
                        0.323 + slat * 0.024,
                        shade(shutter, -0.12),
                    )
                c.rect(x + 0.07, 0.5, x + 0.155, 0.56, shade(p.light, 0.7))  # a “to let” sign
                c.rect(x + 0.08, 0.52, x + 0.145, 0.53, p.accent)
        c.poly([(-0.1, 0.8), (1.1, 0.8), (1.1, 1.0), (-0.1, 1.0)], shade(p.far, 0.4))
        for k in range(7):
            c.line([(k * 0.18 - 0.05, 0.8), (k * 0.3 - 0.35, 1.0)], shade(p.far, 0.25), 0.002)
        person(c, rng.uniform(0.15, 0.85), 0.98, 0.3, shade(p.near, -0.1), coat=True)
        return
    horizon = 0.86
    c.gradient([p.top, p.bottom], 0, horizon)
    wall = shade(p.mid, 0.05)
    c.rect(0, 0.0, 1, horizon, wall)
    for k in range(8):  # brick courses
        c.rect(0, 0.05 + k * 0.1, 1, 0.054 + k * 0.1, shade(wall, -0.08))
    left = rng.uniform(0.12, 0.2)
    right = left + 0.66
    sign = p.accent
    c.rect(left - 0.02, 0.14, right + 0.02, 0.24, sign)
    c.rect(left + 0.06, 0.175, right - 0.06, 0.205, shade(p.light, 0.5))
    window = shade(p.light, -0.1) if kind == "exchange" else mix(p.near, p.top, 0.35)
    c.rect(left, 0.28, right - 0.18, 0.78, window)
    c.rect(right - 0.15, 0.28, right, 0.86, shade(p.near, -0.1))  # the door
    c.rect(right - 0.13, 0.32, right - 0.02, 0.62, mix(p.near, p.top, 0.3))
    c.circle(right - 0.135, 0.62, 0.007, shade(p.light, 0.2))
    if kind == "exchange":
        board = shade(p.near, -0.2)
        c.rect(left + 0.05, 0.33, right - 0.23, 0.66, board)
        for row in range(5):
            y = 0.36 + row * 0.06
            c.rect(left + 0.07, y, left + 0.13, y + 0.03, shade(p.light, 0.6))
            c.rect(left + 0.17, y, left + 0.27, y + 0.03, (120, 220, 140))
            c.rect(left + 0.3, y, right - 0.25, y + 0.03, (240, 120, 90))
        c.rect(left, 0.7, right - 0.18, 0.78, shade(p.mid, -0.2))
        person(c, right - 0.28, 0.96, 0.42, shade(p.near, -0.2), coat=True, hat=True)
    else:
        colours = [
            p.accent,
            shade(p.accent, 0.3),
            (70, 98, 120),
            (120, 130, 84),
            (210, 190, 150),
            shade(p.light, 0.2),
        ]
        for shelf in range(3):  # books in the dark window
            y = 0.42 + shelf * 0.12
            c.rect(left + 0.02, y, right - 0.2, y + 0.008, shade(p.near, 0.2))
            x = left + 0.025
            while x < right - 0.21:
                w = rng.uniform(0.01, 0.02)
                c.rect(
                    x,
                    y - rng.uniform(0.07, 0.095),
                    x + w,
                    y,
                    mix(rng.choice(colours), p.near, 0.45),
                )
                x += w + 0.002
        c.rect(right - 0.12, 0.42, right - 0.03, 0.5, shade(p.light, 0.6))  # “closed”
        c.rect(right - 0.11, 0.455, right - 0.04, 0.465, p.accent)
    c.rect(left - 0.01, 0.27, right - 0.17, 0.28, shade(p.near, 0.1))
    c.rect(left - 0.01, 0.78, right - 0.17, 0.8, shade(p.near, 0.1))
    ground(c, horizon, shade(p.far, -0.1))
    c.rect(0, horizon, 1, horizon + 0.015, shade(p.far, 0.2))
    lamp = 0.06 if left > 0.15 else 0.95
    c.rect(lamp - 0.006, 0.22, lamp + 0.006, 0.96, shade(p.near, -0.3))
    c.glow(lamp, 0.2, 0.12, p.light)
    c.rounded(lamp - 0.02, 0.18, lamp + 0.02, 0.23, 0.01, shade(p.near, -0.3))


def draw_stacks(c: Canvas, *, papers: bool) -> None:
    """Piles on a table by a window: old newspapers, or books beside a box of letters."""
    p, rng = c.palette, c.rng
    c.gradient([p.top, p.bottom], 0, 0.7)
    wx = rng.uniform(0.55, 0.65)
    c.rect(wx, 0.06, wx + 0.32, 0.6, mix(p.light, (200, 220, 240), 0.5))
    c.rect(wx + 0.155, 0.06, wx + 0.165, 0.6, shade(p.mid, 0.3))
    for k in range(1, 4):
        c.rect(wx, 0.06 + k * 0.135, wx + 0.32, 0.067 + k * 0.135, shade(p.mid, 0.3))
    c.poly(
        [(wx, 0.6), (wx + 0.32, 0.6), (wx + 0.22, 0.7), (wx - 0.12, 0.7)], mix(p.mid, p.light, 0.35)
    )
    table = 0.7
    c.rect(0, table, 1, 1, shade(p.mid, -0.15))
    c.rect(0, table, 1, table + 0.012, shade(p.mid, 0.1))
    paper = (226, 220, 204)
    if papers:
        x = 0.04
        for _ in range(rng.randint(4, 5)):
            height = rng.uniform(0.25, 0.55)
            width = rng.uniform(0.16, 0.22)
            layers = int(height / 0.012)
            for k in range(layers):
                y = table - (k + 1) * 0.012
                offset = rng.uniform(-0.008, 0.008)
                colour = mix(paper, (190, 176, 140), rng.uniform(0, 0.5))
                c.rect(x + offset, y, x + width + offset, y + 0.011, colour)
                c.rect(x + offset, y + 0.009, x + width + offset, y + 0.011, shade(colour, -0.25))
            top = table - layers * 0.012
            c.rect(x + 0.005, top - 0.006, x + width - 0.005, top, paper)
            c.rect(x + 0.02, top - 0.004, x + width * 0.6, top - 0.002, shade(p.near, 0.2))
            c.line(
                [(x + width / 2 - 0.004, table), (x + width / 2 - 0.004, top)],
                shade(p.accent, -0.2),
                0.003,
            )  # string
            x += width + rng.uniform(0.01, 0.04)
    else:
        colours = [p.accent, (70, 98, 120), (120, 130, 84), (210, 190, 150), shade(p.mid, 0.3)]
        y = table
        x = 0.1
        for _ in range(rng.randint(5, 7)):  # a stack of books
            h = rng.uniform(0.035, 0.06)
            w = rng.uniform(0.26, 0.34)
            off = rng.uniform(-0.02, 0.02)
            colour = rng.choice(colours)
            c.rect(x + off, y - h, x + w + off, y, colour)
            c.rect(x + off + w - 0.01, y - h + 0.005, x + w + off, y - 0.005, shade(paper, -0.05))
            y -= h
        # The new book standing on top, its cover a winter landscape.
        bx, bw, bh = x + 0.06, 0.14, 0.22
        c.rect(bx, y - bh, bx + bw, y, shade(p.light, 0.7))
        c.rect(bx + 0.015, y - bh + 0.02, bx + bw - 0.015, y - bh * 0.45, (70, 96, 130))
        c.poly(
            [
                (bx + 0.015, y - bh * 0.45),
                (bx + 0.05, y - bh * 0.62),
                (bx + 0.08, y - bh * 0.52),
                (bx + bw - 0.015, y - bh * 0.66),
                (bx + bw - 0.015, y - bh * 0.45),
            ],
            (220, 230, 240),
        )
        c.rect(bx + 0.03, y - bh * 0.32, bx + bw - 0.03, y - bh * 0.27, shade(p.near, 0.1))
        c.rect(bx + 0.04, y - bh * 0.2, bx + bw - 0.05, y - bh * 0.17, p.accent)
        # The cardboard box of letters beside it.
        kx = rng.uniform(0.56, 0.62)
        box = (176, 136, 92)
        c.rect(kx, table - 0.22, kx + 0.3, table, box)
        c.poly(
            [
                (kx, table - 0.22),
                (kx + 0.3, table - 0.22),
                (kx + 0.34, table - 0.3),
                (kx + 0.04, table - 0.3),
            ],
            shade(box, -0.2),
        )
        for k in range(5):  # letters sticking out
            lx = kx + 0.04 + k * 0.05
            c.rect(
                lx,
                table - 0.27 - rng.uniform(0, 0.04),
                lx + 0.06,
                table - 0.2,
                shade(paper, rng.uniform(-0.1, 0.05)),
            )
        c.rect(kx, table - 0.22, kx + 0.3, table - 0.2, shade(box, -0.1))
        c.rect(0.02, table + 0.06, 0.2, table + 0.09, shade(paper, -0.05))  # a photograph
        c.rect(0.03, table + 0.065, 0.11, table + 0.085, shade(p.near, 0.3))


SceneFn = Callable[[Canvas], None]


def _variant(fn: Callable[..., None], **options: object) -> SceneFn:
    return lambda c: fn(c, **options)


# Scene name → (how to draw it, whether it is indoors).
SCENES: dict[str, tuple[SceneFn, bool]] = {
    "skyline": (draw_skyline, False),
    "river-bridge": (_variant(draw_river, bridge=True, spires=False), False),
    "old-town": (_variant(draw_river, bridge=False, spires=True), False),
    "courthouse": (draw_facade, False),
    "office": (draw_office, False),
    "crowd": (draw_crowd, False),
    "stage": (draw_stage, True),
    "concert": (draw_concert, True),
    "port": (draw_port, False),
    "patrol-boat": (_variant(draw_sea, tanker=False), False),
    "tanker": (_variant(draw_sea, tanker=True), False),
    "factory": (_variant(draw_factory, workers=False), False),
    "factory-gate": (_variant(draw_factory, workers=True), False),
    "checkpoint": (_variant(draw_checkpoint, lorries=True), False),
    "border-queue": (_variant(draw_checkpoint, lorries=False), False),
    "newsroom": (_variant(draw_newsroom, meeting=False), True),
    "meeting": (_variant(draw_newsroom, meeting=True), True),
    "studio": (draw_studio, True),
    "metro": (draw_metro, True),
    "classroom": (_variant(draw_classroom, children=False), True),
    "reading-class": (_variant(draw_classroom, children=True), True),
    "polling-station": (draw_polling, True),
    "polling-school": (draw_polling_outside, False),
    "courtroom": (draw_courtroom, True),
    "library": (_variant(draw_shelves, goods=False), True),
    "supermarket": (_variant(draw_shelves, goods=True), True),
    "bookshop": (_variant(draw_shopfront, kind="books"), False),
    "exchange-office": (_variant(draw_shopfront, kind="exchange"), False),
    "shopping-centre": (_variant(draw_shopfront, kind="mall"), True),
    "books": (_variant(draw_stacks, papers=False), True),
    "newspapers": (_variant(draw_stacks, papers=True), True),
}


def scene(seed: str, name: str, size: tuple[int, int] = (1600, 900)) -> PILImage.Image:
    """An illustration of the named scene (see SCENES), its palette and composition drawn
    from the seed."""
    draw, indoors = SCENES[name]
    rng = seeded(f"{name}:{seed}")
    palette = rng.choice(INDOORS if indoors else OUTDOORS)
    canvas = Canvas(size, palette, rng)
    draw(canvas)
    if rng.random() < 0.5 and name not in MIRROR_SENSITIVE:
        return canvas.finish().transpose(PILImage.Transpose.FLIP_LEFT_RIGHT)
    return canvas.finish()
