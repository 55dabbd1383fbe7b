from typing import Any

from django import template

from masthead.newsletter.signup import default_newsletter, privacy_policy_url

register = template.Library()


@register.inclusion_tag("newsletter/signup_form.html")
def newsletter_signup(form_name: str = "article") -> dict[str, Any]:
    return {
        "newsletter": default_newsletter(),
        "privacy_url": privacy_policy_url(),
        "form_name": form_name,
    }
