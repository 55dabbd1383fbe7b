"""The only module that reads the process environment.

Every setting that an operator may change is read here through a small typed reader, so that
`grep env.` in the settings package lists the whole configuration surface.
"""

import base64
import hashlib
import importlib.util
import os
import pkgutil
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import anymail.backends
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
from cryptography.hazmat.primitives.serialization import load_pem_private_key
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
SMTP_BACKEND = "masthead.core.mail.SmtpBackend"
# Modules in anymail.backends that are not an ESP.
ANYMAIL_NON_ESP_MODULES = {"base", "base_requests", "console", "test"}
# ESP modules that need a package Masthead does not install.
ANYMAIL_EXTRA_PACKAGES = {"amazon_ses": "boto3"}


def email_settings(url: str) -> dict[str, Any]:
    """Django's EMAIL_* settings from `smtp://user:pass@host:port` (STARTTLS with
    `smtp+tls://`, implicit TLS with `smtp+ssl://`; `?timeout=SECONDS`), or the backend of an
    email service provider from `anymail://ESP` (e.g. `anymail://postmark`)."""
    parts = urlsplit(url)
    if parts.scheme == "anymail":
        return {"EMAIL_BACKEND": anymail_backend(url)}
    if parts.scheme not in EMAIL_SCHEMES or not parts.hostname:
        raise ImproperlyConfigured(
            "EMAIL_URL must look like smtp://user:password@mail.example.org:587 "
            "(or smtp+tls://, smtp+ssl://), or anymail://postmark (or another ESP)."
        )
    use_tls, use_ssl = EMAIL_SCHEMES[parts.scheme]
    default_port = 465 if use_ssl else 587 if use_tls else 25
    timeout = parse_qs(parts.query).get("timeout", ["30"])[0]
    if not timeout.isdigit():
        raise ImproperlyConfigured("EMAIL_URL's timeout must be a whole number of seconds.")
    return {
        "EMAIL_BACKEND": SMTP_BACKEND,
        "EMAIL_HOST": parts.hostname,
        "EMAIL_PORT": parts.port or default_port,
        "EMAIL_HOST_USER": unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
        "EMAIL_USE_TLS": use_tls,
        "EMAIL_USE_SSL": use_ssl,
        "EMAIL_TIMEOUT": int(timeout),
    }


def anymail_backend(url: str) -> str:
    """The django-anymail backend named by `anymail://ESP`, checked against the ESP modules
    anymail has. The ESP's credentials come from ANYMAIL_* variables (anymail_settings())."""
    # Not urlsplit(): its hostname would lower-case the name and hide a stray user or port.
    esp = url.removeprefix("anymail://").rstrip("/")
    esps = anymail_esps()
    if esp not in esps:
        raise ImproperlyConfigured(
            "EMAIL_URL names no email service provider that django-anymail supports. Use "
            f"anymail://NAME (and nothing else) with NAME one of: {', '.join(esps)}."
        )
    package = ANYMAIL_EXTRA_PACKAGES.get(esp)
    if package and importlib.util.find_spec(package) is None:
        raise ImproperlyConfigured(
            f"EMAIL_URL=anymail://{esp} needs the {package} package, which Masthead does not "
            f"install. Install it into Masthead's virtual environment, or use the provider's "
            f"SMTP service with an smtp+tls:// EMAIL_URL (docs/operations/email.md)."
        )
    return f"anymail.backends.{esp}.EmailBackend"


def anymail_esps() -> list[str]:
    """The email service providers django-anymail has a backend for (its module names)."""
    return sorted(
        module.name
        for module in pkgutil.iter_modules(anymail.backends.__path__)
        if module.name not in ANYMAIL_NON_ESP_MODULES
    )


ANYMAIL_PREFIX = "ANYMAIL_"


def anymail_settings() -> dict[str, Any]:
    """django-anymail's ANYMAIL setting from the variables named ANYMAIL_<SETTING>, e.g.
    ANYMAIL_POSTMARK_SERVER_TOKEN → ANYMAIL["POSTMARK_SERVER_TOKEN"] (the key anymail looks
    up). ANYMAIL_WEBHOOK_SECRET may list several user:password pairs, comma-separated, so
    that the secret can be rotated."""
    found: dict[str, Any] = {
        name.removeprefix(ANYMAIL_PREFIX): text(name)
        for name in os.environ
        if name.startswith(ANYMAIL_PREFIX) and len(name) > len(ANYMAIL_PREFIX) and text(name)
    }
    if any(key.endswith("SEND_DEFAULTS") for key in found):
        raise ImproperlyConfigured(
            "ANYMAIL_…SEND_DEFAULTS cannot be set from the environment: Masthead sets them "
            "(tracking off). Remove the variable."
        )
    if "WEBHOOK_SECRET" in found:
        secrets = word_list(f"{ANYMAIL_PREFIX}WEBHOOK_SECRET")
        if any(":" not in secret for secret in secrets):
            raise ImproperlyConfigured(
                "ANYMAIL_WEBHOOK_SECRET must be user:password (several comma-separated while "
                "rotating), the same as in the webhook URL given to the provider."
            )
        found["WEBHOOK_SECRET"] = secrets
    return found


DKIM_VARIABLES = ("MASTHEAD_DKIM_DOMAIN", "MASTHEAD_DKIM_SELECTOR", "MASTHEAD_DKIM_KEY_FILE")
DKIM_MINIMUM_KEY_BITS = 1024  # receivers ignore shorter keys; 2048 is what to generate


def dkim_settings() -> tuple[str, str, str]:
    """(domain, selector, PEM private key) for signing outgoing mail, or three empty strings
    when none of the MASTHEAD_DKIM_* variables is set. The key file is read here, once, and
    checked: an RSA private key, not encrypted with a passphrase."""
    domain, selector, key_file = (text(name) for name in DKIM_VARIABLES)
    if not (domain or selector or key_file):
        return "", "", ""
    missing = [name for name in DKIM_VARIABLES if not text(name)]
    if missing:
        raise ImproperlyConfigured(
            f"DKIM signing needs all of {', '.join(DKIM_VARIABLES)}; "
            f"{' and '.join(missing)} {'is' if len(missing) == 1 else 'are'} not set. "
            "Set them all, or none to leave signing to the mail server "
            "(docs/operations/email.md)."
        )
    try:
        pem = Path(key_file).expanduser().read_text(encoding="ascii")
    except (OSError, UnicodeError) as error:
        reason = error.strerror if isinstance(error, OSError) else "not a PEM text file"
        raise ImproperlyConfigured(
            f"MASTHEAD_DKIM_KEY_FILE={key_file!r} cannot be read ({reason}). It must be a PEM "
            "private key readable by the user Masthead runs as."
        ) from None
    check_dkim_key(pem, key_file)
    return domain.lower().rstrip("."), selector, pem


def check_dkim_key(pem: str, key_file: str) -> None:
    try:
        key = load_pem_private_key(pem.encode("ascii"), password=None)
    except (ValueError, TypeError, UnicodeError):
        raise ImproperlyConfigured(
            f"MASTHEAD_DKIM_KEY_FILE={key_file!r} is not an unencrypted PEM private key "
            "(generate one with: openssl genrsa -out dkim.pem 2048)."
        ) from None
    if not isinstance(key, RSAPrivateKey):
        raise ImproperlyConfigured(
            f"MASTHEAD_DKIM_KEY_FILE={key_file!r} holds a {type(key).__name__}: Masthead signs "
            "with RSA keys only. Sign Ed25519 at the mail server (docs/operations/email.md)."
        )
    if key.key_size < DKIM_MINIMUM_KEY_BITS:
        raise ImproperlyConfigured(
            f"MASTHEAD_DKIM_KEY_FILE={key_file!r} is a {key.key_size}-bit RSA key; receivers "
            "ignore signatures by keys under 1024 bits. Generate a 2048-bit key."
        )


def settings_module() -> str:
    return text("DJANGO_SETTINGS_MODULE")


def child_environment(**overrides: str) -> dict[str, str]:
    """The environment for a child process we start (the demo's worker)."""
    return {**os.environ, **overrides}
