"""The Contributions page of the Wagtail admin, for the Finance role (and superusers) only:
income and monthly recurring revenue by currency, supporter counts, new and cancelled
recurring supporters month by month, the list of contributions and an audited CSV export.

Who gives is as sensitive as what they read, so no address is listed or exported: one
supporter's contributions are found by typing their exact address (POSTed, so that it
never appears in a URL or a server log), through its blind index. Figures are explained in
finance_figures.py.

Exports are written to Wagtail's audit log against the Contribution content type (so only
superusers see them in the site history), and to the application log, without addresses.
"""

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from operator import attrgetter
from typing import Any

from django import forms
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import (
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseBase,
    StreamingHttpResponse,
)
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.paginator import WagtailPaginator
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from masthead.contributions.finance_figures import Month, contributions_listed, finance_figures
from masthead.contributions.models import Contribution, Frequency, Supporter
from masthead.contributions.money import MINOR_UNITS, format_amount
from masthead.core.address_lookup import AddressLookupForm
from masthead.core.charts import Chart, rise_and_drop_chart
from masthead.core.csv_export import csv_lines
from masthead.privacy.fields import email_index

logger = logging.getLogger(__name__)

VIEW_PERMISSION = "contributions.view_finances"
EXPORT_ACTION = "contributions.export"
PER_PAGE = 50
CHUNK_SIZE = 2000
EXPORT_COLUMNS = (
    "contribution_id",
    "created",
    "started",
    "ended",
    "frequency",
    "amount",
    "currency",
    "status",
    "payments",
    "amount_paid",
    "amount_refunded",
)
COLUMN_WIDTH = 56  # a month's column, wide enough for its label ("Nov 2026")
BAR_WIDTH = 32


class ContributionFilterForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("All statuses")), *Contribution.Status.choices],
    )
    frequency = forms.ChoiceField(
        label=_("Frequency"),
        required=False,
        choices=[("", _("All frequencies")), *Frequency.choices],
    )

    def filters(self) -> dict[str, str]:
        """The filters chosen; a value that is not a choice is shown as an error and left out."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value}


@dataclass(frozen=True)
class Row:
    """One contribution as listed, its amounts formatted."""

    contribution: Contribution
    amount: str
    paid: str
    refunded: str


@dataclass(frozen=True)
class SupporterLookup:
    address: str
    supporter: Supporter | None
    rows: list[Row]


def _require(request: HttpRequest) -> None:
    if not request.user.has_perm(VIEW_PERMISSION):
        raise PermissionDenied


def _private(response: HttpResponseBase) -> HttpResponseBase:
    response["Cache-Control"] = "private, no-store"
    return response


class FinanceView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "contributions/admin/finance.html"
    page_title = _("Contributions")
    header_icon = "table"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        _require(request)
        return _private(super().dispatch(request, *args, **kwargs))

    def get_breadcrumbs_items(self) -> list[dict[str, Any]]:
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        figures = finance_figures()
        filter_form = ContributionFilterForm(self.request.GET)
        filters = filter_form.filters()
        paginator = WagtailPaginator(contributions_listed(**filters), PER_PAGE)
        page = paginator.get_page(self.request.GET.get("p"))
        context.update(
            figures=figures,
            time_zone=settings.TIME_ZONE,
            income=[
                (
                    income.currency.upper(),
                    format_amount(income.this_month, income.currency),
                    format_amount(income.last_12_months, income.currency),
                    format_amount(income.all_time, income.currency),
                )
                for income in figures.income
            ],
            recurring_revenue=[
                (
                    revenue.currency.upper(),
                    format_amount(revenue.amount, revenue.currency),
                    format_amount(revenue.at_risk, revenue.currency),
                )
                for revenue in figures.recurring_revenue
            ],
            chart=supporters_chart(figures.months),
            filter_form=filter_form,
            filters=filters,
            page_obj=page,
            elided_page_range=paginator.get_elided_page_range(page.number),
            rows=[_row(contribution) for contribution in page],
        )
        context.setdefault("lookup_form", AddressLookupForm())
        return context

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        form = AddressLookupForm(request.POST)
        lookup = look_up(form.cleaned_data["email"]) if form.is_valid() else None
        if lookup is not None:
            logger.info(
                "User %s looked up a supporter by address: %s.",
                request.user.pk,
                "found" if lookup.supporter else "not found",
            )
        return self.render_to_response(self.get_context_data(lookup_form=form, lookup=lookup))


def look_up(address: str) -> SupporterLookup:
    """The supporter with this normalised address and their contributions, if any."""
    supporter = Supporter.objects.filter(email_index=email_index(address)).first()
    contributions = contributions_listed().filter(supporter=supporter) if supporter else []
    return SupporterLookup(address, supporter, [_row(item) for item in contributions])


def supporters_chart(months: list[Month]) -> Chart[Month]:
    return rise_and_drop_chart(
        months,
        rise=attrgetter("new"),
        drop=attrgetter("cancelled"),
        column_width=COLUMN_WIDTH,
        bar_width=BAR_WIDTH,
    )


def _row(contribution: Any) -> Row:
    currency = contribution.currency
    return Row(
        contribution=contribution,
        amount=format_amount(contribution.amount, currency),
        paid=format_amount(contribution.paid, currency),
        refunded=format_amount(contribution.refunded, currency),
    )


@require_POST
def export_view(request: HttpRequest) -> HttpResponseBase:
    _require(request)
    form = ContributionFilterForm(request.POST)
    if not form.is_valid():  # only a hand-made request gets here: export nothing unasked for
        return HttpResponseBadRequest(gettext("Unknown status or frequency."))
    lines = export_contributions(form.filters(), user=request.user)
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    today = timezone.localdate(timezone=timezone.get_default_timezone())
    response["Content-Disposition"] = f'attachment; filename="contributions-{today}.csv"'
    return _private(response)


def export_contributions(filters: dict[str, str], *, user: Any) -> Iterator[str]:
    """Record the export, then return the CSV's lines (header first) as a lazy iterator."""
    contributions = contributions_listed(**filters)
    rows = contributions.count()
    log(
        ContentType.objects.get_for_model(Contribution),
        EXPORT_ACTION,
        user=user,
        title=gettext("Contributions"),
        data={"rows": rows, **filters},
    )
    logger.info(
        "User %s started an export of %d contributions (filters: %s).", user.pk, rows, filters
    )

    def done(written: int, finished: bool) -> None:
        outcome = "finished" if finished else "stopped"
        logger.info("Export of contributions %s after %d rows.", outcome, written)

    return csv_lines(EXPORT_COLUMNS, _export_rows(contributions), when_done=done)


def _export_rows(contributions: Any) -> Iterator[list[object]]:
    zone = timezone.get_default_timezone()
    values = contributions.order_by("pk").values(
        "pk",
        "created_at",
        "started_at",
        "ended_at",
        "frequency",
        "amount",
        "currency",
        "status",
        "payments_count",
        "paid",
        "refunded",
    )
    for row in values.iterator(chunk_size=CHUNK_SIZE):
        yield [
            row["pk"],
            _local_iso(row["created_at"], zone),
            _local_iso(row["started_at"], zone),
            _local_iso(row["ended_at"], zone),
            row["frequency"],
            _major(row["amount"]),
            row["currency"].upper(),
            row["status"],
            row["payments_count"],
            _major(row["paid"]),
            _major(row["refunded"]),
        ]


def _local_iso(moment: datetime | None, zone: Any) -> str:
    return "" if moment is None else timezone.localtime(moment, zone).isoformat()


def _major(minor: int) -> str:
    """12.50 for 1250 minor units: a decimal a spreadsheet reads in any locale."""
    return f"{Decimal(minor) / MINOR_UNITS:.2f}"


class FinanceMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return bool(request.user.has_perm(VIEW_PERMISSION))
