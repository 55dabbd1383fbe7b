"""Benchmark: how fast an issue goes out to a large list, end to end, against what a bare
SMTP client achieves against the same mail server on the same machine.

    .venv/bin/python bench/newsletter_send.py [--subscribers 100000] [--database sqlite|URL]
        [--workers N] [--sink smtp-sink|asyncio|aiosmtpd] [--profile]

It builds a throw-away newsroom (SQLite in a temporary data directory, or a new PostgreSQL
database named by `--database postgres://user@host:port/NAME`, created here and dropped
afterwards), loads the demo articles, and gives the newsletter `weekly` N confirmed
subscribers and one issue of 8 articles. It starts an SMTP sink on loopback that accepts and
discards every message — Postfix's `smtp-sink` (Debian package `postfix`) when installed,
otherwise a minimal asyncio sink from this file; aiosmtpd (`--sink aiosmtpd`, the tests'
server) is itself slower than the worker — and runs the real path:

1. `masthead worker` process(es) are started and left to settle (the clock's first jobs);
2. the clock starts, and `masthead send_issue --newsletter weekly --latest --now` runs;
3. the clock stops when the issue is `sent` (which `dispatch.finish` sets only once no
   delivery is pending; its `sent_at` is the end time).

The sink must have counted exactly N messages. The baseline is a bare `smtplib.SMTP` loop
sending one real personalised message of the issue over one connection to a fresh sink,
with client and sink pinned to one CPU and then to two (the better counts). `--profile`
replaces steps 1 and 3 with `dispatch.send_batches` in this process under cProfile (slower
than the worker: for the proportions only).
"""

import argparse
import asyncio
import cProfile
import os
import pstats
import re
import resource
import shutil
import signal
import smtplib
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SMTP_SINK = Path("/usr/sbin/smtp-sink")
GOAL_RATE = 1000  # messages a second, end to end
GOAL_RATIO = 0.5  # of the bare SMTP loop
BASELINE_SAMPLE = 50_000
ISSUE_ARTICLES = 8
SENDER = "newsletter@news.example.org"


# --- The sink: accepts every message and counts them ------------------------------------


class _SinkProtocol(asyncio.Protocol):
    """Just enough SMTP for smtplib: 250 to everything, 354 to DATA, a count per message."""

    count = 0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport
        self.buffer = bytearray()
        self.in_data = False
        self.transport.write(b"220 sink ESMTP\r\n")

    def data_received(self, data: bytes) -> None:
        start = max(len(self.buffer) - 4, 0)
        self.buffer += data
        while True:
            if self.in_data:
                end = self.buffer.find(b"\r\n.\r\n", start)
                if end < 0:
                    return
                del self.buffer[: end + 5]
                self.in_data = False
                _SinkProtocol.count += 1
                self.transport.write(b"250 2.0.0 Ok: queued\r\n")
            else:
                end = self.buffer.find(b"\r\n")
                if end < 0:
                    return
                verb = bytes(self.buffer[:4]).upper()
                del self.buffer[: end + 2]
                if verb == b"DATA":
                    self.in_data = True
                    self.transport.write(b"354 End data with <CR><LF>.<CR><LF>\r\n")
                elif verb == b"EHLO":
                    self.transport.write(b"250-sink\r\n250 8BITMIME\r\n")
                elif verb == b"QUIT":
                    self.transport.write(b"221 2.0.0 Bye\r\n")
                    self.transport.close()
                    return
                else:
                    self.transport.write(b"250 2.0.0 Ok\r\n")
            start = 0


def serve_sink(kind: str) -> None:
    """Run a sink in this process until SIGTERM: print its port, and at the end how many
    messages it took."""
    if kind == "aiosmtpd":
        import threading

        from masthead.core.testing.smtp import SmtpServer

        stopped = threading.Event()
        signal.signal(signal.SIGTERM, lambda *_: stopped.set())
        with SmtpServer(keep=False) as server:
            print(f"port={server.port}", flush=True)
            while not stopped.wait(0.2):
                pass
        print(f"mesg={server.handler.count}", flush=True)
        return

    async def run() -> None:
        loop = asyncio.get_running_loop()
        stopped = loop.create_future()
        loop.add_signal_handler(signal.SIGTERM, stopped.set_result, None)
        server = await loop.create_server(_SinkProtocol, "127.0.0.1", 0, backlog=256)
        print(f"port={server.sockets[0].getsockname()[1]}", flush=True)
        await stopped
        server.close()

    asyncio.run(run())
    print(f"mesg={_SinkProtocol.count}", flush=True)


@dataclass
class Sink:
    kind: str
    process: subprocess.Popen
    output: Path
    port: int = 0

    @classmethod
    def start(cls, kind: str, output: Path) -> "Sink":
        if kind == "smtp-sink":
            port = free_port()
            # -c: a running count ("mesg=N") on stdout; root must name a user to switch to.
            command = [str(SMTP_SINK), "-c", "-u", "nobody", f"127.0.0.1:{port}", "256"]
        else:
            port = 0  # the sink reports the one it got
            command = [sys.executable, __file__, "--serve-sink", kind]
        with output.open("wb") as out:
            process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)  # noqa: S603
        sink = cls(kind, process, output, port)
        deadline = time.monotonic() + 10
        while not sink.accepts():
            if time.monotonic() > deadline or process.poll() is not None:
                raise SystemExit(f"The {kind} sink did not start: {output.read_text()[-500:]}")
            time.sleep(0.05)
        return sink

    def accepts(self) -> bool:
        if not self.port:
            found = re.search(rb"port=(\d+)", self.output.read_bytes())
            if not found:
                return False
            self.port = int(found.group(1))
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1) as connection:
                return connection.recv(4).startswith(b"220")
        except OSError:
            return False

    def stop(self) -> int:
        """Stop the sink; the number of messages it accepted."""
        self.process.terminate()
        self.process.wait(timeout=10)
        counts = re.findall(rb"mesg=(\d+)", self.output.read_bytes())
        return int(counts[-1]) if counts else 0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


# --- The throw-away newsroom ---------------------------------------------------------------


def create_postgres(url: str) -> None:
    import psycopg

    name = urlsplit(url).path.lstrip("/")
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
        raise SystemExit("--database must name a new database, like …/masthead_bench.")
    with psycopg.connect(_maintenance_url(url), autocommit=True) as connection:
        if connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            raise SystemExit(f"Database {name} exists; the benchmark creates and drops its own.")
        connection.execute(f'CREATE DATABASE "{name}"')


def drop_postgres(url: str) -> None:
    import psycopg

    name = urlsplit(url).path.lstrip("/")
    with psycopg.connect(_maintenance_url(url), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _maintenance_url(url: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path="/postgres"))


def build(subscribers: int) -> int:
    """The demo newsroom, N confirmed readers of `weekly`, and its next issue with 8
    articles; the issue's id."""
    from django.db import transaction
    from django.utils import timezone

    from masthead.articles.demo.loader import load_demo_content
    from masthead.articles.models import ArticlePage
    from masthead.newsletter.models import IssueArticle, Newsletter, Subscriber, Subscription
    from masthead.newsletter.scheduling import prepare_next_issue
    from masthead.privacy.fields import email_index

    load_demo_content()
    weekly, _ = Newsletter.objects.get_or_create(
        slug="weekly",
        defaults={"name": "The Weekly", "sender_name": "Bench", "sender_email": SENDER},
    )
    # Only our readers, so that the sink's count must be exactly N (the demo may add a few).
    Subscriber.objects.all().delete()
    now = timezone.now()
    with transaction.atomic():
        # bulk_create runs each field's pre_save and get_prep_value: the blind index is
        # computed and the address encrypted, as in save() (checked below).
        Subscriber.objects.bulk_create(
            (Subscriber(email=f"reader{n}@example.org") for n in range(subscribers)),
            batch_size=2000,
        )
        Subscription.objects.bulk_create(
            (
                Subscription(
                    subscriber_id=pk,
                    newsletter=weekly,
                    status=Subscription.Status.CONFIRMED,
                    consent_policy_version="1",
                    consent_given_at=now,
                    consent_form="bench",
                    confirmed_at=now,
                )
                for pk in Subscriber.objects.order_by("pk").values_list("pk", flat=True).iterator()
            ),
            batch_size=2000,
        )
    sample = Subscriber.objects.get(email_index=email_index("Reader7@Example.org"))
    assert sample.email == "reader7@example.org", "bulk_create did not encrypt or index"

    issue = prepare_next_issue(weekly)
    issue.items.all().delete()
    newest = ArticlePage.objects.live().order_by("-first_published_at")[:ISSUE_ARTICLES]
    IssueArticle.objects.bulk_create(
        IssueArticle(issue=issue, article=article, sort_order=position)
        for position, article in enumerate(newest)
    )
    issue.save()  # an editor's issue now: send_issue --latest sends it as it is
    return issue.pk


def one_message(issue_id: int) -> tuple[str, bytes]:
    """One reader's copy of the issue, exactly as the worker hands it to smtplib."""
    from masthead.newsletter.composing import IssueMessage
    from masthead.newsletter.links import preferences_url, unsubscribe_url
    from masthead.newsletter.models import Issue, Subscription

    issue = Issue.objects.select_related("newsletter").get(pk=issue_id)
    subscription = Subscription.objects.select_related("subscriber").order_by("pk").first()
    address = subscription.subscriber.email
    raw = IssueMessage(issue).for_recipient(
        address,
        message_id=f"issue{issue_id}.1",
        unsubscribe_url=unsubscribe_url(subscription.pk),
        preferences_url=preferences_url(subscription.subscriber_id),
    )
    return address, raw


# --- The real path ------------------------------------------------------------------------


def masthead(*args: str) -> list[str]:
    return [sys.executable, "-m", "masthead.cli", *args]


def machine_cpu() -> tuple[float, float]:
    """CPU seconds all CPUs have been busy and idle since boot (/proc/stat)."""
    ticks = [int(n) for n in Path("/proc/stat").read_text().split("\n")[0].split()[1:8]]
    idle = ticks[3] + ticks[4]  # idle, iowait
    return (sum(ticks) - idle) / os.sysconf("SC_CLK_TCK"), idle / os.sysconf("SC_CLK_TCK")


def proc_status(pid: int) -> tuple[float, float]:
    """A process's peak resident memory (MiB) and CPU time so far (s)."""
    status = Path(f"/proc/{pid}/status").read_text()
    peak_kib = int(re.search(r"VmHWM:\s+(\d+)", status).group(1))
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return peak_kib / 1024, cpu


def wait_until_idle(workers: list[subprocess.Popen], timeout: float = 60) -> None:
    """Until the clock's first jobs have run: no task ready or running."""
    from django_tasks.base import TaskResultStatus
    from django_tasks_db.models import DBTaskResult

    deadline = time.monotonic() + timeout
    time.sleep(1)
    while DBTaskResult.objects.filter(
        status__in=[TaskResultStatus.READY, TaskResultStatus.RUNNING]
    ).exists():
        if time.monotonic() > deadline or any(w.poll() is not None for w in workers):
            raise SystemExit("The workers did not settle; see worker.log in the data directory.")
        time.sleep(0.2)


@dataclass
class Run:
    seconds: float
    send_issue_seconds: float
    worker_peak_mib: float
    worker_cpu: float
    sink_cpu: float
    machine_busy: float  # share of all CPUs' time spent busy during the send
    counts: dict[str, int]
    tasks: list[str]


def send_for_real(issue_id: int, workers: int, sink: Sink, log: Path, timeout: float) -> Run:
    from django.utils import timezone

    from masthead.newsletter import dispatch
    from masthead.newsletter.models import Issue

    with log.open("ab") as out:
        processes = [
            subprocess.Popen(masthead("worker", "--verbosity", "0"), stdout=out, stderr=out)  # noqa: S603
            for _ in range(workers)
        ]
    try:
        wait_until_idle(processes)
        cpu_before = [proc_status(p.pid)[1] for p in processes]
        sink_cpu_before = proc_status(sink.process.pid)[1]
        busy_before, idle_before = machine_cpu()
        started = timezone.now()
        clock = time.monotonic()
        subprocess.run(  # noqa: S603 — our own command
            masthead("send_issue", "--newsletter", "weekly", "--latest", "--now"),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        send_issue_seconds = time.monotonic() - clock
        while Issue.objects.values_list("status", flat=True).get(pk=issue_id) != "sent":
            if time.monotonic() - clock > timeout:
                raise SystemExit(
                    f"Not sent after {timeout:.0f} s: {dispatch.delivery_counts(issue_id)}"
                )
            if any(p.poll() is not None for p in processes):
                raise SystemExit(f"A worker stopped; see {log}.")
            time.sleep(0.1)
        sent_at = Issue.objects.values_list("sent_at", flat=True).get(pk=issue_id)
        stats = [proc_status(p.pid) for p in processes]
        sink_cpu = proc_status(sink.process.pid)[1] - sink_cpu_before
        busy, idle = machine_cpu()
        busy, idle = busy - busy_before, idle - idle_before
    finally:
        for process in processes:
            process.send_signal(signal.SIGTERM)  # db_worker finishes its task, then exits
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
    return Run(
        seconds=(sent_at - started).total_seconds(),
        send_issue_seconds=send_issue_seconds,
        worker_peak_mib=max(peak for peak, _ in stats),
        worker_cpu=sum(cpu for _, cpu in stats) - sum(cpu_before),
        sink_cpu=sink_cpu,
        machine_busy=busy / (busy + idle),
        counts=dispatch.delivery_counts(issue_id),
        tasks=sending_tasks(started),
    )


def sending_tasks(since: datetime) -> list[str]:
    """How the send was shared: each sending task's worker, start, end and tally."""
    from django_tasks_db.models import DBTaskResult

    lines = []
    for result in DBTaskResult.objects.filter(
        task_path="masthead.newsletter.tasks.send_issue_task", enqueued_at__gte=since
    ).order_by("started_at"):
        if result.started_at is None:
            lines.append(f"{'-':12} {result.status:10} (queued after the send was over)")
            continue
        begun = (result.started_at - since).total_seconds()
        ended = (result.finished_at - since).total_seconds() if result.finished_at else 0
        lines.append(
            f"{','.join(result.worker_ids)[:12]:12} {result.status:10} "
            f"+{begun:6.1f} s → +{ended:6.1f} s  {result.return_value}"
        )
    return lines


def send_profiled(issue_id: int) -> None:
    from masthead.newsletter import dispatch

    subprocess.run(  # noqa: S603 — our own command
        masthead("send_issue", "--newsletter", "weekly", "--latest", "--now"),
        check=True,
        stdout=subprocess.DEVNULL,
    )
    profile = cProfile.Profile()
    clock = time.monotonic()
    sent = 0
    while True:  # each call stops after its time budget, as the task does
        tally = profile.runcall(dispatch.send_batches, issue_id)
        sent += tally.sent
        if not getattr(tally, "more", False):
            break
    seconds = time.monotonic() - clock
    print(f"dispatch.send_batches under cProfile: {sent} sent in {seconds:.1f} s\n")
    stats = pstats.Stats(profile).strip_dirs()
    stats.sort_stats("tottime").print_stats(25)
    stats.sort_stats("cumulative").print_stats(40)


def baseline(
    kind: str, output: Path, address: str, raw: bytes, count: int, cpus: tuple[int, int]
) -> tuple[float, int]:
    """Messages a second from a bare smtplib loop over one connection to a fresh sink, with
    this process and the sink pinned to the given CPUs; and how many the sink counted."""
    sink = Sink.start(kind, output)
    mine = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {cpus[0]})
    os.sched_setaffinity(sink.process.pid, {cpus[1]})
    try:
        with smtplib.SMTP("127.0.0.1", sink.port) as smtp:
            smtp.ehlo()
            options = ["BODY=8BITMIME"] if smtp.has_extn("8bitmime") else []  # as the worker
            clock = time.perf_counter()
            for _ in range(count):
                smtp.sendmail(SENDER, [address], raw, mail_options=options)
            rate = count / (time.perf_counter() - clock)
    finally:
        os.sched_setaffinity(0, mine)
    return rate, sink.stop()


# --- Main ----------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--subscribers", type=int, default=100_000)
    parser.add_argument(
        "--database", default="sqlite", help="sqlite, or postgres://user@host:port/NEW_NAME"
    )
    parser.add_argument(
        "--workers", type=int, help="worker processes (default: 1 on SQLite, 2 on PostgreSQL)"
    )
    parser.add_argument(
        "--sink",
        choices=["smtp-sink", "asyncio", "aiosmtpd"],
        help="default: smtp-sink if installed, else asyncio",
    )
    parser.add_argument("--profile", action="store_true", help="profile send_batches in-process")
    parser.add_argument("--serve-sink", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_sink:
        serve_sink(args.serve_sink)
        return

    postgres = args.database != "sqlite"
    workers = args.workers or (2 if postgres else 1)
    sink_kind = args.sink or ("smtp-sink" if SMTP_SINK.exists() else "asyncio")
    if sink_kind == "smtp-sink" and not SMTP_SINK.exists():
        raise SystemExit("smtp-sink is missing: apt-get install -y postfix (or --sink asyncio)")
    if sink_kind != "smtp-sink" and not SMTP_SINK.exists():
        print("(Postfix's smtp-sink is not installed: `apt-get install -y postfix` for it.)")

    data_dir = Path(tempfile.mkdtemp(prefix="masthead-bench-"))
    os.environ.update(
        DJANGO_SETTINGS_MODULE="masthead.settings.dev",
        MASTHEAD_DATA_DIR=str(data_dir),
        MASTHEAD_BASE_URL="https://news.example.org",
        MASTHEAD_NEWSLETTER_SENDERS=str(workers),
        MASTHEAD_LOG_LEVEL="WARNING",
    )
    if postgres:
        os.environ["DATABASE_URL"] = args.database
        create_postgres(args.database)
    sink = Sink.start(sink_kind, data_dir / "sink-send.log")
    os.environ["EMAIL_URL"] = f"smtp://127.0.0.1:{sink.port}"
    try:
        import django

        django.setup()
        from django.core.management import call_command
        from django.db import connections

        clock = time.monotonic()
        call_command("migrate", verbosity=0)
        (data_dir / "static").mkdir()
        issue_id = build(args.subscribers)
        setup_seconds = time.monotonic() - clock
        print(
            f"Set up {args.subscribers:,} subscribers on "
            f"{'PostgreSQL' if postgres else 'SQLite'} in {setup_seconds:.0f} s; "
            f"{workers} worker(s); sink: {sink_kind}.",
            flush=True,
        )
        if args.profile:
            send_profiled(issue_id)
            print(f"Sink counted {sink.stop()} messages.")
            return
        # Client and sink on one CPU, then on two: a round trip between CPUs can cost far
        # more than one within a CPU (on virtual machines above all); the better is the
        # baseline.
        address, raw = one_message(issue_id)
        sample = min(args.subscribers, BASELINE_SAMPLE) // 2
        cpus = sorted(os.sched_getaffinity(0))
        placements = {"one CPU": (cpus[0], cpus[0])}
        if len(cpus) > 1:
            placements["two CPUs"] = (cpus[0], cpus[1])
        bases = {
            label: baseline(sink_kind, data_dir / f"sink-{pair[1]}.log", address, raw, sample, pair)
            for label, pair in placements.items()
        }
        run = send_for_real(
            issue_id,
            workers,
            sink,
            data_dir / "worker.log",
            timeout=max(300, args.subscribers / 50),
        )
        received = sink.stop()
        connections.close_all()
    finally:
        if sink.process.poll() is None:
            sink.stop()
        if postgres:
            drop_postgres(args.database)
        shutil.rmtree(data_dir, ignore_errors=True)

    rate = args.subscribers / run.seconds
    base_rate = max(rate for rate, _ in bases.values())
    ratio = rate / base_rate
    rows = [
        ("subscribers", f"{args.subscribers:,}"),
        ("database", "PostgreSQL" if postgres else "SQLite"),
        ("worker processes", str(workers)),
        ("sink", sink_kind),
        ("message size", f"{len(raw) / 1024:.1f} KiB"),
        ("end to end, s", f"{run.seconds:.1f}"),
        ("  of which send_issue, s", f"{run.send_issue_seconds:.1f}"),
        ("end to end, msg/s", f"{rate:,.0f}"),
        ("worker peak RSS, MiB", f"{run.worker_peak_mib:.0f}"),
        (
            "worker CPU (all workers)",
            f"{run.worker_cpu:.1f} s, {run.worker_cpu / args.subscribers * 1e6:,.0f} µs/msg",
        ),
        ("sink CPU", f"{run.sink_cpu:.1f} s, {run.sink_cpu / args.subscribers * 1e6:,.0f} µs/msg"),
        ("all CPUs busy during the send", f"{run.machine_busy:.0%} of {os.cpu_count()}"),
        (
            "baseline smtplib, msg/s",
            f"{base_rate:,.0f} ("
            + ", ".join(f"{label} {rate:,.0f}" for label, (rate, _) in bases.items())
            + f"; {sample:,} messages each)",
        ),
        ("ratio end to end / baseline", f"{ratio:.2f}"),
    ]
    print()
    for label, value in rows:
        print(f"{label:30} {value}")
    print("\nSending tasks (worker, status, start → end after the send began, tally):")
    for line in run.tasks:
        print(f"  {line}")
    print()
    checks = [
        (f"sink counted exactly {args.subscribers:,}", received == args.subscribers, received),
        (
            f"baseline sinks counted {sample:,} each",
            all(count == sample for _, count in bases.values()),
            [count for _, count in bases.values()],
        ),
        ("every delivery sent", run.counts == {"sent": args.subscribers}, run.counts),
        (f">= {GOAL_RATE:,} msg/s end to end", rate >= GOAL_RATE, f"{rate:,.0f}"),
        (f">= {GOAL_RATIO} of baseline", ratio >= GOAL_RATIO, f"{ratio:.2f}"),
    ]
    for label, passed, value in checks:
        print(f"{'PASS' if passed else 'FAIL'}  {label} ({value})")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nPeak memory of this process: {peak:.0f} MiB")
    sys.exit(0 if all(passed for _, passed, _ in checks) else 1)


if __name__ == "__main__":
    main()
