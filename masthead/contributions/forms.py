"""The readers' forms: the ask (frequency, currency, amount), Remind me later, Manage."""

from datetime import date
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from masthead.contributions.ask import Ask
from masthead.contributions.models import Frequency
from masthead.contributions.money import format_amount, parse_amount
from masthead.privacy.emails import normalise_email


def amount_field_name(frequency: str, currency: str) -> str:
    return f"amount-{frequency}-{currency}"


class AskForm(forms.Form):
    """Frequency and currency as chosen, then the amount: the "other amount" box when the
    reader typed in it, otherwise the suggested amount picked for that frequency and
    currency. Amount radios exist for every pair, so the form works without JavaScript."""

    frequency = forms.CharField(max_length=10)
    currency = forms.CharField(max_length=3)
    other = forms.CharField(required=False, max_length=20, label=gettext_lazy("Other amount"))

    def __init__(self, *args: Any, ask: Ask, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.ask = ask
        for frequency, currency in ask.choices:
            self.fields[amount_field_name(frequency, currency)] = forms.CharField(
                required=False, max_length=12
            )

    def clean_frequency(self) -> str:
        value = self.cleaned_data["frequency"]
        if value not in self.ask.frequencies:
            raise ValidationError(_("Please choose Once, Monthly or Annual."), code="frequency")
        return value

    def clean_currency(self) -> str:
        value = self.cleaned_data["currency"].lower()
        if value not in self.ask.currencies:
            raise ValidationError(
                _("Please choose one of the currencies offered."), code="currency"
            )
        return value

    def clean(self) -> dict[str, Any]:
        super().clean()
        data = self.cleaned_data
        frequency, currency = data.get("frequency"), data.get("currency")
        if not frequency or not currency:
            return data
        choice = self.ask.choice(frequency, currency)
        if choice is None:
            self.add_error("currency", _("This currency is not offered for this frequency."))
            return data
        typed = (data.get("other") or "").strip()
        if not typed:
            typed = (data.get(amount_field_name(frequency, currency)) or "").strip()
        if not typed:
            self.add_error("other", _("Please choose or enter an amount."))
            return data
        try:
            amount = parse_amount(typed)
        except ValidationError as error:
            self.add_error("other", error)
            return data
        if amount < choice.minimum:
            self.add_error(
                "other",
                _("The smallest %(frequency)s amount is %(minimum)s.")
                % {
                    "frequency": frequency_adjective(frequency),
                    "minimum": format_amount(choice.minimum, currency),
                },
            )
        elif amount > choice.maximum:
            self.add_error(
                "other",
                _("The largest %(frequency)s amount we can take here is %(maximum)s.")
                % {
                    "frequency": frequency_adjective(frequency),
                    "maximum": format_amount(choice.maximum, currency),
                },
            )
        data["amount"] = amount
        return data


def frequency_adjective(frequency: str) -> str:
    return {
        Frequency.ONCE: _("one-time"),
        Frequency.MONTHLY: _("monthly"),
        Frequency.ANNUAL: _("annual"),
    }[Frequency(frequency)]


def reminder_months(today: date, count: int = 6) -> list[date]:
    """The months a reader may pick: next month first, then the following ones."""
    months = []
    year, month = today.year, today.month
    for _index in range(count):
        month += 1
        if month > 12:
            year, month = year + 1, 1
        months.append(date(year, month, 1))
    return months


class ReminderForm(forms.Form):
    email = forms.CharField(max_length=254, label=gettext_lazy("Email address"))
    month = forms.CharField(max_length=20, label=gettext_lazy("When"))

    def clean_email(self) -> str:
        return normalise_email(self.cleaned_data["email"])

    def clean_month(self) -> date:
        value = self.cleaned_data["month"]
        today = timezone.localdate()
        # This month too: a page cached on the last day offers what is now this month.
        allowed = [today.replace(day=1), *reminder_months(today, 12)]
        for month in allowed:
            if value == f"{month:%Y-%m}":
                return month
        raise ValidationError(_("Please choose one of the months offered."), code="month")


def month_choices(today: date) -> list[tuple[str, str]]:
    return [(f"{month:%Y-%m}", date_format(month, "F Y")) for month in reminder_months(today)]


class ManageForm(forms.Form):
    email = forms.CharField(max_length=254, label=gettext_lazy("Email address"))

    def clean_email(self) -> str:
        return normalise_email(self.cleaned_data["email"])
