"""Taking a newsletter's confirmed subscribers out as CSV (to move to another provider, or
for the newsroom's own records), row by row so that a list of any length streams in
constant memory.

Every export is written to Wagtail's audit log (who, which newsletter, how many rows; never
an address) before the first row leaves, and to the application log when it ends.
"""

import logging
from collections.abc import Iterator
from typing import Any

from django.db.models import QuerySet
from wagtail.log_actions import log

from masthead.core.csv_export import csv_lines
from masthead.newsletter.models import Newsletter, Subscription

logger = logging.getLogger(__name__)

EXPORT_ACTION = "newsletter.export_subscribers"
COLUMNS = ("email", "language", "subscribed_at", "consent_policy_version", "consent_form")
CHUNK_SIZE = 2000


def confirmed_subscriptions(newsletter: Newsletter) -> QuerySet[Subscription]:
    return (
        Subscription.objects.filter(newsletter=newsletter, status=Subscription.Status.CONFIRMED)
        .select_related("subscriber")
        .only(
            "confirmed_at",
            "consent_given_at",
            "consent_policy_version",
            "consent_form",
            "subscriber",
            "subscriber__email",
            "subscriber__language",
        )
        .order_by("pk")
    )


def export_confirmed(newsletter: Newsletter, *, user: Any) -> Iterator[str]:
    """Record the export, then return the CSV's lines (header first) as a lazy iterator."""
    rows = confirmed_subscriptions(newsletter).count()
    log(newsletter, EXPORT_ACTION, user=user, data={"rows": rows})
    logger.info(
        "User %s started an export of %d confirmed subscribers of %s.",
        user.pk,
        rows,
        newsletter.slug,
    )
    return _lines(newsletter)


def _lines(newsletter: Newsletter) -> Iterator[str]:
    def done(written: int, finished: bool) -> None:
        logger.info(
            "Export of %s %s after %d rows.",
            newsletter.slug,
            "finished" if finished else "stopped",
            written,
        )

    return csv_lines(COLUMNS, _rows(newsletter), when_done=done)


def _rows(newsletter: Newsletter) -> Iterator[list[str]]:
    """The cells as stored; csv_lines() neutralises them on the way out."""
    for subscription in confirmed_subscriptions(newsletter).iterator(chunk_size=CHUNK_SIZE):
        subscribed_at = subscription.confirmed_at or subscription.consent_given_at
        yield [
            subscription.subscriber.email,
            subscription.subscriber.language,
            subscribed_at.isoformat(),
            subscription.consent_policy_version,
            subscription.consent_form,
        ]
