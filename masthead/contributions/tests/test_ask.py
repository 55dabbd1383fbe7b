"""The ask under articles and on /support/: what it offers, and what Continue refuses before
any checkout is created."""

import re
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Site

from masthead.articles.tests.factories import make_article
from masthead.contributions.models import AskAmounts, AskSettings, Contribution
from masthead.contributions.money import format_amount, parse_amount


@pytest.fixture
def article(news):
    return make_article(news, title="The court hearing")


def test_the_ask_under_an_article_offers_three_frequencies_amounts_continue_and_a_reminder(
    client, article
):
    page = client.get(article.url).content.decode()

    ask = page[
        page.index('<section class="ask"') : page.index("</section>", page.index('class="ask"'))
    ]
    for value, label in [("once", "Once"), ("monthly", "Monthly"), ("annual", "Annual")]:
        assert re.search(
            rf'<input type="radio"[^>]*id="ask-frequency-{value}" name="frequency" value="{value}"',
            ask,
        )
        assert f'<label class="ask__tab" for="ask-frequency-{value}">{label}</label>' in ask
    assert re.search(r'id="ask-frequency-monthly" name="frequency" value="monthly" checked', ask)
    assert ">$2</label>" in ask
    assert ">$20</label>" in ask
    assert ">€5</label>" in ask
    assert ">£25</label>" in ask
    assert '<button type="submit" class="ask__continue">Continue</button>' in ask
    assert "Remind me later" in ask
    assert 'action="/support/checkout/"' in ask
    assert 'name="back" value="' + article.url in ask
    assert "A message from the newsroom" in ask


def test_editors_words_and_amounts_reach_the_page(client, article):
    settings = AskSettings.for_site(Site.objects.get(is_default_site=True))
    settings.heading = "Keep us reporting"
    settings.at_risk_note = "Your statement shows “GAZETTE MEDIA OÜ”, not our name."
    settings.default_frequency = "annual"
    settings.save()
    AskAmounts.objects.filter(ask=settings, frequency="annual", currency="usd").update(
        suggested="40, 80", minimum=Decimal(30)
    )

    page = client.get(article.url).content.decode()

    assert "Keep us reporting" in page
    assert "GAZETTE MEDIA OÜ" in page
    assert re.search(r'id="ask-frequency-annual" name="frequency" value="annual" checked', page)
    assert ">$40</label>" in page
    assert ">$80</label>" in page
    assert "From $30 to $10,000" in page


def test_the_ask_can_be_switched_off(client, article):
    settings = AskSettings.for_site(Site.objects.get(is_default_site=True))
    settings.enabled = False
    settings.save()

    assert 'class="ask"' not in client.get(article.url).content.decode()


def checkout(client, **fields):
    data = {"frequency": "monthly", "currency": "usd", "other": "", "back": "/news/x/"}
    data.update(fields)
    return client.post("/support/checkout/", data)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"other": "1.50"}, "The smallest monthly amount is $2."),
        ({"frequency": "annual", "other": "9.99"}, "The smallest annual amount is $10."),
        (
            {"frequency": "once", "currency": "eur", "other": "1"},
            "The smallest one-time amount is €2.",
        ),
        ({"other": "1000.01"}, "The largest monthly amount we can take here is $1,000."),
        ({"other": "five"}, "Please enter an amount in numbers, for example 5 or 12.50."),
        ({"other": "5.001"}, "Please enter the amount with at most two decimal places."),
        ({"other": "-5"}, "Please enter an amount in numbers"),
        ({"other": "1e3"}, "Please enter an amount in numbers"),
        ({"currency": "xyz", "other": "5"}, "Please choose one of the currencies offered."),
        ({"frequency": "weekly", "other": "5"}, "Please choose Once, Monthly or Annual."),
        ({"amount-monthly-usd": ""}, "Please choose or enter an amount."),
    ],
)
def test_bad_amounts_get_a_clear_message_and_no_checkout(client, home, settings, fields, message):
    settings.STRIPE_SECRET_KEY = "sk_test_unreachable"  # were it reached, the test would fail
    settings.STRIPE_API_BASE = "http://127.0.0.1:9"

    response = checkout(client, **fields)

    assert response.status_code == 400
    page = response.content.decode()
    assert message in page
    assert 'role="alert"' in page
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    assert not response.cookies
    assert Contribution.objects.count() == 0


def test_an_amount_error_is_tied_to_the_field_and_keeps_the_readers_choice(client, home):
    page = checkout(client, frequency="annual", currency="gbp", other="3").content.decode()

    assert re.search(r'id="ask-other"[^>]*value="3"[^>]*aria-invalid="true"', page)
    assert 'aria-describedby="ask-other-hint ask-other-error"' in page
    assert 'id="ask-other-error"' in page
    assert re.search(r'id="ask-frequency-annual" name="frequency" value="annual" checked', page)
    assert '<option value="gbp" selected>' in page


def test_a_foreign_sites_form_is_refused(client, home):
    response = client.post(
        "/support/checkout/",
        {"frequency": "monthly", "currency": "usd", "other": "5"},
        HTTP_ORIGIN="https://phishing.example.net",
    )
    assert response.status_code == 403


def test_without_stripe_configured_continue_explains_instead_of_failing(client, home, settings):
    settings.STRIPE_SECRET_KEY = ""

    response = checkout(client, other="5")

    assert response.status_code == 503
    assert "not set up on this site yet" in response.content.decode()


def test_checkout_attempts_are_limited_per_client(client, home, settings):
    settings.STRIPE_SECRET_KEY = ""
    statuses = [checkout(client, other="5").status_code for _ in range(7)]
    assert statuses[:5] == [503] * 5
    assert statuses[5:] == [429, 429]


@pytest.mark.parametrize(
    ("typed", "minor"),
    [
        ("5", 500),
        ("5.5", 550),
        ("5,50", 550),
        (" 12.05 ", 1205),
        ("0.99", 99),
        ("999999", 99999900),
    ],
)
def test_typed_amounts_become_minor_units(typed, minor):
    assert parse_amount(typed) == minor


@pytest.mark.parametrize("typed", ["", "5.", ".5", "1,000.00", "5 5", "NaN", "Infinity", "\u0665"])
def test_other_typed_amounts_are_refused(typed):
    with pytest.raises(ValidationError):
        parse_amount(typed)


def test_amounts_are_shown_as_readers_expect():
    assert format_amount(500, "usd") == "$5"
    assert format_amount(1250, "eur") == "€12.50"
    assert format_amount(100000, "gbp") == "£1,000"
    assert format_amount(2000, "chf") == "20\u00a0CHF"


def test_editors_cannot_save_suggestions_outside_the_limits(home):
    settings = AskSettings.for_site(Site.objects.get(is_default_site=True))
    row = AskAmounts(
        ask=settings,
        frequency="monthly",
        currency="usd",
        suggested="1, 5",
        minimum=Decimal(2),
        maximum=Decimal(100),
    )
    with pytest.raises(ValidationError) as refused:
        row.full_clean()
    assert "suggested" in refused.value.message_dict


@pytest.mark.parametrize(("role", "allowed"), [("Publisher", True), ("Editor", False)])
def test_publishers_edit_the_ask_in_the_admin_and_editors_cannot(client, home, role, allowed):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(role.lower(), "s@staff.example.org", "x" * 16)
    user.groups.add(Group.objects.get(name=role))
    client.force_login(user)
    site = Site.objects.get(is_default_site=True)

    response = client.get(f"/admin/settings/contributions/asksettings/{site.pk}/")

    if allowed:
        assert response.status_code == 200
        page = response.content.decode()
        assert 'name="heading"' in page
        assert 'name="amounts-0-suggested"' in page  # the default amounts, ready to edit
    else:
        assert response.status_code == 302  # Wagtail sends them back to the dashboard


def test_a_currency_error_is_tied_to_the_currency_field(client, home):
    page = checkout(client, currency="xyz", other="5").content.decode()

    assert re.search(
        r'<select id="ask-currency" name="currency" aria-invalid="true" '
        r'aria-describedby="ask-currency-error">',
        page,
    )
    assert 'id="ask-currency-error" role="alert"' in page


def test_after_an_error_a_cancelled_checkout_still_returns_to_the_article(client, home):
    page = checkout(client, other="1.50", back="/news/court-hearing/").content.decode()

    assert 'name="back" value="/news/court-hearing/"' in page


@pytest.mark.parametrize(
    "back", ["/" + "a" * 600, "/news/x\x00/", "//evil.example", "https://evil.example/"]
)
def test_a_strange_return_path_falls_back_to_the_front_page(client, home, settings, back):
    settings.STRIPE_SECRET_KEY = ""
    page = checkout(client, other="1", back=back).content.decode()  # refused for the amount

    assert 'name="back" value="/"' in page


def test_every_amount_group_is_named_for_screen_readers(client, article):
    page = client.get(article.url).content.decode()

    assert '<legend class="visually-hidden">Monthly amount in USD</legend>' in page
    assert '<legend class="visually-hidden">Annual amount in GBP</legend>' in page
    assert re.search(r'aria-describedby="ask-limits-monthly-usd"', page)
