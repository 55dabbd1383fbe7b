"""What the Finance role knows about the newsroom's income, added up in SQL (the same on
SQLite and PostgreSQL). Amounts stay in minor units, one figure per currency: different
currencies are never added together.

- Net income: the successful payments (each Payment row is one charge that succeeded) less
  what was refunded of them, in the payment's currency and month. The date of a refund is
  not recorded, so a refund lowers the month of the payment it gives back.
- Months are calendar months in the newsroom's time zone (settings.TIME_ZONE), whatever
  time zone the person looking has chosen in the admin. "The last 12 months" are the current
  month and the 11 before it, as in the chart.
- Monthly recurring revenue: what the live recurring contributions bring in a month, each
  monthly amount plus a twelfth of each annual one. Past-due contributions are counted (the
  subscription is still live and Stripe is retrying the charge; when it gives up, the
  subscription is cancelled and drops out) and are also shown apart, as revenue at risk.
- Supporters are counted once however many contributions of a kind they have; a
  contribution that no supporter is attached to yet counts as one supporter.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo

from django.db.models import Count, F, Q, QuerySet, Sum
from django.db.models.expressions import CombinedExpression
from django.db.models.functions import TruncMonth
from django.utils import timezone

from masthead.contributions.models import LIVE, RECURRING, Contribution, Frequency, Payment

MONTHS_SHOWN = 12
MONTHS_PER_YEAR = 12
Status = Contribution.Status


@dataclass(frozen=True)
class Income:
    """Net income in one currency, in minor units."""

    currency: str
    this_month: int
    last_12_months: int
    all_time: int


@dataclass(frozen=True)
class RecurringRevenue:
    """Monthly recurring revenue in one currency, in minor units."""

    currency: str
    amount: int
    at_risk: int  # the part that past-due contributions bring


@dataclass(frozen=True)
class SupporterCounts:
    monthly_active: int
    monthly_past_due: int
    annual_active: int
    annual_past_due: int
    one_off_this_month: int  # gifts completed this month and not refunded in full


@dataclass(frozen=True)
class Month:
    start: date  # the first day, in the newsroom's time zone
    new: int  # recurring contributions that started in the month
    cancelled: int  # recurring contributions that ended in the month


@dataclass(frozen=True)
class FinanceFigures:
    month: date  # the first day of the current month
    income: list[Income]
    recurring_revenue: list[RecurringRevenue]
    supporters: SupporterCounts
    months: list[Month]  # oldest first, ending with the current month


def finance_figures(now: datetime | None = None) -> FinanceFigures:
    zone = timezone.get_default_timezone()
    today = timezone.localtime(now or timezone.now(), zone).date()
    months = month_starts(today, MONTHS_SHOWN)
    this_month = _midnight(months[-1], zone)
    return FinanceFigures(
        month=months[-1],
        income=net_income(since_12_months=_midnight(months[0], zone), since_month=this_month),
        recurring_revenue=recurring_revenue(),
        supporters=supporter_counts(this_month),
        months=monthly_changes(months, zone),
    )


def month_starts(today: date, count: int) -> list[date]:
    """The first days of the `count` months up to and including today's, oldest first."""
    current = today.year * MONTHS_PER_YEAR + today.month - 1
    return [
        date(index // MONTHS_PER_YEAR, index % MONTHS_PER_YEAR + 1, 1)
        for index in range(current - count + 1, current + 1)
    ]


def net_income(*, since_12_months: datetime, since_month: datetime) -> list[Income]:
    net = F("amount") - F("amount_refunded")
    rows = (
        Payment.objects.values("currency")
        .annotate(
            all_time=Sum(net, default=0),
            last_12_months=Sum(net, filter=Q(paid_at__gte=since_12_months), default=0),
            this_month=Sum(net, filter=Q(paid_at__gte=since_month), default=0),
        )
        .order_by("currency")
    )
    return [Income(**row) for row in rows]


def recurring_revenue() -> list[RecurringRevenue]:
    monthly = Q(frequency=Frequency.MONTHLY)
    annual = Q(frequency=Frequency.ANNUAL)
    past_due = Q(status=Status.PAST_DUE)
    rows = (
        Contribution.objects.filter(frequency__in=RECURRING, status__in=LIVE)
        .values("currency")
        .annotate(
            monthly=Sum("amount", filter=monthly, default=0),
            annual=Sum("amount", filter=annual, default=0),
            monthly_past_due=Sum("amount", filter=monthly & past_due, default=0),
            annual_past_due=Sum("amount", filter=annual & past_due, default=0),
        )
        .order_by("currency")
    )
    return [
        RecurringRevenue(
            currency=row["currency"],
            amount=row["monthly"] + _twelfth(row["annual"]),
            at_risk=row["monthly_past_due"] + _twelfth(row["annual_past_due"]),
        )
        for row in rows
    ]


def supporter_counts(since_month: datetime) -> SupporterCounts:
    monthly = Q(frequency=Frequency.MONTHLY)
    annual = Q(frequency=Frequency.ANNUAL)
    active = Q(status=Status.ACTIVE)
    past_due = Q(status=Status.PAST_DUE)
    counts = Contribution.objects.aggregate(
        monthly_active=_supporters(monthly & active),
        monthly_past_due=_supporters(monthly & past_due),
        annual_active=_supporters(annual & active),
        annual_past_due=_supporters(annual & past_due),
        one_off_this_month=Count(
            "pk",
            filter=Q(
                frequency=Frequency.ONCE, status=Status.COMPLETED, started_at__gte=since_month
            ),
        ),
    )
    return SupporterCounts(**counts)


def monthly_changes(months: list[date], zone: tzinfo) -> list[Month]:
    """New and cancelled recurring contributions per month (a new one in the month of its
    `started_at`, a cancelled one in the month of its `ended_at`). A checkout that expired
    before its first payment also ends as cancelled; having never started, it is left out."""
    since = _midnight(months[0], zone)
    started = _per_month("started_at", since, zone)
    ended = _per_month("ended_at", since, zone)
    return [
        Month(start=start, new=started.get(start, 0), cancelled=ended.get(start, 0))
        for start in months
    ]


def contributions_listed(*, status: str = "", frequency: str = "") -> QuerySet[Contribution]:
    """Contributions, newest first, with the number of their payments and the sums paid and
    refunded (`payments_count`, `paid`, `refunded`), in one query however many there are."""
    contributions = Contribution.objects.all()
    if status:
        contributions = contributions.filter(status=status)
    if frequency:
        contributions = contributions.filter(frequency=frequency)
    return contributions.annotate(
        payments_count=Count("payments"),
        paid=Sum("payments__amount", default=0),
        refunded=Sum("payments__amount_refunded", default=0),
    ).order_by("-created_at", "-pk")


def _per_month(field: str, since: datetime, zone: tzinfo) -> dict[date, int]:
    rows = (
        Contribution.objects.filter(
            frequency__in=RECURRING, started_at__isnull=False, **{f"{field}__gte": since}
        )
        .annotate(month=TruncMonth(field, tzinfo=zone))
        .values_list("month")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return {timezone.localtime(month, zone).date(): n for month, n in rows}


def _supporters(condition: Q) -> CombinedExpression:
    return Count("supporter", distinct=True, filter=condition) + Count(
        "pk", filter=condition & Q(supporter__isnull=True)
    )


def _twelfth(amount: int) -> int:
    """A twelfth, rounded half up to a whole minor unit."""
    return (amount + MONTHS_PER_YEAR // 2) // MONTHS_PER_YEAR


def _midnight(day: date, zone: tzinfo) -> datetime:
    return datetime.combine(day, time(), tzinfo=zone)
