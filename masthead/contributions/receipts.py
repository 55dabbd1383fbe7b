"""One receipt per successful payment. Claim → send → keep the claim; a failed send releases
it, and the quarter-hourly job tries again for a week."""

import logging
from datetime import timedelta

from django.utils import timezone

from masthead.contributions import mail
from masthead.contributions.models import Payment

logger = logging.getLogger(__name__)

RETRY_FOR = timedelta(days=7)
FIRST_TRY_GRACE = timedelta(minutes=10)


def send(payment_id: int) -> bool:
    if not Payment.objects.filter(
        pk=payment_id, receipt_sent_at__isnull=True, contribution__supporter__isnull=False
    ).update(receipt_sent_at=timezone.now()):
        return False  # sent already, being sent, or no address to send it to yet
    payment = Payment.objects.select_related("contribution__supporter").get(pk=payment_id)
    try:
        mail.send_receipt(payment)
    except mail.MailNotSent as failure:
        Payment.objects.filter(pk=payment_id).update(receipt_sent_at=None)
        logger.warning("Receipt for payment %s not sent (%s); will retry.", payment_id, failure)
        return False
    return True


def send_missing() -> int:
    now = timezone.now()
    waiting = Payment.objects.filter(
        receipt_sent_at__isnull=True,
        contribution__supporter__isnull=False,
        paid_at__gte=now - RETRY_FOR,
        paid_at__lt=now - FIRST_TRY_GRACE,
    ).values_list("pk", flat=True)
    return sum(send(pk) for pk in list(waiting))
