"""Manage my support: supporters have no account. They get an emailed, signed link valid for
an hour that opens Stripe's customer portal for the right Stripe customer."""

from datetime import timedelta

from django.core import signing
from django.urls import reverse

from masthead.contributions import mail
from masthead.contributions.models import LIVE, RECURRING, Supporter
from masthead.core.links import absolute_url

SALT = "masthead.contributions.manage"
MAX_AGE = timedelta(hours=1)


def send_link(email_index: str) -> bool:
    """Email the link if the address belongs to a supporter; nothing otherwise."""
    supporter = Supporter.objects.filter(email_index=email_index).first()
    if supporter is None or not portal_customer(supporter):
        return False
    token = signing.dumps(supporter.pk, salt=SALT, compress=False)
    url = absolute_url(reverse("contributions:portal", args=[token]))
    mail.send_manage_link(supporter.email, url, supporter.language)
    return True


def supporter_from(token: str) -> Supporter | None:
    try:
        supporter_id = signing.loads(token, salt=SALT, max_age=MAX_AGE)
    except signing.BadSignature:  # includes SignatureExpired
        return None
    if not isinstance(supporter_id, int):
        return None
    return Supporter.objects.filter(pk=supporter_id).first()


def portal_customer(supporter: Supporter) -> str:
    """The Stripe customer that holds the supporter's newest live recurring support (each
    Checkout makes its own customer), else the newest one we know."""
    recurring = (
        supporter.contributions.filter(frequency__in=RECURRING, status__in=LIVE)
        .exclude(stripe_customer_id="")
        .order_by("-created_at")
        .values_list("stripe_customer_id", flat=True)
        .first()
    )
    return recurring or supporter.stripe_customer_id or ""
