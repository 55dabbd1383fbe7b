"""Remind me later: one email in the month the reader chose, then their address is gone.

Sending is claim → send → forget, each step its own short transaction:
- the claim (a conditional UPDATE) makes sure two workers never send the same reminder;
- after the mail server has taken the message, the address is deleted;
- if sending fails, the claim is released and the next run tries again;
- a claim older than an hour (a worker died mid-send) is released too. That is the only
  way a reader could get a second copy: when a worker dies in the instant between the mail
  server accepting the message and our write.
"""

import logging
import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from masthead.contributions import mail
from masthead.contributions.models import Reminder

logger = logging.getLogger(__name__)

STALE_CLAIM = timedelta(hours=1)


def remember(address: str, month: date, language: str) -> Reminder:
    """Store a reminder; asking again for the same month keeps the first one."""
    reminder = Reminder(
        email=address, month=month, code=secrets.token_urlsafe(16), language=language[:10]
    )
    try:
        with transaction.atomic():
            reminder.save()
    except IntegrityError:  # the same address and month: one reminder is enough
        return Reminder.objects.get(dedupe_key=reminder.dedupe_key)
    return reminder


def cancel(code: str) -> bool:
    deleted, _counts = Reminder.objects.filter(code=code).delete()
    return bool(deleted)


@dataclass
class Tally:
    sent: int = 0
    failed: int = 0


def send_due(as_of: date, now: datetime | None = None) -> Tally:
    """Send every reminder for the month of `as_of` or earlier that has not gone out."""
    now = now or timezone.now()
    Reminder.objects.filter(
        sent_at__isnull=True, claimed_at__lt=now - STALE_CLAIM, email__isnull=False
    ).update(claimed_at=None)
    due = Reminder.objects.filter(
        sent_at__isnull=True, claimed_at__isnull=True, month__lte=as_of.replace(day=1)
    ).values_list("pk", flat=True)
    tally = Tally()
    for pk in list(due):
        if not Reminder.objects.filter(pk=pk, claimed_at__isnull=True).update(claimed_at=now):
            continue  # another worker has it
        reminder = Reminder.objects.get(pk=pk)
        if reminder.email is None:
            continue
        try:
            mail.send_reminder(reminder.email, reminder.month, reminder.code, reminder.language)
        except mail.MailNotSent as failure:
            Reminder.objects.filter(pk=pk).update(claimed_at=None)
            logger.warning("Reminder %s not sent (%s); will try again.", pk, failure)
            tally.failed += 1
            continue
        Reminder.objects.filter(pk=pk).update(email=None, dedupe_key=None, sent_at=timezone.now())
        tally.sent += 1
    if tally.sent or tally.failed:
        logger.info("Reminders: %s sent, %s to try again.", tally.sent, tally.failed)
    return tally


def prune(now: datetime | None = None) -> int:
    """Sent reminders are kept only until the end of the following month (their code lets
    the reader see that it is gone); then nothing of them is left."""
    now = now or timezone.now()
    cutoff = (now.date().replace(day=1) - timedelta(days=1)).replace(day=1)
    deleted, _counts = Reminder.objects.filter(sent_at__isnull=False, month__lt=cutoff).delete()
    return deleted
