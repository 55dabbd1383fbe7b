"""A real SMTP server on loopback for tests and benchmarks (aiosmtpd): it records what it
accepts, and can refuse chosen recipients with a temporary or permanent reply."""

import asyncio
import socket
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller


@dataclass
class Received:
    sender: str
    recipients: list[str]
    data: bytes

    @property
    def message(self) -> EmailMessage:
        return message_from_bytes(self.data, policy=policy.default)


@dataclass
class _Handler:
    received: list[Received] = field(default_factory=list)
    # recipient → SMTP reply for RCPT ("451 …" or "550 …"); how many times (None: always)
    refusals: dict[str, tuple[str, int | None]] = field(default_factory=dict)
    delay: float = 0.0
    keep: bool = True
    count: int = 0
    sender_reply: str = ""  # e.g. "550 5.7.1 Sender not allowed" refuses every MAIL FROM

    async def handle_MAIL(
        self, server: Any, session: Any, envelope: Any, address: str, mail_options: Any
    ) -> str:
        if self.sender_reply:
            return self.sender_reply
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: Any
    ) -> str:
        if address in self.refusals:
            reply, times = self.refusals[address]
            if times is None or times > 0:
                if times is not None:
                    self.refusals[address] = (reply, times - 1)
                return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.delay:
            await asyncio.sleep(self.delay)
        self.count += 1
        if self.keep:
            self.received.append(
                Received(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content)
            )
        return "250 OK: queued"


class SmtpServer:
    """`with SmtpServer() as server:` … `server.port`, `server.received`."""

    def __init__(self, *, delay: float = 0.0, keep: bool = True) -> None:
        self.handler = _Handler(delay=delay, keep=keep)
        self.port = free_port()
        self._controller = Controller(
            self.handler,
            hostname="127.0.0.1",
            port=self.port,
            data_size_limit=10 * 1024 * 1024,
            decode_data=False,
        )

    @property
    def received(self) -> list[Received]:
        return self.handler.received

    def refuse(self, recipient: str, reply: str, times: int | None = None) -> None:
        self.handler.refusals[recipient] = (reply, times)

    def recipients(self) -> list[str]:
        return [r for message in self.received for r in message.recipients]

    def __enter__(self) -> "SmtpServer":
        self._controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._controller.stop()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
