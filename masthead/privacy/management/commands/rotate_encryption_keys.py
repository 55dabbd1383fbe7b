from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from masthead.privacy.rotation import rotate_all


class Command(BaseCommand):
    help = (
        "Re-encrypt every encrypted value with the newest key (the first of "
        "MASTHEAD_ENCRYPTION_KEYS) and recompute every blind index. Safe to run again."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--batch-size", type=int, default=500)

    def handle(self, *args: Any, batch_size: int, **options: Any) -> None:
        for label, count in rotate_all(batch_size=batch_size).items():
            self.stdout.write(f"{label}: {count} rows")
        self.stdout.write(self.style.SUCCESS("Done. Old keys may now be removed."))
