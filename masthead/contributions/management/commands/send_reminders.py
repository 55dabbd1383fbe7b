from datetime import date
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from masthead.contributions import reminders


class Command(BaseCommand):
    help = (
        'Send the "Remind me later" emails that are due: every reminder for the month of '
        "--as-of (default: today in the newsroom's time zone) or earlier that has not gone "
        "out. Each goes out once; its address is deleted afterwards. The worker does this "
        "every hour by itself."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--as-of", metavar="YYYY-MM-DD", help="Send what is due on this date.")

    def handle(self, *args: Any, as_of: str | None, **options: Any) -> None:
        if as_of:
            try:
                day = date.fromisoformat(as_of)
            except ValueError:
                raise CommandError(
                    f"--as-of must be a date like 2026-12-01, not {as_of!r}."
                ) from None
        else:
            day = timezone.localdate()
        tally = reminders.send_due(day)
        self.stdout.write(
            f"Reminders due by {day:%Y-%m-%d}: {tally.sent} sent, {tally.failed} failed."
        )
        if tally.failed:
            raise CommandError("Some reminders could not be sent; they will be tried again.")
