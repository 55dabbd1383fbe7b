"""Public pages: the same bytes for every reader, cacheable by any shared cache.

A view marks its response with `mark_public()` (or the `public_page` decorator);
`PublicPageMiddleware` then guarantees the promise: no cookie, no per-reader `Vary`,
and a `Cache-Control` that lets a CDN or a Deflect-style proxy keep and serve it stale.
"""

from collections.abc import Callable
from functools import wraps
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control

PUBLIC_ATTRIBUTE = "masthead_public_max_age"
STALE_WHILE_REVALIDATE = 60
STALE_IF_ERROR = 7 * 24 * 3600
# The browser enforces what the tests check: nothing loads from another host, except the
# players of click-to-load embeds (which exist only after the reader's click). Forms post to
# this site only; the ask's Continue is then redirected to Stripe's hosted Checkout, and
# browsers apply form-action to that redirect too.
STRIPE_CHECKOUT_ORIGIN = "https://checkout.stripe.com"
# The hosts of the click-to-load players that articles/embeds.py builds; nothing else may be
# framed.
EMBED_ORIGINS = (
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
    "https://www.openstreetmap.org",
)


def content_security_policy() -> str:
    form_targets = ["'self'", STRIPE_CHECKOUT_ORIGIN]
    if settings.STRIPE_API_BASE:  # a local Stripe stand-in serves its own checkout page
        base = urlsplit(settings.STRIPE_API_BASE)
        form_targets.append(f"{base.scheme}://{base.netloc}")
    return "; ".join(
        [
            "default-src 'self'",
            "img-src 'self' data:",
            "frame-src " + " ".join(EMBED_ORIGINS),
            "object-src 'none'",
            "base-uri 'self'",
            "form-action " + " ".join(form_targets),
            "frame-ancestors 'none'",
        ]
    )


def mark_public(response: HttpResponse, max_age: int | None = None) -> HttpResponse:
    setattr(
        response, PUBLIC_ATTRIBUTE, settings.PUBLIC_CACHE_SECONDS if max_age is None else max_age
    )
    return response


def public_page(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        return mark_public(view(request, *args, **kwargs))

    return wrapper


def finish_public_response(response: HttpResponse) -> HttpResponse:
    max_age = getattr(response, PUBLIC_ATTRIBUTE, None)
    if max_age is None:
        return response
    existing = response.get("Cache-Control", "")
    if "private" in existing or "no-store" in existing:
        return response  # something downstream (e.g. a view restriction) knows better
    response.cookies.clear()
    if response.has_header("Vary"):
        kept = [v.strip() for v in response["Vary"].split(",") if v.strip().lower() != "cookie"]
        if kept:
            response["Vary"] = ", ".join(kept)
        else:
            del response["Vary"]
    if response.has_header("Cache-Control"):
        del response["Cache-Control"]
    response["Content-Security-Policy"] = content_security_policy()
    patch_cache_control(
        response,
        public=True,
        max_age=max_age,
        s_maxage=max_age,
        stale_while_revalidate=STALE_WHILE_REVALIDATE,
        stale_if_error=STALE_IF_ERROR,
    )
    return response


def personal(response: HttpResponse) -> HttpResponse:
    """A response for one reader only (a personal link, a form's answer): never cached."""
    add_never_cache_headers(response)
    return response


def same_origin(request: HttpRequest) -> bool:
    """The public forms carry no CSRF token (their pages are the same for everyone), so their
    endpoints check Origin instead: browsers send it with every POST, and a foreign one means
    another site's form (decision 0006)."""
    origin = request.headers.get("Origin")
    if origin is None:  # not a browser, or a very old one
        return True
    try:
        host = urlsplit(origin).hostname or ""  # "null" has no host
    except ValueError:  # not a URL at all
        return False
    return host in settings.ALLOWED_HOSTS
