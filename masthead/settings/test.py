"""The test suite: SQLite by default, PostgreSQL when DATABASE_URL points there."""

import tempfile
from pathlib import Path

from masthead.settings import env
from masthead.settings.dev import *  # noqa: F403

SECRET_KEY = "test-only-secret-key"  # noqa: S105
ENCRYPTION_KEYS = [env.derived_fernet_key(SECRET_KEY)]
BLIND_INDEX_KEY = "test-only-blind-index-key-of-enough-length"
INSTALLED_APPS = [*INSTALLED_APPS, "masthead.privacy.tests.testapp"]  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
BASE_URL = "https://news.example.org"
ADMIN_BASE_URL = WAGTAILADMIN_BASE_URL = BASE_URL
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1", "news.example.org"]
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="masthead-test-media-"))
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
WHITENOISE_AUTOREFRESH = True
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "root": {"handlers": [], "level": "WARNING"},
}
