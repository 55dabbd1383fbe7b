"""The only module that reads the process environment.

Every setting that an operator may change is read here through a small typed reader, so that
`grep env.` in the settings package lists the whole configuration surface.
"""

import base64
import hashlib
import os
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured


def text(name: str, default: str = "") -> str:
    return os.environ.get(name, default).strip()


def required_text(name: str) -> str:
    value = text(name)
    if not value:
        raise ImproperlyConfigured(
            f"The environment variable {name} must be set (see docs/deployment.md)."
        )
    return value


def flag(name: str, default: bool = False) -> bool:
    value = text(name)
    if not value:
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}.")


def integer(name: str, default: int) -> int:
    value = text(name)
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from None


def path(name: str, default: str) -> Path:
    return Path(text(name, default) or default).expanduser().resolve()


def word_list(name: str) -> list[str]:
    return [item.strip() for item in text(name).split(",") if item.strip()]


def base_url(name: str, default: str) -> str:
    """A site's base URL: scheme and host (and port), no trailing slash, no path."""
    value = text(name, default).rstrip("/")
    parts = urlsplit(value)
    if parts.scheme not in {"http", "https"} or not parts.hostname or parts.path:
        raise ImproperlyConfigured(
            f"{name} must look like https://news.example.org (no path), not {value!r}."
        )
    return value


def derived_fernet_key(secret: str) -> str:
    """A Fernet key derived from another secret (development and tests only)."""
    digest = hashlib.sha256(f"masthead-encryption:{secret}".encode()).digest()
    return base64.urlsafe_b64encode(digest).decode("ascii")


EMAIL_SCHEMES = {"smtp": (False, False), "smtp+tls": (True, False), "smtp+ssl": (False, True)}


def email_settings(url: str) -> dict[str, Any]:
    """Django's EMAIL_* settings from `smtp://user:pass@host:port` (STARTTLS with
    `smtp+tls://`, implicit TLS with `smtp+ssl://`; `?timeout=SECONDS`)."""
    parts = urlsplit(url)
    if parts.scheme not in EMAIL_SCHEMES or not parts.hostname:
        raise ImproperlyConfigured(
            "EMAIL_URL must look like smtp://user:password@mail.example.org:587 "
            "(or smtp+tls://, smtp+ssl://)."
        )
    use_tls, use_ssl = EMAIL_SCHEMES[parts.scheme]
    default_port = 465 if use_ssl else 587 if use_tls else 25
    timeout = parse_qs(parts.query).get("timeout", ["30"])[0]
    if not timeout.isdigit():
        raise ImproperlyConfigured("EMAIL_URL's timeout must be a whole number of seconds.")
    return {
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": parts.hostname,
        "EMAIL_PORT": parts.port or default_port,
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_TLS": use_tls,
        "EMAIL_USE_SSL": use_ssl,
        "EMAIL_TIMEOUT": int(timeout),
    }


def settings_module() -> str:
    return text("DJANGO_SETTINGS_MODULE")


def child_environment(**overrides: str) -> dict[str, str]:
    """The environment for a child process we start (the demo's worker)."""
    return {**os.environ, **overrides}
