"""Taking a newsletter's confirmed subscribers out as CSV (to move to another provider, or
for the newsroom's own records), row by row so that a list of any length streams in
constant memory.

Every export is written to Wagtail's audit log (who, which newsletter, how many rows; never
an address) before the first row leaves, and to the application log when it ends.
"""

import csv
import logging
from collections.abc import Iterator
from typing import Any

from django.db.models import QuerySet
from wagtail.log_actions import log

from masthead.newsletter.models import Newsletter, Subscription

logger = logging.getLogger(__name__)

EXPORT_ACTION = "newsletter.export_subscribers"
COLUMNS = ("email", "language", "subscribed_at", "consent_policy_version", "consent_form")
CHUNK_SIZE = 2000
# A spreadsheet treats a cell starting with one of these as a formula (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """Make a spreadsheet read the cell as text: a leading apostrophe, as OWASP advises."""
    return f"'{cell}" if cell.startswith(FORMULA_STARTS) else cell


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
    buffer = _Line()
    writer = csv.writer(buffer)
    written = 0
    finished = False
    try:
        yield "\ufeff" + writer.writerow(COLUMNS)  # the BOM makes spreadsheets read UTF-8
        for subscription in confirmed_subscriptions(newsletter).iterator(chunk_size=CHUNK_SIZE):
            subscribed_at = subscription.confirmed_at or subscription.consent_given_at
            yield writer.writerow(
                [
                    neutralise(subscription.subscriber.email),
                    neutralise(subscription.subscriber.language),
                    subscribed_at.isoformat(),
                    neutralise(subscription.consent_policy_version),
                    neutralise(subscription.consent_form),
                ]
            )
            written += 1
        finished = True
    finally:
        logger.info(
            "Export of %s %s after %d rows.",
            newsletter.slug,
            "finished" if finished else "stopped",
            written,
        )


class _Line:
    """A file-like object whose write() hands back the line instead of storing it."""

    def write(self, line: str) -> str:
        return line
