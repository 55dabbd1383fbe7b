"""Bounces and complaints reported by email service providers, through their real webhooks."""

import base64
import json
import logging

import pytest
from django.urls import reverse

from masthead.newsletter.bounces import suppress
from masthead.newsletter.models import Suppression
from masthead.privacy.fields import email_index

pytestmark = pytest.mark.django_db

SECRET = "anymail:7hZ2-webhook-secret-for-tests"
POSTMARK = reverse("anymail:postmark_tracking_webhook")
BREVO = reverse("anymail:brevo_tracking_webhook")


@pytest.fixture(autouse=True)
def webhook_secret(settings):
    settings.ANYMAIL = {"WEBHOOK_SECRET": [SECRET]}


def post(client, url, payload, auth=SECRET):
    headers = {}
    if auth is not None:
        headers["HTTP_AUTHORIZATION"] = "Basic " + base64.b64encode(auth.encode()).decode()
    return client.post(url, json.dumps(payload), content_type="application/json", **headers)


def postmark_bounce(address, bounce_type="HardBounce", type_code=1):
    """Postmark's bounce webhook, as its documentation describes the record."""
    return {
        "RecordType": "Bounce",
        "MessageStream": "outbound",
        "ID": 4323372036854775807,
        "Type": bounce_type,
        "TypeCode": type_code,
        "Name": bounce_type,
        "Tag": "weekly",
        "MessageID": "883953f4-6105-42a2-a16a-77a8eac79483",
        "Metadata": {},
        "ServerID": 23,
        "Description": "The server was unable to deliver your message.",
        "Details": "smtp;550 5.1.1 The email account that you tried to reach does not exist.",
        "Email": address,
        "From": "newsletter@news.example.org",
        "BouncedAt": "2026-11-13T08:02:11Z",
        "DumpAvailable": False,
        "Inactive": True,
        "CanActivate": True,
        "Subject": "The Weekly",
        "Content": None,
    }


def postmark_complaint(address):
    return {
        **postmark_bounce(address, "SpamComplaint", 512),
        "RecordType": "SpamComplaint",
        "Name": "Spam complaint",
        "Description": "The subscriber explicitly marked this message as spam.",
        "Details": "Test spam complaint details",
    }


def postmark_delivery(address):
    return {
        "RecordType": "Delivery",
        "MessageStream": "outbound",
        "ServerID": 23,
        "MessageID": "883953f4-6105-42a2-a16a-77a8eac79483",
        "Recipient": address,
        "Tag": "weekly",
        "DeliveredAt": "2026-11-13T08:02:09Z",
        "Details": "smtp;250 2.0.0 OK",
        "Metadata": {},
    }


def brevo_event(address, event):
    return {
        "event": event,
        "email": address,
        "id": 164567,
        "date": "2026-11-13 09:02:11",
        "ts": 1794646931,
        "message-id": "<202611130802.12345@smtp-relay.mailin.fr>",
        "ts_event": 1794646931,
        "subject": "The Weekly",
        "tag": "",
        "sending_ip": "185.41.28.109",
        "ts_epoch": 1794646931000,
        "reason": "550 5.1.1 user unknown",
    }


def test_a_hard_bounce_suppresses_the_normalised_address_and_logs_no_address(client, caplog):
    caplog.set_level(logging.DEBUG)
    response = post(client, POSTMARK, postmark_bounce(" Reader@Example.ORG "))

    assert response.status_code == 200
    [suppression] = Suppression.objects.all()
    assert suppression.email_index == email_index("reader@example.org")
    assert suppression.reason == Suppression.Reason.BOUNCE
    assert "reader@" not in caplog.text.lower()
    assert "Suppressed an address (bounce)." in caplog.text


def test_webhook_answers_set_no_cookie_and_may_not_be_cached(client):
    response = post(client, POSTMARK, postmark_bounce("reader@example.org"))
    assert response.status_code == 200
    assert not response.cookies
    assert "no-store" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


def test_a_spam_complaint_suppresses_the_address(client):
    response = post(client, POSTMARK, postmark_complaint("reader@example.org"))
    assert response.status_code == 200
    assert list(Suppression.objects.values_list("email_index", "reason")) == [
        (email_index("reader@example.org"), Suppression.Reason.COMPLAINT)
    ]


def test_an_address_the_provider_calls_invalid_is_suppressed(client):
    response = post(
        client, POSTMARK, postmark_bounce("reader@example.org", "BadEmailAddress", 100000)
    )
    assert response.status_code == 200
    assert Suppression.objects.get().reason == Suppression.Reason.BOUNCE


@pytest.mark.parametrize(
    "payload",
    [
        postmark_bounce("reader@example.org", "SoftBounce", 4096),
        postmark_bounce("reader@example.org", "Transient", 2),
        postmark_delivery("reader@example.org"),
    ],
    ids=["soft bounce", "transient", "delivered"],
)
def test_soft_bounces_and_deliveries_suppress_nothing(client, payload):
    response = post(client, POSTMARK, payload)
    assert response.status_code == 200
    assert not Suppression.objects.exists()


@pytest.mark.parametrize(
    ("event", "suppressed"), [("hard_bounce", True), ("soft_bounce", False), ("spam", True)]
)
def test_brevo_reports_are_told_apart_the_same_way(client, event, suppressed):
    response = post(client, BREVO, brevo_event("reader@example.org", event))
    assert response.status_code == 200
    assert Suppression.objects.exists() is suppressed


def test_a_second_report_for_the_same_address_changes_nothing(client):
    post(client, POSTMARK, postmark_bounce("reader@example.org"))
    response = post(client, POSTMARK, postmark_complaint("READER@example.org"))
    assert response.status_code == 200
    assert list(Suppression.objects.values_list("reason", flat=True)) == [Suppression.Reason.BOUNCE]


@pytest.mark.parametrize("address", ["", "not an address", "reader@localhost"])
def test_a_report_without_a_usable_address_is_accepted_and_ignored(client, address):
    response = post(client, POSTMARK, postmark_bounce(address))
    assert response.status_code == 200
    assert not Suppression.objects.exists()


@pytest.mark.parametrize("auth", ["anymail:wrong-secret", None], ids=["wrong", "missing"])
def test_a_report_without_the_webhook_secret_is_refused(client, auth):
    response = post(client, POSTMARK, postmark_bounce("reader@example.org"), auth=auth)
    assert response.status_code == 400
    assert not Suppression.objects.exists()


def test_without_a_configured_secret_the_webhooks_do_not_exist(client, settings):
    settings.ANYMAIL = {}
    response = post(client, POSTMARK, postmark_bounce("reader@example.org"))
    assert response.status_code == 404
    assert "no-store" in response["Cache-Control"]
    assert not Suppression.objects.exists()


def test_suppress_is_idempotent_and_takes_only_known_reasons():
    index = email_index("reader@example.org")
    suppress(email_index=index, reason="complaint")
    suppress(email_index=index, reason="bounce")
    assert list(Suppression.objects.values_list("email_index", "reason")) == [
        (index, Suppression.Reason.COMPLAINT)
    ]
    with pytest.raises(ValueError, match="'typo' is not a valid"):
        suppress(email_index=email_index("other@example.org"), reason="typo")
    assert Suppression.objects.count() == 1
