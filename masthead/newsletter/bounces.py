"""Addresses we stop sending to: hard bounces and complaints.

Two sources report them, and both end in `suppress()`: the mail server's permanent refusal of
a recipient while we send (dispatch), and an email service provider's webhook, which
django-anymail turns into a `tracking` signal that `record_delivery_event` receives.

Only a permanent failure suppresses an address. Several providers report soft bounces (a
full mailbox, a greylisting server) with the same normalised event type as hard ones, so for
those the provider's own record decides (`PERMANENT_BOUNCE`); a wrongly suppressed reader
silently stops getting the newsletter, while a missed hard bounce costs one more refusal.

Nothing here logs an address: suppressions are kept by blind index only.
"""

import logging
from collections.abc import Callable
from typing import Any

from anymail.signals import AnymailTrackingEvent, EventType, RejectReason
from django.core.exceptions import ValidationError

from masthead.newsletter.models import Suppression
from masthead.privacy.fields import email_index

logger = logging.getLogger(__name__)


def suppress(*, email_index: str, reason: str) -> None:
    """Never send to this address again (for any newsletter), unless its owner signs up and
    confirms anew. Calling it again for the same address changes nothing."""
    _, created = Suppression.objects.get_or_create(
        email_index=email_index, defaults={"reason": Suppression.Reason(reason)}
    )
    if created:
        logger.info("Suppressed an address (%s).", reason)


def record_delivery_event(
    sender: object, event: AnymailTrackingEvent, esp_name: str, **kwargs: Any
) -> None:
    """anymail's `tracking` signal: suppress on a hard bounce, a complaint, or a provider's
    refusal of an invalid address. Every other event (delivered, deferred, soft bounce, …)
    is ignored: Masthead keeps no delivery history from providers."""
    reason = suppression_reason(event, esp_name)
    if reason is None:
        return
    try:
        index = email_index(event.recipient or "")
    except ValidationError:
        logger.info("Ignored a %s event from %s: no usable recipient address.", reason, esp_name)
        return
    suppress(email_index=index, reason=reason)


def suppression_reason(event: AnymailTrackingEvent, esp_name: str) -> str | None:
    if event.event_type == EventType.COMPLAINED:
        return Suppression.Reason.COMPLAINT
    if event.event_type == EventType.REJECTED and event.reject_reason == RejectReason.INVALID:
        return Suppression.Reason.BOUNCE
    if event.event_type == EventType.BOUNCED:
        is_permanent = PERMANENT_BOUNCE.get(esp_name)
        if is_permanent is None or is_permanent(event.esp_event):
            return Suppression.Reason.BOUNCE
    return None


def _field(record: Any, *path: str) -> Any:
    """record[path[0]][path[1]]…, or None where a step is missing or not a mapping."""
    for key in path:
        if not hasattr(record, "get"):
            return None
        record = record.get(key)
    return record


def _sparkpost_bounce_class(record: Any) -> Any:
    # {"msys": {"message_event": {"bounce_class": "10", …}}}
    events = _field(record, "msys")
    inner = next(iter(events.values()), None) if isinstance(events, dict) else None
    return _field(inner, "bounce_class")


# Providers whose "bounced" events include soft bounces, and how to tell a permanent one from
# their own record (anymail's event.esp_event). Providers not listed report soft bounces as
# "deferred", so their "bounced" is permanent.
PERMANENT_BOUNCE: dict[str, Callable[[Any], bool]] = {
    "Amazon SES": lambda record: _field(record, "bounce", "bounceType") == "Permanent",
    "Brevo": lambda record: _field(record, "event") in {"hard_bounce", "invalid_email"},
    "SendinBlue": lambda record: _field(record, "event") in {"hard_bounce", "invalid_email"},
    "MailerSend": lambda record: _field(record, "data", "type") == "hard_bounced",
    "Mailjet": lambda record: _field(record, "hard_bounce") is True,
    "Mandrill": lambda record: "hard_bounce" in {_field(record, "event"), _field(record, "type")},
    "Postmark": lambda record: _field(record, "Type") == "HardBounce",
    "Resend": lambda record: _field(record, "data", "bounce", "type") == "Permanent",
    "SendGrid": lambda record: _field(record, "type") == "bounce",
    # 10: invalid recipient, 30: no such recipient (the other classes are soft or blocks).
    "SparkPost": lambda record: _sparkpost_bounce_class(record) in {"10", "30"},
}
