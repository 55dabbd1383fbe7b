"""Issues in the admin: compose (a snippet with a live preview), send a test, schedule or
send now. Editors compose; sending needs the `newsletter.send_issue` permission
(Publishers, Administrators)."""

import secrets
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.snippets.action_menu import ActionMenuItem
from wagtail.snippets.views.snippets import SnippetViewSet

from masthead.core.links import absolute_url
from masthead.newsletter import scheduling
from masthead.newsletter.composing import IssueMessage
from masthead.newsletter.models import Issue, Subscription, Suppression
from masthead.newsletter.transport import Outcome, Transport
from masthead.privacy.emails import normalise_email

SEND_PERMISSION = "newsletter.send_issue"


class IssueViewSet(SnippetViewSet):
    model = Issue
    icon = "mail"
    menu_label = gettext_lazy("Newsletter issues")
    list_display = ["subject", "newsletter", "send_at", "status"]
    list_filter = ["newsletter", "status"]
    ordering = ["-send_at"]
    add_to_admin_menu = True
    menu_order = 219

    def get_urlpatterns(self) -> list[Any]:
        return [
            *super().get_urlpatterns(),
            path("send-test/<int:pk>/", SendTestView.as_view(), name="send_test"),
            path("send/<int:pk>/", SendView.as_view(), name="send"),
        ]


class _IssueView(WagtailAdminTemplateMixin, FormView):
    permission = "newsletter.change_issue"
    header_icon = "mail"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        self.issue = get_object_or_404(Issue.objects.select_related("newsletter"), pk=kwargs["pk"])
        response = super().dispatch(request, *args, **kwargs)
        response["Cache-Control"] = "private, no-store"
        return response

    def get_page_subtitle(self) -> str:
        return self.issue.subject

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(issue=self.issue, **kwargs)

    def back_to_issue(self) -> HttpResponse:
        return redirect(reverse("wagtailsnippets_newsletter_issue:edit", args=[self.issue.pk]))


class SendTestForm(forms.Form):
    address = forms.CharField(label=gettext_lazy("Send a test to"), max_length=254)

    def clean_address(self) -> str:
        return normalise_email(self.cleaned_data["address"])


class SendTestView(_IssueView):
    """One copy of the saved issue to a colleague's address; its personal links point to
    the newsletter page, so a click on "Unsubscribe" in a test changes nothing."""

    template_name = "newsletter/admin/send_test.html"
    form_class = SendTestForm
    page_title = gettext_lazy("Send a test")

    def get_initial(self) -> dict[str, Any]:
        return {"address": getattr(self.request.user, "email", "")}

    def form_valid(self, form: SendTestForm) -> HttpResponse:
        address = form.cleaned_data["address"]
        try:
            message = IssueMessage(self.issue)
        except ValueError as problem:
            form.add_error(None, str(problem))
            return self.form_invalid(form)
        inert = {
            "unsubscribe_url": _absolute_newsletter_page(),
            "preferences_url": _absolute_newsletter_page(),
        }
        message_id = f"test.issue{self.issue.pk}.{secrets.token_hex(6)}"
        letter = message.letter(address, message_id=message_id, **inert)
        transport = Transport()
        try:
            transport.open()
            result = transport.send(letter)
        except OSError:
            result = None
        finally:
            transport.close()
        if result is None or result.outcome is not Outcome.SENT:
            form.add_error(
                None,
                _("The mail server did not take the test (%(code)s). Try again in a minute.")
                % {"code": result.code if result else _("no connection")},
            )
            return self.form_invalid(form)
        messages.success(self.request, _("A test was sent to %(address)s.") % {"address": address})
        return self.back_to_issue()


class SendForm(forms.Form):
    action = forms.ChoiceField(choices=[("now", "now"), ("schedule", "schedule")])


class SendView(_IssueView):
    """Confirm before anything goes out: how many readers, and when."""

    template_name = "newsletter/admin/send.html"
    form_class = SendForm
    permission = SEND_PERMISSION
    page_title = gettext_lazy("Send the issue")

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(audience=audience_size(self.issue), **kwargs)

    def form_valid(self, form: SendForm) -> HttpResponse:
        try:
            if form.cleaned_data["action"] == "now":
                scheduling.send_now(self.issue)
                messages.success(self.request, _("The issue is being sent."))
            else:
                scheduling.schedule(self.issue)
                messages.success(self.request, _("The issue will be sent at its time."))
        except (scheduling.NotSendable, ValidationError) as refused:
            messages.error(self.request, str(refused))
        return self.back_to_issue()


def audience_size(issue: Issue) -> int:
    return (
        Subscription.objects.filter(
            newsletter=issue.newsletter_id, status=Subscription.Status.CONFIRMED
        )
        .exclude(subscriber__email_index__in=Suppression.objects.values("email_index"))
        .count()
    )


class _LinkMenuItem(ActionMenuItem):
    url_name = ""
    permission = ""

    def is_shown(self, context: dict[str, Any]) -> bool:
        instance = context.get("instance")
        return bool(
            context.get("view") == "edit"
            and isinstance(instance, Issue)
            and instance.status != Issue.Status.SENT
            and context["request"].user.has_perm(self.permission)
        )

    def get_url(self, parent_context: dict[str, Any]) -> str:
        return reverse(self.url_name, args=[parent_context["instance"].pk])


class SendTestMenuItem(_LinkMenuItem):
    label = gettext_lazy("Send a test…")
    name = "send-test"
    icon_name = "mail"
    url_name = "wagtailsnippets_newsletter_issue:send_test"
    permission = "newsletter.change_issue"


class SendMenuItem(_LinkMenuItem):
    label = gettext_lazy("Schedule or send…")
    name = "send-issue"
    icon_name = "resubmit"
    url_name = "wagtailsnippets_newsletter_issue:send"
    permission = SEND_PERMISSION


def _absolute_newsletter_page() -> str:
    return absolute_url(reverse("newsletter:page"))
