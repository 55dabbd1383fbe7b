"""What a reader can do with their own data, by signed link and without an account:
choose newsletters, unsubscribe, download everything we hold, erase it."""

from typing import Any

from django.db import transaction
from django.utils import timezone

from masthead.newsletter.models import Newsletter, Subscriber, Subscription


def unsubscribe(subscription: Subscription) -> None:
    """Stop sending this newsletter to this reader, at once. Harmless to repeat."""
    if subscription.status == Subscription.Status.UNSUBSCRIBED:
        return
    subscription.status = Subscription.Status.UNSUBSCRIBED
    subscription.unsubscribed_at = timezone.now()
    subscription.save(update_fields=["status", "unsubscribed_at"])


@transaction.atomic
def keep_only(subscriber: Subscriber, newsletter_ids: set[int]) -> None:
    """Unsubscribe from every confirmed newsletter not chosen. Choosing a newsletter the
    reader is not on does not subscribe them: that needs a sign-up and its confirmation."""
    confirmed = subscriber.subscriptions.filter(status=Subscription.Status.CONFIRMED)
    for subscription in confirmed.exclude(newsletter_id__in=newsletter_ids):
        unsubscribe(subscription)


@transaction.atomic
def leave_everything(subscriber: Subscriber) -> None:
    """Unsubscribe from every newsletter; sign-ups never confirmed are deleted outright (the
    reader may be someone whose address was signed up by another)."""
    subscriber.subscriptions.filter(status=Subscription.Status.PENDING).delete()
    keep_only(subscriber, set())


def export(subscriber: Subscriber) -> dict[str, Any]:
    """Everything Masthead holds about this reader."""

    def moment(value: Any) -> str | None:
        return value.isoformat() if value else None

    return {
        "email": subscriber.email,
        "language": subscriber.language,
        "first_signed_up": moment(subscriber.created_at),
        "subscriptions": [
            {
                "newsletter": subscription.newsletter.name,
                "status": subscription.status,
                "signed_up": moment(subscription.created_at),
                "confirmed": moment(subscription.confirmed_at),
                "unsubscribed": moment(subscription.unsubscribed_at),
                "consent": {
                    "privacy_policy_version": subscription.consent_policy_version,
                    "given": moment(subscription.consent_given_at),
                    "form": subscription.consent_form,
                },
            }
            for subscription in subscriber.subscriptions.select_related("newsletter")
        ],
        "not_held": "No IP address, no browser details, no record of opens or clicks.",
    }


def erase(subscriber: Subscriber) -> None:
    """Delete the reader and every subscription and consent record with them."""
    subscriber.delete()


def newsletters_for(subscriber: Subscriber) -> list[tuple[Newsletter, Subscription]]:
    return [
        (subscription.newsletter, subscription)
        for subscription in subscriber.subscriptions.select_related("newsletter").order_by(
            "newsletter__name"
        )
    ]
