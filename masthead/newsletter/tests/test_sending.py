"""Sending an issue: once to each confirmed subscriber, through a real SMTP server."""

import io
import re
from datetime import timedelta
from html.parser import HTMLParser

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client
from django.utils import timezone

from masthead.articles.tests.factories import make_article
from masthead.newsletter import dispatch, scheduling
from masthead.newsletter.models import Delivery, Issue, IssueArticle, Subscription, Suppression
from masthead.newsletter.tasks import send_due_issues_task
from masthead.newsletter.tests.conftest import make_newsletter, subscribe
from masthead.newsletter.transport import TransportTrouble
from masthead.privacy.fields import email_index

SITE = "https://news.example.org/"


@pytest.fixture
def weekly(db):
    return make_newsletter()


@pytest.fixture
def issue(weekly, news):
    first = make_article(news, title="Exiled reporters keep the presses running")
    second = make_article(news, title="Regional budget quietly cut by a third")
    issue = Issue.objects.create(
        newsletter=weekly,
        subject="This week: the presses keep running",
        preheader="Five stories you may have missed",
        intro=f'<p>Dear reader, <a id="{news.pk}" linktype="page">this week</a> was long.</p>',
        send_at=timezone.now() + timedelta(days=2),
    )
    IssueArticle.objects.create(issue=issue, article=second, sort_order=0, blurb="Our pick.")
    IssueArticle.objects.create(issue=issue, article=first, sort_order=1)
    return issue


def send(*args: str, capture) -> str:
    out = io.StringIO()
    with capture(execute=True):
        call_command("send_issue", "--newsletter", "weekly", *args, stdout=out)
    return out.getvalue()


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.images: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.hrefs.append(dict(attrs)["href"] or "")
        if tag == "img":
            self.images.append(dict(attrs))


def test_an_issue_goes_once_to_each_confirmed_subscriber(
    issue, weekly, smtp_server, django_capture_on_commit_callbacks
):
    readers = [f"reader{n}@example.org" for n in range(5)]
    for address in readers:
        subscribe(weekly, address)
    subscribe(weekly, "pending@example.org", Subscription.Status.PENDING)
    subscribe(weekly, "left@example.org", Subscription.Status.UNSUBSCRIBED)
    subscribe(weekly, "bounced@example.org")
    Suppression.objects.create(email_index=email_index("bounced@example.org"), reason="bounce")

    output = send(
        "--issue", str(issue.pk), "--now", "--wait", capture=django_capture_on_commit_callbacks
    )

    assert output.splitlines()[-3:] == ["Sent: 5", "Failed: 0", "Suppressed: 0"]
    assert sorted(smtp_server.recipients()) == readers
    issue.refresh_from_db()
    assert issue.status == Issue.Status.SENT
    assert issue.sent_count == 5

    received = smtp_server.received[0]
    message = received.message
    assert received.sender == "newsletter@news.example.org"
    assert message["Subject"] == "This week: the presses keep running"
    [sender] = message["From"].addresses
    assert (sender.display_name, sender.addr_spec) == (
        "The Test Gazette",
        "newsletter@news.example.org",
    )
    assert message["List-Id"] == "The Weekly <weekly.news.example.org>"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    https_link, mailto = re.fullmatch(r"<(.+)>, <(.+)>", message["List-Unsubscribe"]).groups()
    assert https_link.startswith(SITE + "newsletter/unsubscribe/")
    assert mailto == "mailto:desk@news.example.org?subject=unsubscribe"
    assert re.fullmatch(r"<issue\d+\.\d+@news\.example\.org>", message["Message-ID"])
    assert len(received.data) < 100_000
    assert max(len(line) for line in received.data.split(b"\r\n")) <= 998

    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "Regional budget quietly cut by a third" in text
    assert text.index("Regional budget") < text.index("Exiled reporters")  # editor's order
    assert "Our pick." in text
    assert "Our pick." in html
    assert "Two sentences of summary." in html  # the standfirst, where no blurb was given
    assert https_link in text
    assert https_link in html
    assert '<a href="https://news.example.org/news/">this week</a>' in html  # rich-text link
    assert "this week (https://news.example.org/news/) was long." in text

    links = _Links()
    links.feed(html)
    # Links go straight to the site: no click-redirect, no tracking parameters.
    assert links.hrefs
    assert all(href.startswith(SITE) for href in links.hrefs)
    assert not any("utm_" in href or "?" in href for href in links.hrefs)
    # Images are the articles' own pictures on the site, the same for every reader.
    assert len(links.images) == 2
    assert all(image["src"].startswith(SITE + "media/images/") for image in links.images)
    other_html = smtp_server.received[1].message.get_body(("html",)).get_content()
    assert re.findall(r'<img src="([^"]+)"', other_html) == [i["src"] for i in links.images]

    # The database never held an address in clear text.
    with connection.cursor() as cursor:
        cursor.execute("SELECT email FROM newsletter_subscriber")
        assert not any("@" in row[0] for row in cursor.fetchall())


def test_one_click_unsubscribe_is_honoured_by_the_next_issue(
    issue, weekly, smtp_server, django_capture_on_commit_callbacks
):
    for address in ("stays@example.org", "leaves@example.org"):
        subscribe(weekly, address)
    send("--issue", str(issue.pk), "--now", "--wait", capture=django_capture_on_commit_callbacks)
    leaving = next(m for m in smtp_server.received if m.recipients == ["leaves@example.org"])
    url = re.match(r"<([^>]+)>", leaving.message["List-Unsubscribe"])[1]

    response = Client().post(
        url.removeprefix("https://news.example.org"),
        {"List-Unsubscribe": "One-Click"},
        HTTP_HOST="news.example.org",
    )
    assert response.status_code == 200
    smtp_server.received.clear()

    # The automatically prepared next draft is now the latest issue not yet sent.
    output = send("--latest", "--now", "--wait", capture=django_capture_on_commit_callbacks)
    assert output.splitlines()[-3:] == ["Sent: 1", "Failed: 0", "Suppressed: 0"]
    assert smtp_server.recipients() == ["stays@example.org"]
    assert Issue.objects.filter(newsletter=weekly, status=Issue.Status.SENT).count() == 2


def test_an_issue_already_sent_is_refused(
    issue, weekly, smtp_server, django_capture_on_commit_callbacks
):
    subscribe(weekly, "reader@example.org")
    send("--issue", str(issue.pk), "--now", "--wait", capture=django_capture_on_commit_callbacks)
    with pytest.raises(CommandError, match="already sent"):
        send("--issue", str(issue.pk), "--now", capture=django_capture_on_commit_callbacks)
    assert len(smtp_server.received) == 1


def test_temporary_failures_retry_with_backoff_and_hard_bounces_suppress(
    issue, weekly, smtp_server, django_capture_on_commit_callbacks
):
    for address in ("ok@example.org", "busy@example.org", "gone@example.org"):
        subscribe(weekly, address)
    smtp_server.refuse("busy@example.org", "451 4.7.1 Greylisted, try again later", times=1)
    smtp_server.refuse("gone@example.org", "550 5.1.1 No such user")

    send("--issue", str(issue.pk), "--now", capture=django_capture_on_commit_callbacks)

    issue.refresh_from_db()
    assert issue.status == Issue.Status.SENDING  # one delivery waits for its retry
    busy = Delivery.objects.get(issue=issue, last_error="451")
    assert busy.status == Delivery.Status.PENDING
    assert busy.next_attempt_at > timezone.now() + timedelta(seconds=50)
    gone = Delivery.objects.get(issue=issue, status=Delivery.Status.FAILED)
    assert gone.last_error == "550 5.1.1"
    assert Suppression.objects.filter(email_index=email_index("gone@example.org")).exists()

    # Not yet due: the worker's periodic job leaves it alone.
    with django_capture_on_commit_callbacks(execute=True):
        send_due_issues_task.call()
    assert smtp_server.recipients() == ["ok@example.org"]

    Delivery.objects.filter(pk=busy.pk).update(next_attempt_at=timezone.now())
    with django_capture_on_commit_callbacks(execute=True):
        send_due_issues_task.call()
    assert sorted(smtp_server.recipients()) == ["busy@example.org", "ok@example.org"]
    issue.refresh_from_db()
    assert (issue.status, issue.sent_count, issue.failed_count) == (Issue.Status.SENT, 2, 1)

    # The suppressed address is left out of the next issue's audience.
    next_issue = scheduling.prepare_next_issue(weekly)
    assert dispatch.start(next_issue.pk)
    assert Delivery.objects.filter(issue=next_issue).count() == 2


def test_a_reader_who_unsubscribes_during_a_send_gets_nothing(issue, weekly, smtp_server):
    stays = subscribe(weekly, "stays@example.org")
    leaves = subscribe(weekly, "leaves@example.org")
    assert dispatch.start(issue.pk)
    Subscription.objects.filter(pk=leaves.pk).update(status=Subscription.Status.UNSUBSCRIBED)

    tally = dispatch.send_batches(issue.pk)

    assert (tally.sent, tally.suppressed) == (1, 1)
    assert smtp_server.recipients() == ["stays@example.org"]
    assert Delivery.objects.get(subscription=stays).status == Delivery.Status.SENT


def test_the_status_lock_lets_only_one_caller_start_a_send(issue, weekly):
    subscribe(weekly, "reader@example.org")
    assert dispatch.start(issue.pk) is True
    assert dispatch.start(issue.pk) is False
    assert Delivery.objects.filter(issue=issue).count() == 1


def test_a_scheduled_issue_is_sent_by_the_worker_when_its_slot_comes(
    issue, weekly, smtp_server, django_capture_on_commit_callbacks
):
    subscribe(weekly, "reader@example.org")
    output = send("--issue", str(issue.pk), capture=django_capture_on_commit_callbacks)
    assert "is scheduled for" in output
    with django_capture_on_commit_callbacks(execute=True):
        send_due_issues_task.call()
    assert smtp_server.received == []

    Issue.objects.filter(pk=issue.pk).update(send_at=timezone.now() - timedelta(seconds=1))
    with django_capture_on_commit_callbacks(execute=True):
        send_due_issues_task.call()
    assert smtp_server.recipients() == ["reader@example.org"]
    issue.refresh_from_db()
    assert issue.status == Issue.Status.SENT


def test_unknown_newsletter_or_issue_is_a_clear_error(
    issue, weekly, django_capture_on_commit_callbacks
):
    with pytest.raises(CommandError, match="no newsletter with the slug 'daily'"):
        call_command("send_issue", "--newsletter", "daily", "--latest")
    with pytest.raises(CommandError, match="has no issue 999999"):
        call_command("send_issue", "--newsletter", "weekly", "--issue", "999999")


def test_a_relay_that_refuses_everyone_pauses_the_send_and_charges_nobody(
    issue, weekly, smtp_server
):
    for n in range(15):
        address = f"reader{n}@example.org"
        subscribe(weekly, address)
        smtp_server.refuse(address, "554 5.7.1 Relay access denied")
    assert dispatch.start(issue.pk)

    with pytest.raises(TransportTrouble, match="refusals in a row"):
        dispatch.send_batches(issue.pk)

    assert set(Delivery.objects.values_list("status", "attempts")) == {("pending", 0)}
    assert not Suppression.objects.exists()
    issue.refresh_from_db()
    assert issue.status == Issue.Status.SENDING  # resumed by the worker once mail flows again


def test_a_refused_sender_address_pauses_the_send_and_charges_nobody(issue, weekly, smtp_server):
    for n in range(3):
        subscribe(weekly, f"reader{n}@example.org")
    smtp_server.handler.sender_reply = "550 5.7.1 Sender not allowed"
    assert dispatch.start(issue.pk)

    with pytest.raises(TransportTrouble, match="sender refused"):
        dispatch.send_batches(issue.pk)
    assert set(Delivery.objects.values_list("status", "attempts")) == {("pending", 0)}

    smtp_server.handler.sender_reply = ""
    tally = dispatch.send_batches(issue.pk)
    assert tally.sent == 3
    issue.refresh_from_db()
    assert issue.status == Issue.Status.SENT


def test_one_unusable_row_fails_alone_and_the_rest_are_sent(issue, weekly, smtp_server):
    subscribe(weekly, "first@example.org")
    broken = subscribe(weekly, "broken@example.org")
    subscribe(weekly, "last@example.org")
    with connection.cursor() as cursor:  # an address encrypted with a key long gone
        cursor.execute(
            "UPDATE newsletter_subscriber SET email = 'gAAAAA-not-a-token' WHERE id = %s",
            [broken.subscriber_id],
        )
    assert dispatch.start(issue.pk)

    tally = dispatch.send_batches(issue.pk)

    assert (tally.sent, tally.failed) == (2, 1)
    assert sorted(smtp_server.recipients()) == ["first@example.org", "last@example.org"]
    assert Delivery.objects.get(subscription=broken).status == Delivery.Status.FAILED


def test_long_lines_in_any_script_are_folded_under_the_smtp_limit(issue, weekly, smtp_server):
    sentence = "Независимая журналистика в изгнании продолжает работать каждый день. "
    long_url = "https://example.org/" + "путь/" * 60
    issue.intro = f'<p>{sentence * 20}<a href="{long_url}">ссылка</a> {sentence * 20}</p>'
    issue.save()
    subscribe(weekly, "reader@example.org")
    assert dispatch.start(issue.pk)
    dispatch.send_batches(issue.pk)
    [received] = smtp_server.received
    assert max(len(line) for line in received.data.split(b"\r\n")) <= 998
    assert sentence.strip() in received.message.get_body(("plain",)).get_content()


def test_lines_that_start_with_a_dot_arrive_intact(issue, weekly, smtp_server):
    """SMTP ends a message at a line holding a single dot: ours must be doubled on the wire
    (dot-stuffing, RFC 5321 4.5.2) and come out as written."""
    issue.intro = "<p>Line one.</p>\n.\n<p>.A line that starts with a dot.</p>"
    issue.save()
    subscribe(weekly, "reader@example.org")
    assert dispatch.start(issue.pk)
    dispatch.send_batches(issue.pk)
    [received] = smtp_server.received
    html = received.message.get_body(("html",)).get_content()
    assert "." in html.splitlines()  # a line holding a single dot survived
    assert ".A line that starts with a dot." in html
