"""How long the newsletter keeps what it records about readers (see README, "Retention").

- Per-recipient delivery rows: 90 days after the issue was sent, then only the issue's
  counts (sent, failed, suppressed) remain.
- Unsubscribed subscriptions: two years after the reader left, then deleted, and with them
  the subscriber when nothing else is left of them. Until then the row is what stops an
  import (or a stale list from the previous provider) from adding the reader back.

Unconfirmed sign-ups have their own, much shorter rule (services.delete_unconfirmed).
Every step is idempotent; the daily job can run twice or be skipped for a week.
"""

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from masthead.newsletter.dispatch import count_fields, delivery_counts
from masthead.newsletter.models import Delivery, Issue, Subscriber, Subscription

logger = logging.getLogger(__name__)

DELIVERY_RETENTION = timedelta(days=90)
UNSUBSCRIBED_RETENTION = timedelta(days=2 * 365)
BATCH_SIZE = 500


@dataclass
class PruneReport:
    issues: int = 0  # issues whose delivery rows were reduced to counts
    deliveries: int = 0
    subscriptions: int = 0
    subscribers: int = 0


def prune_newsletter_records(now: datetime | None = None) -> PruneReport:
    now = now or timezone.now()
    report = PruneReport()
    report.issues, report.deliveries = prune_deliveries(now)
    report.subscriptions, report.subscribers = prune_unsubscribed(now)
    logger.info(
        "Newsletter retention: delivery rows of %d issues reduced to counts (%d rows), "
        "%d unsubscribed subscriptions and %d subscribers deleted.",
        report.issues,
        report.deliveries,
        report.subscriptions,
        report.subscribers,
    )
    return report


def prune_deliveries(now: datetime) -> tuple[int, int]:
    """Reduce the delivery rows of issues sent more than 90 days ago to the issue's counts.
    Returns (issues, rows deleted)."""
    cutoff = now - DELIVERY_RETENTION
    issue_ids = (
        Issue.objects.filter(sent_at__lt=cutoff, deliveries__isnull=False)
        .values_list("pk", flat=True)
        .distinct()
    )
    issues = rows = 0
    for issue_id in list(issue_ids):
        deleted = _reduce_to_counts(issue_id, cutoff)
        if deleted:
            issues += 1
            rows += deleted
    return issues, rows


@transaction.atomic
def _reduce_to_counts(issue_id: int, cutoff: datetime) -> int:
    issue = Issue.objects.select_for_update().filter(pk=issue_id, sent_at__lt=cutoff).first()
    if issue is None:
        return 0
    tally = delivery_counts(issue.pk)
    if tally.get(Delivery.Status.PENDING):
        # A sent issue with a delivery still waiting is a fault to look into, not to erase.
        logger.warning("Issue %d was sent but has waiting deliveries; kept them.", issue_id)
        return 0
    if not tally:  # pruned meanwhile: keep the counts already recorded
        return 0
    Issue.objects.filter(pk=issue.pk).update(**count_fields(tally))
    deleted, _ = Delivery.objects.filter(issue=issue).delete()
    return deleted


def prune_unsubscribed(now: datetime) -> tuple[int, int]:
    """Delete subscriptions unsubscribed more than two years ago, and the subscribers they
    leave with no subscription, a batch per transaction. Returns (subscriptions,
    subscribers) deleted."""
    cutoff = now - UNSUBSCRIBED_RETENTION
    expired = Subscription.objects.filter(status=Subscription.Status.UNSUBSCRIBED).filter(
        # Rows from before unsubscribed_at was recorded: the latest consent is the bound.
        Q(unsubscribed_at__lt=cutoff) | Q(unsubscribed_at__isnull=True, consent_given_at__lt=cutoff)
    )
    subscriptions = subscribers = 0
    while batch := list(expired.values_list("pk", "subscriber_id")[:BATCH_SIZE]):
        with transaction.atomic():
            # The conditions are checked again: a reader may have signed up again meanwhile.
            _, deleted = expired.filter(pk__in=[pk for pk, _ in batch]).delete()
            subscriptions += deleted.get(Subscription._meta.label, 0)
            _, deleted = Subscriber.objects.filter(
                pk__in={subscriber_id for _, subscriber_id in batch}, subscriptions__isnull=True
            ).delete()
            subscribers += deleted.get(Subscriber._meta.label, 0)
    return subscriptions, subscribers
