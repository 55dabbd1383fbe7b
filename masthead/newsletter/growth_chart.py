"""The geometry of the admin's growth chart, drawn as inline SVG by the template: one column
per week, confirmations rising above a baseline and unsubscriptions hanging below it, both
on the same scale. No script and nothing from another host."""

from dataclasses import dataclass

from masthead.newsletter.subscriber_figures import Week

COLUMN_WIDTH = 24
BAR_WIDTH = 16
PLOT_HEIGHT = 160
LABEL_HEIGHT = 20
LABEL_EVERY = 4  # weeks
RIGHT_MARGIN = 8  # room for the last label, centred under the current week


@dataclass(frozen=True)
class Column:
    week: Week
    x: int
    center: int
    top: float  # where the confirmations bar starts
    rise: float  # its height, up to the baseline
    drop: float  # height of the unsubscriptions bar, below it
    labelled: bool


@dataclass(frozen=True)
class Chart:
    columns: list[Column]
    width: int
    height: int
    label_y: int
    baseline: float
    plot_height: int
    bar_width: int
    total_confirmed: int
    total_unsubscribed: int


def growth_chart(weeks: list[Week]) -> Chart:
    highest_rise = max((week.confirmed for week in weeks), default=0)
    deepest_drop = max((week.unsubscribed for week in weeks), default=0)
    span = highest_rise + deepest_drop
    scale = PLOT_HEIGHT / span if span else 0
    baseline = highest_rise * scale if span else PLOT_HEIGHT / 2
    last = len(weeks) - 1
    columns = []
    for index, week in enumerate(weeks):
        rise = _visible(week.confirmed * scale, week.confirmed)
        columns.append(
            Column(
                week=week,
                x=index * COLUMN_WIDTH + (COLUMN_WIDTH - BAR_WIDTH) // 2,
                center=index * COLUMN_WIDTH + COLUMN_WIDTH // 2,
                top=round(baseline - rise, 2),
                rise=rise,
                drop=_visible(week.unsubscribed * scale, week.unsubscribed),
                # Label the current week and every fourth one before it.
                labelled=(last - index) % LABEL_EVERY == 0,
            )
        )
    return Chart(
        columns=columns,
        width=len(weeks) * COLUMN_WIDTH + RIGHT_MARGIN,
        height=PLOT_HEIGHT + LABEL_HEIGHT,
        label_y=PLOT_HEIGHT + LABEL_HEIGHT - 5,
        baseline=round(baseline, 2),
        plot_height=PLOT_HEIGHT,
        bar_width=BAR_WIDTH,
        total_confirmed=sum(week.confirmed for week in weeks),
        total_unsubscribed=sum(week.unsubscribed for week in weeks),
    )


def _visible(height: float, count: int) -> float:
    """A week with any change gets at least a sliver, so one reader among thousands shows."""
    return round(max(height, 1.0), 2) if count else 0.0
