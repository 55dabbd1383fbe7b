"""Sending an issue to its subscribers: exactly once each, across crashes and workers.

1. `start()` moves the issue from draft/scheduled to "sending" with a conditional update —
   only one caller can win — and, in the same transaction, freezes the audience: one
   `Delivery` row per confirmed, unsuppressed subscription (unique per issue and
   subscription).
2. `send_batches()` (any number of workers at once) repeatedly claims a batch of due rows
   with `SELECT … FOR UPDATE SKIP LOCKED`, sends each message over one reused connection,
   and records each outcome in the same transaction that holds the lock. The lock is held
   until the outcomes are committed, so no other worker can claim those rows meanwhile.
3. A worker killed mid-batch loses its transaction: the database releases the locks and the
   rows are still "pending", so the next worker sends them. Messages the mail server had
   already accepted in that batch go out twice; nobody is skipped.
4. When no pending row is left, `finish()` marks the issue sent with its counts.

On SQLite (`select_for_update` is a no-op there) every transaction begins IMMEDIATE (see
settings), which serialises batches between processes instead.
"""

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import connection, transaction
from django.db.models import Count, F, Min, Q, QuerySet
from django.utils import timezone

from masthead.newsletter.bounces import suppress
from masthead.newsletter.composing import IssueMessage
from masthead.newsletter.links import preferences_url, unsubscribe_url
from masthead.newsletter.models import Delivery, Issue, Subscriber, Subscription, Suppression
from masthead.newsletter.transport import Outcome, Transport

logger = logging.getLogger(__name__)

BATCH_SIZE = 200
# After the n-th temporary failure, wait RETRY_DELAYS[n - 1]; give up after the last.
RETRY_DELAYS = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=15),
    timedelta(hours=1),
    timedelta(hours=4),
)
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1


@dataclass
class Tally:
    sent: int = 0
    retry: int = 0
    failed: int = 0
    suppressed: int = 0

    def add(self, other: "Tally") -> None:
        self.sent += other.sent
        self.retry += other.retry
        self.failed += other.failed
        self.suppressed += other.suppressed


def start(issue_id: int, now: datetime | None = None) -> bool:
    """Begin sending; True for the one caller that moved the issue to "sending"."""
    now = now or timezone.now()
    with transaction.atomic():
        won = Issue.objects.filter(
            pk=issue_id, status__in=[Issue.Status.DRAFT, Issue.Status.SCHEDULED]
        ).update(status=Issue.Status.SENDING, started_at=now)
        if won:
            freeze_audience(Issue.objects.get(pk=issue_id))
    return bool(won)


def freeze_audience(issue: Issue) -> int:
    """One pending delivery per confirmed subscription not suppressed, in one statement
    (a 100,000-reader list is frozen in about a second)."""
    delivery = Delivery._meta.db_table
    subscription = Subscription._meta.db_table
    subscriber = Subscriber._meta.db_table
    suppression = Suppression._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            INSERT INTO {delivery} (issue_id, subscription_id, status, attempts, last_error)
            SELECT %s, s.id, %s, 0, ''
            FROM {subscription} s JOIN {subscriber} r ON r.id = s.subscriber_id
            WHERE s.newsletter_id = %s AND s.status = %s
              AND NOT EXISTS (SELECT 1 FROM {suppression} x WHERE x.email_index = r.email_index)
            ORDER BY s.id
            """,  # noqa: S608 — table names from our own models, values as parameters
            [
                issue.pk,
                Delivery.Status.PENDING,
                issue.newsletter_id,
                Subscription.Status.CONFIRMED,
            ],
        )
        return cursor.rowcount


def send_batches(issue_id: int, transport: Transport | None = None) -> Tally:
    """Send due deliveries of a "sending" issue until none is left that is due now."""
    issue = Issue.objects.select_related("newsletter").get(pk=issue_id)
    total = Tally()
    if issue.status != Issue.Status.SENDING or not has_due(issue_id):
        return total
    message = IssueMessage(issue)
    transport = transport or Transport()
    transport.open()
    try:
        while True:
            if transport.broken:
                transport.close()
                transport.open()
            tally = _send_one_batch(issue, message, transport)
            total.add(tally)
            if not (tally.sent or tally.retry or tally.failed or tally.suppressed):
                break
    finally:
        transport.close()
    finish(issue_id)
    return total


def has_due(issue_id: int) -> bool:
    return _due(issue_id, timezone.now()).exists()


def _due(issue_id: int, now: datetime) -> "QuerySet[Delivery]":
    return Delivery.objects.filter(issue_id=issue_id, status=Delivery.Status.PENDING).filter(
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now)
    )


def _send_one_batch(issue: Issue, message: IssueMessage, transport: Transport) -> Tally:
    tally = Tally()
    now = timezone.now()
    with transaction.atomic():
        batch = list(
            _due(issue.pk, now)
            .select_for_update(skip_locked=True, of=("self",))
            .select_related("subscription__subscriber")
            .order_by("pk")[:BATCH_SIZE]
        )
        outcomes: dict[Outcome | str, list[Delivery]] = {}
        for delivery in batch:
            if transport.broken:
                break  # the rest stay pending, untouched, for the reopened connection
            outcome = _send_one(issue, message, transport, delivery)
            outcomes.setdefault(outcome, []).append(delivery)
        _record(outcomes, now, tally)
    return tally


GONE = "gone"  # unsubscribed or erased after the audience was frozen


def _send_one(
    issue: Issue, message: IssueMessage, transport: Transport, delivery: Delivery
) -> Outcome | str:
    subscription = delivery.subscription
    if subscription is None or subscription.status != Subscription.Status.CONFIRMED:
        return GONE
    letter = message.letter(
        subscription.subscriber.email,
        message_id=f"issue{issue.pk}.{delivery.pk}",
        unsubscribe_url=unsubscribe_url(subscription.pk),
        preferences_url=preferences_url(subscription.subscriber_id),
    )
    result = transport.send(letter)
    delivery.last_error = result.code
    return result.outcome


def _record(outcomes: dict[Outcome | str, list[Delivery]], now: datetime, tally: Tally) -> None:
    """Write every outcome of a batch (inside the batch's transaction)."""
    if sent := outcomes.get(Outcome.SENT):
        Delivery.objects.filter(pk__in=[d.pk for d in sent]).update(
            status=Delivery.Status.SENT, sent_at=now, attempts=F("attempts") + 1, last_error=""
        )
        tally.sent += len(sent)
    if gone := outcomes.get(GONE):
        Delivery.objects.filter(pk__in=[d.pk for d in gone]).update(
            status=Delivery.Status.SUPPRESSED, last_error="unsubscribed"
        )
        tally.suppressed += len(gone)
    for delivery in outcomes.get(Outcome.FAILED, []):
        _fail(delivery)
        tally.failed += 1
    for delivery in outcomes.get(Outcome.BOUNCED, []):
        _fail(delivery)
        _suppress(delivery)
        tally.failed += 1
    for delivery in outcomes.get(Outcome.RETRY, []):
        attempts = delivery.attempts + 1
        if attempts >= MAX_ATTEMPTS:
            _fail(delivery, note=f"gave up: {delivery.last_error}")
            tally.failed += 1
            continue
        Delivery.objects.filter(pk=delivery.pk).update(
            attempts=attempts,
            next_attempt_at=now + RETRY_DELAYS[attempts - 1],
            last_error=delivery.last_error,
        )
        tally.retry += 1


def _fail(delivery: Delivery, note: str = "") -> None:
    Delivery.objects.filter(pk=delivery.pk).update(
        status=Delivery.Status.FAILED,
        attempts=F("attempts") + 1,
        last_error=(note or delivery.last_error)[:40],
    )


def _suppress(delivery: Delivery) -> None:
    """A hard bounce: stop sending to this address, for every newsletter."""
    assert delivery.subscription is not None
    suppress(
        email_index=delivery.subscription.subscriber.email_index,
        reason=Suppression.Reason.BOUNCE,
    )


def finish(issue_id: int) -> bool:
    """Mark a "sending" issue sent once no delivery is pending; True if this call did."""
    with transaction.atomic():
        if Delivery.objects.filter(issue_id=issue_id, status=Delivery.Status.PENDING).exists():
            return False
        counts = delivery_counts(issue_id)
        finished = Issue.objects.filter(pk=issue_id, status=Issue.Status.SENDING).update(
            status=Issue.Status.SENT,
            sent_at=timezone.now(),
            sent_count=counts.get(Delivery.Status.SENT, 0),
            failed_count=counts.get(Delivery.Status.FAILED, 0),
            suppressed_count=counts.get(Delivery.Status.SUPPRESSED, 0),
        )
        if finished:
            from masthead.newsletter.scheduling import prepare_next_issue

            issue = Issue.objects.select_related("newsletter").get(pk=issue_id)
            logger.info("Issue %s sent: %s.", issue_id, counts)
            prepare_next_issue(issue.newsletter)  # so the next draft is there at once
    return bool(finished)


def delivery_counts(issue_id: int) -> dict[str, int]:
    """How many of an issue's deliveries are in each status."""
    return dict(
        Delivery.objects.filter(issue_id=issue_id)
        .values_list("status")
        .annotate(n=Count("pk"))
        .values_list("status", "n")
    )


def next_retry_at(issue_id: int) -> datetime | None:
    """When the earliest delivery waiting for a retry is due (None if none waits)."""
    return Delivery.objects.filter(
        issue_id=issue_id, status=Delivery.Status.PENDING, next_attempt_at__isnull=False
    ).aggregate(due=Min("next_attempt_at"))["due"]
