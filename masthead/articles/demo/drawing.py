"""A small toolkit for the demo's flat, graphic illustrations (see scenes/): palettes,
a canvas measured in fractions of the picture, people, skies, water and buildings."""

import hashlib
import random
from collections.abc import Sequence
from dataclasses import dataclass

from PIL import Image as PILImage
from PIL import ImageDraw

Colour = tuple[int, int, int]
Point = tuple[float, float]

SUPERSAMPLE = 2
_RADIAL = PILImage.radial_gradient("L")  # 0 at the centre, 181 at the middle of each edge


@dataclass(frozen=True)
class Palette:
    """Colours from the back of a picture to the front: sky (or wall) at the top and at the
    horizon, far, middle and near shapes, then lit windows and lamps, and one accent."""

    top: Colour
    bottom: Colour
    far: Colour
    mid: Colour
    near: Colour
    light: Colour
    accent: Colour


OUTDOORS = (
    # dusk over the water
    Palette(
        (38, 52, 92),
        (236, 150, 112),
        (128, 104, 138),
        (74, 66, 106),
        (32, 34, 60),
        (255, 214, 140),
        (226, 98, 80),
    ),
    # early morning
    Palette(
        (128, 166, 206),
        (246, 210, 176),
        (164, 172, 196),
        (98, 112, 150),
        (46, 56, 86),
        (255, 236, 190),
        (222, 112, 84),
    ),
    # Baltic overcast
    Palette(
        (136, 152, 166),
        (216, 218, 212),
        (156, 164, 170),
        (102, 114, 126),
        (50, 60, 72),
        (252, 222, 150),
        (200, 74, 60),
    ),
    # night
    Palette(
        (12, 20, 44),
        (58, 70, 118),
        (52, 62, 100),
        (32, 40, 70),
        (14, 18, 36),
        (255, 206, 120),
        (232, 96, 76),
    ),
    # bright winter day
    Palette(
        (150, 186, 214),
        (236, 240, 238),
        (180, 194, 208),
        (116, 136, 160),
        (56, 70, 94),
        (255, 222, 150),
        (204, 64, 60),
    ),
    # teal and sand
    Palette(
        (24, 66, 80),
        (230, 178, 126),
        (96, 122, 126),
        (48, 80, 92),
        (18, 40, 50),
        (255, 212, 132),
        (234, 122, 70),
    ),
    # violet evening
    Palette(
        (48, 36, 82),
        (214, 120, 132),
        (120, 90, 130),
        (76, 56, 98),
        (34, 24, 52),
        (255, 200, 130),
        (250, 160, 90),
    ),
)

INDOORS = (
    # warm wood and lamplight
    Palette(
        (96, 70, 58),
        (152, 108, 82),
        (124, 90, 72),
        (70, 48, 42),
        (36, 26, 28),
        (255, 216, 150),
        (198, 66, 56),
    ),
    # cool blue-grey office
    Palette(
        (52, 66, 84),
        (104, 124, 140),
        (84, 102, 118),
        (42, 52, 66),
        (20, 26, 36),
        (255, 226, 160),
        (230, 110, 80),
    ),
    # green school walls
    Palette(
        (70, 104, 92),
        (150, 176, 154),
        (112, 142, 124),
        (54, 78, 70),
        (28, 40, 38),
        (255, 240, 196),
        (214, 96, 64),
    ),
    # cream and brick
    Palette(
        (200, 184, 160),
        (234, 222, 200),
        (186, 164, 138),
        (126, 96, 80),
        (62, 48, 48),
        (255, 246, 214),
        (176, 64, 56),
    ),
    # plum evening
    Palette(
        (50, 38, 62),
        (110, 80, 104),
        (92, 68, 94),
        (52, 38, 58),
        (24, 18, 30),
        (255, 204, 140),
        (226, 120, 90),
    ),
)


def seeded(seed: str) -> random.Random:
    return random.Random(int(hashlib.sha256(seed.encode()).hexdigest()[:16], 16))


def mix(a: Colour, b: Colour, t: float) -> Colour:
    """The colour a fraction t of the way from a to b."""
    r, g, bl = (round(x + (y - x) * t) for x, y in zip(a, b, strict=True))
    return (r, g, bl)


def shade(colour: Colour, amount: float) -> Colour:
    """Lighter for a positive amount, darker for a negative one."""
    return mix(colour, (255, 255, 255) if amount > 0 else (0, 0, 0), abs(amount))


class Canvas:
    """A drawing surface measured in fractions of its width (x) and height (y)."""

    def __init__(self, size: tuple[int, int], palette: Palette, rng: random.Random) -> None:
        self.size = size
        self.w, self.h = size[0] * SUPERSAMPLE, size[1] * SUPERSAMPLE
        self.unit = min(self.w, self.h)  # for round things, which must stay round
        self.palette = palette
        self.rng = rng
        self.image = PILImage.new("RGB", (self.w, self.h), palette.bottom)
        self.draw = ImageDraw.Draw(self.image)

    def pt(self, x: float, y: float) -> tuple[float, float]:
        return (x * self.w, y * self.h)

    def box(self, x0: float, y0: float, x1: float, y1: float) -> list[float]:
        return [
            min(x0, x1) * self.w,
            min(y0, y1) * self.h,
            max(x0, x1) * self.w,
            max(y0, y1) * self.h,
        ]

    def rect(self, x0: float, y0: float, x1: float, y1: float, fill: Colour) -> None:
        self.draw.rectangle(self.box(x0, y0, x1, y1), fill=fill)

    def rounded(
        self, x0: float, y0: float, x1: float, y1: float, radius: float, fill: Colour
    ) -> None:
        box = self.box(x0, y0, x1, y1)
        limit = min(box[2] - box[0], box[3] - box[1]) / 2
        self.draw.rounded_rectangle(box, radius=min(radius * self.unit, limit), fill=fill)

    def poly(self, points: Sequence[Point], fill: Colour) -> None:
        self.draw.polygon([self.pt(x, y) for x, y in points], fill=fill)

    def circle(self, x: float, y: float, radius: float, fill: Colour) -> None:
        cx, cy, r = x * self.w, y * self.h, radius * self.unit
        self.draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=fill)

    def line(self, points: Sequence[Point], fill: Colour, width: float) -> None:
        self.draw.line(
            [self.pt(x, y) for x, y in points], fill=fill, width=max(1, round(width * self.unit))
        )

    def gradient(
        self,
        stops: Sequence[Colour],
        y0: float = 0.0,
        y1: float = 1.0,
        x0: float = 0.0,
        x1: float = 1.0,
    ) -> None:
        """A vertical gradient through the given colours, filling a box."""
        steps = 256
        strip = PILImage.new("RGB", (1, steps))
        last = len(stops) - 1
        colours = []
        for i in range(steps):
            t = i / (steps - 1) * last
            k = min(int(t), last - 1) if last else 0
            colours.append(mix(stops[k], stops[min(k + 1, last)], t - k) if last else stops[0])
        strip.putdata(colours)
        left, top, right, bottom = (round(v) for v in self.box(x0, y0, x1, y1))
        width, height = right - left, bottom - top
        if width > 0 and height > 0:
            column = strip.resize((1, height), PILImage.Resampling.BILINEAR)
            self.image.paste(
                column.resize((width, height), PILImage.Resampling.NEAREST), (left, top)
            )

    def glow(
        self, x: float, y: float, radius: float, colour: Colour, strength: float = 0.8
    ) -> None:
        """A soft round pool of light, strongest at its centre."""
        r = max(2, round(radius * self.unit))
        lut = [round(255 * strength * max(0.0, 1 - v / 181) ** 1.6) for v in range(256)]
        mask = _RADIAL.resize((2 * r, 2 * r), PILImage.Resampling.BILINEAR).point(lut)
        cx, cy = round(x * self.w), round(y * self.h)
        self.image.paste(colour, (cx - r, cy - r, cx + r, cy + r), mask)

    def finish(self) -> PILImage.Image:
        return self.image.reduce(SUPERSAMPLE)


# People ------------------------------------------------------------------------------------


def person(
    c: Canvas,
    x: float,
    base: float,
    height: float,
    fill: Colour,
    *,
    coat: bool = True,
    hat: bool = False,
    phone: Colour | None = None,
    child: bool = False,
) -> None:
    """A standing figure seen from the front or from behind: x is its centre, base where
    its feet are, height a fraction of the picture's height."""
    across = c.h / c.w  # converts a fraction of the height into one of the width
    top = base - height
    head = (0.085 if child else 0.075) * height
    c.circle(x, top + head, head * c.h / c.unit, fill)
    if hat:
        brim = head * across * 1.1
        c.rounded(x - brim, top - head * 0.1, x + brim, top + head * 0.7, 0.004, fill)
    shoulder = top + head * 2.15
    half = height * across * (0.12 if child else 0.14)
    c.rect(x - half * 0.3, top + head * 1.5, x + half * 0.3, shoulder + head, fill)  # neck
    shoulders = half * c.w / c.unit * 0.55  # round shoulders
    c.rounded(x - half, shoulder, x + half, base - height * 0.38, shoulders, fill)
    if coat:
        hem = base - height * 0.14
        c.poly(
            [
                (x - half, shoulder + height * 0.1),
                (x + half, shoulder + height * 0.1),
                (x + half * 1.15, hem),
                (x - half * 1.15, hem),
            ],
            fill,
        )
    leg = half * 0.42
    c.rect(x - half * 0.82, base - height * 0.45, x - half * 0.82 + leg, base, fill)
    c.rect(x + half * 0.82 - leg, base - height * 0.45, x + half * 0.82, base, fill)
    if phone:  # held up in front of the chest, its screen lit
        c.rect(
            x + half * 0.15,
            shoulder + height * 0.05,
            x + half * 0.5,
            shoulder + height * 0.12,
            phone,
        )


def crowd(
    c: Canvas,
    rows: int,
    y_front: float,
    height_front: float,
    colour_front: Colour,
    colour_back: Colour,
    density: float = 1.0,
    x0: float = -0.05,
    x1: float = 1.05,
) -> None:
    """Rows of people, the far rows smaller and paler."""
    rng = c.rng
    for row in range(rows - 1, -1, -1):
        t = row / max(rows - 1, 1)
        height = height_front * (1 - 0.45 * t)
        base = y_front - (height_front * 0.35) * t
        fill = mix(colour_front, colour_back, t * 0.8)
        x = x0 + rng.uniform(0, 0.04)
        while x < x1:
            person(
                c,
                x,
                base + rng.uniform(-0.01, 0.01),
                height * rng.uniform(0.86, 1.08),
                shade(fill, rng.uniform(-0.05, 0.05)),
                coat=rng.random() < 0.7,
                hat=rng.random() < 0.18,
            )
            x += height * c.h / c.w * rng.uniform(0.3, 0.5) / density


# Skies, water, buildings ------------------------------------------------------------------


def sky(c: Canvas, horizon: float) -> None:
    p = c.palette
    c.gradient([p.top, mix(p.top, p.bottom, 0.55), p.bottom], 0, horizon + 0.02)


def sun_disc(c: Canvas, x: float, y: float, radius: float) -> None:
    c.glow(x, y, radius * 3.2, shade(c.palette.light, 0.1))
    c.circle(x, y, radius, shade(c.palette.light, 0.35))


def clouds(c: Canvas, count: int, y0: float, y1: float, colour: Colour) -> None:
    rng = c.rng
    for _ in range(count):
        x, y = rng.uniform(-0.1, 1.0), rng.uniform(y0, y1)
        length = rng.uniform(0.12, 0.3)
        thickness = rng.uniform(0.012, 0.028)
        c.rounded(x, y, x + length, y + thickness, 0.05, colour)
        c.rounded(
            x + length * 0.2,
            y - thickness * 0.8,
            x + length * 0.7,
            y + thickness * 0.5,
            0.05,
            colour,
        )


def windows(
    c: Canvas,
    x0: float,
    y0: float,
    x1: float,
    y1: float,
    cols: int,
    rows: int,
    lit: Colour,
    dark: Colour,
    chance: float,
) -> None:
    """A grid of windows, a share of them lit."""
    if cols <= 0 or rows <= 0:
        return
    cw, rh = (x1 - x0) / cols, (y1 - y0) / rows
    for row in range(rows):
        for col in range(cols):
            colour = lit if c.rng.random() < chance else dark
            c.rect(
                x0 + col * cw + cw * 0.22,
                y0 + row * rh + rh * 0.2,
                x0 + (col + 1) * cw - cw * 0.22,
                y0 + (row + 1) * rh - rh * 0.25,
                colour,
            )


def water(c: Canvas, y0: float, colour: Colour, glint: Colour | None = None) -> None:
    rng = c.rng
    c.gradient([shade(colour, 0.08), shade(colour, -0.25)], y0, 1.0)
    for _ in range(int(40 * (1 - y0)) + 8):
        y = rng.uniform(y0 + 0.01, 1.0)
        x = rng.uniform(-0.05, 1.0)
        length = rng.uniform(0.03, 0.12) * (0.5 + (y - y0) / (1 - y0))
        c.rect(x, y, x + length, y + 0.003 + 0.004 * (y - y0), shade(colour, 0.14))
    if glint:
        x = rng.uniform(0.25, 0.75)
        for i in range(12):
            y = y0 + 0.012 + i * (1 - y0) / 12
            half = 0.01 + 0.012 * i * rng.uniform(0.6, 1.2)
            c.rect(x - half, y, x + half, y + 0.006 + 0.001 * i, mix(glint, colour, 0.2 + i * 0.05))


def ground(c: Canvas, y0: float, colour: Colour) -> None:
    c.gradient([colour, shade(colour, -0.2)], y0, 1.0)


def skyline_band(
    c: Canvas,
    base: float,
    low: float,
    high: float,
    colour: Colour,
    lit: Colour | None,
    chance: float = 0.15,
    width: tuple[float, float] = (0.04, 0.11),
) -> None:
    """A row of buildings standing on base, their tops between low and high."""
    rng = c.rng
    x = -0.02
    while x < 1.02:
        bw = rng.uniform(*width)
        top = base - rng.uniform(low, high)
        c.rect(x, top, x + bw, base, colour)
        if rng.random() < 0.25:
            c.rect(x + bw * 0.4, top - 0.03, x + bw * 0.46, top, colour)
        if lit is not None:
            cols = max(1, round(bw / 0.014))
            rows = max(1, round((base - top) / 0.035))
            windows(
                c,
                x + bw * 0.08,
                top + 0.015,
                x + bw * 0.92,
                base - 0.01,
                cols,
                rows,
                lit,
                colour,
                chance,
            )
        x += bw + rng.uniform(-0.005, 0.01)
