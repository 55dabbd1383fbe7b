"""The subscriber list in the Wagtail admin, for Publishers and Administrators.

The list is readers' personal data, stored encrypted, so the admin never shows it: it
shows counts and growth per newsletter, finds the subscriptions of one exact address, and
hands a newsletter's confirmed subscribers over as a CSV file (an audited export). Searches
are POSTed so that an address never appears in a URL, a server log or the browser history.
Administrators can also import a list (see importing.py).
"""

import logging
from dataclasses import dataclass
from typing import Any, TypeVar

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import FileExtensionValidator
from django.http import HttpRequest, HttpResponse, HttpResponseBase, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.generic import FormView, TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton
from wagtail.log_actions import log

from masthead.core.address_lookup import AddressLookupForm
from masthead.newsletter.exporting import export_confirmed
from masthead.newsletter.growth_chart import growth_chart
from masthead.newsletter.importing import ImportRefused, import_subscribers
from masthead.newsletter.models import Newsletter, Subscriber, Subscription, Suppression
from masthead.newsletter.subscriber_figures import figures_for
from masthead.privacy.crypto import blind_index

logger = logging.getLogger(__name__)

ResponseT = TypeVar("ResponseT", bound=HttpResponseBase)

VIEW_PERMISSION = "newsletter.view_subscriber"
# Only Administrators manage newsletters; only they may add readers to one in bulk.
IMPORT_PERMISSION = "newsletter.change_newsletter"
IMPORT_ACTION = "newsletter.import_subscribers"
MAX_IMPORT_BYTES = 20 * 1024 * 1024
# About a minute of work at a few milliseconds a line; bigger lists go through the command
# line (`masthead import_subscribers`), which no proxy timeout interrupts.
MAX_IMPORT_LINES = 10_000
# The consent is recorded as "import: <source>" in a 100-character field.
MAX_CONSENT_SOURCE_LENGTH = 92


@dataclass(frozen=True)
class AddressLookup:
    address: str
    subscriber: Subscriber | None
    subscriptions: list[Subscription]
    suppression: Suppression | None


def look_up(address: str) -> AddressLookup:
    """Everything held about one normalised address, found through its blind index."""
    index = blind_index(address)
    subscriber = Subscriber.objects.filter(email_index=index).first()
    subscriptions = (
        list(subscriber.subscriptions.select_related("newsletter").order_by("newsletter__name"))
        if subscriber
        else []
    )
    suppression = Suppression.objects.filter(email_index=index).first()
    return AddressLookup(address, subscriber, subscriptions, suppression)


class ImportForm(forms.Form):
    newsletter = forms.ModelChoiceField(
        queryset=Newsletter.objects.all(), label=_("Newsletter"), empty_label=None
    )
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "UTF-8 CSV whose first line names the columns: email (required), language, "
            "subscribed_at (a date or an ISO date-time)."
        ),
        validators=[FileExtensionValidator(["csv", "txt"], message=_("Choose a CSV file."))],
        error_messages={"required": _("Choose the CSV file to import.")},
    )
    consent_source = forms.CharField(
        label=_("Where these readers consented"),
        max_length=MAX_CONSENT_SOURCE_LENGTH,
        help_text=_(
            'For example "Mailchimp list, exported 2026-10-01". It is recorded as each '
            "imported reader's consent."
        ),
        error_messages={"required": _("Say where these readers gave their consent.")},
    )

    def clean_file(self) -> bytes:
        upload: UploadedFile = self.cleaned_data["file"]
        if (upload.size or 0) > MAX_IMPORT_BYTES:
            raise forms.ValidationError(
                _("The file is too large (at most %(megabytes)d MB)."),
                params={"megabytes": MAX_IMPORT_BYTES // (1024 * 1024)},
            )
        raw = b"".join(upload.chunks())
        if raw.count(b"\n") > MAX_IMPORT_LINES:
            raise forms.ValidationError(
                _(
                    "The file has more than %(lines)d lines. Split it into smaller files, "
                    "or import it with the command masthead import_subscribers."
                ),
                params={"lines": MAX_IMPORT_LINES},
            )
        return raw


def _private(response: ResponseT) -> ResponseT:
    response["Cache-Control"] = "private, no-store"
    return response


def _require(request: HttpRequest, permission: str) -> None:
    if not request.user.has_perm(permission):
        raise PermissionDenied


class SubscribersView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "newsletter/admin/subscribers.html"
    page_title = _("Subscribers")
    header_icon = "group"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        _require(request, VIEW_PERMISSION)
        return _private(super().dispatch(request, *args, **kwargs))

    def get_breadcrumbs_items(self) -> list[dict[str, Any]]:
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_header_buttons(self) -> list[Any]:
        if not self.request.user.has_perm(IMPORT_PERMISSION):
            return []
        url = reverse("newsletter_subscribers_import")
        return [HeaderButton(_("Import subscribers"), url=url, icon_name="upload")]

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        figures = [figures_for(newsletter, today) for newsletter in Newsletter.objects.all()]
        context["newsletters"] = [(item, growth_chart(item.weeks)) for item in figures]
        context["suppressions"] = Suppression.objects.count()
        context.setdefault("lookup_form", AddressLookupForm())
        return context

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        form = AddressLookupForm(request.POST)
        lookup = look_up(form.cleaned_data["email"]) if form.is_valid() else None
        return self.render_to_response(self.get_context_data(lookup_form=form, lookup=lookup))


@require_POST
def export_view(request: HttpRequest, newsletter_id: int) -> StreamingHttpResponse:
    _require(request, VIEW_PERMISSION)
    newsletter = get_object_or_404(Newsletter, pk=newsletter_id)
    lines = export_confirmed(newsletter, user=request.user)
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    filename = f"{newsletter.slug}-confirmed-{timezone.localdate().isoformat()}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return _private(response)


class ImportView(WagtailAdminTemplateMixin, FormView):
    template_name = "newsletter/admin/import.html"
    form_class = ImportForm
    page_title = _("Import subscribers")
    header_icon = "upload"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        _require(request, VIEW_PERMISSION)
        _require(request, IMPORT_PERMISSION)
        return _private(super().dispatch(request, *args, **kwargs))

    def get_breadcrumbs_items(self) -> list[dict[str, Any]]:
        return [
            *self.breadcrumbs_items,
            {"url": reverse("newsletter_subscribers"), "label": _("Subscribers")},
            {"url": "", "label": self.page_title},
        ]

    def form_valid(self, form: ImportForm) -> HttpResponse:
        newsletter: Newsletter = form.cleaned_data["newsletter"]
        source: str = form.cleaned_data["consent_source"]
        try:
            report = import_subscribers(form.cleaned_data["file"], newsletter, source)
        except ImportRefused as refused:
            form.add_error("file", str(refused))
            return self.form_invalid(form)
        counts = {
            "added": report.added,
            "already_present": report.already_present,
            "unsubscribed_kept_out": report.unsubscribed_kept_out,
            "invalid": len(report.invalid),
        }
        log(newsletter, IMPORT_ACTION, user=self.request.user, data={**counts, "source": source})
        logger.info("User %s imported into %s: %s.", self.request.user.pk, newsletter.slug, counts)
        context = self.get_context_data(form=self.form_class(), report=report)
        return self.render_to_response({**context, "imported_into": newsletter})


class SubscribersMenuItem(MenuItem):
    def is_shown(self, request: HttpRequest) -> bool:
        return bool(request.user.has_perm(VIEW_PERMISSION))
