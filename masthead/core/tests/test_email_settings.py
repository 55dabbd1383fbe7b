import importlib
import inspect
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from anymail.backends.base import BasePayload
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from masthead.settings import env
from masthead.settings.env import email_settings
from tests.test_command_line import clean_environment, run


def test_smtp_with_starttls_and_credentials():
    assert email_settings("smtp+tls://news%40example.org:p%40ss@mail.example.org") == {
        "EMAIL_BACKEND": "masthead.core.mail.SmtpBackend",
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
    assert ssl["EMAIL_BACKEND"] == "masthead.core.mail.SmtpBackend"


@pytest.mark.parametrize(
    "url", ["http://mail.example.org", "smtp://", "mail.example.org", "smtp://h?timeout=x"]
)
def test_malformed_email_urls_stop_start_up(url):
    with pytest.raises(ImproperlyConfigured, match="EMAIL_URL"):
        email_settings(url)


@pytest.mark.parametrize("esp", ["postmark", "mailgun", "sendgrid", "brevo", "sparkpost"])
def test_an_esp_url_selects_anymail_s_backend_for_it(esp):
    assert email_settings(f"anymail://{esp}") == {
        "EMAIL_BACKEND": f"anymail.backends.{esp}.EmailBackend"
    }


@pytest.mark.parametrize(
    "url",
    ["anymail://postmarc", "anymail://Postmark", "anymail://base", "anymail://key:s3cret@mailgun"],
)
def test_an_esp_anymail_does_not_have_stops_start_up_without_echoing_the_url(url):
    with pytest.raises(ImproperlyConfigured, match="one of: amazon_ses, brevo,") as refusal:
        email_settings(url)
    assert "s3cret" not in str(refusal.value)


def test_anymail_settings_come_from_anymail_variables(monkeypatch):
    monkeypatch.setenv("ANYMAIL_POSTMARK_SERVER_TOKEN", "token-123")
    monkeypatch.setenv("ANYMAIL_WEBHOOK_SECRET", "anymail:one, anymail:two")
    monkeypatch.setenv("ANYMAIL_", "ignored")
    monkeypatch.setenv("ANYMAIL_MAILGUN_API_KEY", "")
    assert env.anymail_settings() == {
        "POSTMARK_SERVER_TOKEN": "token-123",
        "WEBHOOK_SECRET": ["anymail:one", "anymail:two"],
    }


@pytest.mark.parametrize(
    ("name", "value", "complaint"),
    [
        ("ANYMAIL_WEBHOOK_SECRET", "no-colon", "user:password"),
        ("ANYMAIL_SEND_DEFAULTS", "{}", "Masthead sets them"),
        ("ANYMAIL_POSTMARK_SEND_DEFAULTS", "{}", "Masthead sets them"),
    ],
)
def test_anymail_variables_masthead_cannot_take_stop_start_up(monkeypatch, name, value, complaint):
    monkeypatch.setenv(name, value)
    with pytest.raises(ImproperlyConfigured, match=complaint):
        env.anymail_settings()


def test_the_list_of_esps_with_a_tracking_switch_matches_anymail():
    """Setting track_opens=False on a provider without the switch makes anymail refuse the
    message; leaving a provider with one out of the list would let its default tracking on."""
    with_switch = set()
    for esp in env.anymail_esps():
        if esp in env.ANYMAIL_EXTRA_PACKAGES:
            continue  # cannot be imported without its extra package (it has no switch)
        module = importlib.import_module(f"anymail.backends.{esp}")
        payloads = [
            cls
            for _, cls in inspect.getmembers(module, inspect.isclass)
            if issubclass(cls, BasePayload) and cls.__module__ == module.__name__
        ]
        if any(cls.set_track_opens is not BasePayload.set_track_opens for cls in payloads):
            with_switch.add(esp)
    assert with_switch == settings.ANYMAIL_ESPS_WITH_TRACKING_SWITCH


class FakePostmark(BaseHTTPRequestHandler):
    """Postmark's send API on loopback: records each request and answers as Postmark does."""

    requests: list[tuple[str, dict[str, str], dict]] = []

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.requests.append((self.path, dict(self.headers), body))
        answer = json.dumps(
            {"To": body["To"], "MessageID": "b7bc2f4a", "ErrorCode": 0, "Message": "OK"}
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    def log_message(self, *args):
        pass


def test_mail_through_an_esp_goes_to_its_api_with_tracking_off(tmp_path):
    FakePostmark.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakePostmark)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        environment = clean_environment(
            MASTHEAD_DATA_DIR=str(tmp_path),
            DJANGO_SETTINGS_MODULE="masthead.settings.dev",
            EMAIL_URL="anymail://postmark",
            ANYMAIL_POSTMARK_SERVER_TOKEN="server-token-123",
            ANYMAIL_POSTMARK_API_URL=f"http://127.0.0.1:{server.server_port}/",
        )
        result = run(["sendtestemail", "reader@example.org"], environment)
    finally:
        server.shutdown()
        server.server_close()
    assert result.returncode == 0, result.stderr
    [(path, headers, body)] = FakePostmark.requests
    assert path == "/email"
    assert headers["X-Postmark-Server-Token"] == "server-token-123"
    assert body["To"] == "reader@example.org"
    assert (body["TrackOpens"], body["TrackLinks"]) == (False, "None")
    assert not (tmp_path / "outbox").exists()
