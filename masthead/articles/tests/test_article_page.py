import json
import re
from datetime import date, timedelta

import pytest
from django.utils import timezone

from masthead.articles.tests.factories import (
    AuthorFactory,
    NewsAgencyFactory,
    make_article,
    make_section,
)
from masthead.core.tests.page_checks import off_site_resources


def ld_json(html: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD block"
    return json.loads(match.group(1))


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


def test_article_shows_everything_an_editor_entered(client, news):
    reporter = AuthorFactory(name="Irina Volkova", slug="irina-volkova")
    exile = AuthorFactory(name="Anna Sever", slug="anna-sever", is_pseudonym=True)
    article = make_article(
        news,
        title="The Duma votes to widen the foreign-agent law",
        standfirst="The amendments reach donors abroad.",
        lead_image_caption="The Kremlin.",
        lead_image_credit="duma.gov.ru",
        authors=[reporter, exile],
        agency=NewsAgencyFactory(name="AFP", credit_line="AFP contributed reporting."),
        tags=["foreign agents", "law"],
        corrections=[
            (date(2026, 11, 20), "A later correction."),
            (date(2026, 11, 10), "An earlier correction."),
        ],
        body=[
            {
                "type": "paragraph",
                "value": '<p>First <a href="https://duma.example/">link</a>.</p>',
            },
            {"type": "subheading", "value": "What changes"},
            {
                "type": "quote",
                "value": {
                    "text": "We will keep reporting.",
                    "attribution": "The editor",
                    "style": "pull",
                },
            },
        ],
    )
    html = get(client, article.url)

    assert html.count("<h1") == 1
    assert "The Duma votes to widen the foreign-agent law</h1>" in html
    assert "The amendments reach donors abroad." in html
    assert '<span class="caption" dir="auto">The Kremlin.</span>' in html
    assert '<span class="credit">Photo: duma.gov.ru</span>' in html
    assert re.search(r"Irina Volkova</a>.*and.*Anna Sever</a>.*pseudonym", html, re.S)
    assert '<p class="agency-credit">AFP contributed reporting.</p>' in html
    assert html.index("An earlier correction.") < html.index("A later correction.")
    assert '<h2 class="subheading" dir="auto">What changes</h2>' in html
    assert "quote--pull" in html
    assert "We will keep reporting." in html
    assert 'href="/tags/foreign-agents/"' in html
    assert f'<link rel="canonical" href="https://news.example.org{article.url}">' in html
    assert off_site_resources(html) == []


def test_structured_data_and_social_tags(client, news):
    author = AuthorFactory(name="Irina Volkova")
    article = make_article(news, title="Headline for machines", authors=[author])
    html = get(client, article.url)

    data = ld_json(html)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Headline for machines"
    assert data["author"] == [
        {
            "@type": "Person",
            "name": "Irina Volkova",
            "url": f"https://news.example.org/authors/{author.slug}/",
        }
    ]
    assert data["publisher"]["name"]
    assert data["datePublished"] == article.first_published_at.isoformat()
    assert data["image"][0]["url"].startswith("https://news.example.org/media/images/")
    assert data["image"][0]["creditText"] == "duma.gov.ru"
    assert f'<meta property="og:url" content="https://news.example.org{article.url}">' in html
    assert '<meta property="og:image" content="https://news.example.org/media/' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html


def test_updated_time_shows_only_when_it_differs(client, news):
    first = timezone.now() - timedelta(days=2)
    same = make_article(news, published_at=first)
    later = make_article(news, published_at=first, updated_at=first + timedelta(hours=3))
    assert "Updated" not in get(client, same.url)
    assert "Updated" in get(client, later.url)


def test_click_to_load_embed_fetches_nothing_before_the_click(client, news):
    article = make_article(
        news,
        body=[
            {
                "type": "embed",
                "value": {
                    "url": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                    "title": "The hearing on video",
                    "caption": "",
                },
            }
        ],
    )
    html = get(client, article.url)
    assert 'data-embed-src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"' in html
    assert "<iframe" not in html
    assert 'href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"' in html
    assert off_site_resources(html) == []


@pytest.mark.parametrize(
    ("title", "standfirst"),
    [
        ("Суд в Москве приговорил журналиста к шести годам", "Приговор вынесен заочно."),
        ("المحكمة تصدر حكمها على الصحفي", "صدر الحكم غيابيا."),
        ("A" * 200, "A headline at the length limit must still render."),
    ],
    ids=["cyrillic", "arabic", "200-characters"],
)
def test_edge_case_text_renders(client, news, title, standfirst):
    article = make_article(news, title=title, standfirst=standfirst)
    html = get(client, article.url)
    assert f'<h1 class="article__headline" dir="auto">{title}</h1>' in html
    assert ld_json(html)["headline"] == title[:110]


def test_article_without_lead_image_or_authors(client, news):
    article = make_article(news, lead_image=None, authors=[])
    html = get(client, article.url)
    assert html.count("<h1") == 1
    assert 'class="byline"' not in html
    assert "article__lead" not in html
    assert "image" not in ld_json(html)
    assert "og:image" not in html


@pytest.mark.parametrize("tag_count", [0, 50])
def test_article_with_many_or_no_tags(client, news, tag_count):
    tags = [f"tag {n}" for n in range(tag_count)]
    article = make_article(news, tags=tags)
    html = get(client, article.url)
    assert html.count('rel="tag"') == tag_count
    assert len(ld_json(html).get("keywords", [])) == tag_count


def test_read_more_prefers_shared_tags_then_section_and_never_itself(client, home, news):
    business = make_section(home, "Business")
    now = timezone.now()
    article = make_article(news, tags=["courts", "media"], published_at=now)
    both_tags_old = make_article(
        business, tags=["courts", "media"], published_at=now - timedelta(days=9)
    )
    one_tag_new = make_article(business, tags=["media"], published_at=now - timedelta(days=1))
    same_section = make_article(news, published_at=now - timedelta(days=2))
    make_article(business, published_at=now - timedelta(hours=1))  # unrelated: not shown

    html = get(client, article.url)
    read_more = html[html.index('id="read-more-title"') :]
    order = [read_more.index(a.title + "</a>") for a in (both_tags_old, one_tag_new, same_section)]
    assert order == sorted(order)
    assert article.title + "</a>" not in read_more
    assert read_more.count('class="teaser"') == 3


def test_read_more_takes_the_newest_among_equals_and_skips_drafts(
    news, home, django_assert_max_num_queries
):
    from masthead.articles.models import ArticlePage
    from masthead.articles.related import related_articles

    now = timezone.now()
    article = make_article(news, tags=["courts"], published_at=now)
    tagged = [
        make_article(news, tags=["courts"], published_at=now - timedelta(days=days))
        for days in (5, 1, 3)
    ]
    draft = make_article(news, tags=["courts"], published_at=now - timedelta(hours=1))
    draft.unpublish()
    untagged = [make_article(news, published_at=now - timedelta(days=days)) for days in (9, 2, 4)]
    make_article(make_section(home, "Business"), published_at=now - timedelta(hours=2))

    article = ArticlePage.objects.get(pk=article.pk)
    with django_assert_max_num_queries(12):  # a fixed number: no query per candidate
        picked = related_articles(article)

    # Shared tags, newest first; then the section's untagged articles, newest first.
    assert picked == [tagged[1], tagged[2], tagged[0], untagged[1]]


def test_unpublished_article_is_not_public(client, news):
    article = make_article(news)
    article.unpublish()
    assert client.get(article.url).status_code == 404
