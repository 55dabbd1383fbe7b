"""Production: PostgreSQL, Redis, HTTPS behind nginx. Refuses to start without its secrets."""

from masthead.settings import env
from masthead.settings.base import *  # noqa: F403

SECRET_KEY = env.required_text("MASTHEAD_SECRET_KEY")
ENCRYPTION_KEYS = env.required_text("MASTHEAD_ENCRYPTION_KEYS").split(",")
BLIND_INDEX_KEY = env.required_text("MASTHEAD_BLIND_INDEX_KEY")
# Production sends mail; it never keeps readers' messages in an outbox folder on disk.
EMAIL_URL = env.required_text("EMAIL_URL")
globals().update(env.email_settings(EMAIL_URL))

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.flag("MASTHEAD_SSL_REDIRECT", default=True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env.integer("MASTHEAD_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.flag("MASTHEAD_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.flag("MASTHEAD_HSTS_PRELOAD", default=False)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
CSRF_TRUSTED_ORIGINS = [BASE_URL, ADMIN_BASE_URL]  # noqa: F405
if not SECURE_HSTS_PRELOAD:
    # Preloading is a near-irreversible commitment for a domain; it stays the operator's choice.
    SILENCED_SYSTEM_CHECKS = ["security.W021"]
