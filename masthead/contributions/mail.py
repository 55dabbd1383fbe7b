"""The emails contributions send: receipts, welcomes, Manage links, reminders. Each is
written in the reader's language and goes out as HTML with a plain-text part, with no
tracking of any kind. This is the only module of the app that talks to the mail transport."""

from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.core.mail.message import make_msgid
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from wagtail.models import Site

from masthead.contributions.ask import for_site
from masthead.contributions.models import Contribution, Frequency, Payment
from masthead.contributions.money import format_amount
from masthead.core.links import absolute_url
from masthead.core.mail import send_or_explain
from masthead.core.newsroom import newsroom_name


@dataclass
class Letter:
    subject: str
    paragraphs: list[str]
    button_url: str = ""
    button_label: str = ""
    footnotes: list[str] = field(default_factory=list)
    # A quieter link under the footnotes, e.g. cancelling what is left of a reminder.
    small_url: str = ""
    small_label: str = ""


def send_receipt(payment: Payment) -> None:
    contribution = payment.contribution
    supporter = contribution.supporter
    assert supporter is not None
    with translation.override(supporter.language or contribution.language):
        amount = format_amount(payment.amount, payment.currency)
        kind = {
            Frequency.ONCE: _("one-time contribution"),
            Frequency.MONTHLY: _("monthly contribution"),
            Frequency.ANNUAL: _("annual contribution"),
        }[Frequency(contribution.frequency)]
        paragraphs = [
            _("Thank you. We have received your %(kind)s of %(amount)s on %(date)s.")
            % {
                "kind": kind,
                "amount": amount,
                "date": date_format(timezone.localtime(payment.paid_at), "j E Y"),
            },
            _("Receipt number: %(number)s") % {"number": f"{payment.pk:06d}"},
        ]
        footnotes = [_("Keep this email as your receipt.")]
        note = for_site(Site.objects.filter(is_default_site=True).first()).settings.at_risk_note
        if note:
            footnotes.append(note)
        letter = Letter(
            subject=_("Your receipt from %(newsroom)s") % {"newsroom": newsroom_name()},
            paragraphs=paragraphs,
            footnotes=footnotes,
            **_manage_button(contribution),
        )
        _send(letter, supporter.email, supporter.language)


def send_welcome(contribution: Contribution) -> None:
    supporter = contribution.supporter
    assert supporter is not None
    with translation.override(supporter.language or contribution.language):
        every = _("every month") if contribution.frequency == Frequency.MONTHLY else _("every year")
        letter = Letter(
            subject=_("Welcome, and thank you, from %(newsroom)s") % {"newsroom": newsroom_name()},
            paragraphs=[
                _(
                    "You now support %(newsroom)s with %(amount)s %(every)s. Readers like you "
                    "are why we can keep reporting, whatever pressure we are under."
                )
                % {
                    "newsroom": newsroom_name(),
                    "amount": format_amount(contribution.amount, contribution.currency),
                    "every": every,
                },
                _(
                    "You will get a receipt for every payment. You can change your card or stop "
                    "your support at any time, without having to ask anyone."
                ),
            ],
            **_manage_button(contribution),  # type: ignore[arg-type]
        )
        _send(letter, supporter.email, supporter.language)


def send_manage_link(address: str, url: str, language: str) -> None:
    with translation.override(language):
        letter = Letter(
            subject=_("Manage your support for %(newsroom)s") % {"newsroom": newsroom_name()},
            paragraphs=[
                _(
                    "Someone, probably you, asked to manage the support given from this "
                    "address. The button opens a secure page at our payment provider, Stripe, "
                    "where you can change your card or stop your support."
                )
            ],
            button_url=url,
            button_label=_("Manage my support"),
            footnotes=[
                _("The link works for one hour. If you did not ask for it, ignore this email.")
            ],
        )
        _send(letter, address, language)


def send_reminder(address: str, month: date, code: str, language: str) -> None:
    with translation.override(language):
        letter = Letter(
            subject=_("Your reminder to support %(newsroom)s") % {"newsroom": newsroom_name()},
            paragraphs=[
                _(
                    "You asked us to remind you in %(month)s about supporting our journalism. "
                    "Here it is: this is the only reminder we will send."
                )
                % {"month": date_format(month, "F Y")},
                _("We have now deleted your address: we kept it only for this email."),
            ],
            button_url=absolute_url(reverse("contributions:support")),
            button_label=_("Support us"),
            footnotes=[_("If you did not ask for this reminder, someone else typed your address.")],
            small_url=reminder_cancel_url(code),
            small_label=_("Remove what is left of this reminder"),
        )
        _send(letter, address, language)


def reminder_cancel_url(code: str) -> str:
    return absolute_url(reverse("contributions:cancel_reminder", args=[code]))


def _manage_button(contribution: Contribution) -> dict[str, str]:
    if not contribution.recurring:
        return {}
    return {
        "button_url": absolute_url(reverse("contributions:manage")),
        "button_label": _("Manage my support"),
    }


def _send(letter: Letter, address: str, language: str) -> None:
    context = {"letter": letter, "newsroom": newsroom_name(), "language": language}
    message = EmailMultiAlternatives(
        subject=letter.subject,
        body=render_to_string("contributions/email/letter.txt", context),
        to=[address],
        headers={"Message-ID": make_msgid(domain=urlsplit(settings.BASE_URL).hostname)},
    )
    message.attach_alternative(
        render_to_string("contributions/email/letter.html", context), "text/html"
    )
    send_or_explain(message)
