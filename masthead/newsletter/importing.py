"""Bringing an existing list over (from Mailchimp, Ghost, Substack…): a CSV with an `email`
column and optional `language` and `subscribed_at` columns.

Imported readers are confirmed subscribers (they confirmed with the previous provider); the
consent recorded is the source the importer states ("Mailchimp export, 2026-10-01"). A reader
who unsubscribed here is never re-added by an import. Nothing is imported from a file that is
not a CSV with an `email` column.
"""

import csv
import io
import logging
from dataclasses import dataclass, field
from datetime import datetime, time

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

from masthead.newsletter.models import Newsletter, Subscriber, Subscription
from masthead.privacy.crypto import blind_index
from masthead.privacy.emails import normalise_email
from masthead.privacy.models import PrivacyPolicyPage

logger = logging.getLogger(__name__)

MAX_LANGUAGE_LENGTH = 10


class ImportRefused(Exception):
    """The file as a whole cannot be imported; nothing was."""


@dataclass
class ImportReport:
    added: int = 0
    already_present: int = 0
    unsubscribed_kept_out: int = 0
    invalid: list[tuple[int, str]] = field(default_factory=list)


def read_rows(raw: bytes) -> list[tuple[int, dict[str, str]]]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRefused(_("The file is not UTF-8 text; export it as CSV (UTF-8).")) from None
    if "\x00" in text:
        raise ImportRefused(_("The file is not a CSV file."))
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = [name.strip().lower() for name in reader.fieldnames or []]
    if "email" not in columns:
        raise ImportRefused(_("The first line must name the columns, including 'email'."))
    reader.fieldnames = columns
    try:
        return [
            (reader.line_num, {k: (v or "").strip() for k, v in row.items() if k}) for row in reader
        ]
    except csv.Error as problem:
        raise ImportRefused(
            _("The file is not a valid CSV file: %(problem)s.") % {"problem": problem}
        ) from None


def _moment(value: str) -> datetime | None:
    if not value:
        return timezone.now()
    try:
        parsed = parse_datetime(value)
        if parsed is None and (day := parse_date(value)):
            parsed = datetime.combine(day, time(), tzinfo=timezone.get_current_timezone())
    except ValueError:  # well-formed but impossible, like 2026-13-40
        return None
    if parsed is None:
        return None
    return parsed if timezone.is_aware(parsed) else timezone.make_aware(parsed)


@transaction.atomic
def import_subscribers(raw: bytes, newsletter: Newsletter, consent_source: str) -> ImportReport:
    rows = read_rows(raw)
    policy = PrivacyPolicyPage.current()
    report = ImportReport()
    for line, row in rows:
        try:
            address = normalise_email(row.get("email", ""))
        except ValidationError as invalid:
            report.invalid.append((line, str(invalid.messages[0])))
            continue
        language = row.get("language") or newsletter.language
        when = _moment(row.get("subscribed_at", ""))
        if when is None or len(language) > MAX_LANGUAGE_LENGTH:
            report.invalid.append((line, _("subscribed_at or language is not readable.")))
            continue
        subscriber = Subscriber.objects.filter(email_index=blind_index(address)).first()
        if subscriber is None:
            subscriber = Subscriber.objects.create(email=address, language=language)
        subscription = Subscription.objects.filter(
            subscriber=subscriber, newsletter=newsletter
        ).first()
        if subscription and subscription.status == Subscription.Status.UNSUBSCRIBED:
            report.unsubscribed_kept_out += 1
            continue
        if subscription and subscription.status == Subscription.Status.CONFIRMED:
            report.already_present += 1
            continue
        consent = {
            "status": Subscription.Status.CONFIRMED,
            "confirmed_at": when,
            "consent_given_at": when,
            "consent_form": f"import: {consent_source}"[:100],
            "consent_policy_version": policy.version if policy else "none",
        }
        Subscription.objects.update_or_create(
            subscriber=subscriber, newsletter=newsletter, defaults=consent
        )
        report.added += 1
    logger.info(
        "Imported into %s from %r: %d added, %d already present, %d unsubscribed kept out, "
        "%d invalid lines.",
        newsletter.slug,
        consent_source,
        report.added,
        report.already_present,
        report.unsubscribed_kept_out,
        len(report.invalid),
    )
    return report
