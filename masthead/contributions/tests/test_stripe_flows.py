"""Continue → Stripe Checkout → signed webhooks → records, receipts and welcomes, through the
real `stripe` SDK talking HTTP to the stand-in, and webhooks signed with Stripe's scheme."""

import json
import time

import pytest
from django.core import mail
from django.db import connection

from masthead.contributions.models import Contribution, Payment, StripeEvent, Supporter
from masthead.contributions.stripe.client import API_VERSION
from masthead.contributions.testing.stripe_wire import event, sign
from masthead.contributions.tests.flows import READER, session_of, start_checkout

pytestmark = pytest.mark.django_db


def test_continue_creates_a_hosted_checkout_with_a_monthly_price_of_500_usd(
    client, home, stripe_standin
):
    response = start_checkout(client, frequency="monthly", other="5")

    session_id = session_of(stripe_standin, response)
    assert response["Location"].startswith(stripe_standin.base_url)
    [request] = [r for r in stripe_standin.requests if r.path == "/v1/checkout/sessions"]
    params = request.params
    assert params["mode"] == "subscription"
    assert params["submit_type"] == "donate"
    price = params["line_items"][0]["price_data"]
    assert price["unit_amount"] == "500"
    assert price["currency"] == "usd"
    assert price["recurring"] == {"interval": "month"}
    assert "payment_method_types" not in params  # the dashboard's methods, not just cards
    assert params["success_url"] == (
        "https://news.example.org/support/thanks/?session_id={CHECKOUT_SESSION_ID}"
    )
    assert params["cancel_url"] == "https://news.example.org/news/x/#support"
    assert request.idempotency_key
    assert request.stripe_version == API_VERSION
    contribution = Contribution.objects.get()
    assert (contribution.frequency, contribution.amount, contribution.currency) == (
        "monthly",
        500,
        "usd",
    )
    assert contribution.status == "pending"
    assert contribution.checkout_session_id == session_id


def test_a_one_off_gift_is_a_payment_mode_checkout(client, home, stripe_standin):
    session_of(stripe_standin, start_checkout(client, frequency="once", other="12.50"))

    params = stripe_standin.requests[-1].params
    assert params["mode"] == "payment"
    assert params["submit_type"] == "donate"
    assert params["line_items"][0]["price_data"]["unit_amount"] == "1250"
    assert "recurring" not in params["line_items"][0]["price_data"]


def test_a_double_click_reaches_the_same_checkout_and_makes_one_contribution(
    client, home, stripe_standin
):
    attempt = "3f1c2d9e-8b7a-4c6d-9e0f-1a2b3c4d5e6f"
    first = start_checkout(client, attempt=attempt)
    second = start_checkout(client, attempt=attempt)

    assert first["Location"] == second["Location"]
    assert Contribution.objects.count() == 1
    sessions = [r for r in stripe_standin.requests if r.path == "/v1/checkout/sessions"]
    assert len(sessions) == 1  # the second click found the first one's Checkout page


def test_a_stripe_outage_gives_a_clear_message_and_leaves_nothing_behind(
    client, home, stripe_standin
):
    stripe_standin.fail_next(status=500, times=3)  # the first try and both retries

    response = start_checkout(client)

    assert response.status_code == 503
    assert "could not reach our payment provider" in response.content.decode()
    assert "nothing was charged" in response.content.decode()
    assert Contribution.objects.count() == 0


def test_a_stripe_timeout_gives_the_same_message(client, home, stripe_standin, settings):
    settings.STRIPE_TIMEOUT_SECONDS = 0.5
    stripe_standin.delay_next(2, times=3)

    response = start_checkout(client)

    assert response.status_code == 503
    assert Contribution.objects.count() == 0


def test_monthly_support_becomes_active_with_one_receipt_and_one_welcome(
    client, home, stripe_standin, deliver
):
    session_id = session_of(stripe_standin, start_checkout(client, other="5"))
    events = stripe_standin.complete_session(session_id, email=READER, send=False)

    assert deliver(events) == [200, 200, 200]

    contribution = Contribution.objects.get()
    assert contribution.status == "active"
    assert contribution.stripe_subscription_id.startswith("sub_")
    assert contribution.started_at is not None
    supporter = contribution.supporter
    assert supporter.email == READER
    assert supporter.stripe_customer_id.startswith("cus_")
    [payment] = Payment.objects.all()
    assert (payment.amount, payment.currency) == (500, "usd")
    assert payment.stripe_payment_intent_id.startswith("pi_")
    subjects = sorted(message.subject for message in mail.outbox)
    assert len(subjects) == 2
    assert subjects[0].startswith("Welcome")
    assert subjects[1].startswith("Your receipt")
    receipt = next(m for m in mail.outbox if m.subject.startswith("Your receipt"))
    assert receipt.to == [READER]
    assert "$5" in receipt.body
    assert "monthly contribution" in receipt.body
    html = receipt.alternatives[0][0]
    assert "$5" in html
    assert "<img" not in html  # no tracking pixel
    assert "https://news.example.org/support/manage/" in receipt.body


def test_a_replayed_event_answers_200_and_changes_nothing(client, home, stripe_standin, deliver):
    session_id = session_of(stripe_standin, start_checkout(client, other="5"))
    events = stripe_standin.complete_session(session_id, email=READER, send=False)
    deliver(events)
    before = (StripeEvent.objects.count(), Payment.objects.count(), len(mail.outbox))
    requests_before = len(stripe_standin.requests)

    assert deliver(events) == [200, 200, 200]

    assert (StripeEvent.objects.count(), Payment.objects.count(), len(mail.outbox)) == before
    assert len(stripe_standin.requests) == requests_before  # not even a lookup at Stripe
    assert set(StripeEvent.objects.values_list("outcome", flat=True)) == {"processed"}


def test_events_in_any_order_end_in_the_same_state(client, home, stripe_standin, deliver):
    stripe_standin.shuffle_events = True
    session_id = session_of(stripe_standin, start_checkout(client, other="7"))
    events = stripe_standin.complete_session(session_id, email=READER, send=False)
    assert events[0]["type"] == "invoice.paid"

    assert deliver(events) == [200, 200, 200]

    contribution = Contribution.objects.get()
    assert contribution.status == "active"
    assert contribution.supporter.email == READER
    assert Payment.objects.get().amount == 700
    assert len(mail.outbox) == 2


def test_a_bad_signature_gets_400_and_changes_nothing(client, home, stripe_standin, deliver):
    session_id = session_of(stripe_standin, start_checkout(client, other="5"))
    events = stripe_standin.complete_session(session_id, email=READER, send=False)

    assert deliver(events, secret="whsec_someone_else") == [400, 400, 400]
    payload = json.dumps(events[0]).encode()
    assert (
        client.post("/stripe/webhook/", data=payload, content_type="application/json").status_code
        == 400
    )  # no signature at all
    tampered = payload.replace(b"500", b"1")
    assert (
        client.post(
            "/stripe/webhook/",
            data=tampered,
            content_type="application/json",
            HTTP_STRIPE_SIGNATURE=sign(payload, "whsec_test"),
        ).status_code
        == 400
    )
    assert StripeEvent.objects.count() == 0
    assert Contribution.objects.get().status == "pending"


def test_a_signature_older_than_five_minutes_is_refused(client, home, stripe_standin, deliver):
    session_id = session_of(stripe_standin, start_checkout(client, other="5"))
    events = stripe_standin.complete_session(session_id, email=READER, send=False)

    assert deliver(events[:1], timestamp=int(time.time()) - 301) == [400]
    assert deliver(events[:1], timestamp=int(time.time()) - 200) == [200]


def test_renewals_failures_and_cancellation_follow_stripe(client, home, stripe_standin, deliver):
    session_id = session_of(stripe_standin, start_checkout(client, frequency="annual", other="60"))
    deliver(stripe_standin.complete_session(session_id, email=READER, send=False))
    contribution = Contribution.objects.get()
    subscription_id = contribution.stripe_subscription_id

    deliver(stripe_standin.renew_subscription(subscription_id, send=False))
    assert Payment.objects.count() == 2
    assert len([m for m in mail.outbox if m.subject.startswith("Your receipt")]) == 2

    deliver(stripe_standin.fail_renewal(subscription_id, send=False))
    contribution.refresh_from_db()
    assert contribution.status == "past_due"
    assert Payment.objects.count() == 2

    deliver(stripe_standin.renew_subscription(subscription_id, send=False))
    contribution.refresh_from_db()
    assert contribution.status == "active"
    assert Payment.objects.count() == 3

    deliver(stripe_standin.cancel_subscription(subscription_id, send=False))
    contribution.refresh_from_db()
    assert contribution.status == "cancelled"
    assert contribution.ended_at is not None
    welcomes = [m for m in mail.outbox if m.subject.startswith("Welcome")]
    assert len(welcomes) == 1  # active twice, welcomed once


def test_a_stale_update_after_the_cancellation_does_not_revive_it(
    client, home, stripe_standin, deliver
):
    session_id = session_of(stripe_standin, start_checkout(client, other="5"))
    created, *rest = stripe_standin.complete_session(session_id, email=READER, send=False)
    cancelled = stripe_standin.cancel_subscription(created["data"]["object"]["id"], send=False)

    deliver(rest + cancelled + [created])  # "created" (status active) arrives last

    assert Contribution.objects.get().status == "cancelled"


def test_a_one_off_gift_completes_and_a_full_refund_marks_it_refunded(
    client, home, stripe_standin, deliver
):
    session_id = session_of(stripe_standin, start_checkout(client, frequency="once", other="25"))
    deliver(stripe_standin.complete_session(session_id, email=READER, send=False))
    contribution = Contribution.objects.get()
    assert contribution.status == "completed"
    assert len(mail.outbox) == 1  # a receipt, no welcome

    deliver(stripe_standin.refund(contribution.stripe_payment_intent_id, send=False))

    contribution.refresh_from_db()
    assert contribution.status == "refunded"
    assert Payment.objects.get().amount_refunded == 2500


def test_a_refund_that_arrives_before_its_payment_waits_for_it(
    client, home, stripe_standin, deliver
):
    session_id = session_of(stripe_standin, start_checkout(client, frequency="once", other="25"))
    completed = stripe_standin.complete_session(session_id, email=READER, send=False)
    intent = completed[0]["data"]["object"]["payment_intent"]
    refunded = stripe_standin.refund(intent, send=False)

    assert deliver(refunded) == [500]  # Stripe will deliver it again later
    assert deliver(completed) == [200]
    assert deliver(refunded) == [200]  # the redelivery

    assert Contribution.objects.get().status == "refunded"
    assert StripeEvent.objects.get(pk=refunded[0]["id"]).attempts == 2


def test_a_refunded_renewal_is_found_through_its_invoice_payment(
    client, home, stripe_standin, deliver
):
    session_id = session_of(stripe_standin, start_checkout(client, other="5"))
    deliver(stripe_standin.complete_session(session_id, email=READER, send=False))
    payment = Payment.objects.get()

    assert deliver(stripe_standin.refund(payment.stripe_payment_intent_id, send=False)) == [200]

    payment.refresh_from_db()
    assert payment.amount_refunded == 500
    assert Contribution.objects.get().status == "active"  # a refund does not end the support


def test_a_delayed_payment_waits_then_completes_or_fails(client, home, stripe_standin, deliver):
    first = session_of(stripe_standin, start_checkout(client, frequency="once", other="10"))
    second = session_of(stripe_standin, start_checkout(client, frequency="once", other="11"))
    for session_id in (first, second):
        deliver(stripe_standin.complete_session(session_id, email=READER, send=False, delayed=True))
    assert set(Contribution.objects.values_list("status", flat=True)) == {"pending"}
    assert Payment.objects.count() == 0

    deliver(stripe_standin.async_payment(first, succeeded=True, send=False))
    deliver(stripe_standin.async_payment(second, succeeded=False, send=False))

    assert Contribution.objects.get(checkout_session_id=first).status == "completed"
    assert Contribution.objects.get(checkout_session_id=second).status == "failed"
    assert Payment.objects.count() == 1


def test_a_supporter_giving_twice_is_one_supporter(client, home, stripe_standin, deliver):
    for other in ("5", "9"):
        session_id = session_of(
            stripe_standin, start_checkout(client, frequency="once", other=other)
        )
        deliver(stripe_standin.complete_session(session_id, email=READER, send=False))

    assert Supporter.objects.count() == 1
    assert Contribution.objects.filter(supporter__isnull=False).count() == 2


def test_events_we_do_not_handle_are_stored_as_ignored(client, home, stripe_standin, deliver):
    assert deliver([event("customer.created", {"id": "cus_x", "object": "customer"})]) == [200]
    assert StripeEvent.objects.get().outcome == "ignored"


def test_a_checkout_made_elsewhere_in_the_account_is_ignored(client, home, stripe_standin, deliver):
    session = {"id": "cs_test_other", "object": "checkout.session", "mode": "payment"}
    assert deliver([event("checkout.session.completed", session)]) == [200]
    assert StripeEvent.objects.get().outcome == "ignored"
    assert Contribution.objects.count() == 0


def test_a_huge_webhook_body_is_refused(client, home, stripe_standin):
    response = client.post(
        "/stripe/webhook/",
        data=b"{" + b" " * (600 * 1024) + b"}",
        content_type="application/json",
        HTTP_STRIPE_SIGNATURE="t=1,v1=0",
    )
    assert response.status_code == 413


def test_without_a_webhook_secret_the_endpoint_does_not_exist(client, home, settings):
    settings.STRIPE_WEBHOOK_SECRET = ""
    assert (
        client.post("/stripe/webhook/", data=b"{}", content_type="application/json").status_code
        == 404
    )


def test_no_reader_address_is_stored_in_clear_text(client, home, stripe_standin, deliver):
    session_id = session_of(stripe_standin, start_checkout(client, other="5"))
    deliver(stripe_standin.complete_session(session_id, email=READER, send=False))

    tables = [m._meta.db_table for m in (Supporter, Contribution, Payment, StripeEvent)]
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f"SELECT * FROM {table}")  # noqa: S608 — our own table names
            for row in cursor.fetchall():
                assert not any("reader@" in str(value) for value in row), table


def test_continue_again_after_paying_starts_a_new_checkout(client, home, stripe_standin):
    attempt = "3f1c2d9e-8b7a-4c6d-9e0f-1a2b3c4d5e6f"  # the page came back from the cache
    first = session_of(stripe_standin, start_checkout(client, frequency="once", attempt=attempt))
    stripe_standin.complete_session(first, send=False)  # paid; the webhook is not here yet

    again = start_checkout(client, frequency="once", attempt=attempt)

    assert first not in again["Location"]
    assert Contribution.objects.count() == 2


def test_an_amount_stripe_refuses_gets_its_own_message(client, home, stripe_standin):
    response = start_checkout(client, frequency="once", other="0.5", currency="usd")
    assert response.status_code == 400  # our own minimum first

    stripe_standin.fail_next(status=400)  # as Stripe answers an amount below its minimum
    refused = start_checkout(client, frequency="once", other="3")

    assert refused.status_code == 400
    assert "did not accept this contribution" in refused.content.decode()
    assert Contribution.objects.count() == 0
