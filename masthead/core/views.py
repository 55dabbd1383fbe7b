from django.http import HttpRequest, HttpResponse, HttpResponseForbidden, HttpResponseNotFound
from django.template import loader

from masthead.core.links import absolute_url
from masthead.core.public import mark_public, public_page

NOT_FOUND_CACHE_SECONDS = 60


@public_page
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "",
        f"Sitemap: {absolute_url('/sitemap.xml')}",
        f"Sitemap: {absolute_url('/news-sitemap.xml')}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    body = loader.render_to_string("404.html", {}, request)
    return mark_public(HttpResponseNotFound(body), max_age=NOT_FOUND_CACHE_SECONDS)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A form came back without a valid token (an old tab, a cross-site post): say so in
    the reader's language, in the site's look, not Django's developer page."""
    body = loader.render_to_string("403_csrf.html", {}, request)
    return HttpResponseForbidden(body)


def healthz(request: HttpRequest) -> HttpResponse:
    return HttpResponse("ok", content_type="text/plain")
