from dataclasses import asdict

from django_tasks import task

from masthead.newsletter import retention


@task()
def prune_newsletter_records_task() -> dict[str, int]:
    return asdict(retention.prune_newsletter_records())
