"""The personal links in newsletter emails, as absolute URLs on the primary domain."""

from django.urls import reverse

from masthead.core.links import absolute_url
from masthead.newsletter.tokens import preferences_token, unsubscribe_token


def unsubscribe_url(subscription_id: int) -> str:
    return absolute_url(
        reverse("newsletter:unsubscribe", args=[unsubscribe_token(subscription_id)])
    )


def preferences_url(subscriber_id: int) -> str:
    return absolute_url(reverse("newsletter:preferences", args=[preferences_token(subscriber_id)]))
