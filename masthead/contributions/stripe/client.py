"""Every call Masthead makes to Stripe, through the official SDK with the API version pinned.

Calls return plain dicts (Stripe's JSON), so that the rest of the app never depends on the
SDK's classes. Every call that creates something carries an idempotency key, so a retry, a
double click or a repeated webhook never creates a second object. Any failure to reach
Stripe, or any refusal from it, becomes `StripeUnavailable`, which callers turn into a clear
message; the SDK's own exception is logged.
"""

import json
import logging
from typing import Any

import stripe
from django.conf import settings

logger = logging.getLogger(__name__)

API_VERSION = "2026-10-28.endive"
NETWORK_RETRIES = 2  # the SDK retries safely: it reuses the idempotency key


class StripeUnavailable(Exception):
    """Stripe could not be reached, timed out, or failed."""


class StripeRefused(StripeUnavailable):
    """Stripe answered, and said no (an amount below its minimum for the currency, …)."""


def configured() -> bool:
    return bool(settings.STRIPE_SECRET_KEY)


def _client() -> stripe.StripeClient:
    base = settings.STRIPE_API_BASE
    return stripe.StripeClient(
        settings.STRIPE_SECRET_KEY,
        stripe_version=API_VERSION,
        base_addresses={"api": base} if base else {},
        max_network_retries=NETWORK_RETRIES,
        http_client=stripe.RequestsClient(timeout=settings.STRIPE_TIMEOUT_SECONDS),
    )


def _call(what: str, function: Any, params: dict[str, Any], key: str | None) -> dict[str, Any]:
    if not configured():
        raise StripeUnavailable("STRIPE_SECRET_KEY is not set")
    options: dict[str, Any] = {"idempotency_key": key} if key else {}
    try:
        result = function(params=params, options=options)
    except stripe.StripeError as error:
        logger.error(
            "Stripe %s failed: %s (HTTP %s, request %s)",
            what,
            type(error).__name__,
            error.http_status,
            error.request_id,
        )
        if isinstance(error, stripe.InvalidRequestError | stripe.CardError):
            raise StripeRefused(what) from error
        raise StripeUnavailable(what) from error
    return result.to_dict()


def create_checkout_session(
    *,
    reference: str,
    mode: str,
    amount: int,
    currency: str,
    interval: str | None,
    product_name: str,
    success_url: str,
    cancel_url: str,
    locale: str,
    metadata: dict[str, str],
    customer: str | None = None,
) -> dict[str, Any]:
    """A hosted Checkout page for one contribution. Payment methods are those enabled in the
    newsroom's Stripe dashboard: we pass no `payment_method_types`."""
    price_data: dict[str, Any] = {
        "currency": currency,
        "unit_amount": amount,
        "product_data": {"name": product_name},
    }
    metadata = {"masthead_reference": reference, **metadata}
    params: dict[str, Any] = {
        "mode": mode,
        "submit_type": "donate",
        "line_items": [{"price_data": price_data, "quantity": 1}],
        "success_url": success_url,
        "cancel_url": cancel_url,
        "client_reference_id": reference,
        "metadata": metadata,
        "locale": locale,
    }
    if mode == "subscription":
        price_data["recurring"] = {"interval": interval}
        params["subscription_data"] = {"metadata": metadata}
    else:
        params["payment_intent_data"] = {"metadata": metadata}
        params["customer_creation"] = "always"  # so one-off givers can manage and get receipts
    if customer:
        params["customer"] = customer
        params.pop("customer_creation", None)
    client = _client()
    return _call(
        "checkout session", client.v1.checkout.sessions.create, params, f"checkout-{reference}"
    )


def create_portal_session(*, customer: str, return_url: str, key: str) -> dict[str, Any]:
    """Stripe's customer portal, where a supporter cancels or changes their card."""
    client = _client()
    return _call(
        "billing portal session",
        client.v1.billing_portal.sessions.create,
        {"customer": customer, "return_url": return_url},
        key,
    )


def retrieve_subscription(subscription_id: str) -> dict[str, Any]:
    client = _client()

    def retrieve(params: Any, options: Any) -> Any:
        return client.v1.subscriptions.retrieve(subscription_id, params=params, options=options)

    return _call("subscription retrieval", retrieve, {}, None)


def retrieve_checkout_session(session_id: str) -> dict[str, Any]:
    client = _client()

    def retrieve(params: Any, options: Any) -> Any:
        return client.v1.checkout.sessions.retrieve(session_id, params=params, options=options)

    return _call("checkout session retrieval", retrieve, {}, None)


def invoice_payment_intent(invoice_id: str) -> str:
    """The payment intent that paid an invoice: since API version 2025-03-31 an invoice no
    longer names it, its invoice payments do. A refund names only the payment intent."""
    client = _client()
    payments = _call(
        "invoice payments", client.v1.invoice_payments.list, {"invoice": invoice_id}, None
    )
    for entry in payments.get("data") or []:
        payment = entry.get("payment") or {}
        if entry.get("status") == "paid" and payment.get("payment_intent"):
            return str(payment["payment_intent"])
    return ""


def retrieve_customer(customer_id: str) -> dict[str, Any]:
    client = _client()

    def retrieve(params: Any, options: Any) -> Any:
        return client.v1.customers.retrieve(customer_id, params=params, options=options)

    return _call("customer retrieval", retrieve, {}, None)


class WrongApiVersion(ValueError):
    """A genuine event rendered in another API version than the one Masthead reads."""


def verified_event(payload: bytes, signature: str, secret: str) -> dict[str, Any]:
    """The event in a webhook request whose signature is valid and at most 300 s old, in
    the API version Masthead reads. Raises ValueError (WrongApiVersion) for anything else.

    Fields move between API versions (an invoice's subscription did in 2025-03-31): reading
    another version's shape could silently drop a payment, so such events are refused, and
    Stripe keeps retrying them for three days while the operator sets the endpoint's version
    (docs/deployment.md)."""
    try:
        stripe.WebhookSignature.verify_header(
            payload.decode("utf-8"), signature, secret, tolerance=300
        )
    except (stripe.SignatureVerificationError, UnicodeDecodeError) as error:
        raise ValueError("bad signature") from error
    event = json.loads(payload)
    if not isinstance(event, dict) or not isinstance(event.get("data"), dict):
        raise ValueError("not an event")
    if event.get("api_version") != API_VERSION:
        raise WrongApiVersion(str(event.get("api_version"))[:40])
    return event
