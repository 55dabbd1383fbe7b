"""The geometry of the admin's rise-and-drop bar charts, drawn as inline SVG by a template:
one column per period, what was gained rising above a baseline and what was lost hanging
below it, both on the same scale. No script and nothing from another host; every template
that draws one also gives the numbers as a table.

Used for the newsletter's weekly growth and for recurring supporters month by month.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

PLOT_HEIGHT = 160
LABEL_HEIGHT = 20
RIGHT_MARGIN = 8  # room for the last label, centred under the last column

Item = TypeVar("Item")


@dataclass(frozen=True)
class Column(Generic[Item]):
    item: Item  # the period this column stands for (a Week, a Month …)
    x: int
    center: int
    top: float  # where the rising bar starts
    rise: float  # its height, up to the baseline
    drop: float  # height of the bar below the baseline
    labelled: bool


@dataclass(frozen=True)
class Chart(Generic[Item]):
    columns: list[Column[Item]]
    width: int
    height: int
    label_y: int
    baseline: float
    plot_height: int
    bar_width: int
    total_rise: int
    total_drop: int


def rise_and_drop_chart(
    items: Sequence[Item],
    *,
    rise: Callable[[Item], int],
    drop: Callable[[Item], int],
    column_width: int,
    bar_width: int,
    label_every: int = 1,
) -> Chart[Item]:
    """One column per item, oldest first; the last column is labelled, and every
    `label_every`-th one before it."""
    rises = [rise(item) for item in items]
    drops = [drop(item) for item in items]
    highest_rise = max(rises, default=0)
    deepest_drop = max(drops, default=0)
    span = highest_rise + deepest_drop
    scale = PLOT_HEIGHT / span if span else 0
    baseline = highest_rise * scale if span else PLOT_HEIGHT / 2
    last = len(items) - 1
    columns = []
    for index, (item, gained, lost) in enumerate(zip(items, rises, drops, strict=True)):
        height = _visible(gained * scale, gained)
        columns.append(
            Column(
                item=item,
                x=index * column_width + (column_width - bar_width) // 2,
                center=index * column_width + column_width // 2,
                top=round(baseline - height, 2),
                rise=height,
                drop=_visible(lost * scale, lost),
                labelled=(last - index) % label_every == 0,
            )
        )
    return Chart(
        columns=columns,
        width=len(items) * column_width + RIGHT_MARGIN,
        height=PLOT_HEIGHT + LABEL_HEIGHT,
        label_y=PLOT_HEIGHT + LABEL_HEIGHT - 5,
        baseline=round(baseline, 2),
        plot_height=PLOT_HEIGHT,
        bar_width=bar_width,
        total_rise=sum(rises),
        total_drop=sum(drops),
    )


def _visible(height: float, count: int) -> float:
    """A period with any change gets at least a sliver, so that one among thousands shows."""
    return round(max(height, 1.0), 2) if count else 0.0
