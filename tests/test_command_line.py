"""The `masthead` command as an operator runs it: real processes, a real SQLite file."""

import contextlib
import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

MASTHEAD = [sys.executable, "-m", "masthead.cli"]


def run(args, env, timeout=240):
    return subprocess.run(
        [*MASTHEAD, *args], env=env, capture_output=True, text=True, timeout=timeout
    )


def start(args, env):
    """A long-running command in its own process group, as a terminal or systemd runs it."""
    return subprocess.Popen(
        [*MASTHEAD, *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )


def clean_environment(**extra):
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("MASTHEAD_", "DJANGO_"))}
    keep.pop("DATABASE_URL", None)
    keep.pop("REDIS_URL", None)
    return {**keep, **extra}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_production_settings_refuse_to_start_without_a_secret_key(tmp_path):
    result = run(["check"], clean_environment(MASTHEAD_DATA_DIR=str(tmp_path)))
    assert result.returncode != 0
    assert "MASTHEAD_SECRET_KEY must be set" in result.stderr


def test_production_settings_refuse_to_start_without_encryption_keys(tmp_path):
    env = clean_environment(MASTHEAD_DATA_DIR=str(tmp_path), MASTHEAD_SECRET_KEY="s" * 50)
    result = run(["check"], env)
    assert result.returncode != 0
    assert "MASTHEAD_ENCRYPTION_KEYS must be set" in result.stderr


def test_mail_goes_to_the_outbox_without_a_mail_server(tmp_path):
    env = clean_environment(
        MASTHEAD_DATA_DIR=str(tmp_path), DJANGO_SETTINGS_MODULE="masthead.settings.dev"
    )
    result = run(["sendtestemail", "reader@example.org"], env)
    assert result.returncode == 0, result.stderr
    [message] = list((tmp_path / "outbox").iterdir())
    assert "To: reader@example.org" in message.read_text()


def test_mail_goes_to_the_smtp_server_in_email_url(tmp_path):
    from aiosmtpd.controller import Controller
    from aiosmtpd.handlers import Sink

    class Collect(Sink):
        def __init__(self):
            self.envelopes = []

        async def handle_DATA(self, server, session, envelope):
            self.envelopes.append(envelope)
            return "250 OK"

    handler = Collect()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        env = clean_environment(
            MASTHEAD_DATA_DIR=str(tmp_path),
            DJANGO_SETTINGS_MODULE="masthead.settings.dev",
            EMAIL_URL=f"smtp://127.0.0.1:{port}",
        )
        result = run(["sendtestemail", "reader@example.org"], env)
    finally:
        controller.stop()
    assert result.returncode == 0, result.stderr
    [envelope] = handler.envelopes
    assert envelope.rcpt_tos == ["reader@example.org"]
    assert not (tmp_path / "outbox").exists()


def production_environment(data_dir, **extra):
    return clean_environment(
        MASTHEAD_DATA_DIR=str(data_dir),
        MASTHEAD_SECRET_KEY="k" * 20 + "-a-long-random-production-secret-value-1234567890",
        MASTHEAD_BASE_URL="https://news.example.org",
        MASTHEAD_ENCRYPTION_KEYS="2rK1p5mHh2wq3m0y8mG8oPpC8yUJZ3Rz2XnC9tC8Qg0=",
        MASTHEAD_BLIND_INDEX_KEY="b" * 64,
        EMAIL_URL="smtp+tls://news%40example.org:secret@smtp.example.org",
        **extra,
    )


def test_production_settings_pass_the_deployment_check(tmp_path):
    result = run(["check", "--deploy", "--fail-level", "WARNING"], production_environment(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_production_server_runs_its_workers_and_shares_the_cache_through_redis(tmp_path):
    redis = "redis://127.0.0.1:6379/15"
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=2).close()
    except OSError:
        pytest.skip("no Redis on 127.0.0.1:6379 (CI has one)")
    env = production_environment(tmp_path, REDIS_URL=redis)
    migrate = run(["migrate", "--no-input"], env)
    assert migrate.returncode == 0, migrate.stderr
    # Rate limits and the clock's slots live in the cache: every process must see one cache.
    key = f"serve-test-{os.getpid()}"
    run(
        ["shell", "-c", f"from django.core.cache import cache; cache.set('{key}', 'seen', 60)"], env
    )
    read = run(
        ["shell", "-c", f"from django.core.cache import cache; print(cache.get('{key}'))"], env
    )
    assert read.stdout.strip().splitlines()[-1] == "seen", read.stdout + read.stderr

    port = free_port()
    refused = run(["serve", "--addr", f"127.0.0.1:{port}"], env, timeout=60)
    assert refused.returncode == 1
    assert "run `masthead collectstatic --no-input` first" in refused.stderr
    assert run(["collectstatic", "--no-input"], env).returncode == 0
    # An upgrade that adds a file, without collectstatic again: refused, saying what is missing.
    manifest_file = tmp_path / "static" / "staticfiles.json"
    manifest = json.loads(manifest_file.read_text())
    del manifest["paths"]["masthead/site.css"]
    manifest_file.write_text(json.dumps(manifest))
    stale = run(["serve", "--addr", f"127.0.0.1:{port}"], env, timeout=60)
    assert stale.returncode == 1
    assert "(masthead/site.css is missing)" in stale.stderr
    assert run(["collectstatic", "--no-input"], env).returncode == 0
    server = start(
        ["serve", "--addr", f"127.0.0.1:{port}", "--workers", "2", "--threads", "2"], env
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                health = _ask(port, "GET", "/healthz", host="news.example.org")
                break
            except OSError:
                assert time.monotonic() < deadline, "masthead serve did not answer"
                time.sleep(0.5)
        assert (health.status, health.read()) == (200, b"ok")  # no HTTPS redirect for checks
        assert len(_processes_in_group(server.pid)) == 3  # the master and two workers
        plain = _ask(port, "GET", "/", host="news.example.org")
        assert (plain.status, plain.getheader("Location")) == (301, "https://news.example.org/")
        behind_nginx = _ask(
            port, "GET", "/no-such-page/", host="news.example.org", forwarded_proto="https"
        )
        assert behind_nginx.status == 404, _tail(server)
        assert "Page not found" in behind_nginx.read().decode()
        assert _ask(port, "GET", "/", host="evil.example").status == 400
    finally:
        with contextlib.suppress(ProcessLookupError):  # _tail() may have stopped it
            os.killpg(server.pid, signal.SIGTERM)  # what systemd sends on stop
        output, _ = server.communicate(timeout=60)
    assert server.returncode == 0, output[-3000:]
    assert _processes_in_group(server.pid) == []
    assert "Traceback" not in output


def _ask(port, method, path, host, forwarded_proto=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    headers = {"Host": host}
    if forwarded_proto:
        headers["X-Forwarded-Proto"] = forwarded_proto
    connection.request(method, path, headers=headers)
    return connection.getresponse()


def test_demo_prepares_once_keeps_edits_and_serves_until_ctrl_c(tmp_path):
    env = clean_environment(MASTHEAD_DATA_DIR=str(tmp_path / "var"))

    first = run(["demo", "--no-serve"], env)
    assert first.returncode == 0, first.stderr
    assert "Loading the demo newsroom" in first.stdout
    password = re.search(r"Password:\s+(\S+)", first.stdout).group(1)
    assert (tmp_path / "var" / "masthead.sqlite3").exists()

    shell_env = {**env, "DJANGO_SETTINGS_MODULE": "masthead.settings.dev"}
    check_login = run(
        [
            "shell",
            "-c",
            f"from django.contrib.auth import authenticate; "
            f"print(authenticate(username='admin', password='{password}'))",
        ],
        shell_env,
    )
    assert check_login.stdout.strip().splitlines()[-1] == "admin"
    edit = run(
        [
            "shell",
            "-c",
            "from masthead.articles.models import ArticlePage as A; "
            "a = A.objects.order_by('-first_published_at').first(); "
            "a.title = 'Edited by an editor'; "
            "a.save_revision().publish(); print(A.objects.count())",
        ],
        shell_env,
    )
    article_count = int(edit.stdout.strip().splitlines()[-1])
    assert article_count == 30

    # Ctrl-C while it is still starting up stops it quietly, with a shell's usual status.
    early = start(["demo", "--addr", f"127.0.0.1:{free_port()}"], env)
    time.sleep(0.5)
    os.killpg(early.pid, signal.SIGINT)
    early_output, _ = early.communicate(timeout=60)
    # 130 from our handler; killed by the signal if it came before Python set one up; 0 if
    # it was already serving. Never a traceback.
    assert early.returncode in (130, -signal.SIGINT, 0), early_output
    assert "Traceback" not in early_output
    assert _processes_in_group(early.pid) == []

    port = free_port()
    demo = start(["demo", "--addr", f"127.0.0.1:{port}"], env)
    try:
        body = _wait_for(f"http://127.0.0.1:{port}/", timeout=60)
        assert "Edited by an editor" in body
        assert _wait_for(f"http://127.0.0.1:{port}/admin/login/", timeout=10)
        answers = _bad_and_odd_requests(port, body)
    finally:
        os.killpg(demo.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
        output, _ = demo.communicate(timeout=60)
    assert "already has content; keeping it" in output
    assert "Password:" in output
    assert demo.returncode == 0, output[-3000:]
    assert _processes_in_group(demo.pid) == []

    assert answers == {
        "forged": 404,
        "nul": 404,
        "cyrillic": 404,
        "head image": 200,
        "evil host": 400,
    }
    # One line per request, whatever the path holds; no tracebacks, no warnings about HEAD.
    assert '"GET /news/\\x0a2026-01-01 FORGED LINE/" 404' in output
    assert not re.search(r"^2026-01-01 FORGED", output, re.MULTILINE)
    assert '"GET /news/\\x00/" 404' in output
    assert '"GET /news/новости/" 404' in output
    assert "\x00" not in output
    assert "Traceback" not in output
    assert "no-body response" not in output
    css_line = re.search(r'"GET /static/masthead/site[^"]*\.css" 200 (\d+)', output)
    assert int(css_line.group(1)) > 1000  # files sent with sendfile() are counted too


def _bad_and_odd_requests(port: int, home: str) -> dict[str, object]:
    def ask(method: str, path: str, host: str = "127.0.0.1") -> http.client.HTTPResponse:
        return _ask(port, method, path, host)

    image = re.search(r'src="(/media/images/[^"]+)"', home).group(1)
    stylesheet = re.search(r'rel="stylesheet" href="([^"]+)"', home).group(1)
    assert ask("GET", stylesheet).status == 200
    head = ask("HEAD", image)
    return {
        "forged": ask("GET", "/news/%0A2026-01-01%20FORGED%20LINE/").status,
        "nul": ask("GET", "/news/%00/").status,
        "cyrillic": ask("GET", "/news/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/").status,
        "head image": head.status,  # (http.client reads no body for HEAD: see the log check)
        "evil host": ask("GET", "/", host="evil.example").status,
    }


def _wait_for(url: str, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310
                return response.read().decode()
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.5)


def _processes_in_group(pgid: int) -> list[int]:
    time.sleep(1)
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if os.getpgid(int(entry.name)) == pgid:
                    found.append(int(entry.name))
            except ProcessLookupError:
                continue
    return found


if not Path("/proc").exists():  # pragma: no cover
    pytestmark = pytest.mark.skip(reason="needs /proc to inspect the process tree")


def _tail(server):
    """The server's output so far, for a failing assertion's message (it stops the server)."""
    os.killpg(server.pid, signal.SIGTERM)
    return server.communicate(timeout=60)[0][-4000:]
