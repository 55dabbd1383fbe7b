"""“Read more”: a few related articles, cheaply.

Same tags first (ranked by how many tags they share), then the same section, newest first,
never the article itself. The ranking reads only the tag through-table (by its tag index)
and each candidate's publication time, grouped by article id: a narrow query whose cost
grows with the articles that share a tag, never with the archive as such. The section
fallback walks the section's children by tree path, newest first. Only the few articles
picked are then loaded whole; bench/pages.py measures both as the archive grows.
"""

from typing import TYPE_CHECKING

from django.db.models import Count, Max

if TYPE_CHECKING:
    from masthead.articles.models import ArticlePage

READ_MORE_COUNT = 4


def related_articles(article: "ArticlePage", limit: int = READ_MORE_COUNT) -> list["ArticlePage"]:
    from masthead.articles.models import ArticleTag, articles

    live = articles().exclude(pk=article.pk)
    picked: list[ArticlePage] = []

    # (.all(), not a query: in a preview the article and its tags exist only in memory.)
    tag_ids = [tag.pk for tag in article.tags.all() if tag.pk is not None]
    if tag_ids:
        ranked = list(
            ArticleTag.objects.filter(tag_id__in=tag_ids, content_object__in=live.values("pk"))
            .values("content_object_id")
            .annotate(shared=Count("id"), published=Max("content_object__first_published_at"))
            .order_by("-shared", "-published", "-content_object_id")
            .values_list("content_object_id", flat=True)[:limit]
        )
        by_id = live.in_bulk(ranked)
        picked = [by_id[pk] for pk in ranked if pk in by_id]

    if len(picked) < limit:
        parent = article.get_parent()
        seen = [a.pk for a in picked]
        picked += list(
            live.child_of(parent)
            .exclude(pk__in=seen)
            .order_by("-first_published_at")[: limit - len(picked)]
        )
    return picked
