"""Scenarios for test_reader_journey.py. A reader supports the newsroom in a real browser:
Monthly, 5, Continue, the Stripe stand-in's checkout, signed webhooks, the thank-you page,
and no ask on the next article. Then other readers: the ask's limits, closing it, and
Remind me later, all kept in their own browser."""

import re
from urllib.parse import urlsplit

from playwright.sync_api import expect

from masthead.articles.models import ArticlePage
from masthead.contributions.models import Contribution, Payment, Reminder
from masthead.contributions.testing.stripe_standin import StripeStandin


def support_journey(browser, live_server, settings, output_dir):
    """Run from test_reader_journey.py (one transactional test shares one demo newsroom)."""
    articles = list(ArticlePage.objects.live().order_by("-first_published_at")[:6])
    with StripeStandin(webhook_url=f"{live_server.url}/stripe/webhook/") as standin:
        settings.STRIPE_SECRET_KEY = "sk_test_standin"
        settings.STRIPE_WEBHOOK_SECRET = standin.webhook_secret
        settings.STRIPE_API_BASE = standin.base_url
        settings.BASE_URL = live_server.url  # where Stripe sends the reader back
        monthly_support_from_ask_to_thank_you(browser, live_server, articles, standin, output_dir)
        annual_support_in_euros_without_javascript(browser, live_server, articles, standin)
    the_ask_keeps_its_limits_in_the_readers_browser(browser, live_server, articles)


def monthly_support_from_ask_to_thank_you(browser, live_server, articles, standin, output_dir):
    first, second = articles[0], articles[1]
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    allowed = {urlsplit(live_server.url).netloc, urlsplit(standin.base_url).netloc}
    page.route(
        "**/*",
        lambda route: (
            route.continue_() if urlsplit(route.request.url).netloc in allowed else route.abort()
        ),
    )
    page.goto(live_server.url + first.url)
    ask = page.locator("section.ask")
    expect(ask).to_be_visible()
    for frequency in ("Once", "Monthly", "Annual"):
        expect(ask.get_by_label(frequency, exact=True)).to_be_attached()
    expect(ask.get_by_label("Monthly", exact=True)).to_be_checked()
    expect(ask.get_by_text("$20", exact=True)).to_be_visible()
    expect(ask.get_by_role("button", name="Continue")).to_be_visible()
    expect(ask.get_by_text("Remind me later")).to_be_visible()
    ask.screenshot(path=str(output_dir / "support-ask.png"))

    # Annual shows the annual amounts, and only those.
    ask.get_by_text("Annual", exact=True).click()
    expect(ask.get_by_text("$250", exact=True)).to_be_visible()
    expect(ask.get_by_text("$20", exact=True)).to_be_hidden()

    # Too little for monthly support: a message, no checkout.
    ask.get_by_text("Monthly", exact=True).click()
    ask.get_by_label("Other amount").fill("1.50")
    ask.get_by_role("button", name="Continue").click()
    expect(page.get_by_role("alert")).to_contain_text("The smallest monthly amount is $2.")
    assert not [r for r in standin.requests if r.path == "/v1/checkout/sessions"]

    page.get_by_label("Other amount").fill("5")
    page.get_by_role("button", name="Continue").click()
    page.wait_for_url(re.compile(re.escape(standin.base_url) + r"/checkout/cs_test_\w+"))
    [request] = [r for r in standin.requests if r.path == "/v1/checkout/sessions"]
    price = request.params["line_items"][0]["price_data"]
    assert (price["unit_amount"], price["currency"], price["recurring"]["interval"]) == (
        "500",
        "usd",
        "month",
    )
    page.get_by_label("Email").fill("reader@example.org")
    page.get_by_role("button", name="Pay").click()

    page.wait_for_url(re.compile(r".*/support/thanks/\?session_id=cs_test_\w+"))
    expect(page.get_by_role("heading", name="Thank you")).to_be_visible()
    standin.wait_for_deliveries()
    assert {status for _event, status in standin.deliveries} == {200}
    contribution = Contribution.objects.get(checkout_session_id__isnull=False)
    assert contribution.status == "active"
    assert contribution.amount == 500
    assert Payment.objects.filter(contribution=contribution).count() == 1
    page.screenshot(path=str(output_dir / "support-thanks.png"))

    page.goto(live_server.url + second.url)
    thanks = page.locator("section.ask [data-ask-thanks]")
    expect(thanks).to_be_visible()
    expect(page.get_by_role("button", name="Continue")).to_be_hidden()
    context.close()


def annual_support_in_euros_without_javascript(browser, live_server, articles, standin):
    """Tabs, currency and amount buttons are plain form controls; CSS shows the right
    amounts. Without script the ask always shows, and Continue is an ordinary POST."""
    context = browser.new_context(
        java_script_enabled=False, viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    page.goto(live_server.url + articles[2].url)
    ask = page.locator("section.ask")
    ask.get_by_text("Annual", exact=True).click()
    ask.get_by_label("Currency").select_option("eur")
    annual_euros = ask.get_by_role("group", name="Annual amount in EUR")
    expect(annual_euros).to_be_visible()
    for other in ("Annual amount in USD", "One-time amount in EUR", "Monthly amount in EUR"):
        expect(ask.get_by_role("group", name=other)).to_be_hidden()
    annual_euros.get_by_text("€50", exact=True).click()
    requests_before = len(standin.requests)
    ask.get_by_role("button", name="Continue").click()

    page.wait_for_url(re.compile(re.escape(standin.base_url) + r"/checkout/cs_test_\w+"))
    [request] = [r for r in standin.requests[requests_before:] if r.path == "/v1/checkout/sessions"]
    price = request.params["line_items"][0]["price_data"]
    assert (price["unit_amount"], price["currency"], price["recurring"]["interval"]) == (
        "5000",
        "eur",
        "year",
    )
    context.close()


def the_ask_keeps_its_limits_in_the_readers_browser(browser, live_server, articles):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()

    for article in articles[:4]:
        page.goto(live_server.url + article.url)
        expect(page.locator("section.ask")).to_be_visible()
    page.goto(live_server.url + articles[4].url)
    expect(page.locator("section.ask")).to_be_hidden()  # at most 4 asks in 30 days
    state = page.evaluate("JSON.parse(localStorage.getItem('masthead.support'))")
    assert len(state["asked"]) == 4
    assert page.context.cookies() == []

    # A fresh browser: closing the ask keeps it away on the next article.
    other = browser.new_context(viewport={"width": 1280, "height": 900})
    reader = other.new_page()
    reader.goto(live_server.url + articles[0].url)
    reader.get_by_role("button", name="Close").click()
    expect(reader.locator("section.ask")).to_be_hidden()
    reader.goto(live_server.url + articles[1].url)
    expect(reader.locator("section.ask")).to_be_hidden()
    other.close()

    # Remind me later, answered on the page.
    third = browser.new_context(viewport={"width": 1280, "height": 900})
    reader = third.new_page()
    reader.goto(live_server.url + articles[0].url)
    reader.get_by_text("Remind me later").click()
    reader.get_by_label("Email address").first.fill("later@example.org")
    month = reader.get_by_label("When").input_value()
    reader.get_by_role("button", name="Remind me").click()
    expect(reader.locator("#remind-status")).to_contain_text("We will email you once")
    assert Reminder.objects.get().month.strftime("%Y-%m") == month
    reader.goto(live_server.url + articles[1].url)
    expect(reader.locator("section.ask")).to_be_hidden()  # until that month
    third.close()
    context.close()
