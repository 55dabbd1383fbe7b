"""Gunicorn, embedded: `masthead serve` and `masthead demo` run it in-process."""

import re
import signal
from typing import Any

from django.core.wsgi import get_wsgi_application
from gunicorn.app.base import BaseApplication
from gunicorn.glogging import Logger

# Paths whose last segment is a reader's personal token (newsletter links, Manage my support,
# cancelling a reminder), and the checkout session named on the thank-you page.
PERSONAL_PATH = re.compile(
    r"(^|\s)(/newsletter/(?:confirm|unsubscribe|preferences)/"
    r"|/support/manage/|/support/remind/cancel/)[^/\s?]+"
)
PERSONAL_QUERY = re.compile(r"([?&]session_id=)[^&\s]+")


# Control characters (C0, DEL, C1) and Unicode's line and paragraph separators.
CONTROL_CHARACTER = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def redact_path(text: str) -> str:
    """Cut the token out of a path, or out of a request line ("GET /path HTTP/1.1")."""
    return PERSONAL_QUERY.sub(r"\1…", PERSONAL_PATH.sub(r"\1\2…", text))


def loggable(wsgi_text: str) -> str:
    """A path as WSGI gives it (UTF-8 bytes as latin-1 text) as one readable, printable
    line: "/authors/ирина/" stays readable, "%0A" cannot start a forged line, a NUL cannot
    turn the log into a binary file for grep, and a backslash is doubled so that an escape
    in the log always means a byte that was escaped."""
    try:
        raw = wsgi_text.encode("latin-1")
    except UnicodeEncodeError:  # not from WSGI after all: already text
        raw = wsgi_text.encode("utf-8")
    text = raw.replace(b"\\", b"\\\\").decode("utf-8", "backslashreplace")
    return CONTROL_CHARACTER.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match[0])
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


class PrivateLogger(Logger):
    """Gunicorn's logger, with personal tokens cut out of the logged paths: a log line must
    not be usable to unsubscribe, export or erase a reader."""

    def atoms(self, resp: Any, req: Any, environ: Any, request_time: Any) -> dict[str, Any]:
        atoms = super().atoms(resp, req, environ, request_time)
        atoms["U"] = redact_path(loggable(atoms.get("U", "")))
        atoms["r"] = redact_path(loggable(atoms.get("r", "")))
        if atoms.get("b") == "0" and atoms.get("m") != "HEAD":
            # A file sent with sendfile() is not counted by gunicorn; its length is.
            atoms["b"] = atoms.get("{content-length}o", "0")
        return atoms


def _ignore_ctrl_c(worker: Any) -> None:
    """Ctrl-C in a terminal signals the whole process group. The master answers it by telling
    each worker to quit; a worker that also ran its own SIGINT handler could deadlock in its
    thread pool's shutdown, hold on until `graceful_timeout` and be killed. So a worker takes
    its orders from the master only."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class _Gunicorn(BaseApplication):
    def __init__(self, options: dict[str, Any]) -> None:
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self) -> Any:
        return get_wsgi_application()


def serve(
    *, addr: str, workers: int, threads: int, timeout: int = 30, graceful_timeout: int = 10
) -> None:
    """Serve until a signal stops gunicorn. On Ctrl-C (or SIGQUIT) a worker that has not
    finished its request within `graceful_timeout` seconds is killed."""
    _Gunicorn(
        {
            "bind": addr,
            "workers": workers,
            "threads": threads,
            "timeout": timeout,
            "graceful_timeout": graceful_timeout,
            "accesslog": "-",
            # No client addresses in logs: Masthead stores no IP address anywhere.
            # …nor query strings, nor the tokens in personal links (see PrivateLogger).
            "access_log_format": '"%(m)s %(U)s" %(s)s %(b)s %(M)sms',
            "logger_class": "masthead.core.server.PrivateLogger",
            "forwarded_allow_ips": "127.0.0.1,::1",
            "proc_name": "masthead",
            # No control socket in the service user's home (systemd's ProtectHome forbids it).
            "control_socket_disable": True,
            "post_worker_init": _ignore_ctrl_c,
            # Gunicorn's ceiling, as long as nginx's default 8k buffer: a longer request line
            # is answered 414 before it reaches Django.
            "limit_request_line": 8190,
        }
    ).run()
