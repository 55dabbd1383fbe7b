import signal
import threading
from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser

from masthead.contributions.testing.stripe_standin import StripeStandin

DEFAULT_WEBHOOK_SECRET = "whsec_standin"  # noqa: S105 - signs webhooks from a local stand-in


class Command(BaseCommand):
    help = (
        "Run a local Stripe stand-in for the demo and for trying payments without Stripe: "
        "the real SDK talks to it, its checkout page takes no card, and it sends signed "
        "webhooks to --webhook-url. Everything is in memory; Ctrl-C stops it."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--addr", default="127.0.0.1:12111", help="HOST:PORT to listen on.")
        parser.add_argument(
            "--webhook-url",
            help="Where to POST webhook events, e.g. http://127.0.0.1:8000/stripe/webhook/. "
            "Without it events are kept, not sent.",
        )
        parser.add_argument(
            "--webhook-secret",
            help="The secret to sign webhooks with. Default: settings.STRIPE_WEBHOOK_SECRET "
            f"if set, else {DEFAULT_WEBHOOK_SECRET}.",
        )

    def handle(
        self,
        *args: Any,
        addr: str,
        webhook_url: str | None,
        webhook_secret: str | None,
        **options: Any,
    ) -> None:
        host, _, port = addr.rpartition(":")
        if not host or not port.isdigit():
            raise CommandError(f"--addr must be HOST:PORT, not {addr!r}.")
        secret = (
            webhook_secret
            or getattr(settings, "STRIPE_WEBHOOK_SECRET", "")
            or DEFAULT_WEBHOOK_SECRET
        )
        server = StripeStandin(webhook_url, secret, host=host, port=int(port))
        try:
            server.start()
        except OSError as error:
            raise CommandError(f"Cannot listen on {addr}: {error.strerror}.") from None
        self.stdout.write(
            f"Stripe stand-in listening on {server.base_url}. Point Masthead at it with:\n\n"
            "  export STRIPE_SECRET_KEY=sk_test_standin\n"
            f"  export STRIPE_WEBHOOK_SECRET={secret}\n"
            f"  export STRIPE_API_BASE={server.base_url}\n\n"
            + (
                f"Webhook events go to {webhook_url}."
                if webhook_url
                else "No --webhook-url: events are kept, not sent."
            )
            + " Ctrl-C stops the stand-in."
        )
        # Set explicitly: a process started in the background inherits an ignored SIGINT.
        stopping = threading.Event()
        for stop_signal in (signal.SIGINT, signal.SIGTERM):
            signal.signal(stop_signal, lambda number, frame: stopping.set())
        try:
            self._log(server, stopping)
        finally:
            server.stop()
        self.stdout.write("Stopped.")

    def _log(self, server: StripeStandin, stopping: threading.Event) -> None:
        """Print each API request and webhook delivery as it happens, until told to stop."""
        requests_seen = deliveries_seen = 0
        while not stopping.wait(0.2):
            for request in server.requests[requests_seen:]:
                if not request.status:
                    break  # still being answered
                self.stdout.write(f"{request.method} {request.path} → {request.status}")
                requests_seen += 1
            for delivery in server.deliveries[deliveries_seen:]:
                answer = delivery.status or "unreachable"
                self.stdout.write(f"webhook {delivery.event['type']} → {answer}")
                deliveries_seen += 1
