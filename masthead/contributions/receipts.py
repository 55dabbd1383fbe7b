"""One receipt per successful payment, one welcome per new recurring supporter: queued when
the fact is first recorded, sent once (once.py), and retried every 15 minutes for a week when
the mail server was down."""

from datetime import timedelta

from django.utils import timezone

from masthead.contributions import mail
from masthead.contributions.models import RECURRING, Contribution, Payment
from masthead.contributions.once import send_once

RETRY_FOR = timedelta(days=7)
FIRST_TRY_GRACE = timedelta(minutes=10)


def send_receipt(payment_id: int) -> bool:
    payment = (
        Payment.objects.select_related("contribution__supporter")
        .filter(pk=payment_id, contribution__supporter__isnull=False)
        .first()
    )
    if payment is None:
        return False  # no address to send it to yet: send_missing() comes back for it
    result = send_once(
        Payment,
        payment_id,
        claimed="receipt_claimed_at",
        sent="receipt_sent_at",
        send=lambda: mail.send_receipt(payment),
    )
    return result is True


def send_welcome(contribution_id: int) -> bool:
    contribution = (
        Contribution.objects.select_related("supporter")
        .filter(pk=contribution_id, supporter__isnull=False)
        .first()
    )
    if contribution is None or not contribution.recurring:
        return False
    result = send_once(
        Contribution,
        contribution_id,
        claimed="welcome_claimed_at",
        sent="welcomed_at",
        send=lambda: mail.send_welcome(contribution),
    )
    return result is True


def send_missing() -> int:
    """Receipts and welcomes whose first try failed or never happened, up to a week late."""
    now = timezone.now()
    receipts = Payment.objects.filter(
        receipt_sent_at__isnull=True,
        contribution__supporter__isnull=False,
        paid_at__gte=now - RETRY_FOR,
        paid_at__lt=now - FIRST_TRY_GRACE,
    ).values_list("pk", flat=True)
    welcomes = Contribution.objects.filter(
        welcomed_at__isnull=True,
        supporter__isnull=False,
        status=Contribution.Status.ACTIVE,
        frequency__in=RECURRING,
        started_at__gte=now - RETRY_FOR,
        started_at__lt=now - FIRST_TRY_GRACE,
    ).values_list("pk", flat=True)
    return sum(send_receipt(pk) for pk in list(receipts)) + sum(
        send_welcome(pk) for pk in list(welcomes)
    )
