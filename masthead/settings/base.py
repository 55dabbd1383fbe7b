"""Settings shared by every environment. Environment-specific files import from here."""

from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url

from masthead.settings import env

PACKAGE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = env.path("MASTHEAD_DATA_DIR", "./var")

BASE_URL = env.base_url("MASTHEAD_BASE_URL", "http://127.0.0.1:8000")
ADMIN_BASE_URL = env.base_url("MASTHEAD_ADMIN_BASE_URL", BASE_URL)
NEWSROOM_NAME = env.text("MASTHEAD_NEWSROOM_NAME", "Masthead")

DEBUG = False
SECRET_KEY = env.text("MASTHEAD_SECRET_KEY")
# Old secret keys still accepted for signatures during a rotation (docs/operations.md).
SECRET_KEY_FALLBACKS = env.word_list("MASTHEAD_SECRET_KEY_FALLBACKS")

ALLOWED_HOSTS = sorted(
    {
        urlsplit(BASE_URL).hostname or "",
        urlsplit(ADMIN_BASE_URL).hostname or "",
        *env.word_list("MASTHEAD_ALLOWED_HOSTS"),
    }
    - {""}
)

INSTALLED_APPS = [
    "masthead.core",
    "masthead.accounts",
    "masthead.articles",
    "masthead.privacy",
    "masthead.newsletter",
    "masthead.contributions",
    "anymail",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "masthead.accounts.users_app.StaffUsersConfig",  # wagtail.users, our Users pages
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "masthead.core.middleware.PublicPageMiddleware",
    "masthead.core.middleware.AdminHostMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "masthead.urls"
WSGI_APPLICATION = "masthead.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "masthead.core.context_processors.newsroom",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env.text("DATABASE_URL") or f"sqlite:///{DATA_DIR / 'masthead.sqlite3'}",
        conn_max_age=env.integer("MASTHEAD_DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web server read while the worker writes; IMMEDIATE avoids lock upgrades.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

REDIS_URL = env.text("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "masthead",
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default"],
    }
}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = env.text("MASTHEAD_LANGUAGE", "en")
TIME_ZONE = env.text("MASTHEAD_TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [PACKAGE_DIR / "locale"]

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = DATA_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Serve user uploads from the application (demo and small sites); nginx does it in production.
SERVE_MEDIA = env.flag("MASTHEAD_SERVE_MEDIA", default=False)

# Public pages are cached by shared caches; the admin never is.
PUBLIC_CACHE_SECONDS = env.integer("MASTHEAD_PUBLIC_CACHE_SECONDS", 300)

CSRF_FAILURE_VIEW = "masthead.core.views.csrf_failure"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

WAGTAIL_SITE_NAME = NEWSROOM_NAME
WAGTAILADMIN_BASE_URL = ADMIN_BASE_URL
WAGTAIL_I18N_ENABLED = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No Gravatar: the admin must not send staff email hashes to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAILEMBEDS_FINDERS: list[dict[str, str]] = []
WAGTAILDOCS_SERVE_METHOD = "direct"
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
TAGGIT_CASE_INSENSITIVE = True

DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
        "discard": {"class": "logging.NullHandler"},
    },
    "root": {"handlers": ["console"], "level": env.text("MASTHEAD_LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        # A request for a host we do not serve is answered 400; it is noise, not an error.
        # (With no handler at all, Python's last-resort handler would print it, traceback
        # and all.)
        "django.security.DisallowedHost": {"handlers": ["discard"], "propagate": False},
    },
}

BASE_URL_FROM_ENVIRONMENT = bool(env.text("MASTHEAD_BASE_URL"))

# Reader data at rest (privacy app): Fernet keys, newest first, and the blind-index key.
# Separate from SECRET_KEY so that rotating the session secret never loses reader data.
ENCRYPTION_KEYS = env.word_list("MASTHEAD_ENCRYPTION_KEYS")
BLIND_INDEX_KEY = env.text("MASTHEAD_BLIND_INDEX_KEY")

EMAIL_URL = env.text("EMAIL_URL")
if EMAIL_URL:
    globals().update(env.email_settings(EMAIL_URL))
else:
    # No mail server configured: messages are written to files in the data directory.
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = DATA_DIR / "outbox"

# Email service providers through django-anymail (EMAIL_URL=anymail://ESP): credentials and
# the webhook secret from ANYMAIL_* variables. Masthead never tracks opens or clicks: where the
# provider's API has a per-message switch, every message carries "off"; elsewhere tracking is
# an account setting at the provider (docs/operations/email.md).
ANYMAIL_ESPS_WITH_TRACKING_SWITCH = {
    "mailersend",
    "mailgun",
    "mailjet",
    "mandrill",
    "postmark",
    "sendgrid",
    "sparkpost",
    "unisender_go",
}
ANYMAIL = env.anymail_settings()
_esp = EMAIL_BACKEND.removeprefix("anymail.backends.").removesuffix(".EmailBackend")
if _esp in ANYMAIL_ESPS_WITH_TRACKING_SWITCH:
    ANYMAIL["SEND_DEFAULTS"] = {"track_opens": False, "track_clicks": False}

# DKIM signing of mail sent through our own SMTP backend; empty = the mail server signs (or
# nobody does). The key is read from MASTHEAD_DKIM_KEY_FILE at start-up.
DKIM_DOMAIN, DKIM_SELECTOR, DKIM_PRIVATE_KEY = env.dkim_settings()

DEFAULT_FROM_EMAIL = env.text(
    "MASTHEAD_FROM_EMAIL", f"{NEWSROOM_NAME} <noreply@{urlsplit(BASE_URL).hostname}>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# How many sending tasks share one issue: set it to the number of worker processes.
NEWSLETTER_SENDERS = env.integer("MASTHEAD_NEWSLETTER_SENDERS", 2)

# Reader contributions through Stripe (contributions app). Without a secret key the ask still
# shows, and Continue explains that payments are not set up yet. STRIPE_API_BASE points the SDK
# at a local stand-in (tests, `masthead stripe_standin`); leave it empty in production.
STRIPE_SECRET_KEY = env.text("STRIPE_SECRET_KEY")
STRIPE_PUBLISHABLE_KEY = env.text("STRIPE_PUBLISHABLE_KEY")  # unused: Checkout is hosted
STRIPE_WEBHOOK_SECRET = env.text("STRIPE_WEBHOOK_SECRET")
STRIPE_API_BASE = env.text("STRIPE_API_BASE")
# How long a reader waits for Stripe before being told to try again (the SDK retries twice).
STRIPE_TIMEOUT_SECONDS = 10
