"""Moving a list over from another provider with `masthead import_subscribers`."""

import io

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from masthead.newsletter.models import Newsletter, Subscriber, Subscription
from masthead.privacy.fields import email_index


@pytest.fixture
def weekly(db):
    return Newsletter.objects.create(
        name="The Weekly", slug="weekly", sender_name="Gazette", sender_email="n@example.org"
    )


def run_import(tmp_path, content: bytes | str, source="Mailchimp export, 2026-10-01"):
    path = tmp_path / "list.csv"
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    out = io.StringIO()
    call_command(
        "import_subscribers", str(path), newsletter="weekly", consent_source=source, stdout=out
    )
    return out.getvalue()


def test_a_list_is_imported_and_reported_line_by_line(tmp_path, weekly):
    output = run_import(
        tmp_path,
        "Email,language,subscribed_at\n"
        "anna@example.org,ru,2025-03-01\n"
        "not-an-address,,\n"
        "Anna@Example.org,,\n"
        "boris@example.org,,2025-13-45\n"
        "vera@example.org,,2025-06-01T09:30:00+02:00\n",
    )
    assert output.splitlines() == [
        "Added: 2",
        "Already present: 1",
        "Unsubscribed earlier, not re-added: 0",
        "Invalid lines: 2",
        "  line 3: Enter a valid email address, like name@example.org.",
        "  line 5: subscribed_at or language is not readable.",
    ]
    anna = Subscription.objects.get(subscriber__email_index=email_index("anna@example.org"))
    assert anna.status == Subscription.Status.CONFIRMED
    assert anna.consent_form == "import: Mailchimp export, 2026-10-01"
    assert anna.confirmed_at.date().isoformat() == "2025-03-01"
    assert anna.subscriber.language == "ru"
    with connection.cursor() as cursor:
        cursor.execute("SELECT email FROM newsletter_subscriber")
        assert all("example.org" not in row[0] for row in cursor.fetchall())


def test_readers_who_unsubscribed_are_not_added_back(tmp_path, weekly):
    run_import(tmp_path, "email\nleft@example.org\n")
    Subscription.objects.update(status=Subscription.Status.UNSUBSCRIBED)
    output = run_import(tmp_path, "email\nleft@example.org\n")
    assert "Unsubscribed earlier, not re-added: 1" in output
    assert Subscription.objects.get().status == Subscription.Status.UNSUBSCRIBED


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00binary", "not UTF-8"),
        ("name,address\nAnna,anna@example.org\n", "including 'email'"),
        ("", "including 'email'"),
        ("email\n\x00anna@example.org\n", "not a CSV file"),
    ],
)
def test_a_file_that_is_not_a_csv_list_imports_nothing(tmp_path, weekly, content, reason):
    with pytest.raises(CommandError, match=reason):
        run_import(tmp_path, content)
    assert not Subscriber.objects.exists()


def test_unknown_newsletter_and_missing_source_are_refused(tmp_path, weekly):
    (tmp_path / "list.csv").write_text("email\na@example.org\n")
    with pytest.raises(CommandError, match="no newsletter"):
        call_command(
            "import_subscribers", str(tmp_path / "list.csv"), newsletter="nope", consent_source="x"
        )
    with pytest.raises(CommandError, match="consent-source"):
        call_command(
            "import_subscribers",
            str(tmp_path / "list.csv"),
            newsletter="weekly",
            consent_source="  ",
        )
    with pytest.raises(CommandError, match="Cannot read"):
        call_command(
            "import_subscribers",
            str(tmp_path / "missing.csv"),
            newsletter="weekly",
            consent_source="x",
        )
    assert not Subscriber.objects.exists()
