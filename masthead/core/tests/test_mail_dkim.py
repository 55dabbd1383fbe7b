"""DKIM signing by our SMTP backend, checked the way a receiving mail server checks it."""

import base64

import dkim
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa
from django.core.exceptions import ImproperlyConfigured
from django.core.mail import EmailMessage

from masthead.core.mail import SmtpBackend, dkim_signer
from masthead.core.testing.smtp import SmtpServer
from masthead.settings import env

DOMAIN = "news.example.org"
SELECTOR = "masthead2026"


@pytest.fixture(scope="module")
def rsa_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def pem(key) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


def dns_record(key):
    """What the operator publishes at SELECTOR._domainkey.DOMAIN, as dkimpy's DNS lookup."""
    public = key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    record = b"v=DKIM1; k=rsa; p=" + base64.b64encode(public)
    expected_name = f"{SELECTOR}._domainkey.{DOMAIN}.".encode()

    def lookup(name, timeout=5):
        return record if name == expected_name else None

    return lookup


@pytest.fixture
def dkim_configured(settings, monkeypatch, tmp_path, rsa_key):
    """Settings as base.py builds them from the operator's three variables."""
    key_file = tmp_path / "dkim.pem"
    key_file.write_bytes(pem(rsa_key))
    monkeypatch.setenv("MASTHEAD_DKIM_DOMAIN", DOMAIN)
    monkeypatch.setenv("MASTHEAD_DKIM_SELECTOR", SELECTOR)
    monkeypatch.setenv("MASTHEAD_DKIM_KEY_FILE", str(key_file))
    settings.DKIM_DOMAIN, settings.DKIM_SELECTOR, settings.DKIM_PRIVATE_KEY = env.dkim_settings()


def newsletter_message():
    return EmailMessage(
        subject="The Weekly: what the ministry did not say",
        body="Dear reader,\n\nthis week…\n\nÜber alles: ünïcödé survives signing.\n",
        from_email="The Weekly <newsletter@news.example.org>",
        to=["reader@example.org"],
        reply_to=["desk@news.example.org"],
        headers={
            "List-Id": "The Weekly <weekly.news.example.org>",
            "List-Unsubscribe": "<https://news.example.org/newsletter/u/token/>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )


def send_through_smtp(message) -> bytes:
    with SmtpServer() as server:
        backend = SmtpBackend(host="127.0.0.1", port=server.port, use_tls=False, timeout=5)
        assert backend.send_messages([message]) == 1
    [received] = server.received
    assert received.recipients == ["reader@example.org"]
    return received.data


@pytest.mark.usefixtures("dkim_configured")
def test_the_smtp_backend_signs_and_a_receiver_verifies_the_signature(rsa_key):
    data = send_through_smtp(newsletter_message())

    assert data.startswith(b"DKIM-Signature:")
    assert dkim.verify(data, dnsfunc=dns_record(rsa_key)) is True
    signature = dkim.util.parse_tag_value(data.split(b"\r\n\r\n")[0].split(b"DKIM-Signature:")[1])
    assert signature[b"d"] == DOMAIN.encode()
    assert signature[b"s"] == SELECTOR.encode()
    assert signature[b"c"] == b"relaxed/relaxed"
    signed = signature[b"h"].replace(b" ", b"").replace(b"\r\n", b"").split(b":")
    assert {b"from", b"subject", b"list-unsubscribe", b"list-unsubscribe-post"} <= {
        name.lower() for name in signed
    }


@pytest.mark.usefixtures("dkim_configured")
def test_a_changed_message_fails_verification(rsa_key):
    data = send_through_smtp(newsletter_message())
    forged = data.replace(b"what the ministry did not say", b"what the ministry said")
    assert forged != data
    assert dkim.verify(forged, dnsfunc=dns_record(rsa_key)) is False


@pytest.mark.usefixtures("dkim_configured")
def test_the_signer_signs_prebuilt_crlf_bytes(rsa_key):
    raw = newsletter_message().message().as_bytes(linesep="\r\n")
    signed = dkim_signer()(raw)
    assert signed.endswith(raw)
    header = signed.removesuffix(raw)
    assert header.startswith(b"DKIM-Signature:")
    assert header.endswith(b"\r\n")
    assert b"\n" not in header.replace(b"\r\n", b"")  # folded with CRLF only
    assert dkim.verify(signed, dnsfunc=dns_record(rsa_key)) is True


def test_without_dkim_settings_mail_goes_out_unsigned(settings):
    settings.DKIM_DOMAIN = settings.DKIM_SELECTOR = settings.DKIM_PRIVATE_KEY = ""
    assert dkim_signer() is None
    data = send_through_smtp(newsletter_message())
    assert b"DKIM-Signature" not in data
    assert b"Subject: The Weekly" in data


@pytest.mark.parametrize(
    "missing", ["MASTHEAD_DKIM_DOMAIN", "MASTHEAD_DKIM_SELECTOR", "MASTHEAD_DKIM_KEY_FILE"]
)
def test_half_configured_dkim_stops_start_up(monkeypatch, tmp_path, rsa_key, missing):
    key_file = tmp_path / "dkim.pem"
    key_file.write_bytes(pem(rsa_key))
    monkeypatch.setenv("MASTHEAD_DKIM_DOMAIN", DOMAIN)
    monkeypatch.setenv("MASTHEAD_DKIM_SELECTOR", SELECTOR)
    monkeypatch.setenv("MASTHEAD_DKIM_KEY_FILE", str(key_file))
    monkeypatch.delenv(missing)
    with pytest.raises(ImproperlyConfigured, match=f"{missing} is not set"):
        env.dkim_settings()


def test_no_dkim_variables_means_no_signing(monkeypatch):
    for name in env.DKIM_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    assert env.dkim_settings() == ("", "", "")


def test_an_unreadable_key_file_stops_start_up(monkeypatch, tmp_path):
    monkeypatch.setenv("MASTHEAD_DKIM_DOMAIN", DOMAIN)
    monkeypatch.setenv("MASTHEAD_DKIM_SELECTOR", SELECTOR)
    monkeypatch.setenv("MASTHEAD_DKIM_KEY_FILE", str(tmp_path / "missing.pem"))
    with pytest.raises(ImproperlyConfigured, match=r"cannot be read \(No such file"):
        env.dkim_settings()


@pytest.mark.parametrize(
    ("content", "complaint"),
    [
        (b"not a key\n", "not an unencrypted PEM private key"),
        (pem(ed25519.Ed25519PrivateKey.generate()), "RSA keys only"),
    ],
)
def test_a_key_masthead_cannot_sign_with_stops_start_up(monkeypatch, tmp_path, content, complaint):
    key_file = tmp_path / "dkim.pem"
    key_file.write_bytes(content)
    monkeypatch.setenv("MASTHEAD_DKIM_DOMAIN", DOMAIN)
    monkeypatch.setenv("MASTHEAD_DKIM_SELECTOR", SELECTOR)
    monkeypatch.setenv("MASTHEAD_DKIM_KEY_FILE", str(key_file))
    with pytest.raises(ImproperlyConfigured, match=complaint):
        env.dkim_settings()
