"""An issue as a ready-to-send message: built once, personalised per recipient in bytes.

Building a MIME message costs far more than sending it, so `IssueMessage` renders and
encodes the issue once, with markers where each reader's own links go; a recipient's copy
is the shared bytes with the markers replaced and three headers in front (To, Message-ID,
List-Unsubscribe). Both parts are 8-bit UTF-8 with lines folded below SMTP's 998-byte
limit, so the markers survive encoding untouched.
"""

import secrets
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.utils import timezone

from masthead.newsletter.models import Issue, Newsletter
from masthead.newsletter.rendering import MAX_LINE, Item, RenderedIssue, render_issue
from masthead.newsletter.transport import Letter

SMTP_LINE_LIMIT = 998


class MessageTooWide(ValueError):
    """A line of the issue cannot be folded under SMTP's limit (a very long unbroken word)."""


class IssueMessage:
    def __init__(self, issue: Issue, items: list[Item] | None = None) -> None:
        self.issue = issue
        newsletter = issue.newsletter
        nonce = secrets.token_hex(8)
        self._unsubscribe_marker = f"mh{nonce}unsubscribe"
        self._preferences_marker = f"mh{nonce}preferences"
        self.rendered = render_issue(
            issue,
            unsubscribe_url=self._unsubscribe_marker,
            preferences_url=self._preferences_marker,
            items=items,
        )
        self.sender = newsletter.sender_email
        self.domain = urlsplit(settings.BASE_URL).hostname or "localhost"
        self.unsubscribe_mailto = (
            f"mailto:{newsletter.reply_to or newsletter.sender_email}?subject=unsubscribe"
        )
        self._shared = _shared_part(newsletter, self.rendered, self.domain)
        self._unsubscribe_bytes = self._unsubscribe_marker.encode()
        self._preferences_bytes = self._preferences_marker.encode()

    def letter(
        self, address: str, *, message_id: str, unsubscribe_url: str, preferences_url: str
    ) -> Letter:
        """What the transport needs to send the issue to one reader."""
        links = {"unsubscribe_url": unsubscribe_url, "preferences_url": preferences_url}
        return Letter(
            sender=self.sender,
            recipient=address,
            raw=self.for_recipient(address, message_id=message_id, **links),
            email=lambda: self.django_email(address, message_id=message_id, **links),
        )

    def django_email(
        self, address: str, *, message_id: str, unsubscribe_url: str, preferences_url: str
    ) -> EmailMultiAlternatives:
        """The same message as a Django email, for backends other than SMTP (an ESP)."""
        newsletter = self.issue.newsletter
        email = EmailMultiAlternatives(
            subject=self.rendered.subject,
            body=self._personal(self.rendered.text, unsubscribe_url, preferences_url),
            from_email=formataddr((newsletter.sender_name, newsletter.sender_email)),
            to=[address],
            reply_to=[newsletter.reply_to] if newsletter.reply_to else None,
            headers={
                "Message-ID": f"<{message_id}@{self.domain}>",
                "List-Id": f"{newsletter.name} <{newsletter.slug}.{self.domain}>",
                "List-Unsubscribe": f"<{unsubscribe_url}>, <{self.unsubscribe_mailto}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )
        email.attach_alternative(
            self._personal(self.rendered.html, unsubscribe_url, preferences_url), "text/html"
        )
        # Open and click tracking are switched off for ESPs in settings (ANYMAIL SEND_DEFAULTS,
        # for the providers that take a per-message switch; docs/operations/email.md).
        return email

    def _personal(self, text: str, unsubscribe_url: str, preferences_url: str) -> str:
        return text.replace(self._unsubscribe_marker, unsubscribe_url).replace(
            self._preferences_marker, preferences_url
        )

    def for_recipient(
        self, address: str, *, message_id: str, unsubscribe_url: str, preferences_url: str
    ) -> bytes:
        """The complete message for one reader, with CRLF line endings. `address` is a
        normalised address (ASCII, no line breaks: `privacy.emails` guarantees both)."""
        head = (
            f"To: {address}\r\n"
            f"Message-ID: <{message_id}@{self.domain}>\r\n"
            f"List-Unsubscribe: <{unsubscribe_url}>, <{self.unsubscribe_mailto}>\r\n"
        ).encode("ascii")
        body = self._shared.replace(self._unsubscribe_bytes, unsubscribe_url.encode()).replace(
            self._preferences_bytes, preferences_url.encode()
        )
        return head + body


def _shared_part(newsletter: Newsletter, rendered: RenderedIssue, domain: str) -> bytes:
    """Every header and body part that is the same for all recipients."""
    for part in (rendered.text, rendered.html):
        # As on the wire: only line feeds end a line (the personal links, at most a few
        # hundred bytes, fit in the room MAX_LINE leaves under SMTP's 998).
        if any(len(line) > MAX_LINE for line in part.encode().split(b"\n")):
            raise MessageTooWide(
                "A line of this issue is too long to send by email; break up the longest "
                "word or link in the intro or a blurb."
            )
    message = EmailMessage(policy=SMTP)
    message["From"] = Address(
        display_name=newsletter.sender_name, addr_spec=newsletter.sender_email
    )
    message["Subject"] = rendered.subject
    message["Date"] = format_datetime(timezone.now())
    if newsletter.reply_to:
        message["Reply-To"] = newsletter.reply_to
    message["List-Id"] = f"{newsletter.name} <{newsletter.slug}.{domain}>"
    message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message.set_content(rendered.text, subtype="plain", charset="utf-8", cte="8bit")
    message.add_alternative(rendered.html, subtype="html", charset="utf-8", cte="8bit")
    return message.as_bytes(policy=SMTP)
