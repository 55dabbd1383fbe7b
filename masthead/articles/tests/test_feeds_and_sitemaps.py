import xml.etree.ElementTree as ET
from datetime import timedelta

from django.utils import timezone

from masthead.articles.tests.factories import AuthorFactory, make_article, make_section

NS = {
    "content": "http://purl.org/rss/1.0/modules/content/",
    "media": "http://search.yahoo.com/mrss/",
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}


def test_feed_carries_full_text_and_lead_image(client, news):
    author = AuthorFactory(name="Irina Volkova")
    article = make_article(
        news,
        title="Full text in the feed",
        authors=[author],
        tags=["courts"],
        body=[
            {"type": "paragraph", "value": "<p>The first paragraph of the story.</p>"},
            {"type": "paragraph", "value": "<p>The last paragraph of the story.</p>"},
        ],
    )
    response = client.get("/feed/")
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    items = channel.findall("item")
    assert len(items) == 1
    item = items[0]
    assert item.findtext("title") == "Full text in the feed"
    assert item.findtext("link") == f"https://news.example.org{article.url}"
    full_text = item.findtext("content:encoded", namespaces=NS)
    assert "The first paragraph of the story." in full_text
    assert "The last paragraph of the story." in full_text
    assert 'src="https://news.example.org/media/images/' in full_text
    enclosure = item.find("enclosure")
    assert enclosure.get("url").startswith("https://news.example.org/media/images/")
    assert enclosure.get("type") == "image/jpeg"
    assert int(enclosure.get("length")) > 0
    assert item.find("media:content", NS).get("medium") == "image"
    assert item.findtext("category") == "courts"


def test_section_feed_lists_only_that_section(client, home, news):
    business = make_section(home, "Business")
    make_article(news, title="A news story")
    make_article(business, title="A business story")
    channel = ET.fromstring(client.get("/business/feed/").content).find("channel")
    assert [i.findtext("title") for i in channel.findall("item")] == ["A business story"]
    assert channel.findtext("title").endswith(": Business")


def test_sitemap_lists_every_article_with_last_modified(client, news):
    now = timezone.now()
    articles = [make_article(news, published_at=now - timedelta(days=n)) for n in range(3)]
    hidden = make_article(news)
    hidden.unpublish()
    root = ET.fromstring(client.get("/sitemap.xml").content)
    entries = {
        url.findtext("sm:loc", namespaces=NS): url.findtext("sm:lastmod", namespaces=NS)
        for url in root.findall("sm:url", NS)
    }
    for article in articles:
        assert entries[f"https://news.example.org{article.url}"]
    assert f"https://news.example.org{hidden.url}" not in entries
    assert "https://news.example.org/news/" in entries


def test_news_sitemap_covers_the_last_48_hours(client, news):
    now = timezone.now()
    fresh = make_article(news, title="Fresh", published_at=now - timedelta(hours=47))
    make_article(news, title="Stale", published_at=now - timedelta(hours=49))
    root = ET.fromstring(client.get("/news-sitemap.xml").content)
    urls = root.findall("sm:url", NS)
    assert [u.findtext("sm:loc", namespaces=NS) for u in urls] == [
        f"https://news.example.org{fresh.url}"
    ]
    assert urls[0].findtext("news:news/news:title", namespaces=NS) == "Fresh"
    assert urls[0].findtext("news:news/news:publication/news:name", namespaces=NS)


def test_feed_makes_every_srcset_candidate_absolute(client, news):
    from masthead.articles.tests.factories import make_image

    image = make_image("Inline", size=(1400, 900))
    make_article(
        news,
        body=[
            {
                "type": "image",
                "value": {"image": image.pk, "alt_text": "", "caption": "c", "credit": "x"},
            }
        ],
    )
    item = ET.fromstring(client.get("/feed/").content).find("channel/item")
    full_text = item.findtext("content:encoded", namespaces=NS)
    srcset = full_text.split('srcset="')[1].split('"')[0]
    candidates = [c.strip().split(" ")[0] for c in srcset.split(",")]
    assert len(candidates) == 3
    assert all(c.startswith("https://news.example.org/media/") for c in candidates)


def test_a_missing_image_file_does_not_break_the_article_or_the_feed(client, news):
    article = make_article(news, title="Picture lost in a restore")
    article.lead_image.renditions.all().delete()
    article.lead_image.file.storage.delete(article.lead_image.file.name)
    assert client.get(article.url).status_code == 200
    feed = client.get("/feed/")
    assert feed.status_code == 200
    assert b"Picture lost in a restore" in feed.content


def test_the_feed_costs_the_same_number_of_queries_however_many_items(client, news):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from masthead.articles.tests.factories import NewsAgencyFactory

    agency = NewsAgencyFactory()

    def queries_for_feed() -> int:
        client.get("/feed/")  # makes the new articles' image renditions, once
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/feed/").status_code == 200
        return len(captured)

    for n in range(3):
        make_article(news, tags=[f"tag {n}", "courts"], agency=agency)
    first = queries_for_feed()
    for n in range(3, 12):
        make_article(news, tags=[f"tag {n}", "courts"], agency=agency)
    assert queries_for_feed() == first
