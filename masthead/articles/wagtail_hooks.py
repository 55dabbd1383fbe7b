from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from masthead.articles.credits import has_uncredited_pictures
from masthead.articles.models import ArticlePage
from masthead.articles.snippets import Author, NewsAgency


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    menu_label = "Authors"
    list_display = ["name", "role", "is_pseudonym"]
    search_fields = ["name"]
    add_to_admin_menu = True
    menu_order = 200


class NewsAgencyViewSet(SnippetViewSet):
    model = NewsAgency
    icon = "globe"
    menu_label = "News agencies"
    list_display = ["name", "credit_line"]
    add_to_admin_menu = True
    menu_order = 210


register_snippet(AuthorViewSet)
register_snippet(NewsAgencyViewSet)


@hooks.register("before_bulk_action")
def refuse_to_publish_uncredited_pictures(
    request: HttpRequest, action_type: str, objects: list[Any], action: Any
) -> HttpResponse | None:
    """Bulk publish takes each page's latest revision without its form; check what the
    form would have (credits.py)."""
    if action_type != "publish":
        return None
    refused = []
    for page in objects:
        revision = page.get_latest_revision()
        article = revision.as_object() if revision else page.specific
        if isinstance(article, ArticlePage) and has_uncredited_pictures(article):
            refused.append(article.title)
    if not refused:
        return None
    messages.error(
        request,
        _(
            "Nothing was published. These articles have a picture without a credit or a "
            "description: %(titles)s. Open each one and fill in its pictures' fields."
        )
        % {"titles": "; ".join(refused)},
    )
    return redirect(action.next_url)
