"""Background work for contributions: receipts, welcomes, manage links, reminders."""

import logging

from django.utils import timezone
from django_tasks import task

from masthead.contributions import receipts, reminders, self_service

logger = logging.getLogger(__name__)


@task()
def send_receipt_task(payment_id: int) -> bool:
    return receipts.send_receipt(payment_id)


@task()
def send_welcome_task(contribution_id: int) -> bool:
    return receipts.send_welcome(contribution_id)


@task()
def send_manage_link_task(email_index: str) -> bool:
    return self_service.send_link(email_index)


@task()
def send_reminders_task() -> dict[str, int]:
    """Hourly: reminders whose month has begun in the newsroom's time zone."""
    tally = reminders.send_due(timezone.localdate())
    reminders.prune()
    return {"sent": tally.sent, "failed": tally.failed}


@task()
def send_missing_receipts_task() -> int:
    """Receipts and welcomes whose first attempt failed (the mail server was down)."""
    return receipts.send_missing()
