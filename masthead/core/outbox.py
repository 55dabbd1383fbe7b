"""The outbox: where mail goes when no mail server is configured (development, the demo).

Django's file backend appends each message to a file in EMAIL_FILE_PATH, separated by a line
of 79 dashes. This module reads them back for the admin's Outbox page.
"""

import email
import email.policy
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

SEPARATOR = b"\n" + b"-" * 79 + b"\n"
MAX_MESSAGES = 200


@dataclass(frozen=True)
class OutboxMessage:
    key: str
    subject: str
    to: str
    date: str
    text: str


def outbox_enabled() -> bool:
    return settings.EMAIL_BACKEND == "django.core.mail.backends.filebased.EmailBackend"


def outbox_messages() -> list[OutboxMessage]:
    """The newest messages first."""
    folder = Path(settings.EMAIL_FILE_PATH)
    if not outbox_enabled() or not folder.is_dir():
        return []
    messages: list[OutboxMessage] = []
    files = sorted(folder.glob("*.log"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for path in files:
        # Bytes, not text: bodies may be raw 8-bit UTF-8, which a text round trip garbles.
        chunks = [c for c in path.read_bytes().split(SEPARATOR) if c.strip()]
        for number, raw in enumerate(reversed(chunks)):
            parsed = email.message_from_bytes(raw, policy=email.policy.default)
            body = parsed.get_body(preferencelist=("plain",))
            messages.append(
                OutboxMessage(
                    key=f"{path.stem}-{number}",
                    subject=str(parsed.get("Subject", "")),
                    to=str(parsed.get("To", "")),
                    date=str(parsed.get("Date", "")),
                    text=body.get_content() if body is not None else "",
                )
            )
            if len(messages) >= MAX_MESSAGES:
                return messages
    return messages
