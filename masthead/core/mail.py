"""The mail transport: Django's SMTP backend, plus DKIM signing when Masthead signs its own
mail (MASTHEAD_DKIM_*; docs/operations/email.md).

`dkim_signer()` is also what a sender of pre-built messages uses: it takes the complete
message as bytes with CRLF line endings, exactly as they go to `smtplib`, and returns it with
a `DKIM-Signature:` header in front.
"""

import smtplib
from collections.abc import Callable
from functools import cache
from typing import Any

import dkim
from anymail.exceptions import AnymailError, AnymailRecipientsRefused
from django.conf import settings
from django.core.mail import EmailMessage
from django.core.mail.backends.smtp import EmailBackend
from django.core.mail.message import sanitize_address

# The headers a signature covers. Those a message lacks are signed as absent, so that nobody
# on the way can add them (a List-Unsubscribe, say) without breaking the signature.
SIGNED_HEADERS = (
    b"From",
    b"To",
    b"Subject",
    b"Date",
    b"Message-ID",
    b"List-Id",
    b"List-Unsubscribe",
    b"List-Unsubscribe-Post",
    b"MIME-Version",
    b"Content-Type",
    b"Reply-To",
)
CANONICALIZATION = (b"relaxed", b"relaxed")

Signer = Callable[[bytes], bytes]


def dkim_signer() -> Signer | None:
    """A function that DKIM-signs a message, or None when Masthead does not sign (the
    MASTHEAD_DKIM_* variables are unset: the mail server signs, or nobody does)."""
    if not settings.DKIM_PRIVATE_KEY:
        return None
    return _signer(settings.DKIM_DOMAIN, settings.DKIM_SELECTOR, settings.DKIM_PRIVATE_KEY)


@cache
def _signer(domain: str, selector: str, private_key: str) -> Signer:
    domain_bytes = domain.encode("ascii")
    selector_bytes = selector.encode("ascii")
    key = private_key.encode("ascii")
    # Fail here, once, rather than on every message, if dkimpy cannot read the key.
    dkim.crypto.parse_pem_private_key(key)

    def sign(message: bytes) -> bytes:
        signature = dkim.sign(
            message,
            selector_bytes,
            domain_bytes,
            key,
            canonicalize=CANONICALIZATION,
            include_headers=list(SIGNED_HEADERS),
            linesep=b"\r\n",
        )
        return signature + message

    return sign


class _QuickData:
    """smtplib's DATA with the dot-stuffing done by bytes.replace: the same bytes on the wire
    as smtplib's regex (a "." at the start of the message or after any LF is doubled), at a
    tenth of the cost on a newsletter-sized message (measured by bench/newsletter_send.py)."""

    def data(self, msg: Any) -> Any:
        if not isinstance(msg, bytes):
            return super().data(msg)  # type: ignore[misc]
        self.putcmd("data")  # type: ignore[attr-defined]
        code, reply = self.getreply()  # type: ignore[attr-defined]
        if code != 354:
            raise smtplib.SMTPDataError(code, reply)
        stuffed = (b"." + msg if msg.startswith(b".") else msg).replace(b"\n.", b"\n..")
        if not stuffed.endswith(b"\r\n"):
            stuffed += b"\r\n"
        self.send(stuffed + b".\r\n")  # type: ignore[attr-defined]
        return self.getreply()  # type: ignore[attr-defined]


class _SMTP(_QuickData, smtplib.SMTP):
    pass


class _SMTP_SSL(_QuickData, smtplib.SMTP_SSL):
    pass


class SmtpBackend(EmailBackend):
    """Django's SMTP backend, signing each message with DKIM when Masthead is configured to."""

    @property
    def connection_class(self) -> type[smtplib.SMTP]:
        return _SMTP_SSL if self.use_ssl else _SMTP

    def _send(self, email_message: EmailMessage) -> bool:
        sign = dkim_signer()
        if sign is None or not email_message.recipients():
            return bool(super()._send(email_message))  # type: ignore[misc]  # not in the stubs
        # Django's _send, with the signature added to the bytes it hands to smtplib.
        encoding = email_message.encoding or settings.DEFAULT_CHARSET
        from_email = sanitize_address(email_message.from_email, encoding)
        recipients = [sanitize_address(addr, encoding) for addr in email_message.recipients()]
        mime = email_message.message()
        message = sign(mime.as_bytes(linesep="\r\n"))  # type: ignore[call-arg]  # Django's
        assert self.connection is not None  # send_messages() opened it
        try:
            self.connection.sendmail(from_email, recipients, message)
        except smtplib.SMTPException:
            if not self.fail_silently:
                raise
            return False
        return True


class MailNotSent(Exception):
    """The mail server did not take the message: the reason, never the address (task
    results and logs must not name readers). `permanent`: the address was refused for good,
    so trying again is pointless."""

    def __init__(self, reason: str, permanent: bool = False) -> None:
        super().__init__(reason)
        self.permanent = permanent


def send_or_explain(message: EmailMessage) -> None:
    """Send one message; raise MailNotSent instead of whatever the transport raised."""
    try:
        message.send()
    except smtplib.SMTPRecipientsRefused as refused:
        codes = [code for code, _reply in refused.recipients.values()]
        raise MailNotSent("SMTPRecipientsRefused", permanent=all(c >= 500 for c in codes)) from None
    except AnymailRecipientsRefused:
        raise MailNotSent("AnymailRecipientsRefused", permanent=True) from None
    except (smtplib.SMTPException, OSError, AnymailError) as failure:
        raise MailNotSent(type(failure).__name__) from None
