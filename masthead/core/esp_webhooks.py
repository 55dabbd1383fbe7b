"""The webhooks of email service providers (django-anymail's views, under /anymail/).

A provider posts delivery events there: bounces and complaints become suppressions
(newsletter/bounces.py). The endpoints answer only when ANYMAIL_WEBHOOK_SECRET is set, because
anymail would otherwise accept events from anyone, and anyone could then stop the newsletter
reaching the readers whose addresses they know. They never set a cookie and are never cached.
"""

from collections.abc import Callable
from functools import wraps
from typing import Any

import anymail.urls
from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseNotFound
from django.urls import URLPattern
from django.views.decorators.cache import never_cache


def webhook_urls() -> tuple[list[URLPattern], str]:
    """anymail's URL patterns (names and namespace unchanged), each view guarded."""
    patterns = [
        URLPattern(pattern.pattern, _guarded(pattern.callback), pattern.default_args, pattern.name)
        for pattern in anymail.urls.urlpatterns
        if isinstance(pattern, URLPattern)
    ]
    return patterns, anymail.urls.app_name


def _guarded(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @wraps(view)
    @never_cache
    def guarded(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if not settings.ANYMAIL.get("WEBHOOK_SECRET"):
            # Not the site's 404 page: that one may be cached, and this answer must not be.
            return HttpResponseNotFound(
                "No webhook secret is configured.", content_type="text/plain"
            )
        return view(request, *args, **kwargs)

    return guarded
