"""The admin's growth chart of a newsletter: one column per week, confirmations rising above
a baseline and unsubscriptions hanging below it (geometry in masthead/core/charts.py)."""

from operator import attrgetter

from masthead.core.charts import Chart, rise_and_drop_chart
from masthead.newsletter.subscriber_figures import Week

COLUMN_WIDTH = 24
BAR_WIDTH = 16
LABEL_EVERY = 4  # weeks


def growth_chart(weeks: list[Week]) -> Chart[Week]:
    return rise_and_drop_chart(
        weeks,
        rise=attrgetter("confirmed"),
        drop=attrgetter("unsubscribed"),
        column_width=COLUMN_WIDTH,
        bar_width=BAR_WIDTH,
        label_every=LABEL_EVERY,
    )
