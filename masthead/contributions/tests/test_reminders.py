"""Remind me later: one email in the chosen month, never two, and then the address is gone."""

import re
from datetime import date, timedelta
from io import StringIO

import pytest
import time_machine
from django.core.management import CommandError, call_command
from django.db import connection

from masthead.contributions.models import Reminder

pytestmark = pytest.mark.django_db

ADDRESS = "reader@example.org"


def ask_for_reminder(client, month: str, address: str = ADDRESS, **headers):
    return client.post("/support/remind/", {"email": address, "month": month}, **headers)


def raw_reminder_rows() -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM contributions_reminder")
        return cursor.fetchall()


def send_reminders(as_of: str) -> str:
    out = StringIO()
    call_command("send_reminders", "--as-of", as_of, stdout=out)
    return out.getvalue()


@time_machine.travel("2026-11-25 12:00Z", tick=False)
def test_the_form_offers_next_month_first_and_says_what_the_address_is_for(client, home):
    page = client.get("/support/").content.decode()

    assert re.search(r'<option value="2026-12" selected>December 2026</option>', page)
    assert '<option value="2027-05">May 2027</option>' in page
    assert "only for this one reminder" in page


@time_machine.travel("2026-11-25 12:00Z", tick=False)
def test_a_reminder_stores_only_the_encrypted_address_the_month_and_a_code(client, home):
    response = ask_for_reminder(client, "2026-12")

    assert response.status_code == 200
    assert "December 2026" in response.content.decode()
    reminder = Reminder.objects.get()
    assert reminder.email == ADDRESS
    assert reminder.month == date(2026, 12, 1)
    assert len(reminder.code) >= 20
    for row in raw_reminder_rows():
        assert not any(ADDRESS in str(value) for value in row)
        assert not any("reader" in str(value) for value in row)


@time_machine.travel("2026-11-25 12:00Z", tick=False)
def test_asking_twice_for_the_same_month_stores_one_reminder(client, home):
    ask_for_reminder(client, "2026-12")
    ask_for_reminder(client, "2026-12", address=" Reader@Example.org ")
    ask_for_reminder(client, "2027-01")

    assert sorted(Reminder.objects.values_list("month", flat=True)) == [
        date(2026, 12, 1),
        date(2027, 1, 1),
    ]


@time_machine.travel("2026-11-25 12:00Z", tick=False)
@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"email": "not-an-address", "month": "2026-12"}, "valid email address"),
        ({"email": "a@b.org\r\nBcc: x@y.org", "month": "2026-12"}, "cannot contain line breaks"),
        ({"email": ADDRESS, "month": "2026-10"}, "Please choose one of the months offered."),
        ({"email": ADDRESS, "month": "2029-01"}, "Please choose one of the months offered."),
        ({"email": ADDRESS, "month": "December"}, "Please choose one of the months offered."),
    ],
)
def test_bad_reminder_requests_are_refused_with_a_message(client, home, fields, message):
    response = client.post("/support/remind/", fields, HTTP_ACCEPT="application/json")

    assert response.status_code == 400
    assert message in response.json()["message"]
    assert Reminder.objects.count() == 0


def test_the_reminder_goes_out_once_in_its_month_and_the_address_is_deleted(
    client, home, smtp_server
):
    with time_machine.travel("2026-11-25 12:00Z", tick=False):
        ask_for_reminder(client, "2026-12")

    assert "0 sent" in send_reminders("2026-11-30")  # not yet
    assert smtp_server.received == []

    assert "1 sent" in send_reminders("2026-12-01")
    assert "0 sent" in send_reminders("2026-12-01")  # never twice
    assert "0 sent" in send_reminders("2026-12-15")

    [received] = smtp_server.received
    assert received.recipients == [ADDRESS]
    message = received.message
    assert "reminder" in message["Subject"].lower()
    text = message.get_body(("plain",)).get_content()
    assert "https://news.example.org/support/" in text
    reminder = Reminder.objects.get()
    assert f"https://news.example.org/support/remind/cancel/{reminder.code}/" in text
    assert reminder.email is None
    assert reminder.dedupe_key is None
    assert reminder.sent_at is not None
    for row in raw_reminder_rows():
        assert not any(value and "reader" in str(value) for value in row)


def test_a_reminder_the_worker_missed_goes_out_late_rather_than_never(client, home, smtp_server):
    with time_machine.travel("2026-11-25 12:00Z", tick=False):
        ask_for_reminder(client, "2026-12")

    assert "1 sent" in send_reminders("2027-01-03")


def test_a_failed_send_is_tried_again_and_the_address_kept_until_then(client, home, smtp_server):
    with time_machine.travel("2026-11-25 12:00Z", tick=False):
        ask_for_reminder(client, "2026-12")
    smtp_server.refuse(ADDRESS, "451 4.3.0 Try again later", times=1)

    with pytest.raises(CommandError):
        send_reminders("2026-12-01")
    assert Reminder.objects.get().email == ADDRESS

    assert "1 sent" in send_reminders("2026-12-01")
    assert len(smtp_server.received) == 1


def test_the_cancel_link_asks_first_then_deletes_the_reminder(client, home, smtp_server):
    with time_machine.travel("2026-11-25 12:00Z", tick=False):
        answer = ask_for_reminder(client, "2026-12", HTTP_ACCEPT="application/json").json()
    cancel_url = answer["cancel_url"]

    page = client.get(cancel_url)
    assert page.status_code == 200
    assert "Cancel the reminder" in page.content.decode()
    assert Reminder.objects.count() == 1  # a mail scanner's GET changes nothing

    done = client.post(cancel_url)
    assert done.status_code == 200
    assert Reminder.objects.count() == 0
    assert "0 sent" in send_reminders("2026-12-01")
    assert client.post(cancel_url).status_code == 200  # twice: still fine


def test_the_worker_job_sends_due_reminders_in_the_newsrooms_time_zone(
    client, home, smtp_server, settings
):
    from masthead.contributions.tasks import send_reminders_task

    settings.TIME_ZONE = "Asia/Tbilisi"  # UTC+4
    with time_machine.travel("2026-11-25 12:00Z", tick=False):
        ask_for_reminder(client, "2026-12")
    with time_machine.travel("2026-11-30 19:30Z", tick=False):  # 23:30 on the 30th there
        send_reminders_task.enqueue()
    assert smtp_server.received == []
    with time_machine.travel("2026-11-30 20:30Z", tick=False):  # 00:30 on the 1st there
        send_reminders_task.enqueue()
    assert len(smtp_server.received) == 1


def test_sent_reminders_leave_nothing_behind_after_the_next_month(client, home, smtp_server):
    from masthead.contributions import reminders

    with time_machine.travel("2026-11-25 12:00Z", tick=False):
        ask_for_reminder(client, "2026-12")
    send_reminders("2026-12-01")

    reminders.prune(now=_at(date(2027, 1, 20)))
    assert Reminder.objects.count() == 1  # the code still answers in January
    reminders.prune(now=_at(date(2027, 2, 1)))
    assert Reminder.objects.count() == 0


def test_as_of_must_be_a_date():
    with pytest.raises(CommandError, match="2026-12-01"):
        send_reminders("next month")


def _at(day: date):
    from datetime import UTC, datetime

    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC) + timedelta(0)


def test_an_address_refused_for_good_is_given_up_and_deleted(client, home, smtp_server):
    with time_machine.travel("2026-11-25 12:00Z", tick=False):
        ask_for_reminder(client, "2026-12", address="gone@example.org")
        ask_for_reminder(client, "2026-12")
    smtp_server.refuse("gone@example.org", "550 5.1.1 No such user", times=None)

    with pytest.raises(CommandError):
        send_reminders("2026-12-01")

    assert [r.recipients for r in smtp_server.received] == [[ADDRESS]]
    assert Reminder.objects.filter(email__isnull=False).count() == 0  # both addresses gone
    assert "0 sent, 0 failed" in send_reminders("2026-12-02")  # nothing tried again


def test_a_reminder_still_failing_two_weeks_into_its_month_is_given_up(client, home, smtp_server):
    with time_machine.travel("2026-11-25 12:00Z", tick=False):
        ask_for_reminder(client, "2026-12")
    smtp_server.refuse(ADDRESS, "451 4.3.0 Try again later", times=None)

    with pytest.raises(CommandError):
        send_reminders("2026-12-01")
    assert Reminder.objects.get().email == ADDRESS  # kept for the next try
    with pytest.raises(CommandError):
        send_reminders("2026-12-16")
    assert Reminder.objects.get().email is None


@time_machine.travel("2026-11-25 12:00Z", tick=False)
def test_asking_again_for_someone_elses_address_does_not_reveal_their_cancel_code(client, home):
    first = ask_for_reminder(client, "2026-12", HTTP_ACCEPT="application/json").json()
    again = ask_for_reminder(client, "2026-12", HTTP_ACCEPT="application/json").json()

    assert "cancel_url" in first
    assert again["ok"]
    assert "cancel_url" not in again
