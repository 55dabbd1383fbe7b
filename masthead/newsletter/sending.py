"""The only module of the newsletter that talks to the mail transport."""

from email.utils import formataddr
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.core.mail.message import make_msgid
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from masthead.core.links import absolute_url
from masthead.core.mail import send_or_explain
from masthead.core.newsroom import newsroom_name
from masthead.newsletter.links import preferences_url
from masthead.newsletter.models import Subscription
from masthead.newsletter.tokens import confirmation_token


def send_confirmation(subscription: Subscription) -> None:
    newsletter = subscription.newsletter
    with translation.override(newsletter.language):
        context = {
            "newsletter": newsletter,
            "newsroom": newsroom_name(),
            "confirm_url": absolute_url(
                reverse("newsletter:confirm", args=[confirmation_token(subscription.pk)])
            ),
            "preferences_url": preferences_url(subscription.subscriber_id),
        }
        message = EmailMultiAlternatives(
            subject=_("Confirm your subscription to %(name)s") % {"name": newsletter.name},
            body=render_to_string("newsletter/email/confirm.txt", context),
            from_email=formataddr((newsletter.sender_name, newsletter.sender_email)),
            to=[subscription.subscriber.email],
            reply_to=[newsletter.reply_to] if newsletter.reply_to else None,
            headers={"Message-ID": make_msgid(domain=urlsplit(settings.BASE_URL).hostname)},
        )
        message.attach_alternative(
            render_to_string("newsletter/email/confirm.html", context), "text/html"
        )
    send_or_explain(message)
