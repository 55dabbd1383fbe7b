from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from masthead.articles.credits import UNCREDITED_PICTURES, has_uncredited_pictures
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
def refuse_to_bulk_publish_what_the_editor_would_refuse(
    request: HttpRequest, action_type: str, objects: list[Any], action: Any
) -> HttpResponse | None:
    """Bulk publish takes each page's latest revision without its form. Check what the form
    would have: the page's own rules (a reserved slug …) and the pictures' credits."""
    if action_type != "publish":
        return None
    refusals = [
        f"“{title}”: {reason}" for page in objects for title, reason in _why_not_publishable(page)
    ]
    if not refusals:
        return None
    messages.error(
        request,
        _("Nothing was published. Open these pages and correct them: %(refusals)s")
        % {"refusals": " ".join(refusals)},
    )
    return redirect(action.next_url)


def _why_not_publishable(page: Any) -> list[tuple[str, str]]:
    revision = page.get_latest_revision()
    draft = revision.as_object() if revision else page.specific
    reasons = []
    try:
        draft.full_clean()
    except ValidationError as error:
        reasons += [str(message) for message in error.messages]
    if isinstance(draft, ArticlePage) and has_uncredited_pictures(draft):
        reasons.append(str(UNCREDITED_PICTURES))
    return [(draft.title, reason) for reason in reasons]
