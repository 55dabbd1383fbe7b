"""An issue as readers see it: the email (HTML and plain text) and the archive's web page.

Everything here is built once per issue. The only parts that differ between recipients —
the unsubscribe and preferences links — are left as markers that `composing.py` replaces
with each reader's own links.
"""

import re
from dataclasses import dataclass
from datetime import timedelta
from html import unescape
from typing import Any

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import strip_tags
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import wrap
from wagtail.rich_text import expand_db_html

from masthead.articles.models import ArticlePage, articles
from masthead.articles.structured_data import rendition_or_none
from masthead.core.links import absolute_url
from masthead.core.newsroom import newsroom_name
from masthead.newsletter.models import Issue, Newsletter

LEAD_IMAGE_SPEC = "fill-1120x630"  # shown at 560 px wide: sharp on high-density screens
SAMPLE_SIZE = 6
SUGGESTION_LIMIT = 12
# SMTP allows lines of at most 998 characters; 8-bit bodies are folded well below that.
MAX_LINE = 900


@dataclass(frozen=True)
class Item:
    headline: str
    path: str  # root-relative, for the web version; emails use the absolute `url`
    blurb: str
    section: str
    byline: str
    image_path: str | None
    image_alt: str

    @property
    def url(self) -> str:
        return absolute_url(self.path)

    @property
    def image_url(self) -> str | None:
        return absolute_url(self.image_path) if self.image_path else None


@dataclass(frozen=True)
class RenderedIssue:
    subject: str
    preheader: str
    html: str
    text: str


def issue_items(issue: Issue) -> list[Item]:
    """The issue's articles in the editor's order. An article unpublished since it was
    picked is left out rather than sent as a dead link."""
    picked = list(issue.items.order_by("sort_order", "pk").values_list("article_id", "blurb"))
    live = {article.pk: article for article in articles().filter(pk__in=[a for a, _ in picked])}
    return [_item(live[pk], blurb) for pk, blurb in picked if pk in live]


def sample_items() -> list[Item]:
    """Before the first issue is sent, the Preview link shows the latest articles."""
    return [_item(article, "") for article in articles()[:SAMPLE_SIZE]]


def suggested_articles(newsletter: Newsletter, slot: Any) -> list[ArticlePage]:
    """The week's articles before a slot, most recent first: the editor reorders and trims."""
    return list(
        articles().filter(
            first_published_at__gt=slot - timedelta(days=7), first_published_at__lte=slot
        )[:SUGGESTION_LIMIT]
    )


def _item(article: ArticlePage, blurb: str) -> Item:
    rendition = rendition_or_none(article.lead_image, LEAD_IMAGE_SPEC)
    return Item(
        headline=article.title,
        path=article.url or "/",
        blurb=blurb or article.standfirst,
        section=getattr(article, "section_title", "") or "",
        byline=", ".join(author.name for author in article.authors_in_order()),
        image_path=rendition.url if rendition else None,
        image_alt=article.lead_image_alt,
    )


def render_issue(
    issue: Issue, *, unsubscribe_url: str, preferences_url: str, items: list[Item] | None = None
) -> RenderedIssue:
    """The email for one issue, with the personal links given (markers, for a send)."""
    newsletter = issue.newsletter
    with translation.override(newsletter.language):
        context = {
            "issue": issue,
            "newsletter": newsletter,
            "newsroom": newsroom_name(),
            "site_url": absolute_url("/"),
            "web_url": absolute_url(reverse("newsletter:issue", args=[issue.pk]))
            if issue.pk
            else None,
            "intro_html": absolute_links(expand_db_html(issue.intro)),
            "intro_text": _plain_text(issue.intro),
            "items": issue_items(issue) if items is None else items,
            # The day it goes out (a "send now" may be days before its slot).
            "date": timezone.localtime(issue.started_at or issue.send_at),
            "unsubscribe_url": unsubscribe_url,
            "preferences_url": preferences_url,
        }
        html = render_to_string("newsletter/email/issue.html", context)
        text = render_to_string("newsletter/email/issue.txt", context)
    return RenderedIssue(
        subject=issue.subject,
        preheader=issue.preheader,
        html=fold_long_lines(html),
        text=fold_long_lines(_tidy_text(text)),
    )


_ROOT_RELATIVE = re.compile(r'(href|src)="/(?!/)')


def absolute_links(html: str) -> SafeString:
    """Rich text links to our own pages are root-relative; in an email they must not be."""
    return mark_safe(_ROOT_RELATIVE.sub(lambda m: f'{m[1]}="{absolute_url("/")}', html))  # noqa: S308


def _plain_text(rich_text: str) -> str:
    """Rich text as plain text: paragraphs wrapped, entities decoded, and each link's
    address after its words, so nothing is lost without the HTML."""
    html: str = absolute_links(expand_db_html(rich_text))
    html = _LINK.sub(lambda m: f"{m[2]} ({m[1]})" if m[1] not in m[2] else m[2], html)
    paragraphs = (unescape(strip_tags(p)).strip() for p in re.split(r"</p>\s*", html))
    return "\n\n".join(wrap(p, 72) for p in paragraphs if p)


_LINK = re.compile(r'<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', re.DOTALL)


def _tidy_text(text: str) -> str:
    """Template whitespace out of the plain-text part: no trailing spaces, at most one empty
    line in a row."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)) + "\n"


def fold_long_lines(text: str, limit: int = MAX_LINE) -> str:
    """Break lines longer than `limit` UTF-8 bytes at their last space within the limit
    (HTML and plain text read the same either way). A line with no such space is left as
    it is, and composing.py refuses the message."""
    folded = []
    for line in text.split("\n"):
        encoded = line.encode()
        while len(encoded) > limit:
            cut = encoded.rfind(b" ", 0, limit)
            if cut <= 0:
                break
            folded.append(encoded[:cut].decode())
            encoded = encoded[cut + 1 :]
        folded.append(encoded.decode())
    return "\n".join(folded)
