"""The demo's lead images: flat, graphic illustrations of scenes that match the captions (a
river with a bridge, a courthouse, a theatre stage, port cranes …).

The article's slug seeds the palette and the composition, so every article gets its own
picture and the same article always gets the same one. Shapes are drawn at twice the size
and scaled down, which smooths their edges; drawing one takes a few tens of milliseconds.
"""

from collections.abc import Callable

from PIL import Image as PILImage

from masthead.articles.demo.drawing import INDOORS, OUTDOORS, Canvas, seeded
from masthead.articles.demo.scenes.indoors import (
    draw_classroom,
    draw_courtroom,
    draw_metro,
    draw_newsroom,
    draw_polling,
    draw_shelves,
    draw_stacks,
    draw_studio,
)
from masthead.articles.demo.scenes.industry import draw_checkpoint, draw_factory
from masthead.articles.demo.scenes.outdoors import (
    draw_crowd,
    draw_facade,
    draw_office,
    draw_polling_outside,
    draw_shopfront,
    draw_skyline,
)
from masthead.articles.demo.scenes.stages import draw_concert, draw_stage
from masthead.articles.demo.scenes.waterside import draw_port, draw_river, draw_sea

SceneFn = Callable[[Canvas], None]

# Pictures that would read wrongly mirrored (writing, a shop's door on the usual side).
MIRROR_SENSITIVE = frozenset(
    {"studio", "exchange-office", "bookshop", "classroom", "reading-class"}
)


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
