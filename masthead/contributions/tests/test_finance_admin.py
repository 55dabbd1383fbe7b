"""The Finance page of the admin: income and recurring revenue by currency, supporter
counts, new and cancelled recurring supporters per month, the list of contributions, the
exact-address lookup and the audited CSV export, for the Finance role only.

Every test runs with the newsroom in Riga while the Finance member's admin is set to New
York: figures that used the viewer's (or the database's) time zone would count the
contributions made just after midnight in Riga in the wrong month.
"""

import csv
import io
import logging
import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from masthead.accounts import roles
from masthead.contributions.finance_figures import Income, RecurringRevenue, SupporterCounts
from masthead.contributions.models import Contribution, Payment, Supporter
from masthead.core.csv_export import csv_lines, neutralise

PAGE = "/admin/contributions/"
EXPORT = "/admin/contributions/export/"
NEWSROOM = ZoneInfo("Europe/Riga")
VIEWER = "America/New_York"
Status = Contribution.Status

HEADER = [
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
]


@pytest.fixture(autouse=True)
def newsroom_in_riga(settings):
    settings.TIME_ZONE = "Europe/Riga"


def staff(role: str | None, *, time_zone: str = ""):
    """A staff user in one of the newsroom's roles (masthead.accounts.roles), or a superuser."""
    users = get_user_model().objects
    name = (role or "superuser").lower()
    if role is None:
        user = users.create_superuser(name, f"{name}@staff.example.org", "x" * 16)
    else:
        user = users.create_user(name, f"{name}@staff.example.org", "x" * 16)
        user.groups.add(Group.objects.get(name=role))
    if time_zone:
        profile = UserProfile.get_for_user(user)
        profile.current_time_zone = time_zone
        profile.save()
    return user


@pytest.fixture
def finance(db, client):
    user = staff(roles.FINANCE, time_zone=VIEWER)
    client.force_login(user)
    return user


def month(months_ago: int) -> datetime:
    """Midnight on the first day of a month, in the newsroom's time zone."""
    today = timezone.localtime(timezone.now(), NEWSROOM).date()
    index = today.year * 12 + today.month - 1 - months_ago
    return datetime(index // 12, index % 12 + 1, 1, tzinfo=NEWSROOM)


def supporter(name: str) -> Supporter:
    return Supporter.objects.create(email=f"{name}@example.org")


def contribute(
    frequency: str,
    amount: int,
    currency: str,
    status: str,
    *,
    started: datetime | None = None,
    ended: datetime | None = None,
    created: datetime | None = None,
    by: Supporter | None = None,
) -> Contribution:
    contribution = Contribution.objects.create(
        reference=f"ref-{Contribution.objects.count()}",
        supporter=by,
        frequency=frequency,
        amount=amount,
        currency=currency,
        status=status,
        started_at=started,
        ended_at=ended,
    )
    # created_at is set on insert; put it where the story needs it.
    Contribution.objects.filter(pk=contribution.pk).update(created_at=created or started)
    contribution.refresh_from_db()
    return contribution


def pay(contribution: Contribution, amount: int, paid_at: datetime, refunded: int = 0) -> Payment:
    return Payment.objects.create(
        contribution=contribution,
        stripe_id=f"in_{Payment.objects.count()}",
        amount=amount,
        currency=contribution.currency,
        amount_refunded=refunded,
        paid_at=paid_at,
    )


@pytest.fixture
def books(db):
    """Fourteen months of a small newsroom's support, in four currencies."""
    anna, boris, vera, gleb = (supporter(name) for name in ("anna", "boris", "vera", "gleb"))
    day = timedelta(days=1)
    c = {}
    # Anna gives $5 a month since three months ago, and €8 a month since four.
    c["anna_usd"] = contribute(
        "monthly", 500, "usd", Status.ACTIVE, started=month(3) + day, by=anna
    )
    for months_ago in (3, 2, 1):
        pay(c["anna_usd"], 500, month(months_ago) + day)
    pay(c["anna_usd"], 500, month(0) + timedelta(hours=1))
    c["anna_eur"] = contribute(
        "monthly", 800, "eur", Status.ACTIVE, started=month(4) + day, by=anna
    )
    pay(c["anna_eur"], 800, month(4) + day)
    pay(c["anna_eur"], 800, month(0) + timedelta(hours=1))
    # Anna's one-off £25, half an hour into this month in Riga (still last month in New York
    # and in UTC), £10 of it refunded.
    c["anna_gbp"] = contribute(
        "once", 2500, "gbp", Status.COMPLETED, started=month(0) + timedelta(minutes=30), by=anna
    )
    pay(c["anna_gbp"], 2500, month(0) + timedelta(minutes=30), refunded=1000)
    # Boris gives $60 and 10.02 CHF a year.
    c["boris_usd"] = contribute(
        "annual", 6000, "usd", Status.ACTIVE, started=month(5) + day, by=boris
    )
    pay(c["boris_usd"], 6000, month(5) + day)
    c["boris_chf"] = contribute(
        "annual", 1002, "chf", Status.ACTIVE, started=month(2) + day, by=boris
    )
    pay(c["boris_chf"], 1002, month(2) + day)
    # Vera's €10 a month failed to renew this month; her €120 a year she cancelled 20 minutes
    # into this month (Riga time).
    c["vera_eur"] = contribute(
        "monthly", 1000, "eur", Status.PAST_DUE, started=month(2) + 5 * day, by=vera
    )
    pay(c["vera_eur"], 1000, month(2) + 5 * day)
    pay(c["vera_eur"], 1000, month(1) + 5 * day)
    c["vera_annual"] = contribute(
        "annual",
        12000,
        "eur",
        Status.CANCELLED,
        started=month(6) + day,
        ended=month(0) + timedelta(minutes=20),
        by=vera,
    )
    pay(c["vera_annual"], 12000, month(6) + day)
    # Gleb's $3 a month began 13 months ago and ended last month. Two of its payments fall
    # either side of the first instant of the 12-month window.
    c["gleb_usd"] = contribute(
        "monthly",
        300,
        "usd",
        Status.CANCELLED,
        started=month(13) + day,
        ended=month(1) + 10 * day,
        by=gleb,
    )
    pay(c["gleb_usd"], 300, month(13) + day)
    pay(c["gleb_usd"], 300, month(11) - timedelta(seconds=1))
    pay(c["gleb_usd"], 300, month(11))
    # A monthly checkout that expired last month before its first payment: Stripe calls the
    # subscription cancelled, but it never was a supporter's.
    c["expired"] = contribute(
        "monthly", 400, "usd", Status.CANCELLED, created=month(1), ended=month(1) + day
    )
    # $7 a month from a checkout whose supporter is not attached yet, an hour into this month.
    c["unattached"] = contribute(
        "monthly", 700, "usd", Status.ACTIVE, started=month(0) + timedelta(hours=1)
    )
    pay(c["unattached"], 700, month(0) + timedelta(hours=1))
    # One-off gifts: $10 last month; $15 this month, refunded; $20 left at the checkout;
    # one that failed.
    c["last_month"] = contribute("once", 1000, "usd", Status.COMPLETED, started=month(1) + 3 * day)
    pay(c["last_month"], 1000, month(1) + 3 * day)
    c["refunded"] = contribute(
        "once",
        1500,
        "usd",
        Status.REFUNDED,
        started=month(0) + timedelta(hours=2),
        ended=month(0) + timedelta(hours=3),
    )
    pay(c["refunded"], 1500, month(0) + timedelta(hours=2), refunded=1500)
    c["pending"] = contribute(
        "once", 2000, "usd", Status.PENDING, created=month(0) + timedelta(hours=4)
    )
    c["failed"] = contribute(
        "once", 900, "usd", Status.FAILED, created=month(1) + 2 * day, ended=month(1) + 2 * day
    )
    return c


def private(response) -> bool:
    return {"private", "no-store"} <= {
        part.strip() for part in response["Cache-Control"].split(",")
    }


def test_income_is_net_of_refunds_per_currency_in_newsroom_months(client, books, finance):
    response = client.get(PAGE)

    assert response.status_code == 200
    assert private(response)
    figures = response.context["figures"]
    assert figures.month == month(0).date()
    assert figures.income == [
        # 10.02 CHF a year ago … this month nothing.
        Income(currency="chf", this_month=0, last_12_months=1002, all_time=1002),
        Income(currency="eur", this_month=800, last_12_months=15600, all_time=15600),
        # £25 less £10 refunded, half an hour into the month in Riga.
        Income(currency="gbp", this_month=1500, last_12_months=1500, all_time=1500),
        # This month $5 (Anna) + $7 (unattached) + $15 less $15 refunded; Gleb's payments of
        # 13 months ago and one second before the window count only for all time.
        Income(currency="usd", this_month=1200, last_12_months=10000, all_time=10600),
    ]
    html = squeeze(response.content.decode())
    month_name = month(0).strftime("%B %Y")
    assert f'<th scope="col">This month ({month_name})</th>' in html
    assert table_rows(html, "Income by currency, net of refunds") == [
        ["CHF", "0\xa0CHF", "10.02\xa0CHF", "10.02\xa0CHF"],
        ["EUR", "€8", "€156", "€156"],
        ["GBP", "£15", "£15", "£15"],
        ["USD", "$12", "$100", "$106"],
    ]


def test_recurring_revenue_counts_past_due_and_a_twelfth_of_annual(client, books, finance):
    response = client.get(PAGE)

    assert response.context["figures"].recurring_revenue == [
        # 10.02 CHF a year: 83.5 cents a month, rounded half up.
        RecurringRevenue(currency="chf", amount=84, at_risk=0),
        # Anna €8 + Vera €10 (past due); Vera's cancelled annual gift is out.
        RecurringRevenue(currency="eur", amount=1800, at_risk=1000),
        # Anna $5 + unattached $7 + Boris $60 / 12; Gleb's cancelled $3 is out.
        RecurringRevenue(currency="usd", amount=1700, at_risk=0),
    ]
    html = squeeze(response.content.decode())
    assert table_rows(html, "Monthly recurring revenue by currency") == [
        ["CHF", "0.84\xa0CHF", "0\xa0CHF"],
        ["EUR", "€18", "€10"],
        ["USD", "$17", "$0"],
    ]


def test_supporters_are_counted_once_per_kind(client, books, finance):
    response = client.get(PAGE)

    assert response.context["figures"].supporters == SupporterCounts(
        monthly_active=2,  # Anna (two currencies) and the unattached checkout
        monthly_past_due=1,  # Vera
        annual_active=1,  # Boris (two currencies)
        annual_past_due=0,
        one_off_this_month=1,  # Anna's £25: the refunded and the pending gift are out
    )
    html = squeeze(response.content.decode())
    assert "<tr> <td>2</td> <td>1</td> <td>1</td> <td>0</td> <td>1</td> </tr>" in html


def test_the_chart_shows_new_and_cancelled_recurring_supporters_per_month(client, books, finance):
    response = client.get(PAGE)

    months = response.context["figures"].months
    assert [(item.start, item.new, item.cancelled) for item in months] == [
        (month(months_ago).date(), new, cancelled)
        for months_ago, new, cancelled in [
            (11, 0, 0),
            (10, 0, 0),
            (9, 0, 0),
            (8, 0, 0),
            (7, 0, 0),
            (6, 1, 0),  # Vera's annual
            (5, 1, 0),  # Boris's USD
            (4, 1, 0),  # Anna's EUR
            (3, 1, 0),  # Anna's USD
            (2, 2, 0),  # Boris's CHF, Vera's monthly
            (1, 0, 1),  # Gleb's (the checkout that expired was never a supporter's)
            (0, 1, 1),  # the unattached one; Vera's annual, 20 minutes into the month
        ]
    ]
    html = squeeze(response.content.decode())
    assert '<svg viewBox="0 0 680 180" role="img"' in html
    assert "In the last 12 months: 7 new recurring supporters, 2 cancelled." in html
    assert html.count('<rect class="masthead-growth__rise"') == 6
    assert html.count('<rect class="masthead-growth__drop"') == 2
    assert "<summary>The numbers, month by month</summary>" in html
    table = re.findall(r'<th scope="row">([^<]+)</th> <td>(\d+)</td> <td>(\d+)</td>', html)
    assert table == [
        (item.start.strftime("%B %Y"), str(item.new), str(item.cancelled)) for item in months
    ]


def test_the_list_shows_no_address_and_nothing_from_another_host(client, books, finance):
    response = client.get(PAGE)

    rows = response.context["rows"]
    assert [row.contribution.pk for row in rows] == [
        books[name].pk
        for name in (
            "pending",
            "refunded",
            "unattached",
            "anna_gbp",
            "last_month",
            "failed",
            "expired",
            "vera_eur",
            "boris_chf",
            "anna_usd",
            "anna_eur",
            "boris_usd",
            "vera_annual",
            "gleb_usd",
        )
    ]
    html = squeeze(response.content.decode())
    assert "@example.org" not in html
    assert not re.findall(r"<(?:script|link|img)[^>]*(?:src|href)=\"(?:https?:)?//", html)
    by_pk = {row.contribution.pk: row for row in rows}
    anna_gbp = by_pk[books["anna_gbp"].pk]
    assert (anna_gbp.amount, anna_gbp.paid, anna_gbp.refunded) == ("£25", "£25", "£10")
    assert (
        "<td>Once</td> <td>£25</td> <td>completed</td> <td>1</td> <td>£25</td> <td>£10</td>" in html
    )
    assert (
        "<td>Monthly</td> <td>$5</td> <td>active</td> <td>4</td> <td>$20</td> <td>$0</td>" in html
    )
    assert "<td>Monthly</td> <td>€10</td> <td>past due</td> <td>2</td> <td>€20</td>" in html


def test_the_list_filters_by_status_and_frequency(client, books, finance):
    response = client.get(PAGE, {"status": "active", "frequency": "monthly"})

    assert [row.contribution.pk for row in response.context["rows"]] == [
        books["unattached"].pk,
        books["anna_usd"].pk,
        books["anna_eur"].pk,
    ]
    html = response.content.decode()
    assert '<input type="hidden" name="status" value="active">' in html
    assert '<input type="hidden" name="frequency" value="monthly">' in html
    assert "Export these contributions (CSV)" in html

    response = client.get(PAGE, {"frequency": "once"})
    assert {row.contribution.frequency for row in response.context["rows"]} == {"once"}
    assert len(response.context["rows"]) == 5


def test_an_unknown_filter_is_explained_and_left_out(client, books, finance):
    response = client.get(PAGE, {"status": "lost", "frequency": "annual"})

    assert response.status_code == 200
    assert response.context["filter_form"].errors == {
        "status": ["Select a valid choice. lost is not one of the available choices."]
    }
    assert response.context["filters"] == {"frequency": "annual"}
    assert len(response.context["rows"]) == 3


def test_the_list_pages_by_fifty_in_a_constant_number_of_queries(
    client, finance, django_assert_max_num_queries
):
    def add(count: int) -> None:
        for _ in range(count):
            contribution = contribute(
                "monthly", 500, "usd", Status.ACTIVE, started=month(1), by=None
            )
            pay(contribution, 500, month(1))
            pay(contribution, 500, month(0), refunded=100)

    add(2)
    with CaptureQueriesContext(connection) as few:
        assert client.get(PAGE).status_code == 200
    add(58)

    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(PAGE)

    assert len(response.context["rows"]) == 50
    assert {row.contribution.payments_count for row in response.context["rows"]} == {2}
    assert {row.refunded for row in response.context["rows"]} == {"$1"}
    assert "Page 1 of 2" in response.content.decode()
    response = client.get(PAGE, {"p": "2"})
    assert len(response.context["rows"]) == 10
    assert client.get(PAGE, {"p": "nine"}).context["page_obj"].number == 1


def test_an_exact_address_finds_the_supporters_contributions(client, books, finance, caplog):
    with caplog.at_level(logging.INFO, logger="masthead.contributions.finance_admin"):
        response = client.post(PAGE, {"email": "  Anna@EXAMPLE.org "})

    assert response.status_code == 200
    assert private(response)
    lookup = response.context["lookup"]
    assert lookup.address == "anna@example.org"
    assert lookup.supporter.email == "anna@example.org"
    assert [(row.contribution.pk, row.paid, row.refunded) for row in lookup.rows] == [
        (books["anna_gbp"].pk, "£25", "£10"),
        (books["anna_usd"].pk, "$20", "$0"),
        (books["anna_eur"].pk, "€16", "€0"),
    ]
    html = response.content.decode()
    assert '<h3 class="w-h3">anna@example.org</h3>' in html
    assert "Supporter since" in html
    assert "boris@example.org" not in html
    assert f"User {finance.pk} looked up a supporter by address: found." in caplog.text
    assert "@" not in caplog.text


def test_an_address_nobody_gave_from_finds_nothing(client, books, finance):
    response = client.post(PAGE, {"email": "anna@example.net"})

    assert response.context["lookup"].supporter is None
    assert response.context["lookup"].rows == []
    assert "No supporter has this address." in response.content.decode()


def test_what_is_not_an_address_gets_a_message(client, books, finance):
    response = client.post(PAGE, {"email": "anna"})

    assert response.context["lookup_form"].errors == {
        "email": ["Enter a valid email address, like name@example.org."]
    }
    assert response.context.get("lookup") is None


def read_csv(response) -> list[list[str]]:
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body.removeprefix("\ufeff"))))


def test_export_streams_every_contribution_without_addresses_and_is_audited(
    client, books, finance, caplog
):
    with caplog.at_level(logging.INFO, logger="masthead.contributions.finance_admin"):
        response = client.post(EXPORT)
        rows = read_csv(response)

    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert private(response)
    today = timezone.localtime(timezone.now(), NEWSROOM).date()
    assert response["Content-Disposition"] == (
        f'attachment; filename="contributions-{today.isoformat()}.csv"'
    )
    assert rows[0] == HEADER
    assert [int(row[0]) for row in rows[1:]] == sorted(item.pk for item in books.values())
    by_pk = {int(row[0]): row for row in rows[1:]}
    gbp = books["anna_gbp"]
    riga = (month(0) + timedelta(minutes=30)).isoformat()
    assert riga.endswith(("+02:00", "+03:00"))
    assert by_pk[gbp.pk] == [
        str(gbp.pk),
        riga,
        riga,
        "",
        "once",
        "25.00",
        "GBP",
        "completed",
        "1",
        "25.00",
        "10.00",
    ]
    assert by_pk[books["boris_chf"].pk][4:] == [
        "annual",
        "10.02",
        "CHF",
        "active",
        "1",
        "10.02",
        "0.00",
    ]
    assert by_pk[books["pending"].pk][2:] == [
        "",
        "",
        "once",
        "20.00",
        "USD",
        "pending",
        "0",
        "0.00",
        "0.00",
    ]
    assert "@" not in "".join(",".join(row) for row in rows)

    entry = ModelLogEntry.objects.get(action="contributions.export")
    assert (entry.user_id, entry.content_type, entry.object_id, entry.label) == (
        finance.pk,
        ContentType.objects.get_for_model(ContentType),
        str(ContentType.objects.get_for_model(Contribution).pk),
        "Contributions",
    )
    assert entry.data == {"rows": 14}
    assert entry.message == "Exported 14 contributions"
    assert "@" not in caplog.text
    assert (
        f"User {finance.pk} started an export of 14 contributions (filters: {{}})." in caplog.text
    )
    assert "Export of contributions finished after 14 rows." in caplog.text


def test_export_takes_the_lists_filters(client, books, finance):
    rows = read_csv(client.post(EXPORT, {"status": "cancelled"}))

    assert [(int(row[0]), row[7]) for row in rows[1:]] == [
        (books["vera_annual"].pk, "cancelled"),
        (books["gleb_usd"].pk, "cancelled"),
        (books["expired"].pk, "cancelled"),
    ]
    entry = ModelLogEntry.objects.get(action="contributions.export")
    assert entry.data == {"rows": 3, "status": "cancelled"}
    assert entry.message == "Exported 3 contributions"


def test_export_is_a_post_with_known_filters(client, books, finance):
    assert client.get(EXPORT).status_code == 405
    response = client.post(EXPORT, {"frequency": "weekly"})
    assert response.status_code == 400
    assert not ModelLogEntry.objects.filter(action="contributions.export").exists()


def test_superusers_read_exports_in_the_site_history(client, books):
    client.force_login(staff(roles.FINANCE))
    client.post(EXPORT, {"frequency": "annual"})
    client.force_login(staff(None))

    history = client.get("/admin/reports/site-history/")

    assert history.status_code == 200
    assert "Exported 3 contributions" in history.content.decode()


def test_cells_that_a_spreadsheet_would_run_are_neutralised():
    assert [neutralise(cell) for cell in ("=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx")] == [
        "'=1+1",
        "'+1",
        "'-2",
        "'@SUM(A1)",
        "'\tx",
        "'\rx",
    ]
    assert neutralise("12.50") == "12.50"
    lines = list(csv_lines(("a", "b", "c"), [("=HYPERLINK(1)", None, 5)]))
    assert lines == ["\ufeffa,b,c\r\n", "'=HYPERLINK(1),,5\r\n"]


@pytest.mark.parametrize("role", [roles.ADMINISTRATOR, roles.PUBLISHER, roles.EDITOR])
def test_only_finance_sees_the_money(client, books, role):
    client.force_login(staff(role))

    assert PAGE not in client.get("/admin/").content.decode()  # no menu item
    for response in (
        client.get(PAGE),
        client.post(PAGE, {"email": "anna@example.org"}),
        client.post(EXPORT),
    ):
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert not ModelLogEntry.objects.filter(action="contributions.export").exists()


@pytest.mark.parametrize("role", [roles.FINANCE, None])
def test_the_menu_leads_finance_and_superusers_to_the_page(client, db, role):
    client.force_login(staff(role))
    assert f'"url": "{PAGE}"' in client.get("/admin/").content.decode()


def test_an_empty_ledger_says_so(client, finance):
    response = client.get(PAGE)

    assert response.status_code == 200
    html = response.content.decode()
    assert "No payments yet." in html
    assert "No recurring contributions yet." in html
    assert "No contributions." in html
    assert "In the last 12 months: 0 new recurring supporters, 0 cancelled." in html


def squeeze(html: str) -> str:
    """The HTML with every run of white space (but no-break spaces) made one space."""
    return re.sub(r"[ \t\r\n]+", " ", html)


def table_rows(html: str, caption: str) -> list[list[str]]:
    """The body rows of the table with this caption, as the text of their cells."""
    table = html.split(f'<caption class="w-sr-only">{caption}</caption>', 1)[1]
    body = table.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [
        re.findall(r"<t[hd][^>]*>([^<]*)</t[hd]>", row)
        for row in re.findall(r"<tr>(.*?)</tr>", body)
    ]
