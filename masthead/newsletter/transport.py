"""Handing one issue message to the mail transport, and what the transport answered.

With Django's SMTP backend (any `EMAIL_URL=smtp…`) the pre-built bytes go straight down
the backend's open SMTP connection, reused across a whole batch. Any other backend (an ESP
through django-anymail, the file outbox of the demo) gets an ordinary Django email.

Only the reply *code* is kept from a failure: the server's text often names the address.
"""

import contextlib
import enum
import smtplib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.smtp import EmailBackend as DjangoSmtpBackend

from masthead.core.mail import dkim_signer


class Outcome(enum.Enum):
    SENT = "sent"
    RETRY = "retry"  # try again later: 4xx, a dropped connection, a timeout
    FAILED = "failed"  # refused for good, but not because of the address (5xx on DATA)
    BOUNCED = "bounced"  # the address does not exist or refuses us for good (5xx on RCPT)


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
    """One open connection to the mail backend. Check `broken` after each send: a
    transport whose connection dropped must be closed and reopened."""

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
        try:
            self.backend.connection.sendmail(letter.sender, [letter.recipient], raw)
        except smtplib.SMTPRecipientsRefused as refusal:
            code = next(iter(refusal.recipients.values()))[0]
            return Result(Outcome.BOUNCED if code >= 500 else Outcome.RETRY, str(code))
        except smtplib.SMTPSenderRefused as refusal:
            # Our own sender address is refused: nothing the recipient did. Stop this batch.
            self.broken = True
            return Result(Outcome.RETRY, f"sender {refusal.smtp_code}")
        except smtplib.SMTPResponseException as refusal:  # includes SMTPDataError
            code = refusal.smtp_code
            if code >= 500:
                return Result(Outcome.FAILED, str(code))
            if code == 421:  # the server is closing the connection
                self.broken = True
            return Result(Outcome.RETRY, str(code))
        except (smtplib.SMTPException, OSError) as failure:  # disconnects, timeouts
            self.broken = True
            return Result(Outcome.RETRY, type(failure).__name__[:40])
        return Result(Outcome.SENT)

    def _send_django(self, letter: Letter) -> Result:
        message = letter.email()
        message.connection = self.backend
        try:
            message.send()
        except Exception as failure:  # an ESP's API error: its type is all we keep
            if type(failure).__name__ == "AnymailRecipientsRefused":
                return Result(Outcome.BOUNCED, "refused")
            return Result(Outcome.RETRY, type(failure).__name__[:40])
        return Result(Outcome.SENT)
