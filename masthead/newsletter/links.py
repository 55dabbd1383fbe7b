"""The personal links in newsletter emails, as absolute URLs on the primary domain."""

from functools import cache

from django.urls import reverse

from masthead.core.links import absolute_url
from masthead.newsletter.tokens import preferences_token, unsubscribe_token


def unsubscribe_url(subscription_id: int) -> str:
    head, tail = _around_token("newsletter:unsubscribe")
    return head + unsubscribe_token(subscription_id) + tail


def preferences_url(subscriber_id: int) -> str:
    head, tail = _around_token("newsletter:preferences")
    return head + preferences_token(subscriber_id) + tail


@cache
def _around_token(name: str) -> tuple[str, str]:
    """The URL before and after the token, reversed once per process (a send builds one
    link per reader; signed tokens are URL-safe, so reverse() would not quote them)."""
    head, _, tail = absolute_url(reverse(name, args=["TOKEN"])).partition("TOKEN")
    return head, tail
