"""Handing one issue message to the mail transport, and what the transport answered.

With Django's SMTP backend (any `EMAIL_URL=smtp…`) the pre-built bytes go straight down
the backend's open SMTP connection, reused across a whole batch. Any other backend (an ESP
through django-anymail, the file outbox of the demo) gets an ordinary Django email.

Only the reply *code* is kept from a failure: the server's text often names the address.
"""

import contextlib
import enum
import re
import smtplib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.smtp import EmailBackend as DjangoSmtpBackend

from masthead.core.mail import dkim_signer


class TransportTrouble(Exception):
    """The mail server cannot take mail from us right now (connection lost, our sender
    refused, authentication needed): no recipient's fault, so no recipient is charged."""


# Enhanced status codes (RFC 3463) that mean the address itself is dead.
MAILBOX_GONE = {"5.1.1", "5.1.2", "5.1.10", "5.2.1"}
_ENHANCED = re.compile(rb"[245]\.\d{1,3}\.\d{1,3}")


class Outcome(enum.Enum):
    SENT = "sent"
    RETRY = "retry"  # try again later: 4xx, a dropped connection, a timeout
    FAILED = "failed"  # refused for good, but not known to be a dead address
    BOUNCED = "bounced"  # the mailbox does not exist (5.1.1 and kin): suppress it


@dataclass(frozen=True)
class Result:
    outcome: Outcome
    code: str = ""


@dataclass(frozen=True)
class Letter:
    sender: str
    recipient: str
    raw: bytes  # the complete message, CRLF line endings
    email: Callable[[], EmailMultiAlternatives]  # the same message for non-SMTP backends


class Transport:
    """One open connection to the mail backend. `send()` returns the recipient's
    outcome, or raises TransportTrouble when the server cannot take mail at all."""

    def __init__(self) -> None:
        self.backend: Any = get_connection()
        self.broken = False
        self._sign = dkim_signer() if isinstance(self.backend, DjangoSmtpBackend) else None

    def open(self) -> None:
        """Connect (raises OSError or SMTPException when the server cannot be reached)."""
        self.backend.open()
        self.broken = False

    def close(self) -> None:
        with contextlib.suppress(smtplib.SMTPException, OSError):
            self.backend.close()

    def send(self, letter: Letter) -> Result:
        if isinstance(self.backend, DjangoSmtpBackend):
            return self._send_smtp(letter)
        return self._send_django(letter)

    def _send_smtp(self, letter: Letter) -> Result:
        raw = self._sign(letter.raw) if self._sign else letter.raw
        connection = self.backend.connection
        options = ["BODY=8BITMIME"] if connection.has_extn("8bitmime") else []
        try:
            connection.sendmail(letter.sender, [letter.recipient], raw, mail_options=options)
        except smtplib.SMTPRecipientsRefused as refusal:
            code, reply = next(iter(refusal.recipients.values()))
            return self._refused_recipient(code, reply)
        except smtplib.SMTPSenderRefused as refusal:
            # Our own sender address is refused: nothing the recipient did.
            self.broken = True
            raise TransportTrouble(f"sender refused ({refusal.smtp_code})") from None
        except smtplib.SMTPResponseException as refusal:  # includes SMTPDataError
            code = refusal.smtp_code
            if code in (421, 530):  # closing the connection / authentication required
                self.broken = True
                raise TransportTrouble(f"server refused ({code})") from None
            return Result(Outcome.FAILED if code >= 500 else Outcome.RETRY, str(code))
        except (smtplib.SMTPException, OSError) as failure:  # disconnects, timeouts
            self.broken = True
            raise TransportTrouble(type(failure).__name__) from None
        return Result(Outcome.SENT)

    def _refused_recipient(self, code: int, reply: bytes) -> Result:
        """Only an enhanced status code that says the mailbox does not exist (or is
        disabled) counts as a hard bounce; other refusals may be the relay's policy."""
        if code in (421, 530):
            self.broken = True
            raise TransportTrouble(f"server refused ({code})")
        if code < 500 or code == 552:  # RFC 5321: treat 552 at RCPT as temporary
            return Result(Outcome.RETRY, str(code))
        status = _ENHANCED.match(reply or b"")
        enhanced = status[0].decode() if status else ""
        label = f"{code} {enhanced}".strip()
        if enhanced in MAILBOX_GONE:
            return Result(Outcome.BOUNCED, label)
        return Result(Outcome.FAILED, label)

    def _send_django(self, letter: Letter) -> Result:
        message = letter.email()
        message.connection = self.backend
        try:
            message.send()
        except Exception as failure:  # an ESP's API error: its type is all we keep
            kind = type(failure).__name__
            if kind in ("AnymailRecipientsRefused", "AnymailInvalidAddress"):
                return Result(Outcome.FAILED, kind[:40])
            raise TransportTrouble(kind) from None
        return Result(Outcome.SENT)
