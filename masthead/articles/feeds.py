"""RSS 2.0 with the full text in `content:encoded` and the lead image as enclosure and media."""

import re
from typing import Any

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.utils.feedgenerator import Enclosure, Rss201rev2Feed
from django.utils.translation import gettext as _
from wagtail.models import Page

from masthead.articles.structured_data import rendition_or_none
from masthead.core.links import absolute_url
from masthead.core.newsroom import newsroom_name
from masthead.core.public import public_page

FEED_LENGTH = 30
FEED_IMAGE_SPEC = "width-1200"
_URL_ATTRIBUTE = re.compile(r'(\s(?:src|href)=")(/[^/"][^"]*|/)"')
_SRCSET_ATTRIBUTE = re.compile(r'(\ssrcset=")([^"]*)"')


def _absolute(reference: str) -> str:
    reference = reference.strip()
    if reference.startswith("/") and not reference.startswith("//"):
        return absolute_url(reference)
    return reference


def absolutise(html: str) -> str:
    """Feed readers resolve links against unknown bases: make root-relative ones absolute,
    including every candidate of a srcset."""
    html = _URL_ATTRIBUTE.sub(lambda m: f'{m.group(1)}{_absolute(m.group(2))}"', html)
    return _SRCSET_ATTRIBUTE.sub(
        lambda m: m.group(1) + ", ".join(map(_absolute, m.group(2).split(","))) + '"', html
    )


class FullTextRssFeed(Rss201rev2Feed):
    def rss_attributes(self) -> dict[str, str]:
        attributes = super().rss_attributes()
        attributes["xmlns:content"] = "http://purl.org/rss/1.0/modules/content/"
        attributes["xmlns:media"] = "http://search.yahoo.com/mrss/"
        return attributes

    def add_item_elements(self, handler: Any, item: dict[str, Any]) -> None:
        super().add_item_elements(handler, item)
        handler.addQuickElement("content:encoded", item["content_encoded"])
        if image := item.get("media_image"):
            handler.addQuickElement(
                "media:content",
                "",
                {
                    "url": image["url"],
                    "medium": "image",
                    "type": image["type"],
                    "width": str(image["width"]),
                    "height": str(image["height"]),
                },
            )


class ArticleFeed(Feed):
    feed_type = FullTextRssFeed

    def __init__(self, home: Page, section: Page | None = None) -> None:
        super().__init__()
        self.home = home
        self.section = section

    def __call__(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        return public_page(super().__call__)(request, *args, **kwargs)

    def title(self) -> str:
        if self.section is not None:
            return f"{newsroom_name()}: {self.section.title}"
        return newsroom_name()

    def link(self) -> str:
        return (self.section or self.home).get_full_url()

    def feed_url(self) -> str:
        return absolute_url((self.section or self.home).get_url() + "feed/")

    def description(self) -> str:
        return _("The latest articles from %(name)s.") % {"name": newsroom_name()}

    def items(self) -> Any:
        from masthead.articles.models import articles

        listing = articles().select_related("agency").prefetch_related("tags")
        if self.section is not None:
            listing = listing.child_of(self.section)
        return listing[:FEED_LENGTH]

    def item_title(self, item: Any) -> str:
        return item.title

    def item_description(self, item: Any) -> str:
        return item.standfirst

    def item_link(self, item: Any) -> str:
        return item.get_full_url()

    def item_guid(self, item: Any) -> str:
        return item.get_full_url()

    def item_pubdate(self, item: Any) -> Any:
        return item.first_published_at

    def item_author_name(self, item: Any) -> str:
        return ", ".join(author.name for author in item.authors_in_order())

    def item_categories(self, item: Any) -> list[str]:
        return [tag.name for tag in item.tags.all()]

    def _rendition(self, item: Any) -> Any:
        return rendition_or_none(item.lead_image, FEED_IMAGE_SPEC)

    def item_enclosures(self, item: Any) -> list[Enclosure]:
        rendition = self._rendition(item)
        if rendition is None:
            return []
        return [Enclosure(absolute_url(rendition.url), str(rendition.file.size), _mime(rendition))]

    def item_extra_kwargs(self, item: Any) -> dict[str, Any]:
        full_text = render_to_string("articles/feed_item.html", {"page": item})
        extra: dict[str, Any] = {"content_encoded": absolutise(full_text)}
        if rendition := self._rendition(item):
            extra["media_image"] = {
                "url": absolute_url(rendition.url),
                "type": _mime(rendition),
                "width": rendition.width,
                "height": rendition.height,
            }
        return extra


def _mime(rendition: Any) -> str:
    extension = rendition.file.name.rsplit(".", 1)[-1].lower()
    return {
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "png": "image/png",
        "webp": "image/webp",
        "gif": "image/gif",
    }.get(extension, "application/octet-stream")
