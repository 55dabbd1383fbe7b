from typing import Any

from django.core.management.base import BaseCommand, CommandParser

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
        serve(addr=addr, workers=workers, threads=threads, timeout=timeout)
