"""Webhook events: stored once by id, dispatched by type, outcome recorded.

Stripe does not promise any order, and retries for days. So:
- an event already handled (processed or ignored) is answered 200 and changes nothing;
- a subscription's state is always taken from the subscription as Stripe has it *now*
  (fetched before the database transaction opens), never from the event's stale copy;
- a one-off gift's status only moves forward (records.ONE_OFF_ORDER);
- an event that needs a record not there yet (a refund before its payment) fails, is
  answered 500, and Stripe delivers it again later.
"""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from django.db import transaction
from django.db.models import Q

from masthead.contributions import records
from masthead.contributions.models import (
    INTERVALS,
    RECURRING,
    Contribution,
    Frequency,
    Payment,
    StripeEvent,
)
from masthead.contributions.stripe import client

logger = logging.getLogger(__name__)

Outcome = StripeEvent.Outcome
REFERENCE = "masthead_reference"
FREQUENCY = "masthead_frequency"
FREQUENCIES = {interval: frequency for frequency, interval in INTERVALS.items()}


class NotYet(Exception):
    """The event is about a record that another, later-delivered event creates."""


def receive(event: dict[str, Any]) -> bool:
    """Handle one verified event; True when Stripe need not send it again."""
    event_id = str(event.get("id") or "")[:255]
    event_type = str(event.get("type") or "")[:100]
    if not event_id:
        return True  # nothing we could ever store or match
    if StripeEvent.objects.filter(pk=event_id).exclude(outcome=Outcome.FAILED).exists():
        return True  # a replay
    try:
        facts = _gather(event)
    except client.StripeUnavailable:
        _record_failure(event_id, event_type, event, "Stripe unreachable while fetching state")
        return False
    with transaction.atomic():
        stored, created = StripeEvent.objects.select_for_update().get_or_create(
            pk=event_id,
            defaults={
                "type": event_type,
                "created": _created(event),
                "outcome": Outcome.FAILED,
                "attempts": 0,
            },
        )
        if not created and stored.outcome != Outcome.FAILED:
            return True  # the same event, delivered twice at once
        try:
            with transaction.atomic():
                outcome, detail = _dispatch(event_type, _object(event), facts)
        except NotYet as waiting:
            outcome, detail = Outcome.FAILED, f"waiting: {waiting}"
        except Exception as error:  # recorded, and Stripe delivers it again
            logger.exception("Stripe event %s (%s) failed.", event_id, event_type)
            outcome, detail = Outcome.FAILED, f"error: {type(error).__name__}"
        stored.outcome = outcome
        stored.detail = detail[:500]
        stored.attempts += 1
        stored.save(update_fields=["outcome", "detail", "attempts"])
    if outcome == Outcome.FAILED:
        logger.warning("Stripe event %s (%s) not handled yet: %s", event_id, event_type, detail)
    return outcome != Outcome.FAILED


def _record_failure(event_id: str, event_type: str, event: dict[str, Any], detail: str) -> None:
    stored, _created_now = StripeEvent.objects.get_or_create(
        pk=event_id,
        defaults={"type": event_type, "created": _created(event), "outcome": Outcome.FAILED},
    )
    stored.detail = detail
    stored.save(update_fields=["detail"])


@dataclass(frozen=True)
class Facts:
    """What Stripe says now about the objects an event names, fetched before the database
    transaction opens (a slow Stripe must not hold database locks)."""

    created: datetime  # when Stripe created the event
    subscription: dict[str, Any] | None = None
    payment_intent: str = ""  # the one that paid an invoice


def _dispatch(event_type: str, obj: dict[str, Any], facts: Facts) -> tuple[str, str]:
    handler = HANDLERS.get(event_type)
    if handler is None:
        return Outcome.IGNORED, "not a type Masthead handles"
    return handler(event_type, obj, facts)


# --- checkout sessions ---------------------------------------------------------------------


def _checkout_session(event_type: str, session: dict[str, Any], facts: Facts) -> tuple[str, str]:
    subscription = facts.subscription
    # Other tools on the same Stripe account set client_reference_id too; only our metadata
    # says that a checkout is ours.
    reference = _metadata(session).get(REFERENCE)
    if not reference:
        return Outcome.IGNORED, "not a Masthead checkout"
    interval = None
    if subscription is not None:
        interval = _price(subscription).get("recurring", {}).get("interval")
    contribution = records.contribution_for(
        reference,
        frequency=_metadata(session).get(FREQUENCY)
        or FREQUENCIES.get(interval or "", Frequency.ONCE),
        amount=session.get("amount_total") or 0,
        currency=session.get("currency") or "",
        language=(session.get("locale") or "en")[:10],
    )
    if contribution.checkout_session_id != session["id"]:
        contribution.checkout_session_id = session["id"]
        contribution.save(update_fields=["checkout_session_id"])
    email = (session.get("customer_details") or {}).get("email") or session.get("customer_email")
    if email:
        records.attach_supporter(contribution, email=email, customer_id=session.get("customer"))
    if session.get("mode") == "subscription":
        if subscription is None:
            return Outcome.PROCESSED, "subscription not created yet"
        records.sync_subscription(contribution, subscription)
        return Outcome.PROCESSED, f"contribution {contribution.pk} {contribution.status}"
    intent = session.get("payment_intent")
    if intent and contribution.stripe_payment_intent_id != intent:
        contribution.stripe_payment_intent_id = intent
        contribution.save(update_fields=["stripe_payment_intent_id"])
    if event_type == "checkout.session.async_payment_failed":
        records.advance_one_off(contribution, Contribution.Status.FAILED)
    elif session.get("payment_status") == "paid" and intent:
        records.record_payment(
            contribution,
            stripe_id=intent,
            payment_intent_id=intent,
            amount=session.get("amount_total") or contribution.amount,
            currency=session.get("currency") or contribution.currency,
            paid_at=facts.created,
        )
        records.advance_one_off(contribution, Contribution.Status.COMPLETED)
    return Outcome.PROCESSED, f"contribution {contribution.pk} {contribution.status}"


# --- subscriptions and their invoices -------------------------------------------------------


def _subscription_event(event_type: str, obj: dict[str, Any], facts: Facts) -> tuple[str, str]:
    subscription = facts.subscription or obj
    contribution = _subscription_contribution(subscription)
    if contribution is None:
        return Outcome.IGNORED, "not a Masthead subscription"
    records.sync_subscription(contribution, subscription)
    return Outcome.PROCESSED, f"contribution {contribution.pk} {contribution.status}"


def _invoice_paid(event_type: str, invoice: dict[str, Any], facts: Facts) -> tuple[str, str]:
    subscription = facts.subscription
    if subscription is None:
        return Outcome.IGNORED, "not a subscription invoice"
    contribution = _subscription_contribution(subscription, invoice)
    if contribution is None:
        return Outcome.IGNORED, "not a Masthead subscription"
    if invoice.get("customer_email"):
        records.attach_supporter(
            contribution, email=invoice["customer_email"], customer_id=invoice.get("customer")
        )
    if (invoice.get("amount_paid") or 0) > 0:
        paid_at = (invoice.get("status_transitions") or {}).get("paid_at") or invoice.get("created")
        records.record_payment(
            contribution,
            stripe_id=invoice["id"],
            payment_intent_id=facts.payment_intent,
            amount=invoice["amount_paid"],
            currency=invoice.get("currency") or contribution.currency,
            paid_at=_time(paid_at),
        )
    records.sync_subscription(contribution, subscription)
    return Outcome.PROCESSED, f"contribution {contribution.pk} {contribution.status}"


def _invoice_failed(event_type: str, invoice: dict[str, Any], facts: Facts) -> tuple[str, str]:
    if facts.subscription is None:
        return Outcome.IGNORED, "not a subscription invoice"
    return _subscription_event(event_type, invoice, facts)


def _subscription_contribution(
    subscription: dict[str, Any], invoice: dict[str, Any] | None = None
) -> Contribution | None:
    found = (
        Contribution.objects.select_for_update()
        .filter(stripe_subscription_id=subscription.get("id"))
        .first()
    )
    if found is not None:
        return found
    metadata = _metadata(subscription) or _subscription_details(invoice or {}).get("metadata", {})
    reference = (metadata or {}).get(REFERENCE)
    if not reference:
        return None
    price = _price(subscription)
    interval = (price.get("recurring") or {}).get("interval", "month")
    return records.contribution_for(
        reference,
        frequency=metadata.get(FREQUENCY) or FREQUENCIES.get(interval, Frequency.MONTHLY),
        amount=price.get("unit_amount") or 0,
        currency=price.get("currency") or "",
    )


# --- refunds --------------------------------------------------------------------------------


def _charge_refunded(event_type: str, charge: dict[str, Any], facts: Facts) -> tuple[str, str]:
    intent = charge.get("payment_intent")
    if not intent:
        return Outcome.IGNORED, "a charge without a payment intent"
    payment = (
        Payment.objects.select_for_update()
        .select_related("contribution")
        .filter(Q(stripe_payment_intent_id=intent) | Q(stripe_id=intent))
        .first()
    )
    if payment is None:
        # A renewal's charge names only its customer: if that customer pays us recurring
        # support, the invoice.paid that records this payment is still to come.
        customer = charge.get("customer")
        ours = Contribution.objects.filter(stripe_payment_intent_id=intent).exists() or (
            bool(customer)
            and Contribution.objects.filter(
                stripe_customer_id=customer, frequency__in=RECURRING
            ).exists()
        )
        if _metadata(charge).get(REFERENCE) or ours:
            raise NotYet(f"no payment recorded for {intent}")
        return Outcome.IGNORED, "not a Masthead payment"
    records.record_refund(payment, charge.get("amount_refunded") or 0)
    return Outcome.PROCESSED, f"payment {payment.pk} refunded {payment.amount_refunded}"


Handler = Callable[[str, dict[str, Any], Facts], tuple[str, str]]
HANDLERS: dict[str, Handler] = {
    "checkout.session.completed": _checkout_session,
    "checkout.session.async_payment_succeeded": _checkout_session,
    "checkout.session.async_payment_failed": _checkout_session,
    "customer.subscription.created": _subscription_event,
    "customer.subscription.updated": _subscription_event,
    "customer.subscription.deleted": _subscription_event,
    "invoice.paid": _invoice_paid,
    "invoice.payment_failed": _invoice_failed,
    "charge.refunded": _charge_refunded,
}


# --- reading Stripe's objects ---------------------------------------------------------------


def _gather(event: dict[str, Any]) -> Facts:
    """The subscription an event is about, as Stripe has it now, and for a paid invoice the
    payment intent that paid it (so that a later refund finds its payment)."""
    event_type = str(event.get("type") or "")
    created = _created(event)
    if event_type not in HANDLERS:
        return Facts(created)
    obj = _object(event)
    subscription_id = None
    if event_type.startswith("checkout.session."):
        subscription_id = obj.get("subscription") if obj.get("mode") == "subscription" else None
    elif event_type.startswith("customer.subscription."):
        subscription_id = obj.get("id")
    elif event_type.startswith("invoice."):
        subscription_id = _subscription_details(obj).get("subscription")
    if not isinstance(subscription_id, str) or not subscription_id:
        return Facts(created)
    subscription = client.retrieve_subscription(subscription_id)
    intent = ""
    if event_type == "invoice.paid" and isinstance(obj.get("id"), str):
        intent = _invoice_payment_intent(obj) or client.invoice_payment_intent(obj["id"])
    return Facts(created, subscription=subscription, payment_intent=intent)


def _object(event: dict[str, Any]) -> dict[str, Any]:
    obj = (event.get("data") or {}).get("object")
    return obj if isinstance(obj, dict) else {}


def _metadata(obj: dict[str, Any]) -> dict[str, Any]:
    metadata = obj.get("metadata")
    return metadata if isinstance(metadata, dict) else {}


def _price(subscription: dict[str, Any]) -> dict[str, Any]:
    items = ((subscription.get("items") or {}).get("data")) or [{}]
    return items[0].get("price") or {}


def _subscription_details(invoice: dict[str, Any]) -> dict[str, Any]:
    """Since API version 2025-03-31 an invoice names its subscription under `parent`."""
    parent = invoice.get("parent") or {}
    return parent.get("subscription_details") or {}


def _invoice_payment_intent(invoice: dict[str, Any]) -> str:
    """The payment intent that paid an invoice, from its `payments` list when included."""
    for entry in (invoice.get("payments") or {}).get("data") or []:
        intent = (entry.get("payment") or {}).get("payment_intent")
        if intent:
            return str(intent)
    return ""


def _created(event: dict[str, Any]) -> datetime:
    return _time(event.get("created"))


def _time(timestamp: Any) -> datetime:
    try:
        return datetime.fromtimestamp(int(timestamp), tz=UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return datetime.now(tz=UTC)
