from django_tasks import task

from masthead.newsletter import sending, services
from masthead.newsletter.models import Subscription


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
