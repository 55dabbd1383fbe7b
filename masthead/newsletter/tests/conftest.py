"""Fixtures for newsletter tests: a newsletter with subscribers (the SMTP server is in the
project's conftest.py)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from masthead.newsletter.models import Newsletter, Subscriber, Subscription
from masthead.privacy.fields import email_index


def member(role: str):
    """A staff user in one of the newsroom's roles (masthead.accounts.roles)."""
    user = get_user_model().objects.create_user(
        role.lower(), f"{role.lower()}@staff.example.org", "x" * 16
    )
    user.groups.add(Group.objects.get(name=role))
    return user


def make_newsletter(slug: str = "weekly", name: str = "The Weekly") -> Newsletter:
    return Newsletter.objects.create(
        name=name,
        slug=slug,
        sender_name="The Test Gazette",
        sender_email="newsletter@news.example.org",
        reply_to="desk@news.example.org",
    )


def subscribe(
    newsletter: Newsletter, address: str, status: str = Subscription.Status.CONFIRMED
) -> Subscription:
    subscriber = Subscriber.objects.filter(
        email_index=email_index(address)
    ).first() or Subscriber.objects.create(email=address)
    now = timezone.now()
    return Subscription.objects.create(
        subscriber=subscriber,
        newsletter=newsletter,
        status=status,
        consent_policy_version="1",
        consent_given_at=now,
        consent_form="test",
        confirmed_at=now if status == Subscription.Status.CONFIRMED else None,
    )
