"""Pictures for the demo, drawn locally with Pillow (no downloads, no stock photos): lead
images (see the scenes package) and portraits, saved as Wagtail images."""

import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images.models import Image

from masthead.articles.demo.drawing import seeded
from masthead.articles.demo.scenes import scene

__all__ = ["portrait", "save_image", "scene"]


def portrait(seed: str, size: int = 400) -> PILImage.Image:
    rng = seeded(seed)
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
