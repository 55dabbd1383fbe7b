"""`{% support_ask %}`: the ask under an article, on the Support page, or as a slim banner."""

from dataclasses import dataclass
from typing import Any

from django import template
from django.utils import timezone
from django.utils.translation import gettext as _

from masthead.contributions import ask as asks
from masthead.contributions.forms import AskForm, amount_field_name, month_choices
from masthead.contributions.models import Frequency
from masthead.contributions.money import MINOR_UNITS, format_amount

register = template.Library()


@dataclass
class AmountOption:
    value: str
    label: str
    checked: bool


@dataclass
class AmountGroup:
    frequency: str
    currency: str
    field_name: str
    options: list[AmountOption]
    limits: str
    legend: str


@register.inclusion_tag("contributions/ask.html", takes_context=True)
def support_ask(
    context: template.Context, back: str = "/", form: AskForm | None = None, always: bool = False
) -> dict[str, Any]:
    request = context.get("request")
    ask = asks.for_request(request)
    if not isinstance(form, AskForm):  # a template variable that is not set renders as ""
        form = None
    data = form.data if form is not None else {}
    frequency = data.get("frequency") or ask.default_frequency
    currency = (data.get("currency") or ask.default_currency).lower()
    groups = []
    for (group_frequency, group_currency), choice in ask.choices.items():
        name = amount_field_name(group_frequency, group_currency)
        picked = data.get(name)
        preselect = choice.suggested[min(1, len(choice.suggested) - 1)] if choice.suggested else 0
        if data.get("other") and (group_frequency, group_currency) == (frequency, currency):
            picked, preselect = "", 0  # the typed amount counts: no button looks chosen
        options = [
            AmountOption(
                value=_major(minor),
                label=format_amount(minor, group_currency),
                checked=(picked == _major(minor)) if picked else minor == preselect,
            )
            for minor in choice.suggested
        ]
        groups.append(
            AmountGroup(
                frequency=group_frequency,
                currency=group_currency,
                field_name=name,
                options=options,
                limits=_("From %(minimum)s to %(maximum)s")
                % {
                    "minimum": format_amount(choice.minimum, group_currency),
                    "maximum": format_amount(choice.maximum, group_currency),
                },
                legend=_legend(group_frequency, group_currency),
            )
        )
    errors = form.errors if form is not None else {}
    return {
        "ask": ask,
        "settings": ask.settings,
        "frequencies": [
            (value, label) for value, label in Frequency.choices if value in ask.frequencies
        ],
        "currencies": ask.currencies,
        "frequency": frequency,
        "currency": currency,
        "groups": groups,
        "other": data.get("other", ""),
        "other_errors": [*errors.get("other", []), *errors.get("__all__", [])],
        "frequency_errors": errors.get("frequency", []),
        "currency_errors": errors.get("currency", []),
        "back": back,
        "always": always,
        "months": month_choices(timezone.localdate()),
        "request": request,
    }


@register.inclusion_tag("contributions/banner.html", takes_context=True)
def support_banner(context: template.Context) -> dict[str, Any]:
    return {"settings": asks.for_request(context.get("request")).settings}


def _legend(frequency: str, currency: str) -> str:
    """What a screen reader announces for one group of amount buttons."""
    legends = {
        Frequency.ONCE: _("One-time amount in %(currency)s"),
        Frequency.MONTHLY: _("Monthly amount in %(currency)s"),
        Frequency.ANNUAL: _("Annual amount in %(currency)s"),
    }
    return legends[Frequency(frequency)] % {"currency": currency.upper()}


def _major(minor: int) -> str:
    whole, cents = divmod(minor, MINOR_UNITS)
    return str(whole) if not cents else f"{whole}.{cents:02d}"
