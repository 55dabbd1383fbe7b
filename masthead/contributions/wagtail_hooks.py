from typing import Any

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter

from masthead.contributions.finance_admin import (
    EXPORT_ACTION,
    FinanceMenuItem,
    FinanceView,
    export_view,
)

# The Finance page: figures, the list of contributions, lookup and export (finance_admin.py).


@hooks.register("register_admin_urls")
def register_finance_urls() -> list[Any]:
    return [
        path("contributions/", FinanceView.as_view(), name="contributions_finance"),
        path("contributions/export/", export_view, name="contributions_finance_export"),
    ]


@hooks.register("register_admin_menu_item")
def register_finance_menu_item() -> MenuItem:
    return FinanceMenuItem(
        _("Contributions"), reverse("contributions_finance"), icon_name="table", order=230
    )


class ContributionsExportFormatter(LogFormatter):
    label = _("Export contributions")

    def format_message(self, log_entry: Any) -> str:
        rows = log_entry.data.get("rows", 0)
        return ngettext(
            "Exported %(rows)d contribution",
            "Exported %(rows)d contributions",
            rows,
        ) % {"rows": rows}


@hooks.register("register_log_actions")
def register_finance_log_actions(actions: Any) -> None:
    actions.register_action(EXPORT_ACTION)(ContributionsExportFormatter)
