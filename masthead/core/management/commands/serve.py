from typing import Any

from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import ManifestFilesMixin, staticfiles_storage
from django.core.management.base import BaseCommand, CommandError, CommandParser

from masthead.core.server import serve

IGNORED_BY_COLLECTSTATIC = ["CVS", ".*", "*~"]  # collectstatic's default patterns


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
    """Without `collectstatic` (or after an upgrade that added files, without running it
    again), every page that links a missing file would answer 500."""
    if not isinstance(staticfiles_storage, ManifestFilesMixin):
        return
    collected = staticfiles_storage.hashed_files  # read from the manifest at start-up
    missing = next(
        (
            path
            for finder in finders.get_finders()
            for path, _storage in finder.list(IGNORED_BY_COLLECTSTATIC)
            if path not in collected
        ),
        None,
    )
    if missing is not None:
        raise CommandError(
            f"The static files are not collected or out of date ({missing} is missing): "
            f"run `masthead collectstatic --no-input` first (they go to "
            f"{staticfiles_storage.location})."
        )
