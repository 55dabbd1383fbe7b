"""The acceptance crawl: every article the sitemap lists is complete and clean."""

import json
import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

from masthead.articles.models import ArticlePage, SectionPage
from masthead.articles.snippets import Author
from masthead.core.tests.page_checks import markup_problems, off_site_resources

SITEMAP = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def test_every_article_in_the_sitemap_is_complete(client, demo_site):
    sitemap = ET.fromstring(client.get("/sitemap.xml").content)
    locations = [loc.text for loc in sitemap.findall("sm:url/sm:loc", SITEMAP)]
    article_paths = [urlsplit(url).path for url in locations if url.count("/") == 5]
    assert len(article_paths) == 30

    for path in article_paths:
        response = client.get(path)
        assert response.status_code == 200, path
        assert not response.cookies, path
        html = response.content.decode()
        assert html.count("<h1") == 1, path
        assert 'class="byline"' in html, path
        assert '<span class="credit">Photo: ' in html, path
        assert f'<link rel="canonical" href="https://news.example.org{path}">' in html, path
        data = json.loads(
            re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
        )
        assert data["@type"] == "NewsArticle", path
        assert data["author"], path
        assert off_site_resources(html) == [], path
        assert markup_problems(html) == [], path


def test_every_other_page_of_the_demo_is_clean_too(client, demo_site):
    tags = {tag.slug for article in ArticlePage.objects.live() for tag in article.tags.all()}
    paths = [
        "/",
        "/about/",
        "/privacy/",
        "/newsletter/",
        "/support/",
        "/authors/",
        *(section.url for section in SectionPage.objects.live()),
        *(f"/tags/{slug}/" for slug in sorted(tags)),
        *(author.get_url() for author in Author.objects.all()),
    ]
    for path in [*paths, "/no-such-page/"]:
        response = client.get(path)
        assert response.status_code == (404 if path == "/no-such-page/" else 200), path
        assert not response.cookies, path
        html = response.content.decode()
        assert html.count("<h1") == 1, path
        assert off_site_resources(html) == [], path
        assert markup_problems(html) == [], path
