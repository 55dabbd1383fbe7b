import logging

from django.conf import settings
from django.utils import timezone
from django_tasks import task

from masthead.newsletter import dispatch, scheduling, sending, services
from masthead.newsletter.models import Issue, Subscription

logger = logging.getLogger(__name__)


@task()
def send_confirmation_task(subscription_id: int) -> None:
    subscription = (
        Subscription.objects.select_related("newsletter", "subscriber")
        .filter(pk=subscription_id, status=Subscription.Status.PENDING)
        .first()
    )
    if subscription is None:  # confirmed or deleted meanwhile: nothing to do
        return
    sending.send_confirmation(subscription)


@task()
def delete_unconfirmed_task() -> int:
    return services.delete_unconfirmed()


@task()
def send_issue_task(issue_id: int) -> dict[str, int]:
    """Send what is due of an issue that is being sent (see dispatch.py). Several of these
    may run at once, on one issue or on several; each takes its own batches. After its time
    budget it queues itself again, so other tasks get their turn during a big send."""
    tally = dispatch.send_batches(issue_id)
    if tally.more:
        send_issue_task.enqueue(issue_id)
    return {key: value for key, value in vars(tally).items() if key != "more"}


def enqueue_senders(issue_id: int) -> None:
    """Queue as many sending tasks as the deployment runs workers to share the issue."""
    for _ in range(settings.NEWSLETTER_SENDERS):
        send_issue_task.enqueue(issue_id)


@task()
def send_due_issues_task() -> list[int]:
    """Every half minute: start issues whose slot has come, and resume sends that have
    deliveries due (a retry whose time has come, or a worker that died mid-send)."""
    now = timezone.now()
    started = []
    for issue in Issue.objects.filter(status=Issue.Status.SCHEDULED, send_at__lte=now):
        try:
            scheduling.check_composable(issue)
            if dispatch.start(issue.pk, now):
                logger.info("Issue %s: its slot has come; sending.", issue.pk)
                started.append(issue.pk)
        except scheduling.NotSendable as problem:
            logger.error("Issue %s cannot be sent: %s", issue.pk, problem)
    for issue_id in Issue.objects.filter(status=Issue.Status.SENDING).values_list("pk", flat=True):
        if issue_id in started or dispatch.has_due(issue_id):
            enqueue_senders(issue_id)
        else:
            dispatch.finish(issue_id)
    return started


@task()
def prepare_next_issues_task() -> list[int]:
    """Hourly: every newsletter has a draft for its next slot, its suggestion kept fresh."""
    return [issue.pk for issue in scheduling.prepare_next_issues()]
