"""The demo's street scenes: the skyline, official buildings, offices, crowds, shopfronts
(see scenes/__init__)."""

from masthead.articles.demo.drawing import (
    Canvas,
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
