"""Signed links in newsletter emails: they name a subscription and expire."""

from datetime import timedelta

from django.core import signing

CONFIRMATION_SALT = "masthead.newsletter.confirm"
CONFIRMATION_MAX_AGE = timedelta(days=7)


def confirmation_token(subscription_id: int) -> str:
    return signing.dumps(subscription_id, salt=CONFIRMATION_SALT, compress=False)


def subscription_from_confirmation(token: str) -> int | None:
    """The subscription id in a valid, unexpired token, or None."""
    try:
        value = signing.loads(token, salt=CONFIRMATION_SALT, max_age=CONFIRMATION_MAX_AGE)
    except signing.BadSignature:  # includes SignatureExpired
        return None
    return value if isinstance(value, int) else None
