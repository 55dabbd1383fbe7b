"""The admin's search for one reader by email address. Addresses are stored encrypted, so
only an exact address can be found, through its blind index; the form is POSTed so that
the address never appears in a URL, a server log or the browser history."""

from django import forms
from django.utils.translation import gettext_lazy as _

from masthead.privacy.emails import MAX_EMAIL_LENGTH, normalise_email


class AddressLookupForm(forms.Form):
    email = forms.CharField(
        label=_("Email address"),
        max_length=MAX_EMAIL_LENGTH,
        help_text=_("The whole address: the list can only be searched for an exact address."),
        error_messages={
            "required": _("Enter an email address."),
            "max_length": _("This email address is too long (at most %(limit_value)d characters)."),
        },
        widget=forms.TextInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
    )

    def clean_email(self) -> str:
        return normalise_email(self.cleaned_data["email"])
