"""Encryption of reader data at rest, and the blind index that finds it again.

- Values are encrypted with Fernet (AES-128-CBC with an HMAC-SHA256 tag: authenticated, so a
  tampered value fails to decrypt rather than decrypting to something else). The keys come
  from MASTHEAD_ENCRYPTION_KEYS, newest first: the first encrypts, all decrypt, so a key can
  be rotated without downtime (see docs/operations.md and `masthead rotate_encryption_keys`).
- The blind index is HMAC-SHA256 of the normalised value under MASTHEAD_BLIND_INDEX_KEY: the
  same address always gives the same index (exact lookups, a unique constraint), while the
  database alone reveals nothing about the address.
"""

import hashlib
import hmac
from functools import cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


class DecryptionError(Exception):
    """A stored value could not be decrypted with any configured key."""


@cache
def _fernet(keys: tuple[str, ...]) -> MultiFernet:
    try:
        return MultiFernet([Fernet(key) for key in keys])
    except (ValueError, TypeError):
        raise ImproperlyConfigured(
            "MASTHEAD_ENCRYPTION_KEYS must be Fernet keys (32 url-safe base64-encoded bytes), "
            "comma-separated, newest first. Generate one with: masthead generate_encryption_key"
        ) from None


def _keys() -> MultiFernet:
    return _fernet(tuple(settings.ENCRYPTION_KEYS))


def encrypt(plaintext: str) -> str:
    return _keys().encrypt(plaintext.encode()).decode("ascii")


def decrypt(token: str) -> str:
    try:
        return _keys().decrypt(token.encode("ascii")).decode()
    except InvalidToken:
        raise DecryptionError("Stored value does not decrypt with any configured key.") from None


def reencrypt(token: str) -> str:
    """The same plaintext under the newest key (a no-op in meaning, not in bytes)."""
    try:
        return _keys().rotate(token.encode("ascii")).decode("ascii")
    except InvalidToken:
        raise DecryptionError("Stored value does not decrypt with any configured key.") from None


def blind_index(normalised: str) -> str:
    key = settings.BLIND_INDEX_KEY.encode()
    return hmac.new(key, normalised.encode(), hashlib.sha256).hexdigest()


def new_key() -> str:
    return Fernet.generate_key().decode("ascii")
