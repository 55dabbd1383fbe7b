"""Bad input from the outside gets a clear 4xx, never a 500."""

import pytest
from django.test import Client

from masthead.articles.tests.factories import make_article


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/news/?page=abc", 404),
        ("/news/?page=999999", 404),
        ("/news/?page=-1", 404),
        ("/news/?page=99999999999999999999999", 404),
        ("/news/?page=1", 200),
        ("/news/?" + "q=" + "x" * 10_000, 200),
        ("/no-such-section/", 404),
        ("/news/no-such-article/", 404),
        ("/tags/%00/", 404),
        ("/authors/../../etc/passwd", 404),
        ("/%E2%82", 404),
    ],
)
def test_malformed_requests(client, news, url, status):
    make_article(news)
    response = client.get(url)
    assert response.status_code == status
    if status == 404:
        assert b"Page not found" in response.content


def test_host_header_that_is_not_ours_is_refused(client, home):
    response = client.get("/", headers={"host": "evil.example.com"})
    assert response.status_code == 400


def test_head_request(client, news):
    article = make_article(news)
    response = client.head(article.url)
    assert response.status_code == 200
    assert response.content == b""


def test_cross_site_post_to_a_public_page_is_refused_cleanly(news):
    article = make_article(news)
    response = Client(enforce_csrf_checks=True).post(article.url, {"x": "y"})
    assert response.status_code == 403


def test_head_request_has_no_body_but_the_length_of_a_get(news):
    from django.test import RequestFactory

    from masthead.core.middleware import PublicPageMiddleware

    article = make_article(news)
    get = Client().get(article.url)
    request = RequestFactory().head(article.url)
    response = PublicPageMiddleware(lambda r: Client().get(article.url))(request)
    assert response.content == b""
    assert response["Content-Length"] == str(len(get.content))
