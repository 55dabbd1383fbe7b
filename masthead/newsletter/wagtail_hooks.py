from typing import Any

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from masthead.newsletter.exporting import EXPORT_ACTION
from masthead.newsletter.issues_admin import IssueViewSet, SendMenuItem, SendTestMenuItem
from masthead.newsletter.models import Issue, Newsletter
from masthead.newsletter.subscribers_admin import (
    IMPORT_ACTION,
    ImportView,
    SubscribersMenuItem,
    SubscribersView,
    export_view,
)


class NewsletterViewSet(SnippetViewSet):
    model = Newsletter
    icon = "mail"
    menu_label = _("Newsletters")
    list_display = ["name", "slug", "sender_email", "send_weekday", "send_time"]
    add_to_admin_menu = True
    menu_order = 220


register_snippet(NewsletterViewSet)
register_snippet(IssueViewSet)


@hooks.register("register_snippet_action_menu_item")
def register_send_test_menu_item(model: type) -> SendTestMenuItem | None:
    return SendTestMenuItem(order=50) if model is Issue else None


@hooks.register("register_snippet_action_menu_item")
def register_send_menu_item(model: type) -> SendMenuItem | None:
    return SendMenuItem(order=60) if model is Issue else None


# The subscriber list: counts, growth, exact lookup, export and import (subscribers_admin.py).


@hooks.register("register_admin_urls")
def register_subscribers_urls() -> list[Any]:
    return [
        path("subscribers/", SubscribersView.as_view(), name="newsletter_subscribers"),
        path(
            "subscribers/<int:newsletter_id>/export/",
            export_view,
            name="newsletter_subscribers_export",
        ),
        path("subscribers/import/", ImportView.as_view(), name="newsletter_subscribers_import"),
    ]


@hooks.register("register_admin_menu_item")
def register_subscribers_menu_item() -> MenuItem:
    return SubscribersMenuItem(
        _("Subscribers"), reverse("newsletter_subscribers"), icon_name="group", order=221
    )


class SubscribersExportFormatter(LogFormatter):
    label = _("Export subscribers")

    def format_message(self, log_entry: Any) -> str:
        rows = log_entry.data.get("rows", 0)
        return ngettext(
            "Exported %(rows)d confirmed subscriber",
            "Exported %(rows)d confirmed subscribers",
            rows,
        ) % {"rows": rows}


class SubscribersImportFormatter(LogFormatter):
    label = _("Import subscribers")

    def format_message(self, log_entry: Any) -> str:
        data = log_entry.data
        return _(
            "Imported subscribers from “%(source)s”: %(added)d added, %(already_present)d "
            "already present, %(unsubscribed_kept_out)d unsubscribed earlier, "
            "%(invalid)d invalid lines"
        ) % {
            "source": data.get("source", ""),
            "added": data.get("added", 0),
            "already_present": data.get("already_present", 0),
            "unsubscribed_kept_out": data.get("unsubscribed_kept_out", 0),
            "invalid": data.get("invalid", 0),
        }


@hooks.register("register_log_actions")
def register_subscriber_log_actions(actions: Any) -> None:
    actions.register_action(EXPORT_ACTION)(SubscribersExportFormatter)
    actions.register_action(IMPORT_ACTION)(SubscribersImportFormatter)
