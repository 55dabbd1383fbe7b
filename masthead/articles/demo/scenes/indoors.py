"""The demo's indoor scenes: newsrooms, a studio, the metro, classrooms, a polling station,
a courtroom, shelves and stacks of paper."""

from masthead.articles.demo.drawing import (
    Canvas,
    mix,
    person,
    shade,
    skyline_band,
)


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
