"""Composing an issue in the admin: preview, a test to a colleague, scheduling and sending."""

from datetime import timedelta
from html.parser import HTMLParser

import pytest
from django.utils import timezone

from masthead.accounts import roles
from masthead.articles.tests.factories import make_article
from masthead.newsletter.models import Issue, IssueArticle
from masthead.newsletter.tests.conftest import make_newsletter, member, subscribe


@pytest.fixture
def issue(news):
    weekly = make_newsletter()
    article = make_article(news, title="Court hearing moved behind closed doors")
    issue = Issue.objects.create(
        newsletter=weekly,
        subject="The week in court",
        intro="<p>Hello from the desk.</p>",
        send_at=timezone.now() + timedelta(days=3),
    )
    IssueArticle.objects.create(issue=issue, article=article, sort_order=0)
    return issue


class _FormFields(HTMLParser):
    """The values a browser would submit from the admin's edit form, as it stands."""

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[str, str] = {}
        self._textarea: str | None = None
        self._select: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "input" and a.get("name") and a.get("type") not in ("submit", "checkbox"):
            self.data.setdefault(a["name"], a.get("value", ""))
        elif tag == "textarea":
            self._textarea = a.get("name")
            self.data[self._textarea or ""] = ""
        elif tag == "select":
            self._select = a.get("name")
        elif tag == "option" and self._select and "selected" in a:
            self.data[self._select] = a.get("value", "")

    def handle_data(self, data: str) -> None:
        if self._textarea:
            self.data[self._textarea] += data

    def handle_endtag(self, tag: str) -> None:
        if tag == "textarea":
            self._textarea = None
        if tag == "select":
            self._select = None


def edit_form(client, issue) -> dict[str, str]:
    fields = _FormFields()
    fields.feed(client.get(edit_url(issue)).content.decode())
    return fields.data


def refused(response) -> bool:
    """Wagtail answers a refused admin page with a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == "/admin/"
    )


def edit_url(issue):
    return f"/admin/snippets/newsletter/issue/edit/{issue.pk}/"


def test_an_editor_composes_and_previews_an_issue_but_cannot_send_it(client, issue):
    client.force_login(member(roles.EDITOR))
    response = client.get(edit_url(issue))
    assert response.status_code == 200
    assert b"Send a test" in response.content
    assert b"Schedule or send" not in response.content

    preview = f"/admin/snippets/newsletter/issue/preview/{issue.pk}/"
    form = edit_form(client, issue)
    form["subject"] = "Unsaved subject"
    assert client.post(preview, form).json()["is_valid"]
    email = client.get(preview, {"mode": "email"})
    assert email.status_code == 200
    assert b"Court hearing moved behind closed doors" in email.content
    assert b"<title>Unsaved subject</title>" in email.content  # the form as it stands
    assert b"<table" in email.content
    text = client.get(preview, {"mode": "text"})
    assert text["Content-Type"].startswith("text/plain")
    assert "Court hearing moved behind closed doors" in text.content.decode()
    assert "<table" not in text.content.decode()

    assert refused(client.get(f"/admin/snippets/newsletter/issue/send/{issue.pk}/"))


def test_a_contributor_has_no_access_to_issues(client, issue):
    client.force_login(member(roles.CONTRIBUTOR))
    assert refused(client.get(edit_url(issue)))
    assert refused(client.get(f"/admin/snippets/newsletter/issue/send-test/{issue.pk}/"))


def test_a_test_goes_to_the_address_given_with_inert_personal_links(client, issue, smtp_server):
    client.force_login(member(roles.EDITOR))
    url = f"/admin/snippets/newsletter/issue/send-test/{issue.pk}/"
    assert client.get(url).status_code == 200

    refused = client.post(url, {"address": "colleague@@example"})
    assert refused.status_code == 200
    assert b"Enter a valid email address" in refused.content
    assert smtp_server.received == []

    response = client.post(url, {"address": "Colleague@Example.org"})
    assert response.status_code == 302
    [received] = smtp_server.received
    assert received.recipients == ["colleague@example.org"]
    assert "https://news.example.org/newsletter/" in received.message["List-Unsubscribe"]
    assert "/newsletter/unsubscribe/" not in received.data.decode()
    assert issue.deliveries.count() == 0  # a test is not a send


def test_a_publisher_sends_an_issue_now_and_it_cannot_be_edited_after(client, issue, smtp_server):
    subscribe(issue.newsletter, "reader@example.org")
    client.force_login(member(roles.PUBLISHER))
    url = f"/admin/snippets/newsletter/issue/send/{issue.pk}/"
    page = client.get(url)
    assert b"1 confirmed subscriber" in page.content

    response = client.post(url, {"action": "now"})

    assert response.status_code == 302
    assert smtp_server.recipients() == ["reader@example.org"]
    issue.refresh_from_db()
    assert issue.status == Issue.Status.SENT
    form = edit_form(client, issue)
    form["subject"] = "Changed after sending"
    edit = client.post(edit_url(issue), form)
    assert b"can no longer be changed" in edit.content
    issue.refresh_from_db()
    assert issue.subject == "The week in court"
    # Sending again is refused with a message, and nothing more goes out.
    again = client.post(url, {"action": "now"}, follow=True)
    assert b"already sent" in again.content
    assert len(smtp_server.received) == 1


def test_a_publisher_schedules_an_issue_for_its_slot(client, issue):
    client.force_login(member(roles.PUBLISHER))
    client.post(f"/admin/snippets/newsletter/issue/send/{issue.pk}/", {"action": "schedule"})
    issue.refresh_from_db()
    assert issue.status == Issue.Status.SCHEDULED


def test_an_editor_changing_a_scheduled_issue_sends_it_back_to_draft(client, issue):
    client.force_login(member(roles.PUBLISHER))
    client.post(f"/admin/snippets/newsletter/issue/send/{issue.pk}/", {"action": "schedule"})
    client.force_login(member(roles.EDITOR))
    form = edit_form(client, issue)
    form["subject"] = "A subject the publisher has not seen"
    client.post(edit_url(issue), form)
    issue.refresh_from_db()
    assert issue.subject == "A subject the publisher has not seen"
    assert issue.status == Issue.Status.DRAFT
    assert issue.items.count() == 1  # the articles survive the save
