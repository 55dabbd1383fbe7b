from django import forms
from django.utils.translation import gettext_lazy as _

from masthead.privacy.emails import MAX_EMAIL_LENGTH

FORM_NAMES = {
    "article": "article page",
    "newsletter-page": "newsletter page",
    "newsletter-archive": "newsletter archive",
}


class SignupForm(forms.Form):
    # The address is validated by the service (privacy.normalise_email), which gives the
    # reader-facing messages; here only presence and length are checked.
    email = forms.CharField(
        label=_("Email address"),
        max_length=MAX_EMAIL_LENGTH,
        error_messages={
            "required": _("Enter your email address."),
            "max_length": _("This email address is too long (at most %(limit_value)d characters)."),
        },
    )
    newsletter = forms.SlugField(max_length=50)
    form = forms.ChoiceField(choices=[(key, key) for key in FORM_NAMES], required=False)
    # A field people never see; bots fill it in.
    website = forms.CharField(required=False, max_length=200)
