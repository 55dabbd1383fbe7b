"""“Read more”: a few related articles, cheaply.

Same tags first (ranked by how many tags they share), then the same section, newest first,
never the article itself. The tag query reads one through-table row per article that shares
a tag (indexed by tag); the section fallback walks the section's children by tree path and
sorts them by `first_published_at`. Neither touches articles that share nothing with this
one; bench/pages.py measures both as the archive grows.
"""

from typing import TYPE_CHECKING

from django.db.models import Count

if TYPE_CHECKING:
    from masthead.articles.models import ArticlePage

READ_MORE_COUNT = 4


def related_articles(article: "ArticlePage", limit: int = READ_MORE_COUNT) -> list["ArticlePage"]:
    from masthead.articles.models import articles

    live = articles().exclude(pk=article.pk)
    picked: list[ArticlePage] = []

    tag_ids = list(article.tags.values_list("pk", flat=True))
    if tag_ids:
        picked = list(
            live.filter(tagged_items__tag_id__in=tag_ids)
            .annotate(shared_tags=Count("tagged_items"))
            .order_by("-shared_tags", "-first_published_at")[:limit]
        )

    if len(picked) < limit:
        parent = article.get_parent()
        seen = [a.pk for a in picked]
        picked += list(
            live.child_of(parent)
            .exclude(pk__in=seen)
            .order_by("-first_published_at")[: limit - len(picked)]
        )
    return picked
