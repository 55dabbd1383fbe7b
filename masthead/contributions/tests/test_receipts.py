"""Receipts and welcomes: once each, in the editors' words, and sent later when the mail
server was down at first."""

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone
from wagtail.models import Site

from masthead.contributions import receipts
from masthead.contributions.models import AskSettings, Contribution, Payment
from masthead.contributions.tests.flows import READER, session_of, start_checkout

pytestmark = pytest.mark.django_db


def subjects(smtp_server) -> list[str]:
    return sorted(received.message["Subject"] for received in smtp_server.received)


def test_the_receipt_carries_the_note_for_donors_at_risk(
    client, home, stripe_standin, deliver, smtp_server
):
    ask = AskSettings.for_site(Site.objects.get(is_default_site=True))
    ask.at_risk_note = "Your statement shows GAZETTE MEDIA OU, not our name."
    ask.save()
    session_id = session_of(stripe_standin, start_checkout(client, frequency="once", other="9"))

    deliver(stripe_standin.complete_session(session_id, email=READER, send=False))

    [received] = smtp_server.received
    text = received.message.get_body(("plain",)).get_content()
    assert "GAZETTE MEDIA OU" in text
    assert "$9" in text


def test_a_receipt_and_welcome_the_mail_server_deferred_go_out_later_once(
    client, home, stripe_standin, deliver, smtp_server
):
    smtp_server.refuse(READER, "451 4.3.0 Try again later", times=None)
    session_id = session_of(stripe_standin, start_checkout(client, other="5"))
    deliver(stripe_standin.complete_session(session_id, email=READER, send=False))
    assert smtp_server.received == []
    assert Payment.objects.get().receipt_sent_at is None
    assert Contribution.objects.get().welcomed_at is None

    smtp_server.handler.refusals.clear()
    with time_machine.travel(timezone.now() + timedelta(minutes=20)):
        assert receipts.send_missing() == 2
        assert receipts.send_missing() == 0

    assert len(smtp_server.received) == 2
    assert subjects(smtp_server)[0].startswith("Welcome")
    assert subjects(smtp_server)[1].startswith("Your receipt")


def test_a_receipt_claimed_by_a_worker_that_died_is_sent_an_hour_later(
    client, home, stripe_standin, deliver, smtp_server
):
    session_id = session_of(stripe_standin, start_checkout(client, frequency="once", other="9"))
    smtp_server.refuse(READER, "451 4.3.0 Try again later", times=None)
    deliver(stripe_standin.complete_session(session_id, email=READER, send=False))
    smtp_server.handler.refusals.clear()
    # What a worker killed between its claim and the mail server leaves behind:
    Payment.objects.update(receipt_claimed_at=timezone.now())

    with time_machine.travel(timezone.now() + timedelta(minutes=30)):
        assert receipts.send_missing() == 0  # the claim may still be a live worker's
    with time_machine.travel(timezone.now() + timedelta(hours=2)):
        assert receipts.send_missing() == 1

    assert len(smtp_server.received) == 1


def test_the_thank_you_page_uses_the_editors_words_and_remembers_only_a_real_gift(
    client, home, stripe_standin
):
    ask = AskSettings.for_site(Site.objects.get(is_default_site=True))
    ask.thank_you = "Spasibo! You keep us going."
    ask.save()

    stray = client.get("/support/thanks/").content.decode()
    assert "Spasibo! You keep us going." in stray
    assert "data-support-given" not in stray  # nothing to remember: no checkout

    session_id = session_of(stripe_standin, start_checkout(client))
    page = client.get(f"/support/thanks/?session_id={session_id}").content.decode()
    assert 'data-support-given="monthly"' in page


@pytest.mark.parametrize("session_id", ["%00", "cs_test_%00", "x" * 300, "cs_" + "a" * 300])
def test_a_malformed_session_id_is_just_not_found(client, home, session_id):
    response = client.get(f"/support/thanks/?session_id={session_id}")
    assert response.status_code == 200
    assert "data-support-given" not in response.content.decode()
