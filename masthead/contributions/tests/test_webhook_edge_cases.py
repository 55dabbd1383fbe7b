"""Webhook edge cases found in review: other tools on the same Stripe account, other API
versions, races with a cancellation, refunds before their payment, addresses we cannot keep."""

import itertools

import pytest
from django.core import mail

from masthead.contributions import self_service
from masthead.contributions.models import Contribution, Payment, StripeEvent, Supporter
from masthead.contributions.testing.stripe_wire import event
from masthead.contributions.tests.flows import READER, session_of, start_checkout

pytestmark = pytest.mark.django_db


def test_another_tools_checkout_on_the_same_account_is_ignored(client, home, deliver):
    # A shop or a ticketing plugin sets client_reference_id too, but not our metadata.
    session = {
        "id": "cs_test_shop",
        "object": "checkout.session",
        "mode": "payment",
        "client_reference_id": "shop-order-1234",
        "metadata": {},
        "payment_status": "paid",
        "payment_intent": "pi_shop",
        "amount_total": 4900,
        "currency": "usd",
        "customer": None,
        "customer_details": {"email": "buyer@example.org"},
    }

    assert deliver([event("checkout.session.completed", session)]) == [200]

    assert StripeEvent.objects.get().outcome == "ignored"
    assert Contribution.objects.count() == 0
    assert Supporter.objects.count() == 0
    assert mail.outbox == []


def test_an_event_in_another_api_version_is_refused_and_changes_nothing(
    client, home, stripe_standin, deliver, caplog
):
    session_id = session_of(stripe_standin, start_checkout(client))
    completed = stripe_standin.complete_session(session_id, email=READER, send=False)
    for evt in completed:
        evt["api_version"] = "2024-06-20"

    assert deliver(completed) == [400, 400, 400]

    assert StripeEvent.objects.count() == 0
    assert Contribution.objects.get().status == "pending"
    assert "set the webhook endpoint's API version to 2026-10-28.endive" in caplog.text


def test_a_state_fetched_before_a_cancellation_cannot_revive_it(
    client, home, stripe_standin, deliver
):
    """Delivery A fetched the subscription (active) just before the reader cancelled; the
    cancellation's delivery B commits first, then A's transaction runs with its old copy.
    Here the stand-in answers A's fetch with the old state, as Stripe did at that moment."""
    session_id = session_of(stripe_standin, start_checkout(client))
    deliver(stripe_standin.complete_session(session_id, email=READER, send=False))
    subscription_id = Contribution.objects.get().stripe_subscription_id
    deliver(stripe_standin.cancel_subscription(subscription_id, send=False))
    subscription = stripe_standin._objects[subscription_id]
    subscription["status"] = "active"  # what A's fetch saw

    deliver([event("customer.subscription.updated", stripe_standin.get(subscription_id))])

    assert Contribution.objects.get().status == "cancelled"


@pytest.mark.parametrize("order", list(itertools.permutations(range(4))))
def test_a_new_supporter_then_a_cancellation_in_any_order(
    client, home, stripe_standin, deliver, order
):
    session_id = session_of(stripe_standin, start_checkout(client))
    flow = stripe_standin.complete_session(session_id, email=READER, send=False)
    flow += stripe_standin.cancel_subscription(flow[0]["data"]["object"]["id"], send=False)

    assert deliver([flow[i] for i in order]) == [200, 200, 200, 200]

    assert Contribution.objects.get().status == "cancelled"
    assert Payment.objects.count() == 1
    assert Supporter.objects.get().email == READER


def test_a_renewal_refund_before_its_invoice_waits_for_it(client, home, stripe_standin, deliver):
    session_id = session_of(stripe_standin, start_checkout(client))
    deliver(stripe_standin.complete_session(session_id, email=READER, send=False))
    subscription_id = Contribution.objects.get().stripe_subscription_id
    [paid] = stripe_standin.renew_subscription(subscription_id, send=False)
    intent = next(
        entry["payment"]["payment_intent"]
        for entry in stripe_standin.objects("invoice_payment")
        if entry["invoice"] == paid["data"]["object"]["id"]
    )
    refunded = stripe_standin.refund(intent, send=False)

    assert deliver(refunded) == [500]  # Stripe delivers it again later
    assert deliver([paid]) == [200]
    assert deliver(refunded) == [200]

    renewal = Payment.objects.get(stripe_id=paid["data"]["object"]["id"])
    assert renewal.amount_refunded == 500


def test_a_refund_of_someone_elses_charge_is_ignored(client, home, deliver):
    charge = {
        "id": "ch_shop",
        "object": "charge",
        "payment_intent": "pi_shop",
        "customer": "cus_shop",
        "amount": 4900,
        "amount_refunded": 4900,
        "refunded": True,
        "metadata": {},
    }
    assert deliver([event("charge.refunded", charge)]) == [200]
    assert StripeEvent.objects.get().outcome == "ignored"


def test_manage_opens_the_portal_of_the_customer_with_the_recurring_support(
    client, home, stripe_standin, deliver
):
    session_id = session_of(stripe_standin, start_checkout(client))
    deliver(stripe_standin.complete_session(session_id, email=READER, send=False))
    monthly = Contribution.objects.get()
    subscription_customer = stripe_standin.get(monthly.stripe_subscription_id)["customer"]
    once = session_of(stripe_standin, start_checkout(client, frequency="once", other="10"))
    deliver(stripe_standin.complete_session(once, email=READER, send=False))  # a new customer

    supporter = Supporter.objects.get()
    assert supporter.stripe_customer_id != subscription_customer
    assert self_service.portal_customer(supporter) == subscription_customer


def test_an_address_we_cannot_keep_does_not_lose_the_payment(client, home, stripe_standin, deliver):
    # Stripe takes addresses with non-Latin letters before the @ (RFC 6531); we do not.
    session_id = session_of(stripe_standin, start_checkout(client, frequency="once", other="10"))
    completed = stripe_standin.complete_session(session_id, email="иван@пример.рф", send=False)

    assert deliver(completed) == [200]

    assert Contribution.objects.get().status == "completed"
    assert Payment.objects.count() == 1
    assert Supporter.objects.count() == 0


def test_an_unknown_subscription_status_changes_nothing(client, home, stripe_standin, deliver):
    session_id = session_of(stripe_standin, start_checkout(client))
    deliver(stripe_standin.complete_session(session_id, email=READER, send=False))
    subscription_id = Contribution.objects.get().stripe_subscription_id
    stripe_standin._objects[subscription_id]["status"] = "hibernating"  # a future status

    deliver([event("customer.subscription.updated", stripe_standin.get(subscription_id))])

    assert Contribution.objects.get().status == "active"


def test_a_webhook_with_a_malformed_length_is_refused(client, home, stripe_standin):
    response = client.post(
        "/stripe/webhook/", b"{}", content_type="application/json", CONTENT_LENGTH="abc"
    )
    assert response.status_code == 400
