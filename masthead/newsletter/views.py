"""Reader-facing newsletter endpoints. Public pages stay identical for every reader: the
sign-up form carries no per-reader token, so the endpoint is protected by an Origin check, a
honeypot, rate limits and double opt-in instead (decision 0006)."""

import re

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from masthead.core.clients import client_address
from masthead.core.public import personal, public_page, same_origin
from masthead.newsletter import limits, links, preferences, services
from masthead.newsletter.forms import FORM_NAMES, SignupForm
from masthead.newsletter.models import Newsletter, Subscriber, Subscription
from masthead.newsletter.signup import default_newsletter, privacy_policy_url
from masthead.newsletter.tokens import PREFERENCES_SALT, UNSUBSCRIBE_SALT, id_from

ID = re.compile(r"[0-9]{1,18}")


@require_GET
@public_page
def newsletter_page(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "newsletter/newsletter_page.html",
        {"newsletter": default_newsletter(), "privacy_url": privacy_policy_url()},
    )


@csrf_exempt
@require_POST
def subscribe(request: HttpRequest) -> HttpResponse:
    if not same_origin(request):
        return _answer(request, 403, _("Please sign up on our own site."))
    if not limits.may_sign_up(client_address(request)):
        response = _answer(
            request, 429, _("Too many sign-ups just now. Please try again in a minute.")
        )
        response["Retry-After"] = "60"
        return response
    form = SignupForm(request.POST)
    if not form.is_valid():
        field = next(iter(form.errors))
        message = str(form.errors[field][0]) if field == "email" else _("The form was incomplete.")
        return _answer(request, 400, message, field="email" if field == "email" else None)
    if form.cleaned_data["website"]:
        return _answer(request, 200, _success())  # a bot: say the same, do nothing
    newsletter = Newsletter.objects.filter(slug=form.cleaned_data["newsletter"]).first()
    if newsletter is None:
        return _answer(request, 400, _("This newsletter does not exist."))
    try:
        services.subscribe(
            address=form.cleaned_data["email"],
            newsletter=newsletter,
            form=FORM_NAMES.get(form.cleaned_data["form"] or "", "newsletter page"),
        )
    except ValidationError as invalid:
        return _answer(request, 400, invalid.messages[0], field="email")
    return _answer(request, 200, _success())


@csrf_exempt
@require_http_methods(["GET", "POST"])
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    """GET shows a Confirm button; only its POST confirms. Mail scanners fetch every link in
    a message, and a scanner must not turn someone else's sign-up of this address into a
    confirmed subscription to a newsroom the state has banned."""
    if request.method == "GET":
        subscription = services.pending_subscription(token)
        if subscription is not None:
            return personal(
                render(request, "newsletter/confirm.html", {"subscription": subscription})
            )
    else:
        subscription = services.confirm_subscription(token)
    if subscription is None:
        response = render(
            request,
            "newsletter/result.html",
            {
                "title": _("This link does not work any more"),
                "message": _(
                    "Confirmation links expire after seven days, and stop working once you "
                    "unsubscribe. Please sign up again; we will send you a new link."
                ),
            },
            status=400,
        )
    else:
        response = render(
            request,
            "newsletter/result.html",
            {
                "title": _("You are subscribed"),
                "message": _("Thank you. %(name)s will arrive in your mailbox.")
                % {"name": subscription.newsletter.name},
            },
        )
    return personal(response)  # the URL is personal


def _success() -> str:
    return _(
        "Almost done: we have sent you an email. Click the link in it to confirm your "
        "subscription. If nothing arrives, check your spam folder."
    )


def _answer(
    request: HttpRequest, status: int, message: str, field: str | None = None
) -> HttpResponse:
    if "application/json" in request.headers.get("Accept", ""):
        response: HttpResponse = JsonResponse(
            {"ok": status == 200, "message": message, "field": field}, status=status
        )
    else:
        response = render(
            request,
            "newsletter/result.html",
            {
                "title": _("Check your inbox") if status == 200 else _("Not subscribed"),
                "message": message,
                "failed": status != 200,
            },
            status=status,
        )
    return personal(response)


@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """RFC 8058: a POST (what mail clients send for one-click unsubscribe) unsubscribes at
    once; a GET only shows a button, because mail scanners fetch every link in a message."""
    subscription_id = id_from(token, UNSUBSCRIBE_SALT)
    subscription = (
        Subscription.objects.select_related("newsletter", "subscriber")
        .filter(pk=subscription_id)
        .first()
        if subscription_id
        else None
    )
    if subscription is None:
        return personal(render(request, "newsletter/result.html", _dead_link(), status=400))
    if request.method == "POST":
        preferences.unsubscribe(subscription)
        return personal(
            render(
                request,
                "newsletter/result.html",
                {
                    "title": _("You are unsubscribed"),
                    "message": _("You will not receive %(name)s any more.")
                    % {"name": subscription.newsletter.name},
                    "preferences_url": links.preferences_url(subscription.subscriber_id),
                },
            )
        )
    return personal(render(request, "newsletter/unsubscribe.html", {"subscription": subscription}))


@csrf_exempt
@require_http_methods(["GET", "POST"])
def manage(request: HttpRequest, token: str) -> HttpResponse:
    subscriber_id = id_from(token, PREFERENCES_SALT)
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first() if subscriber_id else None
    if subscriber is None:
        return personal(render(request, "newsletter/result.html", _dead_link(), status=400))
    notice, status = "", 200
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "download":
            response = JsonResponse(
                preferences.export(subscriber),
                json_dumps_params={"ensure_ascii": False, "indent": 2},
            )
            response["Content-Disposition"] = 'attachment; filename="my-newsletter-data.json"'
            return personal(response)
        if action == "erase":
            if request.POST.get("confirm_erase") != "yes":
                notice = _("Tick the box to confirm that everything should be erased.")
                status = 400
            else:
                preferences.erase(subscriber)
                return personal(
                    render(
                        request,
                        "newsletter/result.html",
                        {
                            "title": _("Your data is erased"),
                            "message": _(
                                "We have deleted your address and every record of your "
                                "subscriptions. You will receive nothing more from us."
                            ),
                        },
                    )
                )
        elif action == "save":
            chosen = {int(v) for v in request.POST.getlist("newsletter") if ID.fullmatch(v)}
            preferences.keep_only(subscriber, chosen)
            notice = _("Your choices are saved.")
        elif action == "unsubscribe_all":
            preferences.leave_everything(subscriber)
            notice = _("You are unsubscribed from every newsletter.")
        else:
            return personal(HttpResponseBadRequest(_("Unknown action.")))
    return personal(
        render(
            request,
            "newsletter/preferences.html",
            {
                "subscriber": subscriber,
                "choices": preferences.newsletters_for(subscriber),
                "notice": notice,
            },
            status=status,
        )
    )


def _dead_link() -> dict[str, str]:
    return {
        "title": _("This link does not work"),
        "message": _(
            "It may be incomplete, or the data it pointed to has been erased. If you still "
            "receive our emails, use the link in the newest one."
        ),
        "failed": "yes",
    }
