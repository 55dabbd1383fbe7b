"""What machines read about an article: JSON-LD `NewsArticle` and OpenGraph/Twitter tags."""

import json
import logging
from typing import TYPE_CHECKING, Any

from django.templatetags.static import static
from django.utils.safestring import SafeString, mark_safe

from masthead.core.links import absolute_url
from masthead.core.newsroom import newsroom_name

if TYPE_CHECKING:
    from masthead.articles.models import ArticlePage

SHARE_IMAGE_SPEC = "fill-1200x675"

logger = logging.getLogger(__name__)

_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def share_image(article: "ArticlePage") -> Any:
    return rendition_or_none(article.lead_image, SHARE_IMAGE_SPEC)


def rendition_or_none(image: Any, spec: str) -> Any:
    """A rendition, or None when there is no image or its file is missing (e.g. a restore
    without the media folder): the page renders without a picture rather than failing."""
    if image is None:
        return None
    try:
        return image.get_rendition(spec)
    except OSError:  # includes Wagtail's SourceImageIOError
        logger.warning("Image %s has no readable file; rendering without it.", image.pk)
        return None


def news_article(article: "ArticlePage") -> dict[str, Any]:
    image = share_image(article)
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title[:110],
        "description": article.standfirst,
        "mainEntityOfPage": article.get_full_url(),
        "url": article.get_full_url(),
        "datePublished": article.first_published_at.isoformat()
        if article.first_published_at
        else None,
        "dateModified": (article.last_published_at or article.first_published_at).isoformat()
        if article.first_published_at
        else None,
        "author": [
            {"@type": "Person", "name": author.name, "url": absolute_url(author.get_url())}
            for author in article.authors_in_order()
        ],
        "publisher": {
            "@type": "NewsMediaOrganization",
            "name": newsroom_name(),
            "url": absolute_url("/"),
            "logo": {"@type": "ImageObject", "url": absolute_url(static("masthead/logo.png"))},
        },
        "articleSection": article.section.title,
        "keywords": [tag.name for tag in article.tags.all()],
        "isAccessibleForFree": True,
    }
    if image is not None:
        data["image"] = [
            {
                "@type": "ImageObject",
                "url": absolute_url(image.url),
                "width": image.width,
                "height": image.height,
                "caption": article.lead_image_caption,
                "creditText": article.lead_image_credit,
            }
        ]
    return {key: value for key, value in data.items() if value not in (None, "", [])}


def ld_json_script(data: dict[str, Any]) -> SafeString:
    payload = json.dumps(data, ensure_ascii=False, sort_keys=False).translate(_JSON_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{payload}</script>')  # noqa: S308
