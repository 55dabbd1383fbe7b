from django.core.management import call_command
from django_tasks import task


@task()
def publish_scheduled_task() -> None:
    """Publish pages whose scheduled time has come, unpublish expired ones (Wagtail's job)."""
    call_command("publish_scheduled", verbosity=0)
