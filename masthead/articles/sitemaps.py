"""`/sitemap.xml` (Wagtail's, every public page with last-modified) and the Google News
sitemap of the last 48 hours."""

from datetime import timedelta

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from masthead.core.newsroom import newsroom_name
from masthead.core.public import public_page

NEWS_WINDOW = timedelta(hours=48)
NEWS_SITEMAP_LIMIT = 1000  # Google reads at most 1,000 <news:news> entries per sitemap.


@public_page
def sitemap(request: HttpRequest) -> HttpResponse:
    response = wagtail_sitemap(request)
    response.render()
    return response


@public_page
def news_sitemap(request: HttpRequest) -> HttpResponse:
    from masthead.articles.models import articles

    since = timezone.now() - NEWS_WINDOW
    recent = articles().filter(first_published_at__gte=since)[:NEWS_SITEMAP_LIMIT]
    body = render_to_string(
        "articles/news_sitemap.xml",
        {
            "articles": recent,
            "publication_name": newsroom_name(),
            "language": settings.LANGUAGE_CODE,
        },
    )
    return HttpResponse(body, content_type="application/xml; charset=utf-8")
