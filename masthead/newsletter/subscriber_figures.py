"""What the admin may know about a newsletter's readers without reading the list: how many
there are in each state, how many we may not mail, and how the list grew week by week.

Growth is counted from the subscriptions as they are now: a confirmation in the week of its
`confirmed_at`, an unsubscription in the week of its `unsubscribed_at`. A reader who erased
themselves leaves no trace in past weeks, and imported readers count in the week the file
gave for them.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.db.models import Count, QuerySet
from django.db.models.functions import TruncWeek
from django.utils import timezone

from masthead.newsletter.models import Newsletter, Subscriber, Subscription, Suppression

WEEKS_SHOWN = 26


@dataclass(frozen=True)
class Week:
    start: date  # a Monday, in the current time zone
    confirmed: int
    unsubscribed: int


@dataclass(frozen=True)
class NewsletterFigures:
    newsletter: Newsletter
    pending: int
    confirmed: int
    unsubscribed: int
    suppressed: int
    weeks: list[Week]


def figures_for(newsletter: Newsletter, today: date | None = None) -> NewsletterFigures:
    counts = status_counts(newsletter)
    return NewsletterFigures(
        newsletter=newsletter,
        pending=counts[Subscription.Status.PENDING],
        confirmed=counts[Subscription.Status.CONFIRMED],
        unsubscribed=counts[Subscription.Status.UNSUBSCRIBED],
        suppressed=suppressed_count(newsletter),
        weeks=weekly_growth(newsletter, today=today),
    )


def status_counts(newsletter: Newsletter) -> dict[str, int]:
    counts = dict.fromkeys(Subscription.Status.values, 0)
    rows = (
        Subscription.objects.filter(newsletter=newsletter)
        .values_list("status")
        .annotate(n=Count("pk"))
        .order_by()
    )
    counts.update(dict(rows))
    return counts


def suppressed_count(newsletter: Newsletter) -> int:
    """Confirmed subscribers whose address is suppressed (hard bounce or complaint): they
    are on the list but are not sent to."""
    on_the_list = Subscriber.objects.filter(
        subscriptions__newsletter=newsletter,
        subscriptions__status=Subscription.Status.CONFIRMED,
    ).values("email_index")
    return Suppression.objects.filter(email_index__in=on_the_list).count()


def weekly_growth(
    newsletter: Newsletter, *, weeks: int = WEEKS_SHOWN, today: date | None = None
) -> list[Week]:
    """New confirmations and unsubscriptions per week, oldest week first, ending with the
    current (unfinished) week. Weeks start on Monday in the current time zone."""
    today = today or timezone.localdate()
    this_monday = today - timedelta(days=today.weekday())
    starts = [this_monday - timedelta(weeks=n) for n in range(weeks - 1, -1, -1)]
    since = datetime.combine(starts[0], time(), tzinfo=timezone.get_current_timezone())
    subscriptions = Subscription.objects.filter(newsletter=newsletter)
    confirmed = _per_week(subscriptions, "confirmed_at", since)
    unsubscribed = _per_week(subscriptions, "unsubscribed_at", since)
    return [
        Week(
            start=start, confirmed=confirmed.get(start, 0), unsubscribed=unsubscribed.get(start, 0)
        )
        for start in starts
    ]


def _per_week(
    subscriptions: QuerySet[Subscription], field: str, since: datetime
) -> dict[date, int]:
    rows = (
        subscriptions.filter(**{f"{field}__gte": since})
        .annotate(week=TruncWeek(field))
        .values_list("week")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return {timezone.localtime(week).date(): n for week, n in rows}
