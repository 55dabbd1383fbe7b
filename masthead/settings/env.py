"""The only module that reads the process environment.

Every setting that an operator may change is read here through a small typed reader, so that
`grep env.` in the settings package lists the whole configuration surface.
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

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


def settings_module() -> str:
    return text("DJANGO_SETTINGS_MODULE")


def child_environment(**overrides: str) -> dict[str, str]:
    """The environment for a child process we start (the demo's worker)."""
    return {**os.environ, **overrides}
