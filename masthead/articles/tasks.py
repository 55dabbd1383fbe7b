from django_tasks import task

from masthead.articles.scheduling import publish_scheduled


@task()
def publish_scheduled_task() -> None:
    """Publish pages whose scheduled time has come, unpublish expired ones."""
    publish_scheduled()
