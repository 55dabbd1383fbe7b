"""Fixtures shared by every test package."""

import pytest
from django.core.cache import cache

from masthead.articles.tests.factories import make_home, make_section
from masthead.core.testing.smtp import SmtpServer


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: rate limits and the clock's slots live there."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def home(db):
    return make_home()


@pytest.fixture
def news(home):
    return make_section(home, "News")


@pytest.fixture
def demo_site(db):
    from masthead.articles.demo.loader import load_demo_content

    return load_demo_content()


@pytest.fixture
def smtp_server(settings):
    """A real SMTP server on loopback that Django's SMTP backend sends to."""
    with SmtpServer() as server:
        settings.EMAIL_BACKEND = "masthead.core.mail.SmtpBackend"  # as EMAIL_URL=smtp:// sets
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = server.port
        settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
        settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
        settings.EMAIL_TIMEOUT = 5
        yield server


@pytest.fixture
def stripe_standin(settings):
    """A Stripe stand-in on loopback that the real `stripe` SDK talks to. Its webhooks are
    not sent anywhere (tests post them); a live server's tests give it a webhook URL."""
    from masthead.contributions.testing.stripe_standin import StripeStandin

    with StripeStandin(webhook_secret="whsec_test") as server:  # noqa: S106 — a test secret
        settings.STRIPE_SECRET_KEY = "sk_test_standin"  # noqa: S105 — the stand-in takes any test key
        settings.STRIPE_WEBHOOK_SECRET = server.webhook_secret
        settings.STRIPE_API_BASE = server.base_url
        yield server
