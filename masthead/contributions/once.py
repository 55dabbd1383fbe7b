"""Sending something once per row: receipts, welcomes, reminders.

claim (a conditional UPDATE of a `…claimed_at` column) → send → mark (`…sent_at`), each its
own short statement, with no transaction open while the mail server talks:
- two workers never send for the same row at the same time;
- a failed send releases the claim, so the next run tries again;
- a claim older than STALE_CLAIM (its worker died) may be taken again. That is the only way
  to a second copy: a worker dying between the mail server's "250" and the mark.
"""

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from django.db import models
from django.db.models import Q
from django.utils import timezone

from masthead.core.mail import MailNotSent

logger = logging.getLogger(__name__)

STALE_CLAIM = timedelta(hours=1)


def send_once(
    model: type[models.Model],
    pk: int,
    *,
    claimed: str,
    sent: str,
    send: Callable[[], None],
    also: dict[str, Any] | None = None,
    now: datetime | None = None,
) -> bool | MailNotSent:
    """True when this call sent it; False when it was sent or is being sent elsewhere; the
    failure when sending failed (the claim is released). `also`: more columns to set in the
    same statement as the mark (a reminder's address is deleted with it)."""
    now = now or timezone.now()
    free = Q(**{f"{claimed}__isnull": True}) | Q(**{f"{claimed}__lt": now - STALE_CLAIM})
    rows = model._default_manager.filter(free, pk=pk, **{f"{sent}__isnull": True})
    if not rows.update(**{claimed: now}):
        return False
    try:
        send()
    except Exception as error:  # the claim must be released whatever went wrong
        model._default_manager.filter(pk=pk).update(**{claimed: None})
        failure = error if isinstance(error, MailNotSent) else MailNotSent(type(error).__name__)
        logger.warning("%s %s not sent (%s).", model.__name__, pk, failure)
        return failure
    model._default_manager.filter(pk=pk).update(**{sent: timezone.now(), **(also or {})})
    return True
