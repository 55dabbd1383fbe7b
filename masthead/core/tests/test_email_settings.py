import pytest
from django.core.exceptions import ImproperlyConfigured

from masthead.settings.env import email_settings


def test_smtp_with_starttls_and_credentials():
    assert email_settings("smtp+tls://news%40example.org:p%40ss@mail.example.org") == {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "mail.example.org",
        "EMAIL_PORT": 587,
        "EMAIL_HOST_USER": "news@example.org",
        "EMAIL_HOST_PASSWORD": "p@ss",
        "EMAIL_USE_TLS": True,
        "EMAIL_USE_SSL": False,
        "EMAIL_TIMEOUT": 30,
    }


def test_plain_smtp_and_implicit_tls_ports():
    assert email_settings("smtp://127.0.0.1:2525")["EMAIL_PORT"] == 2525
    assert email_settings("smtp://relay.example.org")["EMAIL_PORT"] == 25
    ssl = email_settings("smtp+ssl://relay.example.org?timeout=5")
    assert (ssl["EMAIL_PORT"], ssl["EMAIL_USE_SSL"], ssl["EMAIL_TIMEOUT"]) == (465, True, 5)


@pytest.mark.parametrize(
    "url", ["http://mail.example.org", "smtp://", "mail.example.org", "smtp://h?timeout=x"]
)
def test_malformed_email_urls_stop_start_up(url):
    with pytest.raises(ImproperlyConfigured, match="EMAIL_URL"):
        email_settings(url)
