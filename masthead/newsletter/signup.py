"""What the sign-up form needs on any page: the default newsletter and the policy link."""

from masthead.newsletter.models import Newsletter
from masthead.privacy.models import PrivacyPolicyPage


def default_newsletter() -> Newsletter | None:
    return Newsletter.objects.order_by("pk").first()


def privacy_policy_url() -> str:
    policy = PrivacyPolicyPage.current()
    return policy.url if policy else ""
