from typing import Any

from django.contrib.staticfiles.storage import ManifestFilesMixin, staticfiles_storage
from django.core.management.base import BaseCommand, CommandError, CommandParser

from masthead.core.server import serve


class Command(BaseCommand):
    help = "Serve the site with gunicorn, a production WSGI server."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--addr", default="127.0.0.1:8000", help="HOST:PORT to listen on.")
        parser.add_argument("--workers", type=int, default=2, help="Worker processes.")
        parser.add_argument("--threads", type=int, default=4, help="Threads per worker.")
        parser.add_argument("--timeout", type=int, default=30, help="Seconds per request.")

    def handle(
        self, *args: Any, addr: str, workers: int, threads: int, timeout: int, **options: Any
    ) -> None:
        refuse_without_collected_static_files()
        serve(addr=addr, workers=workers, threads=threads, timeout=timeout)


def refuse_without_collected_static_files() -> None:
    """Without `collectstatic`, every page that links its stylesheet would answer 500."""
    if isinstance(staticfiles_storage, ManifestFilesMixin) and not staticfiles_storage.exists(
        staticfiles_storage.manifest_name
    ):
        raise CommandError(
            "The static files have not been collected: run `masthead collectstatic --no-input` "
            f"first (they go to {staticfiles_storage.location})."
        )
