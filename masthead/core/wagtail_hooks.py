from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from masthead.core.outbox import outbox_enabled, outbox_messages


def outbox_view(request: HttpRequest) -> HttpResponse:
    if not request.user.is_superuser:  # messages hold readers' addresses and personal links
        raise PermissionDenied
    return render(request, "core/outbox.html", {"messages_sent": outbox_messages()})


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return bool(request.user.is_superuser) and outbox_enabled()


@hooks.register("register_admin_urls")
def register_outbox_url() -> list[Any]:
    return [path("outbox/", outbox_view, name="masthead_outbox")]


@hooks.register("register_admin_menu_item")
def register_outbox_menu_item() -> MenuItem:
    return SuperuserMenuItem(_("Outbox"), reverse("masthead_outbox"), icon_name="mail", order=10000)
