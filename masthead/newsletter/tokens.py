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


# Links in every newsletter email: they must keep working for as long as the reader keeps
# the email, so they do not expire. They name one subscription (unsubscribe) or one
# subscriber (preferences), and stop working when that row is gone.
UNSUBSCRIBE_SALT = "masthead.newsletter.unsubscribe"
PREFERENCES_SALT = "masthead.newsletter.preferences"


def unsubscribe_token(subscription_id: int) -> str:
    return signing.dumps(subscription_id, salt=UNSUBSCRIBE_SALT, compress=False)


def preferences_token(subscriber_id: int) -> str:
    return signing.dumps(subscriber_id, salt=PREFERENCES_SALT, compress=False)


def id_from(token: str, salt: str) -> int | None:
    try:
        value = signing.loads(token, salt=salt)
    except signing.BadSignature:
        return None
    return value if isinstance(value, int) else None
