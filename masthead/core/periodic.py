"""The clock: jobs the worker starts on a schedule (the task queue itself has no scheduler).

Each `masthead worker` runs a clock thread that enqueues due jobs as ordinary tasks. When
several workers run, a cache lock (shared through Redis in production) lets one of them
enqueue each slot; the jobs themselves are idempotent, so a rare double run is harmless.
"""

import logging
import threading
import time
from dataclasses import dataclass

from django.core.cache import cache
from django.db import close_old_connections
from django.utils.module_loading import import_string

logger = logging.getLogger(__name__)

TICK_SECONDS = 5


@dataclass(frozen=True)
class PeriodicJob:
    name: str
    every_seconds: int
    task_path: str


JOBS = (
    PeriodicJob("publish-scheduled", 60, "masthead.articles.tasks.publish_scheduled_task"),
    PeriodicJob("prune-task-results", 24 * 3600, "masthead.core.tasks.prune_task_results_task"),
    PeriodicJob(
        "delete-unconfirmed-signups", 3600, "masthead.newsletter.tasks.delete_unconfirmed_task"
    ),
    PeriodicJob("send-due-issues", 30, "masthead.newsletter.tasks.send_due_issues_task"),
    PeriodicJob("prepare-next-issues", 3600, "masthead.newsletter.tasks.prepare_next_issues_task"),
    PeriodicJob(
        "prune-newsletter-records",
        24 * 3600,
        "masthead.newsletter.retention_tasks.prune_newsletter_records_task",
    ),
    # Hourly, so that reminders go out in the first hour of the 1st, newsroom time.
    PeriodicJob("send-reminders", 3600, "masthead.contributions.tasks.send_reminders_task"),
    PeriodicJob(
        "send-missing-receipts", 900, "masthead.contributions.tasks.send_missing_receipts_task"
    ),
)


def enqueue_due_jobs(now: float, jobs: tuple[PeriodicJob, ...] = JOBS) -> list[str]:
    """Enqueue every job whose current slot no worker has claimed yet; return their names."""
    enqueued = []
    for job in jobs:
        slot = int(now // job.every_seconds)
        if cache.add(f"clock:{job.name}:{slot}", "claimed", timeout=job.every_seconds * 2):
            import_string(job.task_path).enqueue()
            enqueued.append(job.name)
    return enqueued


class Clock(threading.Thread):
    def __init__(self) -> None:
        super().__init__(name="masthead-clock", daemon=True)
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.is_set():
            try:
                enqueue_due_jobs(time.time())
            except Exception:
                logger.exception("The clock could not enqueue periodic jobs; retrying.")
            finally:
                close_old_connections()
            self.stopped.wait(TICK_SECONDS)
