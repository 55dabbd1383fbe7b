"""Limits against subscription bombing, kept in the cache only (no address or IP stored).

- Per address and newsletter: one confirmation email per 10 minutes and at most 3 a day,
  keyed by the address's blind index. (Someone who keeps signing up a victim's address can
  use up that day's three; the cost of this cap is that the victim's own sign-up may then
  wait a day, which we prefer to a flooded inbox.)
- Per client: a few sign-ups a minute, keyed by a keyed hash of the client address that
  changes daily, so the cache never holds a reader's IP address either.
- Globally: a ceiling on sign-ups per minute for the whole site.
"""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

CONFIRMATION_INTERVAL_SECONDS = 10 * 60
CONFIRMATIONS_PER_DAY = 3
SIGNUPS_PER_CLIENT_PER_MINUTE = 5
SIGNUPS_PER_MINUTE = 120


def _count(key: str, timeout: int) -> int:
    cache.add(key, 0, timeout=timeout)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=timeout)
        return 1


def may_send_confirmation(email_index: str, newsletter_id: int) -> bool:
    key = f"{email_index}:{newsletter_id}"
    if not cache.add(f"nl:confirm-gap:{key}", 1, timeout=CONFIRMATION_INTERVAL_SECONDS):
        return False
    return _count(f"nl:confirm-day:{key}", 24 * 3600) <= CONFIRMATIONS_PER_DAY


def client_key(client_address: str) -> str:
    day = timezone.now().date().isoformat()
    key = f"{settings.SECRET_KEY}:{day}".encode()
    return hmac.new(key, client_address.encode(), hashlib.sha256).hexdigest()[:32]


def may_sign_up(client_address: str) -> bool:
    minute = int(timezone.now().timestamp() // 60)
    if _count(f"nl:signup:{client_key(client_address)}:{minute}", 120) > (
        SIGNUPS_PER_CLIENT_PER_MINUTE
    ):
        return False  # refused requests do not use up the site-wide allowance
    return _count(f"nl:signup-all:{minute}", 120) <= SIGNUPS_PER_MINUTE
