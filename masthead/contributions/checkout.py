"""Continue: a pending contribution and the Stripe Checkout page that completes it.

Stripe is called first, with an idempotency key made from our reference; the row is written
only once Stripe has answered. So a Stripe outage leaves nothing behind, and a double click
(the page's script sends the same `attempt` twice) reaches the same Checkout page.
"""

import hashlib
import hmac
import re
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from masthead.contributions.models import INTERVALS, Contribution, Frequency
from masthead.contributions.stripe import client
from masthead.contributions.stripe.events import FREQUENCY
from masthead.core.links import absolute_url
from masthead.core.newsroom import newsroom_name

ATTEMPT = re.compile(r"[A-Za-z0-9-]{16,64}")
# Stripe expires a Checkout Session after 24 hours.
SESSION_REUSE = timedelta(hours=23)
# Stripe Checkout's locales that match Django language codes as they are.
CHECKOUT_LOCALES = {
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "hr", "hu", "id", "it", "ja",
    "ko", "lt", "lv", "ms", "mt", "nb", "nl", "pl", "pt", "ro", "ru", "sk", "sl", "sv", "th",
    "tr", "vi", "zh",
}  # fmt: skip


def safe_back(path: str) -> str:
    """Where a cancelled checkout returns: a path on this site, else the front page. Never
    an open redirect, and never a reason to refuse the form."""
    if (
        not path.startswith("/")
        or path.startswith("//")
        or len(path) > 500
        or any(character in path for character in "\\\x00\r\n")
    ):
        return "/"
    return path


def reference_for(attempt: str) -> str:
    """Our reference: derived from the page's attempt id (so a double click maps to one
    contribution), or random when the page ran no script."""
    if not ATTEMPT.fullmatch(attempt or ""):
        return secrets.token_hex(16)
    key = settings.SECRET_KEY.encode()
    return hmac.new(key, attempt.encode(), hashlib.sha256).hexdigest()[:32]


def start(
    *, frequency: str, amount: int, currency: str, back: str, attempt: str, language: str
) -> str:
    """The URL of the Checkout page for this contribution (raises StripeUnavailable)."""
    reference = reference_for(attempt)
    existing = Contribution.objects.filter(reference=reference).first()
    if existing is not None:
        # A double click: the same Checkout page, while it can still be paid.
        fresh = timezone.now() - existing.created_at < SESSION_REUSE
        if (
            existing.status == Contribution.Status.PENDING
            and fresh
            and existing.checkout_session_id
            and client.retrieve_checkout_session(existing.checkout_session_id)["status"] == "open"
        ):
            return existing.checkout_url
        reference = secrets.token_hex(16)  # paid, expired or abandoned: a new contribution
    recurring = frequency != Frequency.ONCE
    names = {
        Frequency.ONCE: _("A contribution to %(newsroom)s"),
        Frequency.MONTHLY: _("Monthly support for %(newsroom)s"),
        Frequency.ANNUAL: _("Annual support for %(newsroom)s"),
    }
    short_language = language.split("-")[0].lower()
    session = client.create_checkout_session(
        reference=reference,
        mode="subscription" if recurring else "payment",
        amount=amount,
        currency=currency,
        interval=INTERVALS.get(Frequency(frequency)),
        product_name=names[Frequency(frequency)] % {"newsroom": newsroom_name()},
        success_url=absolute_url("/support/thanks/") + "?session_id={CHECKOUT_SESSION_ID}",
        cancel_url=absolute_url(back) + "#support",
        locale=short_language if short_language in CHECKOUT_LOCALES else "auto",
        metadata={FREQUENCY: frequency},
    )
    try:
        with transaction.atomic():
            Contribution.objects.create(
                reference=reference,
                frequency=frequency,
                amount=amount,
                currency=currency,
                language=language[:10],
                checkout_session_id=session["id"],
                checkout_url=session["url"],
            )
    except IntegrityError:  # the same attempt, twice at once: Stripe gave both one session
        pass
    return str(session["url"])
