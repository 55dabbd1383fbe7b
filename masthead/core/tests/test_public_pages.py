"""Every public page is the same for every reader, cacheable, and fetches nothing off-site."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from masthead.articles.tests.factories import AuthorFactory, make_article
from masthead.core.tests.page_checks import css_urls, markup_problems, off_site_resources
from masthead.newsletter.models import Issue, IssueArticle, Newsletter


@pytest.fixture
def site_urls(home, news):
    author = AuthorFactory(slug="irina")
    article = make_article(
        news,
        tags=["courts"],
        authors=[author],
        body=[
            {
                "type": "embed",
                "value": {"url": "https://vimeo.com/123456789", "title": "Video", "caption": ""},
            },
        ],
    )
    weekly = Newsletter.objects.create(
        name="The Weekly", slug="weekly", sender_name="G", sender_email="n@news.example.org"
    )
    sent = Issue.objects.create(
        newsletter=weekly, subject="Sent", send_at=timezone.now(), status=Issue.Status.SENT
    )
    IssueArticle.objects.create(issue=sent, article=article, sort_order=0)
    return [
        "/",
        "/newsletter/",
        "/newsletter/issues/",
        f"/newsletter/issues/{sent.pk}/",
        "/newsletter/issues/latest/",
        "/support/",
        "/support/manage/",
        "/news/",
        "/news/?page=1",
        article.url,
        "/tags/courts/",
        "/authors/irina/",
        "/feed/",
        "/news/feed/",
        "/sitemap.xml",
        "/news-sitemap.xml",
        "/robots.txt",
    ]


def test_public_pages_set_no_cookie_and_allow_shared_caching(client, site_urls):
    for url in site_urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert not response.cookies, url
        assert "Set-Cookie" not in response.headers, url
        assert "cookie" not in response.headers.get("Vary", "").lower(), url
        cache_control = {part.strip() for part in response["Cache-Control"].split(",")}
        assert {
            "public",
            "max-age=300",
            "s-maxage=300",
            "stale-while-revalidate=60",
            "stale-if-error=604800",
        } <= cache_control, url


def test_a_logged_in_editor_gets_the_same_bytes_as_a_reader(client, site_urls):
    anonymous = {url: client.get(url).content for url in site_urls}
    editor = get_user_model().objects.create_superuser("editor", "e@example.org", "x" * 16)
    client.force_login(editor)
    for url in site_urls:
        response = client.get(url)
        assert response.content == anonymous[url], url
        assert not response.cookies, url
        assert b"csrfmiddlewaretoken" not in response.content


def test_no_page_fetches_anything_from_another_host(client, site_urls):
    for url in site_urls:
        html = client.get(url).content.decode()
        assert off_site_resources(html) == [], url


def test_html_pages_are_well_formed_and_link_root_relative(client, site_urls):
    for url in site_urls:
        response = client.get(url)
        if response["Content-Type"].startswith("text/html"):
            assert markup_problems(response.content.decode()) == [], url


def test_stylesheet_loads_nothing_from_another_host(client, home):
    html = client.get("/").content.decode()
    stylesheet = html.split('rel="stylesheet" href="')[1].split('"')[0]
    assert stylesheet.startswith("/static/")
    response = client.get(stylesheet)
    css = b"".join(response.streaming_content).decode()
    assert "--serif" in css
    assert css_urls(css) == []


def test_not_found_page_is_public_and_translated(client, home):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    assert b"Page not found" in response.content
    assert not response.cookies
    assert "public" in response["Cache-Control"]


def test_admin_is_not_cached_publicly(client, home):
    response = client.get("/admin/login/")
    assert response.status_code == 200
    assert "public" not in response.get("Cache-Control", "")


def test_robots_txt_points_at_the_sitemaps(client, home):
    body = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: https://news.example.org/sitemap.xml" in body


def test_a_password_protected_page_is_never_publicly_cacheable(client, news):
    from wagtail.models import PageViewRestriction

    article = make_article(news)
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="s3cret"
    )
    response = client.get(article.url)
    assert response.status_code == 200  # the password form
    assert "public" not in response.get("Cache-Control", "")
    assert article.title.encode() not in response.content

    restriction = PageViewRestriction.objects.get(page=article)
    client.post(
        f"/_util/authenticate_with_password/{restriction.pk}/{article.pk}/",
        {"password": "s3cret", "return_url": article.url},
    )
    unlocked = client.get(article.url)
    assert article.title.encode() in unlocked.content  # the page itself, after the password
    assert "public" not in unlocked["Cache-Control"]
    assert "private" in unlocked["Cache-Control"]


def test_listing_pages_are_canonical_to_themselves(client, news):
    for n in range(21):
        make_article(news, title=f"Story {n}")
    html = client.get("/news/?page=2").content.decode()
    assert '<link rel="canonical" href="https://news.example.org/news/?page=2">' in html


def test_public_pages_carry_a_content_security_policy(client, news):
    article = make_article(news)
    policy = client.get(article.url)["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert (
        "frame-src https://www.youtube-nocookie.com https://player.vimeo.com"
        " https://www.openstreetmap.org"
    ) in policy
    assert "Content-Security-Policy" not in client.get("/admin/login/").headers


def test_only_get_and_head_reach_a_public_page(client, news):
    article = make_article(news)
    response = client.options(article.url)
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD"


def test_a_cross_site_form_gets_a_readable_refusal(news):
    from django.test import Client

    article = make_article(news)
    response = Client(enforce_csrf_checks=True).post(article.url, {"x": "y"})
    assert response.status_code == 403
    assert b"Form not accepted" in response.content
    assert b"CSRF" not in response.content


def test_admin_on_its_own_host_is_not_served_on_the_public_host(client, home, settings):
    from django.test import override_settings

    with override_settings(
        ADMIN_BASE_URL="https://admin.news.example.org",
        ALLOWED_HOSTS=["news.example.org", "admin.news.example.org"],
    ):
        public = client.get("/admin/login/", headers={"host": "news.example.org"})
        admin = client.get("/admin/login/", headers={"host": "admin.news.example.org"})
        reader = client.get("/", headers={"host": "news.example.org"})
    assert public.status_code == 404
    assert b"Page not found" in public.content
    assert admin.status_code == 200
    assert reader.status_code == 200
