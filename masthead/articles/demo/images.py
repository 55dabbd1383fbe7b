"""Pictures for the demo, drawn locally with Pillow (no downloads, no stock photos)."""

import hashlib
import io
import random

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFilter
from wagtail.images.models import Image

PALETTES = {
    "news": ((24, 42, 68), (180, 64, 52)),
    "business": ((20, 60, 54), (214, 168, 64)),
    "opinion": ((58, 36, 70), (226, 122, 84)),
    "culture": ((30, 30, 36), (94, 160, 196)),
}


def _rng(seed: str) -> random.Random:
    return random.Random(int(hashlib.sha256(seed.encode()).hexdigest()[:16], 16))


def _gradient(
    size: tuple[int, int], top: tuple[int, ...], bottom: tuple[int, ...]
) -> PILImage.Image:
    width, height = size
    image = PILImage.new("RGB", size)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / max(height - 1, 1)
        colour = tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        draw.line([(0, y), (width, y)], fill=colour)
    return image


def scene(seed: str, palette: str, size: tuple[int, int] = (1600, 900)) -> PILImage.Image:
    """An abstract 'photograph': sky, a horizon of buildings, a few lit windows."""
    rng = _rng(seed)
    dark, accent = PALETTES.get(palette, PALETTES["news"])
    image = _gradient(size, accent, dark)
    draw = ImageDraw.Draw(image)
    width, height = size
    horizon = int(height * rng.uniform(0.55, 0.72))
    x = 0
    while x < width:
        block = rng.randint(60, 220)
        top = horizon - rng.randint(40, int(height * 0.45))
        shade = tuple(max(0, c - rng.randint(10, 40)) for c in dark)
        draw.rectangle([x, top, x + block, height], fill=shade)
        for wy in range(top + 14, height - 20, 28):
            for wx in range(x + 10, x + block - 14, 24):
                if rng.random() < 0.18:
                    draw.rectangle([wx, wy, wx + 9, wy + 13], fill=(236, 214, 150))
        x += block + rng.randint(0, 12)
    return image.filter(ImageFilter.GaussianBlur(1.2))


def portrait(seed: str, size: int = 400) -> PILImage.Image:
    rng = _rng(seed)
    background = tuple(rng.randint(60, 170) for _ in range(3))
    image = PILImage.new("RGB", (size, size), background)
    draw = ImageDraw.Draw(image)
    skin = (rng.randint(170, 235), rng.randint(130, 190), rng.randint(100, 160))
    draw.ellipse([size * 0.3, size * 0.16, size * 0.7, size * 0.6], fill=skin)
    draw.ellipse([size * 0.12, size * 0.62, size * 0.88, size * 1.3], fill=(40, 44, 52))
    return image


def save_image(picture: PILImage.Image, title: str, filename: str) -> Image:
    buffer = io.BytesIO()
    picture.save(buffer, format="JPEG", quality=82, optimize=True)
    buffer.seek(0)
    image = Image(title=title)
    image.file = ImageFile(buffer, name=filename)
    image.save()
    return image
