"""The Stripe stand-in, driven through the real `stripe` SDK over loopback HTTP, with its
webhooks received by a real endpoint and checked with the SDK's own signature check."""

import copy
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.client import HTTPConnection
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlencode, urlsplit

import pytest
import stripe

from masthead.contributions.testing.stripe_standin import StripeStandin
from masthead.contributions.testing.stripe_wire import API_VERSION, event, parse_form, sign
from masthead.core.testing.smtp import free_port

SECRET = "whsec_test_secret"
THANKS = "https://news.example.org/support/thanks/?session={CHECKOUT_SESSION_ID}"
SUPPORT = "https://news.example.org/support/"


class Receiver:
    """A webhook endpoint on loopback: keeps each request's headers and body, answers
    `status`."""

    def __init__(self) -> None:
        self.received: list[tuple[dict[str, str], bytes]] = []
        self.status = 200
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.received.append((dict(self.headers), body))
                self.send_response(receiver.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}/stripe/webhook/"

    def events(self) -> list[stripe.Event]:
        """What arrived, each checked as our webhook view checks it."""
        return [
            stripe.Webhook.construct_event(body, headers["Stripe-Signature"], SECRET)
            for headers, body in self.received
        ]

    def __enter__(self) -> "Receiver":
        threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    with Receiver() as receiver:
        yield receiver


@pytest.fixture
def server(receiver: Receiver) -> Iterator[StripeStandin]:
    with StripeStandin(webhook_url=receiver.url, webhook_secret=SECRET) as server:
        yield server


def make_client(server: StripeStandin, **options: Any) -> stripe.StripeClient:
    options.setdefault("max_network_retries", 0)
    return stripe.StripeClient(
        "sk_test_x",
        base_addresses={"api": server.base_url},
        stripe_version=API_VERSION,
        **options,
    )


@pytest.fixture
def client(server: StripeStandin) -> stripe.StripeClient:
    return make_client(server)


def one_off(**changes: Any) -> dict[str, Any]:
    return {
        "mode": "payment",
        "submit_type": "donate",
        "line_items": [
            {
                "price_data": {
                    "currency": "eur",
                    "unit_amount": 500,
                    "product_data": {"name": "Support for the newsroom"},
                },
                "quantity": 1,
            }
        ],
        "success_url": THANKS,
        "cancel_url": SUPPORT,
        "client_reference_id": "c-12",
        "metadata": {"contribution": "c-12"},
        "locale": "lv",
        "customer_creation": "always",
        "payment_intent_data": {"metadata": {"contribution": "c-12"}},
        **changes,
    }


def monthly(**changes: Any) -> dict[str, Any]:
    params = one_off(mode="subscription", subscription_data={"metadata": {"contribution": "c-7"}})
    del params["customer_creation"], params["payment_intent_data"]
    params["line_items"][0]["price_data"]["recurring"] = {"interval": "month"}
    return params | changes


def browse(url: str, form: dict[str, str] | None = None) -> tuple[int, str, str]:
    """GET (or POST `form` to) a stand-in page: status, Location header, body."""
    parts = urlsplit(url)
    connection = HTTPConnection(parts.netloc, timeout=5)
    body = urlencode(form) if form is not None else None
    headers = {"Content-Type": "application/x-www-form-urlencoded"} if form is not None else {}
    connection.request("POST" if form is not None else "GET", parts.path, body, headers)
    response = connection.getresponse()
    answer = (response.status, response.getheader("Location") or "", response.read().decode())
    connection.close()
    return answer


def intent_of(server: StripeStandin, invoice_id: str) -> str:
    [payment] = server.get(invoice_id, expand=["payments"])["payments"]["data"]
    return payment["payment"]["payment_intent"]


def subscribed(server: StripeStandin, client: stripe.StripeClient) -> list[dict[str, Any]]:
    session = client.v1.checkout.sessions.create(params=monthly())
    return server.complete_session(session.id, email="reader@example.org")


# Parsing and signing


def test_parse_form_nests_brackets_into_dicts_and_lists():
    pairs = [
        ("line_items[0][price_data][recurring][interval]", "month"),
        ("line_items[0][quantity]", "1"),
        ("line_items[1][quantity]", "2"),
        ("metadata[12]", "twelve"),
        ("expand[]", "customer"),
        ("expand[]", "subscription"),
        ("mode", "payment"),
    ]

    assert parse_form(pairs) == {
        "line_items": [
            {"price_data": {"recurring": {"interval": "month"}}, "quantity": "1"},
            {"quantity": "2"},
        ],
        "metadata": {"12": "twelve"},
        "expand": ["customer", "subscription"],
        "mode": "payment",
    }


def test_the_sdk_accepts_a_signature_made_by_sign_and_refuses_a_tampered_payload():
    payload = json.dumps(event("invoice.paid", {"id": "in_1", "object": "invoice"})).encode()
    header = sign(payload, SECRET)

    checked = stripe.Webhook.construct_event(payload, header, SECRET, tolerance=300)

    assert checked.type == "invoice.paid"
    assert checked.data.object.id == "in_1"
    with pytest.raises(stripe.SignatureVerificationError):
        stripe.Webhook.construct_event(payload.replace(b"in_1", b"in_2"), header, SECRET)
    with pytest.raises(stripe.SignatureVerificationError):
        stripe.Webhook.construct_event(payload, header, "whsec_other")
    stale = sign(payload, SECRET, timestamp=int(time.time()) - 301)
    with pytest.raises(stripe.SignatureVerificationError, match="tolerance"):
        stripe.Webhook.construct_event(payload, stale, SECRET, tolerance=300)


def test_event_is_shaped_like_stripes():
    built = event("customer.subscription.updated", {"id": "sub_1"}, {"status": "active"})

    assert built["id"].startswith("evt_")
    assert {k: v for k, v in built.items() if k not in ("id", "created")} == {
        "object": "event",
        "api_version": "2026-10-28.endive",
        "data": {"object": {"id": "sub_1"}, "previous_attributes": {"status": "active"}},
        "livemode": False,
        "pending_webhooks": 1,
        "request": {"id": None, "idempotency_key": None},
        "type": "customer.subscription.updated",
    }
    assert abs(built["created"] - time.time()) < 5


# The API


def test_creating_a_checkout_session_returns_an_open_session_on_the_stand_in(server, client):
    session = client.v1.checkout.sessions.create(
        params=one_off(), options={"idempotency_key": "k1"}
    )

    assert isinstance(session, stripe.checkout.Session)
    assert session.id.startswith("cs_test_")
    assert session.url == f"{server.base_url}/checkout/{session.id}"
    assert (session.status, session.payment_status) == ("open", "unpaid")
    assert (session.amount_total, session.currency, session.mode) == (500, "eur", "payment")
    assert (session.submit_type, session.locale, session.livemode) == ("donate", "lv", False)
    assert session.client_reference_id == "c-12"
    assert session.metadata.to_dict() == {"contribution": "c-12"}
    assert (session.success_url, session.cancel_url) == (THANKS, SUPPORT)
    assert session.customer is session.subscription is session.payment_intent is None
    assert session.customer_details is None
    assert "line_items" not in session  # Stripe includes it only when expanded
    [request] = server.requests
    assert (request.method, request.path, request.status) == ("POST", "/v1/checkout/sessions", 200)
    assert (request.idempotency_key, request.stripe_version) == ("k1", API_VERSION)
    assert request.params["line_items"][0]["price_data"]["unit_amount"] == "500"
    assert request.params["payment_intent_data"] == {"metadata": {"contribution": "c-12"}}


def test_a_session_can_be_retrieved_with_its_line_items_expanded(client):
    created = client.v1.checkout.sessions.create(params=monthly())

    session = client.v1.checkout.sessions.retrieve(created.id, params={"expand": ["line_items"]})

    [item] = session.line_items.data
    assert (item.amount_total, item.quantity, item.description) == (
        500,
        1,
        "Support for the newsroom",
    )
    assert item.price.recurring.interval == "month"
    assert (item.price.unit_amount, item.price.type) == (500, "recurring")


def with_price(**changes: Any):
    """A change to the first line item's price_data (a None value leaves the key out)."""

    def change(params: dict[str, Any]) -> dict[str, Any]:
        changed = copy.deepcopy(params)
        changed["line_items"][0]["price_data"] |= changes
        return changed

    return change


def with_(**changes: Any):
    return lambda params: params | changes


PRICE = "line_items[0][price_data]"


@pytest.mark.parametrize(
    ("params", "change", "param"),
    [
        (one_off, with_(mode=None), "mode"),
        (one_off, with_(success_url=None), "success_url"),
        (one_off, with_(line_items=None), "line_items"),
        (one_off, with_price(recurring={"interval": "month"}), "mode"),
        (monthly, with_price(recurring=None), "mode"),
        (monthly, with_price(recurring={"interval": "fortnight"}), f"{PRICE}[recurring][interval]"),
        (one_off, with_price(unit_amount=0), f"{PRICE}[unit_amount]"),
        (one_off, with_price(unit_amount=-500), f"{PRICE}[unit_amount]"),
        (one_off, with_price(currency="euro"), f"{PRICE}[currency]"),
        (one_off, with_price(product_data=None), f"{PRICE}[product_data][name]"),
        (one_off, with_(customer="cus_missing"), "customer"),
        (one_off, with_(subscription_data={"metadata": {"a": "b"}}), "subscription_data"),
        (monthly, with_(customer_creation="always"), "customer_creation"),
    ],
)
def test_a_session_stripe_would_refuse_is_refused_and_not_created(
    server, client, params, change, param
):
    with pytest.raises(stripe.InvalidRequestError) as refusal:
        client.v1.checkout.sessions.create(params=change(params()))

    assert (refusal.value.http_status, refusal.value.param) == (400, param)
    assert server.objects("checkout.session") == []


def test_the_same_idempotency_key_replays_the_first_answer(server, client):
    first = client.v1.checkout.sessions.create(params=one_off(), options={"idempotency_key": "k"})
    again = client.v1.checkout.sessions.create(params=one_off(), options={"idempotency_key": "k"})

    assert again.id == first.id
    assert again.last_response.headers["Idempotent-Replayed"] == "true"
    assert len(server.objects("checkout.session")) == 1


def test_the_same_idempotency_key_with_other_params_is_an_idempotency_error(server, client):
    client.v1.checkout.sessions.create(params=one_off(), options={"idempotency_key": "k"})

    with pytest.raises(stripe.IdempotencyError) as refusal:
        client.v1.checkout.sessions.create(
            params=one_off(client_reference_id="c-13"), options={"idempotency_key": "k"}
        )

    assert refusal.value.http_status == 400
    assert len(server.objects("checkout.session")) == 1


def test_an_injected_failure_answers_api_error_and_creates_nothing(server, client):
    server.fail_next(status=503)

    with pytest.raises(stripe.APIError) as failure:
        client.v1.checkout.sessions.create(params=one_off())

    assert failure.value.http_status == 503
    assert server.objects("checkout.session") == []
    assert client.v1.checkout.sessions.create(params=one_off()).status == "open"


def test_the_sdk_retries_a_500_with_the_same_key_and_gets_one_session(server):
    server.fail_next(status=500)
    client = make_client(server, max_network_retries=1)

    session = client.v1.checkout.sessions.create(params=one_off())

    assert [(r.status, r.idempotency_key) for r in server.requests] == [
        (500, server.requests[0].idempotency_key),
        (200, server.requests[0].idempotency_key),
    ]
    assert [s["id"] for s in server.objects("checkout.session")] == [session.id]


def test_a_late_answer_times_the_client_out_but_the_session_exists(server):
    server.delay_next(1.0)
    client = make_client(server, http_client=stripe.RequestsClient(timeout=0.3))

    with pytest.raises(stripe.APIConnectionError):
        client.v1.checkout.sessions.create(params=one_off())

    assert len(server.objects("checkout.session")) == 1


def test_a_retry_after_a_timeout_gets_the_session_the_first_attempt_created(server):
    server.delay_next(1.0)
    client = make_client(
        server, http_client=stripe.RequestsClient(timeout=0.3), max_network_retries=1
    )

    session = client.v1.checkout.sessions.create(params=one_off())

    assert [s["id"] for s in server.objects("checkout.session")] == [session.id]
    assert len({r.idempotency_key for r in server.requests}) == 1


def test_customers_are_created_and_retrieved(client):
    created = client.v1.customers.create(
        params={
            "email": "reader@example.org",
            "preferred_locales": ["lv", "en"],
            "metadata": {"supporter": "3"},
        }
    )

    customer = client.v1.customers.retrieve(created.id)

    assert customer.id.startswith("cus_")
    assert (customer.object, customer.livemode) == ("customer", False)
    assert customer.email == "reader@example.org"
    assert customer.preferred_locales == ["lv", "en"]
    assert customer.metadata.to_dict() == {"supporter": "3"}


def test_an_unknown_id_is_a_404_invalid_request_error(client):
    with pytest.raises(stripe.InvalidRequestError) as refusal:
        client.v1.customers.retrieve("cus_missing")

    assert (refusal.value.http_status, refusal.value.code) == (404, "resource_missing")
    assert refusal.value.user_message == "No such customer: 'cus_missing'"


def test_an_endpoint_the_stand_in_lacks_is_a_404_like_an_unknown_url(client):
    with pytest.raises(stripe.InvalidRequestError, match="Unrecognized request URL"):
        client.v1.prices.retrieve("price_1")


def test_a_live_key_is_refused(server):
    client = stripe.StripeClient("sk_live_x", base_addresses={"api": server.base_url})

    with pytest.raises(stripe.AuthenticationError):
        client.v1.customers.create(params={"email": "reader@example.org"})


# Paying


def test_a_one_off_payment_completes_the_session_and_sends_checkout_session_completed(
    server, client, receiver
):
    session = client.v1.checkout.sessions.create(params=one_off())

    events = server.complete_session(session.id, email="reader@example.org")

    [completed] = receiver.events()
    assert [e["id"] for e in events] == [completed.id]
    assert completed.type == "checkout.session.completed"
    paid = completed.data.object
    assert (paid.id, paid.status, paid.payment_status) == (session.id, "complete", "paid")
    assert paid.customer_details.email == "reader@example.org"
    assert paid.metadata.to_dict() == {"contribution": "c-12"}
    intent = client.v1.payment_intents.retrieve(paid.payment_intent)
    assert (intent.status, intent.amount, intent.currency) == ("succeeded", 500, "eur")
    assert intent.metadata.to_dict() == {"contribution": "c-12"}
    assert intent.customer == paid.customer
    charge = client.v1.charges.retrieve(intent.latest_charge)
    assert (charge.payment_intent, charge.amount, charge.refunded) == (intent.id, 500, False)
    assert client.v1.customers.retrieve(paid.customer).email == "reader@example.org"
    assert client.v1.checkout.sessions.retrieve(session.id).to_dict() == paid.to_dict()
    assert server.deliveries == [(events[0], 200)]


def test_a_one_off_payment_without_customer_creation_makes_no_customer(server, client):
    params = one_off()
    del params["customer_creation"]
    session = client.v1.checkout.sessions.create(params=params)

    [completed] = server.complete_session(session.id)

    assert completed["data"]["object"]["customer"] is None
    assert completed["data"]["object"]["customer_details"]["email"] == "reader@example.org"
    assert server.objects("customer") == []


def test_an_address_given_to_checkout_is_the_one_paid_with(server, client):
    session = client.v1.checkout.sessions.create(params=monthly(customer_email="given@example.org"))
    assert 'value="given@example.org" required readonly' in browse(session.url)[2]

    _, completed, _ = server.complete_session(session.id, email="typed@example.org")

    assert completed["data"]["object"]["customer_details"]["email"] == "given@example.org"
    [customer] = server.objects("customer")
    assert customer["email"] == "given@example.org"


def test_a_subscription_sends_created_completed_and_invoice_paid(server, client, receiver):
    session = client.v1.checkout.sessions.create(params=monthly())

    server.complete_session(session.id, email="reader@example.org")

    created, completed, paid = receiver.events()
    assert [created.type, completed.type, paid.type] == [
        "customer.subscription.created",
        "checkout.session.completed",
        "invoice.paid",
    ]
    sub, invoice = created.data.object, paid.data.object
    assert isinstance(sub, stripe.Subscription)
    assert isinstance(invoice, stripe.Invoice)
    assert sub.id.startswith("sub_")
    assert (sub.status, sub.cancel_at_period_end, sub.latest_invoice) == (
        "active",
        False,
        invoice.id,
    )
    assert sub.metadata.to_dict() == {"contribution": "c-7"}
    assert completed.data.object.subscription == sub.id
    assert completed.data.object.customer == sub.customer
    assert completed.data.object.payment_status == "paid"
    assert invoice.id.startswith("in_")
    assert (invoice.status, invoice.amount_paid, invoice.currency) == ("paid", 500, "eur")
    assert (invoice.customer, invoice.customer_email) == (sub.customer, "reader@example.org")
    assert invoice.billing_reason == "subscription_create"
    assert invoice.parent.type == "subscription_details"
    assert invoice.parent.subscription_details.subscription == sub.id
    assert invoice.parent.subscription_details.metadata.to_dict() == {"contribution": "c-7"}
    assert "subscription" not in invoice  # gone from invoices since API version 2025-03-31
    assert "payments" not in invoice  # included only when expanded
    [line] = invoice.lines.data
    assert line.parent.subscription_item_details.subscription == sub.id
    assert line.period.end == sub["items"].data[0].current_period_end
    assert line.pricing.price_details.price == sub["items"].data[0].price.id


def test_a_subscription_is_retrieved_with_its_price_and_period(server, client):
    created, _, _ = subscribed(server, client)

    sub = client.v1.subscriptions.retrieve(created["data"]["object"]["id"])

    [item] = sub["items"].data
    assert (item.price.unit_amount, item.price.currency) == (500, "eur")
    assert item.price.recurring.interval == "month"
    start = time.gmtime(item.current_period_start)
    end = time.gmtime(item.current_period_end)
    assert (end.tm_year * 12 + end.tm_mon) - (start.tm_year * 12 + start.tm_mon) == 1


def test_an_invoices_payment_intent_and_charge_are_found_through_its_payments(server, client):
    *_, paid = subscribed(server, client)
    invoice_id = paid["data"]["object"]["id"]

    invoice = client.v1.invoices.retrieve(
        invoice_id, params={"expand": ["payments.data.payment.payment_intent"]}
    )
    [listed] = client.v1.invoice_payments.list(params={"invoice": invoice_id}).data

    [payment] = invoice.payments.data
    assert (payment.status, payment.amount_paid, payment.invoice) == ("paid", 500, invoice_id)
    assert payment.payment.type == "payment_intent"
    intent = payment.payment.payment_intent
    assert listed.payment.payment_intent == intent.id
    assert client.v1.charges.retrieve(intent.latest_charge).payment_intent == intent.id


def test_shuffled_events_arrive_in_another_order(server, client, receiver):
    server.shuffle_events = True

    subscribed(server, client)

    assert [e.type for e in receiver.events()] == [
        "invoice.paid",
        "checkout.session.completed",
        "customer.subscription.created",
    ]


def test_the_hosted_page_takes_the_email_pays_and_goes_to_the_success_url(server, client, receiver):
    session = client.v1.checkout.sessions.create(params=monthly())

    status, _, page = browse(session.url)
    assert status == 200
    assert "5.00 EUR / month" in page
    assert 'name="email" value="reader@example.org"' in page
    assert ">Pay</button>" in page
    assert f'<a href="{SUPPORT}">Back</a>' in page

    status, location, _ = browse(session.url, {"email": "ilze@example.org"})

    assert status == 303
    assert location == THANKS.replace("{CHECKOUT_SESSION_ID}", session.id)
    server.wait_for_deliveries()
    assert [e.type for e in receiver.events()] == [
        "customer.subscription.created",
        "checkout.session.completed",
        "invoice.paid",
    ]
    paid = client.v1.checkout.sessions.retrieve(session.id)
    assert paid.customer_details.email == "ilze@example.org"
    assert client.v1.customers.retrieve(paid.customer).email == "ilze@example.org"


def test_the_hosted_page_refuses_an_email_without_an_at_sign(server, client, receiver):
    session = client.v1.checkout.sessions.create(params=one_off())

    status, _, page = browse(session.url, {"email": "nobody"})

    assert status == 400
    assert "Enter an email address." in page
    assert client.v1.checkout.sessions.retrieve(session.id).status == "open"
    assert server.events == []


def test_paying_twice_on_the_hosted_page_completes_once(server, client):
    session = client.v1.checkout.sessions.create(params=one_off())

    browse(session.url, {"email": "reader@example.org"})
    status, location, _ = browse(session.url, {"email": "reader@example.org"})

    assert (status, location) == (303, THANKS.replace("{CHECKOUT_SESSION_ID}", session.id))
    assert [e["type"] for e in server.events] == ["checkout.session.completed"]


def test_a_delayed_payment_completes_unpaid_then_succeeds(server, client):
    session = client.v1.checkout.sessions.create(params=one_off())

    [completed] = server.complete_session(session.id, delayed=True)
    intent_id = completed["data"]["object"]["payment_intent"]
    assert completed["data"]["object"]["payment_status"] == "unpaid"
    assert client.v1.payment_intents.retrieve(intent_id).status == "processing"

    [settled] = server.async_payment(session.id, succeeded=True)

    assert settled["type"] == "checkout.session.async_payment_succeeded"
    assert settled["data"]["object"]["payment_status"] == "paid"
    assert client.v1.payment_intents.retrieve(intent_id).status == "succeeded"
    with pytest.raises(ValueError, match="no payment in progress"):
        server.async_payment(session.id, succeeded=True)


def test_a_delayed_payment_can_fail(server, client):
    session = client.v1.checkout.sessions.create(params=one_off())
    server.complete_session(session.id, delayed=True)

    [failed] = server.async_payment(session.id, succeeded=False)

    assert failed["type"] == "checkout.session.async_payment_failed"
    assert failed["data"]["object"]["payment_status"] == "unpaid"
    assert server.objects("charge") == []


# Later in a subscription's life


def test_a_renewal_sends_invoice_paid_for_a_new_invoice_and_charge(server, client):
    created, _, first = subscribed(server, client)
    sub_id = created["data"]["object"]["id"]
    first_period_end = created["data"]["object"]["items"]["data"][0]["current_period_end"]

    [renewed] = server.renew_subscription(sub_id)

    invoice = renewed["data"]["object"]
    assert renewed["type"] == "invoice.paid"
    assert invoice["id"] != first["data"]["object"]["id"]
    assert invoice["billing_reason"] == "subscription_cycle"
    assert invoice["parent"]["subscription_details"]["subscription"] == sub_id
    assert invoice["lines"]["data"][0]["period"]["start"] == first_period_end
    first_intent, second_intent = (
        intent_of(server, i["data"]["object"]["id"]) for i in (first, renewed)
    )
    assert first_intent != second_intent
    assert len(server.objects("charge")) == 2
    sub = client.v1.subscriptions.retrieve(sub_id)
    assert sub.latest_invoice == invoice["id"]
    assert sub["items"].data[0].current_period_start == first_period_end


def test_a_failed_renewal_makes_the_subscription_past_due_until_paid(server, client):
    created, *_ = subscribed(server, client)
    sub_id = created["data"]["object"]["id"]

    failed, updated = server.fail_renewal(sub_id)

    assert failed["type"] == "invoice.payment_failed"
    assert failed["data"]["object"]["status"] == "open"
    assert failed["data"]["object"]["amount_paid"] == 0
    assert updated["type"] == "customer.subscription.updated"
    assert updated["data"]["object"]["status"] == "past_due"
    assert updated["data"]["previous_attributes"] == {"status": "active"}
    assert client.v1.subscriptions.retrieve(sub_id).status == "past_due"

    recovered, paid = server.renew_subscription(sub_id)

    assert (recovered["type"], recovered["data"]["object"]["status"]) == (
        "customer.subscription.updated",
        "active",
    )
    assert (paid["type"], paid["data"]["object"]["id"]) == (
        "invoice.paid",
        failed["data"]["object"]["id"],
    )


def test_a_cancellation_sends_subscription_deleted(server, client):
    created, *_ = subscribed(server, client)
    sub_id = created["data"]["object"]["id"]

    [deleted] = server.cancel_subscription(sub_id)

    assert deleted["type"] == "customer.subscription.deleted"
    assert deleted["data"]["object"]["status"] == "canceled"
    assert client.v1.subscriptions.retrieve(sub_id).status == "canceled"
    with pytest.raises(ValueError, match="canceled"):
        server.renew_subscription(sub_id)


def test_a_refund_by_payment_intent_sends_charge_refunded(server, client):
    session = client.v1.checkout.sessions.create(params=one_off())
    [completed] = server.complete_session(session.id)
    intent_id = completed["data"]["object"]["payment_intent"]

    [refunded] = server.refund(intent_id)

    charge = refunded["data"]["object"]
    assert refunded["type"] == "charge.refunded"
    assert (charge["payment_intent"], charge["amount_refunded"], charge["refunded"]) == (
        intent_id,
        500,
        True,
    )
    assert refunded["data"]["previous_attributes"] == {"amount_refunded": 0, "refunded": False}


def test_a_partial_refund_by_charge_leaves_refunded_false(server, client):
    session = client.v1.checkout.sessions.create(params=one_off())
    server.complete_session(session.id)
    [charge] = server.objects("charge")

    [refunded] = server.refund(charge["id"], amount=200)

    assert (
        refunded["data"]["object"]["amount_refunded"],
        refunded["data"]["object"]["refunded"],
    ) == (
        200,
        False,
    )


# The billing portal


def test_the_portal_shows_the_subscription_and_cancels_it(server, client, receiver):
    created, *_ = subscribed(server, client)
    sub = created["data"]["object"]
    portal = client.v1.billing_portal.sessions.create(
        params={"customer": sub["customer"], "return_url": SUPPORT}
    )
    assert portal.object == "billing_portal.session"
    assert (portal.customer, portal.return_url) == (sub["customer"], SUPPORT)

    status, _, page = browse(portal.url)
    assert status == 200
    assert "5.00 EUR / month, active" in page
    assert ">Cancel support</button>" in page
    assert f'<a href="{SUPPORT}">Back</a>' in page

    status, location, _ = browse(portal.url, {"subscription": sub["id"]})

    assert (status, location) == (303, f"/billing/{portal.id}")
    server.wait_for_deliveries()
    assert receiver.events()[-1].type == "customer.subscription.deleted"
    assert client.v1.subscriptions.retrieve(sub["id"]).status == "canceled"
    assert "Cancel support" not in browse(portal.url)[2]


def test_the_portal_will_not_cancel_another_customers_subscription(server, client):
    created, *_ = subscribed(server, client)
    stranger = client.v1.customers.create(params={"email": "other@example.org"})
    portal = client.v1.billing_portal.sessions.create(params={"customer": stranger.id})

    status, _, _ = browse(portal.url, {"subscription": created["data"]["object"]["id"]})

    assert status == 404
    assert client.v1.subscriptions.retrieve(created["data"]["object"]["id"]).status == "active"


def test_a_portal_session_for_an_unknown_customer_is_refused(client):
    with pytest.raises(stripe.InvalidRequestError) as refusal:
        client.v1.billing_portal.sessions.create(params={"customer": "cus_missing"})

    assert (refusal.value.http_status, refusal.value.param) == (400, "customer")


# Delivery


def test_without_a_webhook_url_events_are_only_kept():
    with StripeStandin() as server:
        client = make_client(server)
        session = client.v1.checkout.sessions.create(params=one_off())

        events = server.complete_session(session.id)

        assert server.events == events
        assert server.deliveries == []


def test_an_unreachable_webhook_url_is_recorded_as_no_answer():
    with StripeStandin(webhook_url=f"http://127.0.0.1:{free_port()}/") as server:
        session = make_client(server).v1.checkout.sessions.create(params=one_off())

        [completed] = server.complete_session(session.id)

        assert server.deliveries == [(completed, None)]


def test_an_event_refused_by_the_endpoint_can_be_delivered_again(server, client, receiver):
    receiver.status = 500
    session = client.v1.checkout.sessions.create(params=one_off())
    [completed] = server.complete_session(session.id)
    receiver.status = 200

    again = server.deliver([completed])

    assert again == [(completed, 200)]
    assert server.deliveries == [(completed, 500), (completed, 200)]
    assert [e.id for e in receiver.events()] == [completed["id"], completed["id"]]


# The management command


def test_the_command_prints_what_to_export_and_serves_until_interrupted():
    port = free_port()
    script = (
        "import django; django.setup(); "
        "from masthead.contributions.management.commands.stripe_standin import Command; "
        "Command().run_from_argv(['masthead', 'stripe_standin', "
        f"'--addr', '127.0.0.1:{port}', '--webhook-secret', 'whsec_cli'])"
    )
    env = os.environ | {"DJANGO_SETTINGS_MODULE": "masthead.settings.test"}
    process = subprocess.Popen(
        [sys.executable, "-u", "-c", script], stdout=subprocess.PIPE, env=env, text=True
    )
    try:
        lines = [process.stdout.readline() for _ in range(6)]
        client = stripe.StripeClient(
            "sk_test_standin", base_addresses={"api": f"http://127.0.0.1:{port}"}
        )
        client.v1.customers.create(params={"email": "reader@example.org"})
        time.sleep(0.5)
    finally:
        process.send_signal(signal.SIGINT)
        output, _ = process.communicate(timeout=10)

    assert process.returncode == 0
    assert "  export STRIPE_SECRET_KEY=sk_test_standin\n" in lines
    assert "  export STRIPE_WEBHOOK_SECRET=whsec_cli\n" in lines
    assert f"  export STRIPE_API_BASE=http://127.0.0.1:{port}\n" in lines
    assert "POST /v1/customers → 200\n" in output
    assert output.endswith("Stopped.\n")
