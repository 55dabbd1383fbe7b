import secrets
import signal
import subprocess
import sys
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from masthead.core.server import serve

ADMIN_USERNAME = "admin"


class Command(BaseCommand):
    help = (
        "Run the demo newsroom: SQLite in the data directory, demo content on first run, an "
        "administrator login, the web server and the task worker, until Ctrl-C."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--addr", default="127.0.0.1:8000", help="HOST:PORT to listen on.")
        parser.add_argument(
            "--no-serve",
            action="store_true",
            help="Prepare the database and the login, then exit (for scripts and checks).",
        )

    def handle(self, *args: Any, addr: str, no_serve: bool, **options: Any) -> None:
        host, _, port = addr.rpartition(":")
        if not host or not port.isdigit():
            raise CommandError("--addr must look like 127.0.0.1:8000")
        if not settings.BASE_URL_FROM_ENVIRONMENT:
            public_host = "127.0.0.1" if host in {"0.0.0.0", "::", "[::]"} else host  # noqa: S104
            settings.BASE_URL = settings.WAGTAILADMIN_BASE_URL = f"http://{public_host}:{port}"

        settings.DATA_DIR.mkdir(parents=True, exist_ok=True)
        # Static files come from the apps in the demo; WhiteNoise still expects the folder.
        settings.STATIC_ROOT.mkdir(exist_ok=True)
        self.stdout.write(f"Data directory: {settings.DATA_DIR}")
        call_command("migrate", interactive=False, verbosity=0)

        from masthead.articles.demo.loader import has_content, load_demo_content

        if has_content():
            self.stdout.write("The database already has content; keeping it as it is.")
        else:
            self.stdout.write("Loading the demo newsroom (a minute at most)…")
            load_demo_content()

        password = self._reset_admin_password()
        self.stdout.write(
            self.style.SUCCESS(
                "\nMasthead demo is ready.\n"
                f"  Site:      {settings.BASE_URL}/\n"
                f"  Admin:     {settings.WAGTAILADMIN_BASE_URL}/admin/\n"
                f"  User name: {ADMIN_USERNAME}\n"
                f"  Password:  {password}\n"
                f"  Payments:  {_payments()}\n"
                "Press Ctrl-C to stop.\n"
            )
        )
        if no_serve:
            return

        # Ctrl-C in the terminal reaches the whole process group. The worker is stopped by
        # the SIGTERM below instead: started with SIGINT ignored, it cannot be interrupted
        # half-way through its imports (which printed a traceback).
        worker = None
        sigint = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            worker = subprocess.Popen(
                [sys.executable, "-m", "masthead.cli", "worker", "--verbosity", "0"],
                env={**_child_environment(), "MASTHEAD_BASE_URL": settings.BASE_URL},
            )
            signal.signal(signal.SIGINT, sigint)
            serve(addr=addr, workers=2, threads=4)
        finally:
            signal.signal(signal.SIGINT, sigint)
            if worker is not None:
                worker.terminate()
                try:
                    worker.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    worker.kill()

    def _reset_admin_password(self) -> str:
        """A fresh random password on every start: the login printed is always the one that
        works, and no password is ever written to disk in clear text."""
        password = secrets.token_urlsafe(12)
        user, _ = get_user_model().objects.get_or_create(
            username=ADMIN_USERNAME,
            defaults={"is_staff": True, "is_superuser": True, "email": "admin@example.org"},
        )
        user.set_password(password)
        user.save(update_fields=["password"])
        return password


def _child_environment() -> dict[str, str]:
    from masthead.settings import env

    return env.child_environment(DJANGO_SETTINGS_MODULE=env.settings_module())


def _payments() -> str:
    if not settings.STRIPE_SECRET_KEY:
        return "not set up (Continue explains that; README: Trying contributions in the demo)"
    if settings.STRIPE_API_BASE:
        return f"the Stripe stand-in at {settings.STRIPE_API_BASE}"
    return "Stripe"
