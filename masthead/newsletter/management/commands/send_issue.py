import time
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from masthead.newsletter import dispatch, scheduling
from masthead.newsletter.models import Delivery, Issue, Newsletter

POLL_SECONDS = 1.0
NO_PROGRESS_HINT_SECONDS = 60


class Command(BaseCommand):
    help = (
        "Queue an issue for sending: now (--now) or at its scheduled time. --latest picks "
        "the newest issue not yet sent; --wait blocks until every delivery is settled."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--newsletter", required=True, help="The newsletter's slug.")
        which = parser.add_mutually_exclusive_group(required=True)
        which.add_argument("--issue", type=int, help="The issue's number (its id).")
        which.add_argument(
            "--latest", action="store_true", help="The newest issue of the newsletter not yet sent."
        )
        parser.add_argument("--now", action="store_true", help="Send now, not at its slot.")
        parser.add_argument(
            "--wait",
            action="store_true",
            help="Wait until every delivery is settled and print the counts.",
        )

    def handle(
        self,
        *args: Any,
        newsletter: str,
        issue: int | None,
        latest: bool,
        now: bool,
        wait: bool,
        **options: Any,
    ) -> None:
        target = Newsletter.objects.filter(slug=newsletter).first()
        if target is None:
            raise CommandError(f"There is no newsletter with the slug {newsletter!r}.")
        if latest:
            chosen = scheduling.prepare_next_issue(target)
        else:
            found = target.issues.filter(pk=issue).first()
            if found is None:
                raise CommandError(f"{target.name} has no issue {issue}.")
            chosen = found
        try:
            if now or chosen.status == Issue.Status.SENDING:
                scheduling.send_now(chosen)
                self.stdout.write(f"Issue {chosen.pk} ({chosen.subject!r}) is being sent.")
            else:
                scheduling.schedule(chosen)
                slot = timezone.localtime(chosen.send_at).strftime("%Y-%m-%d %H:%M %Z")
                self.stdout.write(
                    f"Issue {chosen.pk} ({chosen.subject!r}) is scheduled for {slot}; "
                    "`masthead worker` sends it then."
                )
        except scheduling.NotSendable as refused:
            raise CommandError(str(refused)) from None
        if wait:
            self._wait(chosen.pk)

    def _wait(self, issue_id: int) -> None:
        last_progress, last_pending, hinted = time.monotonic(), None, False
        while True:
            status = Issue.objects.values_list("status", flat=True).get(pk=issue_id)
            counts = dispatch.delivery_counts(issue_id)
            if status == Issue.Status.SENT:
                break
            pending = counts.get(Delivery.Status.PENDING)
            if pending != last_pending:
                last_progress, last_pending = time.monotonic(), pending
            elif not hinted and time.monotonic() - last_progress > NO_PROGRESS_HINT_SECONDS:
                self.stderr.write(
                    "No progress for a minute: is `masthead worker` running, and can it "
                    "reach the mail server? (Still waiting; Ctrl-C stops waiting, not sending.)"
                )
                hinted = True
            time.sleep(POLL_SECONDS)
        self.stdout.write(
            f"Sent: {counts.get(Delivery.Status.SENT, 0)}\n"
            f"Failed: {counts.get(Delivery.Status.FAILED, 0)}\n"
            f"Suppressed: {counts.get(Delivery.Status.SUPPRESSED, 0)}"
        )
