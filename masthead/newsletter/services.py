"""The newsletter's verbs: subscribe, confirm, and forget unconfirmed sign-ups."""

from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from masthead.newsletter.limits import may_send_confirmation
from masthead.newsletter.models import Newsletter, Subscriber, Subscription, Suppression
from masthead.newsletter.tokens import CONFIRMATION_MAX_AGE, subscription_from_confirmation
from masthead.privacy.crypto import blind_index
from masthead.privacy.emails import normalise_email
from masthead.privacy.models import PrivacyPolicyPage

NO_POLICY_VERSION = "none"


def subscribe(*, address: str, newsletter: Newsletter, form: str) -> None:
    """Record a sign-up and, if allowed, send a confirmation email.

    The outcome is deliberately the same for a new, a pending and an already confirmed
    address (nothing is sent to a confirmed one), so the form cannot be used to learn who is
    subscribed. Raises ValidationError for an address that is not one.
    """
    normalised = normalise_email(address)
    index = blind_index(normalised)
    policy = PrivacyPolicyPage.current()
    consent = {
        "consent_policy_version": policy.version if policy else NO_POLICY_VERSION,
        "consent_given_at": timezone.now(),
        "consent_form": form[:100],
    }
    with transaction.atomic():
        subscriber = _subscriber_for(normalised, index, newsletter.language)
        subscription, created = Subscription.objects.get_or_create(
            subscriber=subscriber, newsletter=newsletter, defaults=consent
        )
        # Lock the row so that a confirmation arriving at this moment is not undone.
        subscription = Subscription.objects.select_for_update().get(pk=subscription.pk)
        if subscription.status == Subscription.Status.CONFIRMED:
            return
        if not created:
            # A new sign-up (after a lapse, or after unsubscribing) is a new consent.
            for field, value in consent.items():
                setattr(subscription, field, value)
            subscription.status = Subscription.Status.PENDING
            subscription.save(update_fields=[*consent, "status"])
        if may_send_confirmation(index, newsletter.pk):
            from masthead.newsletter.tasks import send_confirmation_task

            subscription_id = subscription.pk
            transaction.on_commit(lambda: send_confirmation_task.enqueue(subscription_id))


def _subscriber_for(normalised: str, index: str, language: str) -> Subscriber:
    existing = Subscriber.objects.filter(email_index=index).first()
    if existing:
        return existing
    try:
        with transaction.atomic():
            return Subscriber.objects.create(email=normalised, language=language)
    except IntegrityError:  # the same address signed up at the same moment elsewhere
        return Subscriber.objects.get(email_index=index)


def pending_subscription(token: str) -> Subscription | None:
    """The subscription a confirmation link names, if the link is valid and it still
    awaits confirmation (or is already confirmed: showing the button again is harmless)."""
    subscription_id = subscription_from_confirmation(token)
    if subscription_id is None:
        return None
    return (
        Subscription.objects.select_related("newsletter")
        .exclude(status=Subscription.Status.UNSUBSCRIBED)
        .filter(pk=subscription_id)
        .first()
    )


def confirm_subscription(token: str) -> Subscription | None:
    """Confirm the subscription a link names; harmless to repeat. None for a link that is
    forged, expired, or whose sign-up has since been deleted or unsubscribed."""
    subscription_id = subscription_from_confirmation(token)
    if subscription_id is None:
        return None
    subscription = (
        Subscription.objects.select_related("newsletter", "subscriber")
        .filter(pk=subscription_id)
        .first()
    )
    if subscription is None or subscription.status == Subscription.Status.UNSUBSCRIBED:
        return None
    if subscription.status == Subscription.Status.PENDING:
        subscription.status = Subscription.Status.CONFIRMED
        subscription.confirmed_at = timezone.now()
        subscription.save(update_fields=["status", "confirmed_at"])
        # The reader has just shown that the mailbox works and wants the mail.
        Suppression.objects.filter(email_index=subscription.subscriber.email_index).delete()
    return subscription


def delete_unconfirmed(now: datetime | None = None) -> int:
    """Forget sign-ups nobody confirmed within the confirmation window, and readers left
    with no subscription at all. Returns the number of sign-ups deleted."""
    cutoff = (now or timezone.now()) - CONFIRMATION_MAX_AGE
    # Measured from the latest sign-up (consent), not the first: a reader who signs up again
    # after unsubscribing gets the full seven days with the new link.
    deleted, _ = Subscription.objects.filter(
        status=Subscription.Status.PENDING, consent_given_at__lt=cutoff
    ).delete()
    Subscriber.objects.filter(subscriptions__isnull=True, created_at__lt=cutoff).delete()
    return deleted
