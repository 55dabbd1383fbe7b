"""Benchmark: how long public pages take to render, and whether "Read more" stays cheap as
the archive grows.

    .venv/bin/python bench/pages.py [--articles 1000] [--repeat 30]

It builds a throw-away SQLite newsroom in a temporary directory, renders each public page
type in-process through Django's test client (no network, no cache in front), and prints
median times with their ratio to a baseline measured in the same run: `/healthz`, the
cheapest response the stack can give. It then times "Read more" with a tenth of the archive
and with all of it; a ratio near 1 means the query does not scan the archive.
"""

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ["DJANGO_SETTINGS_MODULE"] = "masthead.settings.dev"
os.environ["MASTHEAD_DATA_DIR"] = tempfile.mkdtemp(prefix="masthead-bench-")
os.environ["MASTHEAD_BASE_URL"] = "http://127.0.0.1:8000"

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

TAG_POOL = [f"topic {n}" for n in range(60)]


def build(articles: int, start: int = 0) -> None:
    from masthead.articles.models import ArticleAuthor, ArticlePage, SectionPage
    from masthead.articles.snippets import Author
    from masthead.articles.tests.factories import make_home, make_image, make_section

    if start == 0:
        home = make_home("Bench Gazette")
        for title in ("News", "Business", "Opinion", "Culture"):
            make_section(home, title)
        Author.objects.create(name="Bench Reporter", slug="bench-reporter")
    sections = list(SectionPage.objects.order_by("path"))
    author = Author.objects.get(slug="bench-reporter")
    image = make_image("Bench lead") if start == 0 else ArticlePage.objects.first().lead_image
    now = timezone.now()
    for n in range(start, articles):
        article = ArticlePage(
            title=f"Bench article {n}",
            slug=f"bench-{n}",
            standfirst="A standfirst of ordinary length for a benchmark article.",
            lead_image=image,
            lead_image_caption="A caption.",
            lead_image_credit="A credit",
            body=[{"type": "paragraph", "value": "<p>" + "Words of the body. " * 60 + "</p>"}] * 6,
            first_published_at=now - timedelta(hours=n),
            last_published_at=now - timedelta(hours=n),
            live=True,
        )
        article.tags.add(*(TAG_POOL[(n * 7 + k) % len(TAG_POOL)] for k in range(3)))
        article.bylines.add(ArticleAuthor(author=author, sort_order=0))
        sections[n % len(sections)].add_child(instance=article)


def median_ms(client: Client, url: str, repeat: int) -> tuple[float, int]:
    client.get(url)  # warm: renditions, template cache
    queries: list[str] = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), len(queries)


def read_more_ms(repeat: int) -> float:
    from masthead.articles.models import ArticlePage
    from masthead.articles.related import related_articles

    article = ArticlePage.objects.live().order_by("-first_published_at").first()
    related_articles(article)
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        related_articles(article)
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    small = max(args.articles // 10, 20)

    call_command("migrate", verbosity=0)
    Path(os.environ["MASTHEAD_DATA_DIR"], "static").mkdir()
    build(small)
    read_more_small = read_more_ms(args.repeat)
    build(args.articles, start=small)
    read_more_large = read_more_ms(args.repeat)

    from masthead.articles.models import ArticlePage

    article = ArticlePage.objects.live().order_by("-first_published_at").first()
    client = Client(HTTP_HOST="127.0.0.1")
    pages = [
        ("baseline /healthz", "/healthz"),
        ("home page", "/"),
        ("section page", "/news/"),
        ("section page 5", "/news/?page=5"),
        ("tag page", f"/tags/{article.tags.first().slug}/"),
        ("article page", article.url),
        ("RSS feed (30 full texts)", "/feed/"),
        ("sitemap.xml", "/sitemap.xml"),
    ]
    print(
        f"Masthead page benchmark: {args.articles} articles, median of {args.repeat} runs, "
        f"SQLite, in-process\n"
    )
    print(f"{'page':28} {'ms':>8} {'x baseline':>11} {'queries':>8}")
    baseline = None
    for label, url in pages:
        ms, queries = median_ms(client, url, args.repeat)
        baseline = baseline or ms
        print(f"{label:28} {ms:8.2f} {ms / baseline:11.1f} {queries:8d}")
    print(
        f"\nRead more with {small} articles: {read_more_small:.2f} ms; "
        f"with {args.articles}: {read_more_large:.2f} ms; "
        f"ratio {read_more_large / read_more_small:.2f}"
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"Peak memory of this process: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
