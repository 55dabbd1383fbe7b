"""The sending guarantee, with real processes: an imported list, `masthead send_issue`, two
`masthead worker` processes on one issue, one of them killed with SIGKILL mid-send and
started again. Nobody may be skipped; duplicates are limited to the killed worker's batch.

Runs on SQLite, and also on PostgreSQL (in a database of its own) when DATABASE_URL points
at a PostgreSQL server, as in CI.
"""

import os
import signal
import subprocess
import time
import uuid
from collections import Counter
from urllib.parse import urlsplit, urlunsplit

import pytest

from masthead.core.testing.smtp import SmtpServer
from masthead.newsletter.dispatch import BATCH_SIZE
from tests.test_command_line import MASTHEAD, clean_environment, run

READERS = 2500


def _databases() -> list[str]:
    url = os.environ.get("DATABASE_URL", "")
    return ["sqlite", url] if url.startswith("postgres") else ["sqlite"]


@pytest.fixture(params=_databases(), ids=lambda url: url.split(":")[0])
def database_url(request):
    """ "" for the SQLite file in the data directory, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield ""
        return
    import psycopg

    name = f"masthead_crash_{uuid.uuid4().hex[:8]}"
    server = urlsplit(request.param)
    with psycopg.connect(request.param, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield urlunsplit(server._replace(path=f"/{name}"))
    finally:
        with psycopg.connect(request.param, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')


def test_a_worker_killed_mid_send_and_restarted_skips_nobody(tmp_path, database_url):
    with SmtpServer(delay=0.003) as smtp:
        env = clean_environment(
            DJANGO_SETTINGS_MODULE="masthead.settings.dev",
            MASTHEAD_DATA_DIR=str(tmp_path / "var"),
            EMAIL_URL=f"smtp://127.0.0.1:{smtp.port}",
            MASTHEAD_NEWSLETTER_SENDERS="2",
        )
        if database_url:
            env["DATABASE_URL"] = database_url
        _prepare(tmp_path, env)

        first, second = _worker(env, tmp_path, "a"), _worker(env, tmp_path, "b")
        sending = subprocess.Popen(
            [*MASTHEAD, "send_issue", "--newsletter", "weekly", "--latest", "--now", "--wait"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            _wait_until(lambda: smtp.handler.count >= READERS // 4, timeout=120)
            os.kill(first.pid, signal.SIGKILL)
            first.wait(timeout=10)
            assert smtp.handler.count < READERS, "the send finished before the kill"

            restarted = _worker(env, tmp_path, "c")
            try:
                output, errors = sending.communicate(timeout=300)
            finally:
                _stop(restarted)
        finally:
            _stop(second)
            for process in (first, sending):
                if process.poll() is None:
                    process.kill()

    counts = Counter(smtp.recipients())
    expected = {f"reader{n:05d}@example.org" for n in range(READERS)}
    assert set(counts) == expected, "somebody was skipped (or someone unknown was sent mail)"
    duplicates = sum(n - 1 for n in counts.values())
    assert duplicates <= BATCH_SIZE, f"{duplicates} duplicates: more than one batch in flight"
    assert sending.returncode == 0, errors
    assert "is being sent" in output
    assert output.splitlines()[-3:] == [f"Sent: {READERS}", "Failed: 0", "Suppressed: 0"]


def _prepare(tmp_path, env) -> None:
    (tmp_path / "var").mkdir()
    migrated = run(["migrate", "--verbosity", "0"], env)
    assert migrated.returncode == 0, migrated.stderr
    created = run(
        [
            "shell",
            "-c",
            "from masthead.newsletter.models import Newsletter; "
            "Newsletter.objects.create(name='The Weekly', slug='weekly', "
            "sender_name='Gazette', sender_email='newsletter@news.example.org')",
        ],
        env,
    )
    assert created.returncode == 0, created.stderr
    csv = tmp_path / "list.csv"
    csv.write_text(
        "email,subscribed_at\n"
        + "".join(f"reader{n:05d}@example.org,2025-01-01\n" for n in range(READERS))
    )
    imported = run(
        ["import_subscribers", str(csv), "--newsletter", "weekly", "--consent-source", "test"],
        env,
    )
    assert imported.returncode == 0, imported.stderr
    assert f"Added: {READERS}" in imported.stdout


def _worker(env, tmp_path, name: str) -> subprocess.Popen:
    log = open(tmp_path / f"worker-{name}.log", "w")  # noqa: SIM115 — closed with the process
    return subprocess.Popen(
        [*MASTHEAD, "worker", "--interval", "0.2"], env=env, stdout=log, stderr=subprocess.STDOUT
    )


def _stop(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()


def _wait_until(condition, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.05)
