"""Background work for contributions: receipts, welcomes, manage links, reminders."""

import logging

from django.utils import timezone
from django_tasks import task

from masthead.contributions import mail, receipts, reminders
from masthead.contributions.models import Contribution, Supporter

logger = logging.getLogger(__name__)


@task()
def send_receipt_task(payment_id: int) -> bool:
    return receipts.send(payment_id)


@task()
def send_welcome_task(contribution_id: int) -> None:
    contribution = (
        Contribution.objects.select_related("supporter").filter(pk=contribution_id).first()
    )
    if contribution is None or contribution.supporter is None:
        return
    mail.send_welcome(contribution)


@task()
def send_manage_link_task(supporter_id: int, url: str) -> None:
    supporter = Supporter.objects.filter(pk=supporter_id).first()
    if supporter is None:
        return
    mail.send_manage_link(supporter.email, url, supporter.language)


@task()
def send_reminders_task() -> dict[str, int]:
    """Hourly: reminders whose month has begun in the newsroom's time zone."""
    tally = reminders.send_due(timezone.localdate())
    reminders.prune()
    return {"sent": tally.sent, "failed": tally.failed}


@task()
def send_missing_receipts_task() -> int:
    """Receipts whose first attempt failed (the mail server was down): tried again."""
    return receipts.send_missing()
