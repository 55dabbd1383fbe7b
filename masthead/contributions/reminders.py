"""Remind me later: one email in the month the reader chose, then their address is gone.

Sending goes through once.py (claim → send → mark), and then the address is deleted. A
temporary failure keeps the address and the next hourly run tries again; an address the
mail server refuses for good, or a reminder still not delivered two weeks into its month, is
given up: its address is deleted and nothing more is tried.
"""

import logging
import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import partial

from django.db import IntegrityError, transaction
from django.utils import timezone

from masthead.contributions import mail
from masthead.contributions.models import Reminder
from masthead.contributions.once import send_once

logger = logging.getLogger(__name__)

GIVE_UP_AFTER = timedelta(days=14)


def remember(address: str, month: date, language: str) -> tuple[Reminder, bool]:
    """Store a reminder; asking again for the same month keeps the first one (and its code
    stays with whoever asked first: the second answer must not reveal it)."""
    reminder = Reminder(
        email=address, month=month, code=secrets.token_urlsafe(16), language=language[:10]
    )
    try:
        with transaction.atomic():
            reminder.save()
    except IntegrityError:  # the same address and month: one reminder is enough
        return Reminder.objects.get(dedupe_key=reminder.dedupe_key), False
    return reminder, True


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
    due = Reminder.objects.filter(
        sent_at__isnull=True, email__isnull=False, month__lte=as_of.replace(day=1)
    ).values_list("pk", "month")
    tally = Tally()
    for pk, month in list(due):
        reminder = Reminder.objects.filter(pk=pk, email__isnull=False).first()
        if reminder is None or reminder.email is None:
            continue
        result = send_once(
            Reminder,
            pk,
            claimed="claimed_at",
            sent="sent_at",
            send=partial(
                mail.send_reminder,
                reminder.email,
                reminder.month,
                reminder.code,
                reminder.language,
            ),
            also={"email": None, "dedupe_key": None},
            now=now,
        )
        if result is True:
            tally.sent += 1
        elif result is not False:
            tally.failed += 1
            if result.permanent or as_of - month > GIVE_UP_AFTER:
                logger.warning("Reminder %s given up (%s); its address is deleted.", pk, result)
                forget(pk)
    if tally.sent or tally.failed:
        logger.info("Reminders: %s sent, %s not sent.", tally.sent, tally.failed)
    return tally


def forget(pk: int) -> None:
    Reminder.objects.filter(pk=pk).update(email=None, dedupe_key=None)


def prune(now: datetime | None = None) -> int:
    """Sent reminders are kept only until the end of the following month (their code lets
    the reader see that it is gone); then nothing of them is left."""
    now = now or timezone.now()
    cutoff = (now.date().replace(day=1) - timedelta(days=1)).replace(day=1)
    deleted, _counts = Reminder.objects.filter(sent_at__isnull=False, month__lt=cutoff).delete()
    return deleted
