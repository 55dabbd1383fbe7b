"""A reader in a real browser: front page → article, credits, Read more; nothing off-site."""

import re
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from masthead.articles.models import ArticlePage
from masthead.core.testing.smtp import SmtpServer
from tests.browser.support_scenarios import support_journey

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_reader_journey(browser, live_server, demo_site, output_dir, settings):
    """One test, one demo newsroom: a transactional test's clean-up empties the database,
    so the scenarios share one load of the demo content."""
    local = urlsplit(live_server.url).netloc
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    requested_hosts: set[str] = set()
    page.on("request", lambda request: requested_hosts.add(urlsplit(request.url).netloc))
    policy_violations: list[str] = []
    page.on(
        "console",
        lambda message: (
            policy_violations.append(message.text)
            if "Content Security Policy" in message.text
            else None
        ),
    )
    # Anything off-site would fail here anyway (no network); make it fail fast and visibly.
    page.route(
        "**/*",
        lambda route: (
            route.continue_() if urlsplit(route.request.url).netloc == local else route.abort()
        ),
    )

    front_page_to_article(page, live_server.url, output_dir)
    assert requested_hosts == {local}

    embed_loads_only_after_the_click(page, live_server.url, requested_hosts)
    subscribes_from_the_article_and_confirms(page, live_server.url, settings)
    assert policy_violations == []
    context.close()

    phone_width_and_dark_mode(browser, live_server.url, output_dir)

    editor_publishes_a_correction_in_the_admin(browser, live_server.url, output_dir)

    support_journey(browser, live_server, settings, output_dir)


def front_page_to_article(page, base_url, output_dir):
    lead = ArticlePage.objects.live().order_by("-first_published_at").first()
    authors = [author.name for author in lead.authors_in_order()]

    page.goto(base_url + "/")
    assert page.locator("h1").count() == 1
    page.get_by_role("link", name=lead.title).first.click()

    page.wait_for_url(f"**{lead.url}")
    assert page.locator("h1").inner_text() == lead.title
    byline = page.locator(".article__meta .byline").inner_text()
    for name in authors:
        assert name in byline
    caption = page.locator(".article__lead figcaption")
    assert caption.locator(".caption").inner_text() == lead.lead_image_caption
    assert caption.locator(".credit").text_content() == f"Photo: {lead.lead_image_credit}"
    assert page.locator(".article__lead img").evaluate("img => img.naturalWidth") > 0

    read_more = page.locator(".read-more")
    assert read_more.get_by_role("heading", name="Read more").is_visible()
    links = read_more.locator(".teaser__headline a")
    assert links.count() == 4
    hrefs = [links.nth(i).get_attribute("href") for i in range(4)]
    assert lead.url not in hrefs
    assert all(href.startswith("/") for href in hrefs)
    page.screenshot(path=str(output_dir / "article.png"), full_page=True)

    links.first.click()
    page.wait_for_url(f"**{hrefs[0]}")
    assert page.locator("h1").count() == 1


def embed_loads_only_after_the_click(page, base_url, requested_hosts):
    article = next(a for a in ArticlePage.objects.live() if "embed" in str(a.body.raw_data))
    page.goto(base_url + article.url)
    assert page.locator("iframe").count() == 0
    assert "www.openstreetmap.org" not in requested_hosts

    page.get_by_role("button", name="Load from OpenStreetMap").click()
    frame = page.locator("figure.embed iframe")
    assert frame.get_attribute("src").startswith("https://www.openstreetmap.org/export/embed.html?")
    page.wait_for_timeout(200)
    assert "www.openstreetmap.org" in requested_hosts  # only now, after the click


def phone_width_and_dark_mode(browser, base_url, output_dir):
    context = browser.new_context(viewport={"width": 390, "height": 844}, color_scheme="dark")
    page = context.new_page()
    page.goto(base_url + "/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways scroll
    background = page.evaluate("getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(20, 20, 20)"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.screenshot(path=str(output_dir / "home-phone-dark.png"), full_page=True)
    # On paper: no navigation, no forms, black on white.
    page.emulate_media(media="print", color_scheme="light")
    page.goto(base_url + ArticlePage.objects.live().first().url)
    assert page.locator("h1").is_visible()
    assert page.locator(".site-nav").is_hidden()
    assert page.locator("form.signup, .signup form").first.is_hidden()
    assert page.evaluate("getComputedStyle(document.body).color") == "rgb(0, 0, 0)"
    context.close()


def editor_publishes_a_correction_in_the_admin(browser, base_url, output_dir):
    get_user_model().objects.create_superuser("editor", "editor@example.org", "a-long-password!")
    article = ArticlePage.objects.live().order_by("-first_published_at").first()
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()

    page.goto(base_url + "/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("a-long-password!")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(base_url + "/admin/")

    page.goto(f"{base_url}/admin/pages/{article.pk}/edit/")
    page.get_by_role("textbox", name="Headline").fill("A headline fixed by the desk")
    page.get_by_role("button", name="Add correction").click()
    correction = page.locator("textarea[name^='corrections-'][name$='-text']").last
    correction.fill("An earlier version of this article gave the wrong date for the hearing.")
    page.screenshot(path=str(output_dir / "admin-correction.png"), full_page=True)
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish", exact=True).click()
    page.wait_for_url(f"**/admin/pages/{article.get_parent().pk}/")
    page.screenshot(path=str(output_dir / "admin-after-publish.png"))
    context.close()

    reader = browser.new_page()
    reader.goto(base_url + article.url)
    assert reader.locator("h1").inner_text() == "A headline fixed by the desk"
    expect(reader.locator(".corrections")).to_contain_text("gave the wrong date for the hearing")
    expect(reader.locator(".article__meta .updated")).to_contain_text("Updated")
    reader.close()


def subscribes_from_the_article_and_confirms(page, base_url, settings):
    """The confirmation travels through a real SMTP server on loopback."""
    with SmtpServer() as smtp:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", smtp.port
        settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
        settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
        _subscribe_and_confirm(page, base_url, smtp)


def _subscribe_and_confirm(page, base_url, smtp):
    form = page.locator("form[data-signup]")
    form.get_by_label("Email address").fill("not an address")
    form.get_by_role("button", name="Subscribe").click()
    status = form.get_by_role("status")
    expect(status).to_contain_text("Enter a valid email address")
    form.get_by_label("Email address").fill("reader@example.org")
    form.get_by_role("button", name="Subscribe").click()
    expect(status).to_contain_text("Almost done")
    assert "/newsletter/" not in page.url  # answered inline, no page load

    [received] = smtp.received
    assert received.recipients == ["reader@example.org"]
    body = received.message.get_body(("plain",)).get_content()
    link = re.search(r"https?://[^/\s]+(/newsletter/confirm/[^/\s]+/)", body)[1]
    page.goto(base_url + link)
    page.get_by_role("button", name="Confirm my subscription").click()
    expect(page.locator("h1")).to_have_text("You are subscribed")
