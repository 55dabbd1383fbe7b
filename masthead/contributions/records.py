"""Changes to supporters, contributions and payments, whoever asks for them (the checkout,
webhook handlers). Every function here is idempotent: called twice with the same facts, it
changes nothing the second time, so replayed or reordered webhooks are harmless."""

import logging
from datetime import UTC, datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from masthead.contributions.models import Contribution, Frequency, Payment, Supporter
from masthead.privacy.fields import email_index

logger = logging.getLogger(__name__)

Status = Contribution.Status

# A one-off gift only moves forward: pending → failed | completed → refunded.
ONE_OFF_ORDER = [Status.PENDING, Status.FAILED, Status.COMPLETED, Status.REFUNDED]

# Stripe's subscription status → ours.
SUBSCRIPTION_STATUS = {
    "active": Status.ACTIVE,
    "trialing": Status.ACTIVE,
    "past_due": Status.PAST_DUE,
    "unpaid": Status.PAST_DUE,
    "paused": Status.PAST_DUE,
    "canceled": Status.CANCELLED,
    # The first payment never went through: a supporter who never started cannot cancel.
    "incomplete_expired": Status.FAILED,
    "incomplete": Status.PENDING,
}


# A subscription in one of these states stays in it.
FINAL = {Status.CANCELLED, Status.FAILED}


def contribution_for(
    reference: str, *, frequency: str, amount: int, currency: str, language: str = "en"
) -> Contribution:
    """The contribution with this reference; rebuilt from Stripe's facts if our row is
    missing (the checkout's insert failed after Stripe had made the session)."""
    contribution, created = Contribution.objects.select_for_update().get_or_create(
        reference=reference,
        defaults={
            "frequency": frequency,
            "amount": amount,
            "currency": currency,
            "language": language,
        },
    )
    if created:
        logger.warning("Contribution %s rebuilt from a Stripe event.", contribution.pk)
    return contribution


def attach_supporter(
    contribution: Contribution, *, email: str, customer_id: str | None
) -> Supporter | None:
    """Find the supporter by Stripe customer or by address, or make one; link them. An
    address we cannot keep (one Stripe took but our rules refuse) leaves the contribution
    without a supporter, logged: the payment itself is still recorded."""
    if customer_id and contribution.stripe_customer_id != customer_id:
        contribution.stripe_customer_id = customer_id
        contribution.save(update_fields=["stripe_customer_id"])
    try:
        index = email_index(email)
    except ValidationError:
        logger.warning("Contribution %s: the payer's address cannot be kept.", contribution.pk)
        return None
    supporter = None
    if customer_id:
        supporter = Supporter.objects.filter(stripe_customer_id=customer_id).first()
    if supporter is None:
        supporter = Supporter.objects.filter(email_index=index).first()
    if supporter is None:
        supporter = Supporter.objects.create(
            email=email, stripe_customer_id=customer_id, language=contribution.language
        )
    elif customer_id and supporter.stripe_customer_id != customer_id:
        # Manage my support opens the portal of the newest customer: the one giving now.
        Supporter.objects.filter(stripe_customer_id=customer_id).exclude(pk=supporter.pk).update(
            stripe_customer_id=None
        )
        supporter.stripe_customer_id = customer_id
        supporter.save(update_fields=["stripe_customer_id"])
    if contribution.supporter_id != supporter.pk:
        contribution.supporter = supporter
        contribution.save(update_fields=["supporter"])
    return supporter


def advance_one_off(contribution: Contribution, status: str) -> None:
    if ONE_OFF_ORDER.index(Status(status)) <= ONE_OFF_ORDER.index(Status(contribution.status)):
        return
    contribution.status = status
    fields = ["status"]
    if status == Status.COMPLETED and contribution.started_at is None:
        contribution.started_at = timezone.now()
        fields.append("started_at")
    if status in (Status.REFUNDED, Status.FAILED):
        contribution.ended_at = timezone.now()
        fields.append("ended_at")
    contribution.save(update_fields=fields)


def sync_subscription(contribution: Contribution, subscription: dict) -> None:
    """Take the subscription's current state from Stripe's own object, so that whichever
    event arrives last, the row ends up as Stripe has it now."""
    status = SUBSCRIPTION_STATUS.get(subscription.get("status", ""))
    if status is None:  # a status Stripe added after this code: change nothing, say so
        logger.warning("Subscription status %r is unknown here.", subscription.get("status"))
        status = Status(contribution.status)
    if contribution.status in FINAL:
        # Stripe never revives a cancelled subscription: whatever arrives later (a copy
        # fetched before the cancellation, by a delivery that lost the race) is older news.
        status = Status(contribution.status)
    fields = []
    if contribution.stripe_subscription_id != subscription["id"]:
        contribution.stripe_subscription_id = subscription["id"]
        fields.append("stripe_subscription_id")
    if contribution.status != status:
        contribution.status = status
        fields.append("status")
    if status in (Status.ACTIVE, Status.PAST_DUE) and contribution.started_at is None:
        contribution.started_at = _time(subscription.get("start_date")) or timezone.now()
        fields.append("started_at")
    if status in (Status.CANCELLED, Status.FAILED) and contribution.ended_at is None:
        contribution.ended_at = _time(subscription.get("ended_at")) or timezone.now()
        fields.append("ended_at")
    if fields:
        contribution.save(update_fields=fields)
    if status == Status.ACTIVE:
        welcome(contribution)


def record_payment(
    contribution: Contribution,
    *,
    stripe_id: str,
    amount: int,
    currency: str,
    paid_at: datetime,
    payment_intent_id: str = "",
) -> Payment:
    """One successful charge; its receipt is queued once, when the row is first made."""
    payment, created = Payment.objects.get_or_create(
        stripe_id=stripe_id,
        defaults={
            "contribution": contribution,
            "amount": amount,
            "currency": currency,
            "paid_at": paid_at,
            "stripe_payment_intent_id": payment_intent_id,
        },
    )
    if not created and payment_intent_id and not payment.stripe_payment_intent_id:
        payment.stripe_payment_intent_id = payment_intent_id
        payment.save(update_fields=["stripe_payment_intent_id"])
    if created:
        from masthead.contributions.tasks import send_receipt_task

        transaction.on_commit(lambda: send_receipt_task.enqueue(payment.pk))
    return payment


def record_refund(payment: Payment, amount_refunded: int) -> None:
    if amount_refunded > payment.amount_refunded:
        payment.amount_refunded = min(amount_refunded, payment.amount)
        payment.save(update_fields=["amount_refunded"])
    contribution = payment.contribution
    if contribution.frequency == Frequency.ONCE and payment.amount_refunded >= payment.amount:
        advance_one_off(contribution, Status.REFUNDED)


def welcome(contribution: Contribution) -> None:
    """New recurring supporters get one welcome, however many events say they are active
    (receipts.send_welcome sends it once)."""
    if not contribution.recurring or contribution.supporter_id is None:
        return
    if contribution.welcomed_at is None and contribution.welcome_claimed_at is None:
        from masthead.contributions.tasks import send_welcome_task

        transaction.on_commit(lambda: send_welcome_task.enqueue(contribution.pk))


def _time(timestamp: int | None) -> datetime | None:
    if not timestamp:
        return None
    return datetime.fromtimestamp(timestamp, tz=UTC)
