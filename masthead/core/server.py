"""Gunicorn, embedded: `masthead serve` and `masthead demo` run it in-process."""

from typing import Any

from django.core.wsgi import get_wsgi_application
from gunicorn.app.base import BaseApplication


class _Gunicorn(BaseApplication):
    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        return get_wsgi_application()


def serve(*, addr: str, workers: int, threads: int, timeout: int = 30) -> None:
    _Gunicorn(
        {
            "bind": addr,
            "workers": workers,
            "threads": threads,
            "timeout": timeout,
            "accesslog": "-",
            # No client addresses in logs: Masthead stores no IP address anywhere.
            # …nor query strings, which may carry a reader's token (confirm, unsubscribe).
            "access_log_format": '"%(m)s %(U)s" %(s)s %(b)s %(M)sms',
            "forwarded_allow_ips": "127.0.0.1,::1",
            "proc_name": "masthead",
            # No control socket in the service user's home (systemd's ProtectHome forbids it).
            "control_socket_disable": True,
        }
    ).run()
