"""Reader-facing newsletter endpoints. Public pages stay identical for every reader: the
sign-up form carries no per-reader token, so the endpoint is protected by an Origin check, a
honeypot, rate limits and double opt-in instead (decision 0006)."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET, require_POST

from masthead.core.clients import client_address
from masthead.core.public import public_page
from masthead.newsletter import limits, services
from masthead.newsletter.forms import FORM_NAMES, SignupForm
from masthead.newsletter.models import Newsletter
from masthead.newsletter.signup import default_newsletter, privacy_policy_url

CHECK_YOUR_INBOX = "check_your_inbox"


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
    if not _same_origin(request):
        return _answer(request, 403, _("Please sign up on our own site."))
    if not limits.may_sign_up(client_address(request)):
        return _answer(request, 429, _("Too many sign-ups just now. Please try again in a minute."))
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


@require_GET
def confirm(request: HttpRequest, token: str) -> HttpResponse:
    subscription = services.confirm_subscription(token)
    if subscription is None:
        response = render(
            request,
            "newsletter/result.html",
            {
                "title": _("This link does not work any more"),
                "message": _(
                    "Confirmation links expire after seven days. Please sign up again; "
                    "we will send you a new link."
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
    add_never_cache_headers(response)  # the URL is personal
    return response


def _success() -> str:
    return _(
        "Almost done: we have sent you an email. Click the link in it to confirm your "
        "subscription. If nothing arrives, check your spam folder."
    )


def _same_origin(request: HttpRequest) -> bool:
    """Browsers send Origin with every POST; a foreign one means another site's form."""
    origin = request.headers.get("Origin")
    if origin is None:  # not a browser, or a very old one
        return True
    return (urlsplit(origin).hostname or "") in settings.ALLOWED_HOSTS  # "null" has no host


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
    add_never_cache_headers(response)
    return response
