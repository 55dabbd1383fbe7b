"""Local development and `masthead demo`: embedded SQLite under the data directory."""

from masthead.settings import env
from masthead.settings.base import *  # noqa: F403
from masthead.settings.base import DATA_DIR, LOGGING

DEBUG = env.flag("MASTHEAD_DEBUG", default=False)
# A development key: stable per data directory, never used in production settings.
SECRET_KEY = env.text("MASTHEAD_SECRET_KEY") or f"dev-only-insecure-{DATA_DIR}"
ALLOWED_HOSTS = sorted({"127.0.0.1", "localhost", "[::1]", *ALLOWED_HOSTS})  # noqa: F405
SERVE_MEDIA = True
# Development keys for reader data, derived from the development secret; production requires
# its own (see settings/production.py).
ENCRYPTION_KEYS = env.word_list("MASTHEAD_ENCRYPTION_KEYS") or [env.derived_fernet_key(SECRET_KEY)]
BLIND_INDEX_KEY = env.text("MASTHEAD_BLIND_INDEX_KEY") or f"blind-index:{SECRET_KEY}"
# The demo serves static files straight from the apps; production runs collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# The production logging, quieter: the demo's console shows warnings and the access log.
LOGGING = {
    **LOGGING,
    "root": {"handlers": ["console"], "level": env.text("MASTHEAD_LOG_LEVEL", "WARNING")},
}
