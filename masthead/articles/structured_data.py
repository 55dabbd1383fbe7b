"""What machines read about an article: JSON-LD `NewsArticle` and OpenGraph/Twitter tags."""

import json
from typing import TYPE_CHECKING, Any

from django.templatetags.static import static
from django.utils.html import strip_tags
from django.utils.safestring import SafeString, mark_safe

from masthead.core.newsroom import newsroom_name
from masthead.core.urls import absolute_url

if TYPE_CHECKING:
    from masthead.articles.models import ArticlePage

SHARE_IMAGE_SPEC = "fill-1200x675"

_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def share_image(article: "ArticlePage") -> Any:
    return article.lead_image.get_rendition(SHARE_IMAGE_SPEC) if article.lead_image else None


def news_article(article: "ArticlePage") -> dict[str, Any]:
    image = share_image(article)
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.title[:110],
        "description": strip_tags(article.standfirst),
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
