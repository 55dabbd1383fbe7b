"""Readers' endpoints: the Support page, Continue (to Stripe Checkout), the thank-you page,
Remind me later, Manage my support, and Stripe's webhook.

The ask sits on public pages that are the same for every reader, so its forms carry no CSRF
token; their endpoints check Origin and rate limits instead (decision 0006). Nothing here
sets a cookie. Every answer to a reader's own request is marked personal (never cached).
"""

import logging
import re
import secrets
from typing import Any

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import (
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseNotFound,
    HttpResponseRedirect,
    JsonResponse,
)
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from masthead.contributions import ask as asks
from masthead.contributions import checkout, reminders, self_service
from masthead.contributions.forms import AskForm, ManageForm, ReminderForm
from masthead.contributions.models import Contribution, Reminder
from masthead.contributions.stripe import client as stripe_client
from masthead.contributions.stripe import events
from masthead.core.clients import client_address
from masthead.core.limits import may_email, within_minute_limits
from masthead.core.links import absolute_url
from masthead.core.public import mark_public, personal, public_page, same_origin
from masthead.privacy.fields import email_index

logger = logging.getLogger(__name__)

SESSION_ID = re.compile(r"cs_[A-Za-z0-9_]{1,250}")
WEBHOOK_MAX_BYTES = 512 * 1024


@require_GET
@public_page
def support_page(request: HttpRequest) -> HttpResponse:
    return render(request, "contributions/support_page.html", {"back": "/support/"})


@csrf_exempt
@require_POST
def start_checkout(request: HttpRequest) -> HttpResponse:
    if refused := _refused(request, "ct:checkout", per_client=5, overall=60):
        return refused
    form = AskForm(request.POST, ask=asks.for_request(request))
    back = checkout.safe_back(request.POST.get("back", ""))
    if not form.is_valid():
        context = {"ask_form": form, "back": back}
        return personal(render(request, "contributions/support_page.html", context, status=400))
    if not stripe_client.configured():
        return _message(
            request,
            503,
            _("Contributions are not set up on this site yet. Please try again later."),
        )
    data = form.cleaned_data
    try:
        url = checkout.start(
            frequency=data["frequency"],
            amount=data["amount"],
            currency=data["currency"],
            back=back,
            attempt=request.POST.get("attempt", ""),
            language=translation.get_language() or settings.LANGUAGE_CODE,
        )
    except stripe_client.StripeRefused:
        return _message(
            request,
            400,
            _(
                "Our payment provider did not accept this contribution, and nothing was "
                "charged. It may be below its minimum for this currency: please try a larger "
                "amount or another currency."
            ),
        )
    except stripe_client.StripeUnavailable:
        return _message(
            request,
            503,
            _(
                "We could not reach our payment provider just now, and nothing was charged. "
                "Please try again in a few minutes."
            ),
        )
    return personal(HttpResponseRedirect(url, status=303))


@require_GET
def thanks(request: HttpRequest) -> HttpResponse:
    session_id = request.GET.get("session_id", "")
    contribution = (
        Contribution.objects.exclude(status=Contribution.Status.FAILED)
        .filter(checkout_session_id=session_id)
        .first()
        if SESSION_ID.fullmatch(session_id)
        else None
    )
    context: dict[str, Any] = {"contribution": contribution, "ask": asks.for_request(request)}
    return personal(render(request, "contributions/thanks.html", context))


@csrf_exempt
@require_POST
def remind(request: HttpRequest) -> HttpResponse:
    if refused := _refused(request, "ct:remind", per_client=5, overall=120):
        return refused
    form = ReminderForm(request.POST)
    if not form.is_valid():
        field = next(iter(form.errors))
        return _message(request, 400, str(form.errors[field][0]), field=field)
    reminder, created = reminders.remember(
        form.cleaned_data["email"],
        form.cleaned_data["month"],
        translation.get_language() or settings.LANGUAGE_CODE,
    )
    month = form.cleaned_data["month"]
    message = _("We will email you once, early in %(month)s, and then delete your address.") % {
        "month": date_format(month, "F Y")
    }
    return _message(
        request,
        200,
        message,
        title=_("We will remind you"),
        # Only to whoever asked first: the code is what cancels the reminder.
        extra={"cancel_url": reverse("contributions:cancel_reminder", args=[reminder.code])}
        if created
        else None,
    )


@csrf_exempt
@require_http_methods(["GET", "POST"])
def cancel_reminder(request: HttpRequest, code: str) -> HttpResponse:
    """GET shows a button; only its POST deletes (mail scanners fetch every link)."""
    reminder = Reminder.objects.filter(code=code).first()
    if reminder is None:
        return _message(
            request,
            200 if request.method == "POST" else 404,
            _("There is no reminder here: it was cancelled, or it has been sent and deleted."),
            title=_("Nothing to cancel"),
        )
    if request.method == "POST":
        reminders.cancel(reminder.code)
        return _message(
            request,
            200,
            _("Your reminder and your address are deleted. We will not write to you."),
            title=_("Reminder cancelled"),
        )
    return personal(render(request, "contributions/cancel_reminder.html", {"reminder": reminder}))


@csrf_exempt
@require_http_methods(["GET", "POST"])
def manage(request: HttpRequest) -> HttpResponse:
    """Supporters have no account: they get a link by email that opens Stripe's portal."""
    if request.method == "GET":
        return mark_public(render(request, "contributions/manage.html", {}))
    if refused := _refused(request, "ct:manage", per_client=3, overall=60):
        return refused
    form = ManageForm(request.POST)
    if not form.is_valid():
        context = {"form": form}
        return personal(render(request, "contributions/manage.html", context, status=400))
    # The same work either way (a task keyed by the blind index), so that neither the answer
    # nor its timing tells who supports us; at most one email per address per 10 minutes.
    index = email_index(form.cleaned_data["email"])
    if may_email(f"ct:manage:{index}", interval=10 * 60, per_day=3):
        from masthead.contributions.tasks import send_manage_link_task

        send_manage_link_task.enqueue(index)
    # The same answer either way: the page must not tell who supports us.
    return _message(
        request,
        200,
        _(
            "If this address belongs to a supporter, a link is on its way to it. It works "
            "for one hour."
        ),
        title=_("Check your inbox"),
    )


@csrf_exempt
@require_http_methods(["GET", "POST"])
def portal(request: HttpRequest, token: str) -> HttpResponse:
    supporter = self_service.supporter_from(token)
    customer = self_service.portal_customer(supporter) if supporter else ""
    if not customer:
        return _message(
            request,
            400,
            _("This link has expired or does not work. Please ask for a new one."),
            title=_("This link does not work any more"),
            extra={"retry_url": reverse("contributions:manage")},
        )
    if request.method == "GET":
        return personal(render(request, "contributions/portal.html", {}))
    try:
        session = stripe_client.create_portal_session(
            customer=customer, return_url=absolute_url("/"), key=f"portal-{secrets.token_hex(16)}"
        )
    except stripe_client.StripeUnavailable:
        return _message(
            request,
            503,
            _("We could not reach our payment provider just now. Please try again soon."),
        )
    return personal(HttpResponseRedirect(session["url"], status=303))


@csrf_exempt
@require_POST
def stripe_webhook(request: HttpRequest) -> HttpResponse:
    secret = settings.STRIPE_WEBHOOK_SECRET
    if not secret:
        return HttpResponseNotFound()
    length = request.META.get("CONTENT_LENGTH") or "0"
    if not length.isdigit() or int(length) > WEBHOOK_MAX_BYTES:
        return HttpResponse(status=413 if length.isdigit() else 400)
    try:
        payload = request.body
    except RequestDataTooBig:
        return HttpResponse(status=413)
    try:
        event = stripe_client.verified_event(
            payload, request.headers.get("Stripe-Signature", ""), secret
        )
    except stripe_client.WrongApiVersion as version:
        logger.error(
            "A Stripe event in API version %s was refused: set the webhook endpoint's API "
            "version to %s in the Stripe dashboard.",
            version,
            stripe_client.API_VERSION,
        )
        return HttpResponseBadRequest(
            f"Masthead reads API version {stripe_client.API_VERSION} only."
        )
    except ValueError:
        return HttpResponseBadRequest("Invalid signature or payload.")
    if events.receive(event):
        return HttpResponse("OK")
    return HttpResponse("Not handled yet; please deliver again.", status=500)


def _refused(
    request: HttpRequest, limit: str, *, per_client: int, overall: int
) -> HttpResponse | None:
    """The answer to a post from another site's form, or over the per-minute limits."""
    if not same_origin(request):
        return _message(request, 403, _("Please use the form on our own site."))
    if not within_minute_limits(limit, client_address(request), per_client, overall):
        response = _message(
            request, 429, _("Too many requests just now. Please try again in a minute.")
        )
        response["Retry-After"] = "60"
        return response
    return None


def _message(
    request: HttpRequest,
    status: int,
    message: str,
    *,
    title: str = "",
    field: str | None = None,
    extra: dict[str, Any] | None = None,
) -> HttpResponse:
    if "application/json" in request.headers.get("Accept", ""):
        response: HttpResponse = JsonResponse(
            {"ok": status == 200, "message": message, "field": field, **(extra or {})},
            status=status,
        )
    else:
        context = {
            "title": title or (_("Thank you") if status == 200 else _("Something went wrong")),
            "message": message,
            "failed": status >= 400,
            **(extra or {}),
        }
        response = render(request, "contributions/message.html", context, status=status)
    return personal(response)
