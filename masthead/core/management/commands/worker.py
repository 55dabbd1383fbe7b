from typing import Any

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from masthead.core.periodic import Clock


class Command(BaseCommand):
    help = "Run the background task worker and the clock that schedules periodic jobs."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--no-clock",
            action="store_true",
            help="Run tasks only; let another worker schedule the periodic jobs.",
        )
        parser.add_argument("--interval", type=float, default=1.0, help="Seconds between polls.")

    def handle(self, *args: Any, no_clock: bool, interval: float, **options: Any) -> None:
        if not no_clock:
            Clock().start()
        call_command(
            "db_worker",
            queue_name="*",
            interval=interval,
            reload=False,
            startup_delay=False,
            verbosity=options["verbosity"],
        )
