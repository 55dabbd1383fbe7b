from django.conf import settings
from django.urls import include, path, re_path
from django.views.static import serve as serve_file
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from masthead.articles.sitemaps import news_sitemap, sitemap
from masthead.contributions import views as contributions_views
from masthead.core import views as core_views
from masthead.core.esp_webhooks import webhook_urls

handler404 = "masthead.core.views.page_not_found"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("robots.txt", core_views.robots_txt),
    path("healthz", core_views.healthz),
    path("sitemap.xml", sitemap),
    path("news-sitemap.xml", news_sitemap),
    path("newsletter/", include("masthead.newsletter.urls")),
    path("support/", include("masthead.contributions.urls")),
    path("stripe/webhook/", contributions_views.stripe_webhook, name="stripe_webhook"),
    # Email service providers' delivery events (bounces, complaints): docs/operations/email.md.
    path("anymail/", include(webhook_urls())),
]

if settings.SERVE_MEDIA:
    urlpatterns.append(
        re_path(r"^media/(?P<path>.*)$", serve_file, {"document_root": settings.MEDIA_ROOT})
    )

urlpatterns.append(path("", include(wagtail_urls)))
