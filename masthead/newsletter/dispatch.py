"""Sending an issue to its subscribers: nobody skipped, across crashes and workers.

1. `start()` moves the issue from draft/scheduled to "sending" with a conditional update —
   only one caller can win — and, in the same transaction, freezes the audience: one
   `Delivery` row per confirmed, unsuppressed subscription (unique per issue and
   subscription).
2. `send_batches()` (any number of workers at once) claims a batch of due rows — a short
   transaction with `SELECT … FOR UPDATE SKIP LOCKED` that sets a lease — sends each message
   over one reused connection, and writes the outcomes in short transactions every
   WRITE_EVERY messages, renewing the lease. No transaction stays open while the mail server
   is talking.
3. A worker killed mid-batch leaves its unwritten rows "pending" under a lease that lapses;
   the next sender takes them. Messages the server accepted after the last write go out
   twice (at most WRITE_EVERY); nobody is skipped.
4. When no pending row is left, `finish()` marks the issue sent with its counts.

The exact guarantee, in words for operators, is in this app's README.
"""

import logging
import time
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db import connection, transaction
from django.db.models import Count, F, Min, Q, QuerySet, TextField
from django.db.models.functions import Cast
from django.utils import timezone

from masthead.newsletter.bounces import suppress
from masthead.newsletter.composing import IssueMessage
from masthead.newsletter.links import preferences_url, unsubscribe_url
from masthead.newsletter.models import Delivery, Issue, Subscriber, Subscription, Suppression
from masthead.newsletter.transport import Outcome, Transport, TransportTrouble
from masthead.privacy.crypto import decrypt

logger = logging.getLogger(__name__)

BATCH_SIZE = 200
# A claim lasts this long; it is renewed each time outcomes are written (at least every
# WRITE_SECONDS), and a worker stops using a claim LEASE_MARGIN before it lapses.
LEASE = timedelta(seconds=30)
LEASE_MARGIN = 10.0
WRITE_EVERY = 50
WRITE_SECONDS = 2.0
TASK_SECONDS = 60.0
# This many permanent refusals in a row pause the send instead of failing everyone.
REFUSALS_IN_A_ROW = 10
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
    more: bool = False  # the time budget ran out with deliveries still due

    def add(self, other: "Tally") -> None:
        self.more = self.more or other.more
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
    if won and connection.vendor == "postgresql":
        # The planner must know about the rows just added, or each claim sorts them all.
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {Delivery._meta.db_table}")
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


def send_batches(
    issue_id: int, transport: Transport | None = None, budget_seconds: float = TASK_SECONDS
) -> Tally:
    """Claim and send batches of an issue's due deliveries until none is left that is due,
    or the time budget is spent (the task then queues itself again, so that one big issue
    does not hold a worker away from other tasks for long)."""
    issue = Issue.objects.select_related("newsletter").get(pk=issue_id)
    total = Tally()
    if issue.status != Issue.Status.SENDING or not has_due(issue_id):
        finish(issue_id)
        return total
    message = IssueMessage(issue)
    transport = transport or Transport()
    try:
        transport.open()
    except OSError as failure:  # smtplib's errors are OSErrors too
        raise TransportTrouble(type(failure).__name__) from None
    deadline = time.monotonic() + budget_seconds
    try:
        while time.monotonic() < deadline:
            batch = _claim(issue_id)
            if not batch:
                break
            total.add(_send_claimed(issue, message, transport, batch))
    finally:
        transport.close()
    if not finish(issue_id) and has_due(issue_id):
        total.more = True
    return total


def has_due(issue_id: int) -> bool:
    return _due(issue_id, timezone.now()).exists()


def _due(issue_id: int, now: datetime) -> "QuerySet[Delivery]":
    """Pending rows whose retry time (if any) has come and that nobody holds a claim on."""
    return Delivery.objects.filter(
        Q(next_attempt_at__isnull=True) | Q(next_attempt_at__lte=now),
        Q(claimed_until__isnull=True) | Q(claimed_until__lt=now),
        issue_id=issue_id,
        status=Delivery.Status.PENDING,
    )


def _claim(issue_id: int) -> list[Delivery]:
    """Take a batch for this worker: a short transaction that sets a lease on the rows."""
    now = timezone.now()
    with transaction.atomic():
        batch: list[Delivery] = list(
            _due(issue_id, now)
            .select_for_update(skip_locked=True, of=("self",))
            .select_related("subscription__subscriber")
            # The address stays sealed until _send_one: a row that will not decrypt must
            # fail alone, not break the query for its whole batch.
            .defer("subscription__subscriber__email")
            .annotate(sealed_email=Cast("subscription__subscriber__email", TextField()))
            .order_by("pk")[:BATCH_SIZE]
        )
        if batch:
            Delivery.objects.filter(pk__in=[d.pk for d in batch]).update(claimed_until=now + LEASE)
    return batch


class _Batch:
    """Outcomes of a claimed batch, written in small groups as they come in."""

    def __init__(self, batch: list[Delivery]) -> None:
        self.unsent = {delivery.pk: delivery for delivery in batch}
        self.outcomes: dict[Outcome | str, list[Delivery]] = {}
        self.refusals: list[Delivery] = []  # 5xx in a row, held back (see REFUSALS_IN_A_ROW)
        self.lease_ends = time.monotonic() + LEASE.total_seconds() - LEASE_MARGIN
        self.written_at = time.monotonic()
        self.tally = Tally()

    def add(self, delivery: Delivery, outcome: Outcome | str) -> None:
        del self.unsent[delivery.pk]
        if outcome is Outcome.FAILED:
            self.refusals.append(delivery)
            if len(self.refusals) >= REFUSALS_IN_A_ROW:
                # The server refuses everyone: its policy or our setup, not these readers.
                held, self.refusals = self.refusals, []
                self.unsent.update({row.pk: row for row in held})
                raise TransportTrouble(f"{len(held)} refusals in a row")
            return
        self._settle_refusals()
        self.outcomes.setdefault(outcome, []).append(delivery)
        if (
            sum(map(len, self.outcomes.values())) >= WRITE_EVERY
            or time.monotonic() - self.written_at > WRITE_SECONDS
        ):
            self.write()

    def _settle_refusals(self) -> None:
        for held in self.refusals:
            self.outcomes.setdefault(Outcome.FAILED, []).append(held)
        self.refusals = []

    def write(self, *, final: bool = False) -> None:
        """Commit the outcomes so far and renew the lease on the rows still to send. The
        final write gives unsent rows (lease nearly over, or trouble) back at once."""
        if final:
            self._settle_refusals()
        with transaction.atomic():
            _record(self.outcomes, self.tally)
            if self.unsent:
                until = None if final else timezone.now() + LEASE
                Delivery.objects.filter(pk__in=list(self.unsent)).update(claimed_until=until)
        self.outcomes = {}
        self.written_at = time.monotonic()
        self.lease_ends = time.monotonic() + LEASE.total_seconds() - LEASE_MARGIN


def _send_claimed(
    issue: Issue, message: IssueMessage, transport: Transport, batch: list[Delivery]
) -> Tally:
    progress = _Batch(batch)
    try:
        for delivery in batch:
            if time.monotonic() > progress.lease_ends:
                break  # another worker may take the rest now; never send on a lapsed claim
            progress.add(delivery, _send_one(issue, message, transport, delivery))
    finally:
        # Also on TransportTrouble: what was accepted is recorded, the rest is given back.
        progress.write(final=True)
    return progress.tally


GONE = "gone"  # unsubscribed or erased after the audience was frozen


def _send_one(
    issue: Issue, message: IssueMessage, transport: Transport, delivery: Delivery
) -> Outcome | str:
    subscription = delivery.subscription
    if subscription is None or subscription.status != Subscription.Status.CONFIRMED:
        return GONE
    try:
        letter = message.letter(
            decrypt(delivery.sealed_email),  # type: ignore[attr-defined]  # see _claim
            message_id=f"issue{issue.pk}.{delivery.pk}",
            unsubscribe_url=unsubscribe_url(subscription.pk),
            preferences_url=preferences_url(subscription.subscriber_id),
        )
    except Exception as problem:  # one unusable row must not stop everyone after it
        logger.exception("Delivery %s: the message could not be built.", delivery.pk)
        delivery.last_error = type(problem).__name__[:40]
        return BROKEN
    result = transport.send(letter)
    delivery.last_error = result.code
    return result.outcome


BROKEN = "broken"  # this reader's copy could not be built (e.g. an undecryptable address)


def _record(outcomes: dict[Outcome | str, list[Delivery]], tally: Tally) -> None:
    now = timezone.now()
    if sent := outcomes.get(Outcome.SENT):
        Delivery.objects.filter(pk__in=[d.pk for d in sent]).update(
            status=Delivery.Status.SENT,
            sent_at=now,
            attempts=F("attempts") + 1,
            last_error="",
            claimed_until=None,
        )
        tally.sent += len(sent)
    if gone := outcomes.get(GONE):
        Delivery.objects.filter(pk__in=[d.pk for d in gone]).update(
            status=Delivery.Status.SUPPRESSED, last_error="unsubscribed", claimed_until=None
        )
        tally.suppressed += len(gone)
    for delivery in [*outcomes.get(Outcome.FAILED, []), *outcomes.get(BROKEN, [])]:
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
            claimed_until=None,
        )
        tally.retry += 1


def _fail(delivery: Delivery, note: str = "") -> None:
    Delivery.objects.filter(pk=delivery.pk).update(
        status=Delivery.Status.FAILED,
        attempts=F("attempts") + 1,
        last_error=(note or delivery.last_error)[:40],
        claimed_until=None,
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
            **count_fields(counts),
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


def count_fields(counts: dict[str, int]) -> dict[str, int]:
    """The issue's count columns, from `delivery_counts()`."""
    return {
        "sent_count": counts.get(Delivery.Status.SENT, 0),
        "failed_count": counts.get(Delivery.Status.FAILED, 0),
        "suppressed_count": counts.get(Delivery.Status.SUPPRESSED, 0),
    }


def next_retry_at(issue_id: int) -> datetime | None:
    """When the earliest delivery waiting for a retry is due (None if none waits)."""
    return Delivery.objects.filter(
        issue_id=issue_id, status=Delivery.Status.PENDING, next_attempt_at__isnull=False
    ).aggregate(due=Min("next_attempt_at"))["due"]
