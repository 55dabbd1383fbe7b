from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from masthead.newsletter.importing import ImportRefused, import_subscribers
from masthead.newsletter.models import Newsletter


class Command(BaseCommand):
    help = (
        "Import confirmed subscribers from a CSV file with an 'email' column (and optional "
        "'language', 'subscribed_at'), stating where their consent was given."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", type=Path)
        parser.add_argument("--newsletter", required=True, help="The newsletter's slug.")
        parser.add_argument(
            "--consent-source",
            required=True,
            help="Where these readers consented, e.g. 'Mailchimp list, exported 2026-10-01'.",
        )

    def handle(
        self, *args: Any, path: Path, newsletter: str, consent_source: str, **options: Any
    ) -> None:
        target = Newsletter.objects.filter(slug=newsletter).first()
        if target is None:
            raise CommandError(f"There is no newsletter with the slug {newsletter!r}.")
        if not consent_source.strip():
            raise CommandError("--consent-source must say where the consent was given.")
        try:
            report = import_subscribers(path.read_bytes(), target, consent_source.strip())
        except OSError as problem:
            raise CommandError(f"Cannot read {path}: {problem.strerror}.") from None
        except ImportRefused as refused:
            raise CommandError(f"Nothing was imported. {refused}") from None
        self.stdout.write(f"Added: {report.added}")
        self.stdout.write(f"Already present: {report.already_present}")
        self.stdout.write(f"Unsubscribed earlier, not re-added: {report.unsubscribed_kept_out}")
        self.stdout.write(f"Invalid lines: {len(report.invalid)}")
        for line, reason in report.invalid:
            self.stdout.write(f"  line {line}: {reason}")
