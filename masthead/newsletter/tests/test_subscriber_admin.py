"""The subscriber list in the admin: counts and growth, exact lookup, audited CSV export and
import, for Publishers and Administrators only."""

import csv
import io
import logging
import re
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from wagtail.models import ModelLogEntry

from masthead.accounts import roles
from masthead.newsletter import subscribers_admin
from masthead.newsletter.models import Newsletter, Subscriber, Subscription, Suppression
from masthead.newsletter.tests.conftest import member
from masthead.privacy.fields import email_index

PAGE = "/admin/subscribers/"
IMPORT_PAGE = "/admin/subscribers/import/"


def make_newsletter(slug: str, name: str) -> Newsletter:
    return Newsletter.objects.create(
        name=name, slug=slug, sender_name="Gazette", sender_email="n@news.example.org"
    )


def subscribe(newsletter, address, status="confirmed", *, confirmed_at=None, **fields):
    subscriber = Subscriber.objects.filter(email_index=email_index(address)).first()
    subscriber = subscriber or Subscriber.objects.create(
        email=address, language=fields.pop("language", "en")
    )
    now = timezone.now()
    if status == "confirmed" and confirmed_at is None:
        confirmed_at = now
    return Subscription.objects.create(
        subscriber=subscriber,
        newsletter=newsletter,
        status=status,
        confirmed_at=confirmed_at,
        consent_policy_version=fields.pop("consent_policy_version", "3"),
        consent_given_at=fields.pop("consent_given_at", now),
        consent_form=fields.pop("consent_form", "article page"),
        **fields,
    )


@pytest.fixture
def weekly(db):
    return make_newsletter("weekly", "The Weekly")


@pytest.fixture
def publisher(db, client):
    user = member(roles.PUBLISHER)
    client.force_login(user)
    return user


@pytest.fixture
def administrator(db, client):
    user = member(roles.ADMINISTRATOR)
    client.force_login(user)
    return user


def test_publishers_see_counts_and_weekly_growth_but_no_addresses(client, weekly, publisher):
    now = timezone.now()
    subscribe(weekly, "anna@example.org")
    subscribe(weekly, "boris@example.org", confirmed_at=now - timedelta(weeks=3))
    subscribe(weekly, "bounced@example.org", confirmed_at=now - timedelta(weeks=3))
    subscribe(weekly, "vera@example.org", status="pending")
    subscribe(
        weekly,
        "gone@example.org",
        status="unsubscribed",
        confirmed_at=now - timedelta(weeks=30),
        unsubscribed_at=now - timedelta(weeks=3),
    )
    subscribe(make_newsletter("breaking", "Breaking"), "other@example.org")
    Suppression.objects.create(email_index=email_index("bounced@example.org"), reason="bounce")
    Suppression.objects.create(email_index=email_index("stranger@example.org"), reason="complaint")

    response = client.get(PAGE)

    assert response.status_code == 200
    assert private(response)
    figures = {item.newsletter.slug: item for item, _chart in response.context["newsletters"]}
    weekly_figures = figures["weekly"]
    assert (
        weekly_figures.confirmed,
        weekly_figures.pending,
        weekly_figures.unsubscribed,
        weekly_figures.suppressed,
    ) == (3, 1, 1, 1)
    assert (figures["breaking"].confirmed, figures["breaking"].suppressed) == (1, 0)
    weeks = weekly_figures.weeks
    assert len(weeks) == 26
    assert weeks[-1].start == timezone.localdate() - timedelta(days=timezone.localdate().weekday())
    assert [(week.confirmed, week.unsubscribed) for week in weeks[-4:]] == [
        (2, 1),
        (0, 0),
        (0, 0),
        (1, 0),
    ]
    assert sum(week.confirmed for week in weeks) == 3  # the confirmation 30 weeks ago is out
    html = response.content.decode()
    assert '<svg viewBox="0 0 632 180" role="img"' in html
    assert "In the last 26 weeks: 3 confirmations, 1 unsubscriptions." in html
    assert "<summary>The numbers, week by week</summary>" in html
    assert "@example.org" not in html
    assert not re.findall(r"<(?:script|link|img)[^>]*(?:src|href)=\"(?:https?:)?//", html)
    assert f'action="{PAGE}{weekly.pk}/export/"' in html
    assert IMPORT_PAGE not in html  # importing is for Administrators


@pytest.mark.parametrize("role", [roles.CONTRIBUTOR, roles.EDITOR])
def test_contributors_and_editors_are_refused(client, weekly, role):
    subscribe(weekly, "anna@example.org")
    client.force_login(member(role))

    assert PAGE not in client.get("/admin/").content.decode()  # no menu item
    for response in (
        client.get(PAGE),
        client.post(PAGE, {"email": "anna@example.org"}),
        client.post(f"{PAGE}{weekly.pk}/export/"),
        client.get(IMPORT_PAGE),
    ):
        assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert not ModelLogEntry.objects.filter(action__startswith="newsletter.").exists()


def test_the_menu_leads_publishers_to_the_subscribers(client, publisher):
    assert f'"url": "{PAGE}"' in client.get("/admin/").content.decode()


def test_an_exact_address_finds_its_subscriptions(client, weekly, publisher):
    breaking = make_newsletter("breaking", "Breaking")
    given = timezone.now() - timedelta(days=40)
    subscribe(
        weekly,
        "anna@example.org",
        consent_given_at=given,
        consent_form="import: Mailchimp export",
        consent_policy_version="2",
    )
    subscribe(breaking, "anna@example.org", status="unsubscribed", unsubscribed_at=given)
    subscribe(weekly, "boris@example.org")
    Suppression.objects.create(email_index=email_index("anna@example.org"), reason="complaint")

    response = client.post(PAGE, {"email": "  Anna@EXAMPLE.org "})

    assert response.status_code == 200
    assert private(response)
    lookup = response.context["lookup"]
    assert lookup.address == "anna@example.org"
    assert [
        (s.newsletter.name, s.status, s.consent_policy_version, s.consent_form)
        for s in lookup.subscriptions
    ] == [
        ("Breaking", "unsubscribed", "3", "article page"),
        ("The Weekly", "confirmed", "2", "import: Mailchimp export"),
    ]
    html = response.content.decode()
    assert "import: Mailchimp export" in html
    assert "No mail is sent to this address (complaint," in html
    assert "boris@example.org" not in html


def test_an_address_nobody_has_finds_nothing(client, weekly, publisher):
    subscribe(weekly, "anna@example.org")
    response = client.post(PAGE, {"email": "anna@example.net"})
    assert response.status_code == 200
    assert response.context["lookup"].subscriptions == []
    assert "No subscriber has this address." in response.content.decode()


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("anna", "Enter a valid email address, like name@example.org."),
        ("anna@localhost", "Enter a valid email address, like name@example.org."),
        ("a@example.org\nb@example.org", "An email address cannot contain line breaks."),
        ("", "Enter an email address."),
        ("a" * 250 + "@example.org", "This email address is too long (at most 254 characters)."),
    ],
)
def test_what_is_not_an_address_gets_a_message(client, weekly, publisher, typed, message):
    subscribe(weekly, "anna@example.org")
    response = client.post(PAGE, {"email": typed})
    assert response.status_code == 200
    assert response.context["lookup_form"].errors == {"email": [message]}
    assert response.context.get("lookup") is None
    assert message in response.content.decode()


def private(response) -> bool:
    return {"private", "no-store"} <= {
        part.strip() for part in response["Cache-Control"].split(",")
    }


def read_csv(response) -> list[list[str]]:
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body.removeprefix("\ufeff"))))


def test_export_streams_the_confirmed_subscribers_and_is_audited(client, weekly, publisher, caplog):
    confirmed_at = timezone.now().replace(microsecond=0) - timedelta(days=3)
    subscribe(weekly, "anna@example.org", confirmed_at=confirmed_at, language="ru")
    subscribe(
        weekly,
        "=cmd@example.org",
        confirmed_at=confirmed_at,
        language="+1",
        consent_policy_version="-2",
        consent_form="@SUM(A1)",
    )
    subscribe(weekly, "waiting@example.org", status="pending")
    subscribe(weekly, "left@example.org", status="unsubscribed")
    subscribe(make_newsletter("breaking", "Breaking"), "other@example.org")

    with caplog.at_level(logging.INFO, logger="masthead.newsletter.exporting"):
        response = client.post(f"{PAGE}{weekly.pk}/export/")
        rows = read_csv(response)

    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert private(response)  # Wagtail adds no-cache, max-age=0 to every admin response
    assert response["Content-Disposition"].startswith('attachment; filename="weekly-confirmed-')
    when = confirmed_at.isoformat()
    assert rows == [
        ["email", "language", "subscribed_at", "consent_policy_version", "consent_form"],
        ["anna@example.org", "ru", when, "3", "article page"],
        ["'=cmd@example.org", "'+1", when, "'-2", "'@SUM(A1)"],
    ]
    entry = ModelLogEntry.objects.get(action="newsletter.export_subscribers")
    assert (entry.user_id, entry.object_id, entry.label) == (
        publisher.pk,
        str(weekly.pk),
        "The Weekly",
    )
    assert entry.data == {"rows": 2}
    assert entry.message == "Exported 2 confirmed subscribers"
    assert "@" not in caplog.text
    assert "export of 2 confirmed subscribers of weekly" in caplog.text
    assert "Export of weekly finished after 2 rows." in caplog.text


def test_export_is_a_post_and_of_a_newsletter_that_exists(client, weekly, publisher):
    assert client.get(f"{PAGE}{weekly.pk}/export/").status_code == 405
    assert client.post(f"{PAGE}{weekly.pk + 1}/export/").status_code == 404
    assert not ModelLogEntry.objects.filter(action="newsletter.export_subscribers").exists()


def upload(content: bytes, name: str = "list.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="text/csv")


def test_administrators_import_a_list_and_see_the_report(client, weekly, administrator):
    subscribe(weekly, "present@example.org")
    subscribe(weekly, "left@example.org", status="unsubscribed")
    page = client.get(PAGE).content.decode()
    assert f'href="{IMPORT_PAGE}"' in page

    response = client.post(
        IMPORT_PAGE,
        {
            "newsletter": weekly.pk,
            "consent_source": "Mailchimp export, 2026-10-01",
            "file": upload(
                b"email,language\nnew@example.org,de\nnot-an-address,\n"
                b"present@example.org,\nleft@example.org,\n"
            ),
        },
    )

    assert response.status_code == 200
    assert private(response)
    report = response.context["report"]
    assert (report.added, report.already_present, report.unsubscribed_kept_out) == (1, 1, 1)
    assert report.invalid == [(3, "Enter a valid email address, like name@example.org.")]
    html = response.content.decode()
    assert "line 3: Enter a valid email address, like name@example.org." in html
    added = Subscription.objects.get(subscriber__email_index=email_index("new@example.org"))
    assert (added.status, added.consent_form) == (
        "confirmed",
        "import: Mailchimp export, 2026-10-01",
    )
    entry = ModelLogEntry.objects.get(action="newsletter.import_subscribers")
    assert (entry.user_id, entry.object_id) == (administrator.pk, str(weekly.pk))
    assert entry.data == {
        "added": 1,
        "already_present": 1,
        "unsubscribed_kept_out": 1,
        "invalid": 1,
        "source": "Mailchimp export, 2026-10-01",
    }


@pytest.mark.parametrize(
    ("file", "message"),
    [
        (upload(b"\x89PNG\r\n\x1a\n\x00\x00", "photo.png"), "Choose a CSV file."),
        (upload(b"\x89PNG\r\n\x1a\n\x00\x00"), "The file is not UTF-8 text"),
        (upload(b"name,address\nAnna,anna@example.org\n"), "including 'email'"),
        (upload(b""), "The submitted file is empty."),
    ],
)
def test_a_file_that_is_not_a_csv_list_gets_a_form_error(
    client, weekly, administrator, file, message
):
    response = client.post(
        IMPORT_PAGE, {"newsletter": weekly.pk, "consent_source": "Old list", "file": file}
    )
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors["file"])
    assert not Subscriber.objects.exists()
    assert not ModelLogEntry.objects.filter(action="newsletter.import_subscribers").exists()


def test_huge_files_and_a_missing_source_are_refused(client, weekly, administrator, monkeypatch):
    monkeypatch.setattr(subscribers_admin, "MAX_IMPORT_BYTES", 1024 * 1024)
    big = upload(b"email\n" + b"a@example.org\n" * 80_000)
    response = client.post(
        IMPORT_PAGE, {"newsletter": weekly.pk, "consent_source": "Old list", "file": big}
    )
    assert response.context["form"].errors == {"file": ["The file is too large (at most 1 MB)."]}

    long = upload(b"email\n" + b"a@example.org\n" * 10_001)
    response = client.post(
        IMPORT_PAGE, {"newsletter": weekly.pk, "consent_source": "Old list", "file": long}
    )
    assert "more than 10000 lines" in response.context["form"].errors["file"][0]

    response = client.post(
        IMPORT_PAGE, {"newsletter": weekly.pk, "consent_source": "  ", "file": upload(b"email\n")}
    )
    assert response.context["form"].errors == {
        "consent_source": ["Say where these readers gave their consent."]
    }
    assert not Subscriber.objects.exists()


def test_publishers_may_not_import(client, weekly, publisher):
    response = client.post(
        IMPORT_PAGE,
        {"newsletter": weekly.pk, "consent_source": "x", "file": upload(b"email\na@example.org\n")},
    )
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert not Subscriber.objects.exists()
