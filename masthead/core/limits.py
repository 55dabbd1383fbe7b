"""Counting requests in the cache for rate limits, without storing who made them.

A client is known only by a keyed hash of its address that changes every day, so the cache
never holds a reader's IP address (see core.clients for where the address comes from).
"""

import hashlib
import hmac

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone


def count(key: str, timeout: int) -> int:
    """Add one to a counter that expires `timeout` seconds after its first use."""
    cache.add(key, 0, timeout=timeout)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=timeout)
        return 1


def client_key(client_address: str) -> str:
    day = timezone.now().date().isoformat()
    key = f"{settings.SECRET_KEY}:{day}".encode()
    return hmac.new(key, client_address.encode(), hashlib.sha256).hexdigest()[:32]


def within_minute_limits(name: str, client_address: str, per_client: int, overall: int) -> bool:
    """True while this client, and everyone together, stay within a per-minute allowance.
    A refused request does not use up the site-wide allowance."""
    minute = int(timezone.now().timestamp() // 60)
    if count(f"{name}:{client_key(client_address)}:{minute}", 120) > per_client:
        return False
    return count(f"{name}-all:{minute}", 120) <= overall


def may_email(key: str, interval: int, per_day: int) -> bool:
    """At most one email per `interval` seconds and `per_day` a day for this key (a blind
    index, never an address): against flooding someone's inbox through our forms."""
    if not cache.add(f"{key}:gap", 1, timeout=interval):
        return False
    return count(f"{key}:day", 24 * 3600) <= per_day
