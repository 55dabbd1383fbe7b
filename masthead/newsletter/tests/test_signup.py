"""A reader signs up from a public page, confirms by email, and is subscribed."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.cache import cache
from django.db import connection
from django.utils import timezone

from masthead.newsletter.models import Newsletter, Subscriber, Subscription
from masthead.newsletter.services import delete_unconfirmed
from masthead.privacy.fields import email_index
from masthead.privacy.models import PrivacyPolicyPage

SUBSCRIBE = "/newsletter/subscribe/"


@pytest.fixture(autouse=True)
def _fresh_limits():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def client(client, django_capture_on_commit_callbacks):
    """The test client, with work queued for after the commit run as in production."""

    class CommittingClient:
        def __getattr__(self, name):
            method = getattr(client, name)

            def call(*args, **kwargs):
                with django_capture_on_commit_callbacks(execute=True):
                    return method(*args, **kwargs)

            return call

    return CommittingClient()


@pytest.fixture
def weekly(home):
    policy = PrivacyPolicyPage(title="Privacy policy", slug="privacy", version="3")
    home.add_child(instance=policy)
    policy.save_revision().publish()
    return Newsletter.objects.create(
        name="The Weekly",
        slug="weekly",
        sender_name="The Test Gazette",
        sender_email="newsletter@news.example.org",
        reply_to="desk@news.example.org",
    )


def sign_up(client, email="reader@example.org", **extra):
    data = {"email": email, "newsletter": "weekly", "form": "article", "website": ""}
    data.update(extra)
    return client.post(SUBSCRIBE, data)


def confirmation_link(message) -> str:
    return re.search(r"https://news\.example\.org(/newsletter/confirm/[^/\s]+/)", message.body)[1]


def test_sign_up_sends_one_confirmation_and_the_link_confirms(client, weekly):
    response = sign_up(client, "  Reader@Example.org ")
    assert response.status_code == 200
    assert b"Almost done" in response.content
    assert not response.cookies

    [message] = mail.outbox
    assert message.to == ["reader@example.org"]
    assert message.subject == "Confirm your subscription to The Weekly"
    assert message.from_email == "The Test Gazette <newsletter@news.example.org>"
    assert message.reply_to == ["desk@news.example.org"]
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    link = confirmation_link(message)
    assert link in html

    subscription = Subscription.objects.get()
    assert subscription.status == Subscription.Status.PENDING
    shown = client.get(link)  # what a mail scanner does: it must not confirm
    assert shown.status_code == 200
    assert b"Confirm my subscription" in shown.content
    subscription.refresh_from_db()
    assert subscription.status == Subscription.Status.PENDING
    confirmed = client.post(link)
    assert confirmed.status_code == 200
    assert b"You are subscribed" in confirmed.content
    assert "no-store" in confirmed["Cache-Control"]
    subscription.refresh_from_db()
    assert subscription.status == Subscription.Status.CONFIRMED
    assert subscription.confirmed_at is not None

    again = client.post(link)  # confirming twice is harmless
    assert again.status_code == 200
    assert Subscription.objects.filter(status="confirmed").count() == 1


def test_consent_is_recorded_and_nothing_else(client, weekly):
    sign_up(client)
    subscription = Subscription.objects.get()
    assert subscription.consent_policy_version == "3"
    assert subscription.consent_form == "article page"
    assert timezone.now() - subscription.consent_given_at < timedelta(minutes=1)
    columns = {f.name for f in Subscription._meta.fields} | {
        f.name for f in Subscriber._meta.fields
    }
    assert not any("ip" in name.split("_") or "agent" in name for name in columns)


def test_the_database_holds_no_address_in_clear_text(client, weekly):
    sign_up(client, "secret.reader@example.org")
    with connection.cursor() as cursor:
        cursor.execute("SELECT email, email_index FROM newsletter_subscriber")
        rows = cursor.fetchall()
    assert len(rows) == 1
    assert "secret" not in " ".join(rows[0])
    assert Subscriber.objects.get(email_index=email_index("SECRET.reader@example.org"))


def test_an_address_already_confirmed_gets_nothing_new_and_the_same_answer(client, weekly):
    sign_up(client)
    client.post(confirmation_link(mail.outbox[0]))
    cache.clear()
    first_answer = sign_up(client, "new.reader@example.org").content
    cache.clear()
    mail.outbox.clear()
    answer = sign_up(client)
    assert answer.status_code == 200
    assert answer.content == first_answer
    assert mail.outbox == []


def test_confirmation_emails_are_limited_per_address(client, weekly):
    for _ in range(3):
        assert sign_up(client).status_code == 200
    assert len(mail.outbox) == 1  # one per ten minutes
    assert Subscription.objects.count() == 1


@pytest.mark.parametrize(
    ("email", "message"),
    [
        ("", b"Enter your email address."),
        ("not-an-address", b"Enter a valid email address"),
        ("reader@example.org\r\nBcc: everyone@example.org", b"cannot contain line breaks"),
        ("a" * 300 + "@example.org", b"too long"),
    ],
)
def test_bad_addresses_get_a_clear_400(client, weekly, email, message):
    response = sign_up(client, email)
    assert response.status_code == 400
    assert message in response.content
    assert mail.outbox == []
    assert not Subscriber.objects.exists()


def test_json_answers_for_the_inline_form(client, weekly):
    response = client.post(
        SUBSCRIBE,
        {"email": "bad", "newsletter": "weekly"},
        headers={"accept": "application/json"},
    )
    assert response.status_code == 400
    assert response.json() == {
        "ok": False,
        "message": "Enter a valid email address, like name@example.org.",
        "field": "email",
    }


def test_missing_fields_and_unknown_newsletters(client, weekly):
    assert client.post(SUBSCRIBE, {"email": "reader@example.org"}).status_code == 400
    assert sign_up(client, newsletter="no-such-list").status_code == 400
    assert client.get(SUBSCRIBE).status_code == 405
    assert not Subscriber.objects.exists()


def test_a_form_on_another_site_is_refused(client, weekly):
    response = client.post(
        SUBSCRIBE,
        {"email": "victim@example.org", "newsletter": "weekly"},
        headers={"origin": "https://attacker.example.com"},
    )
    assert response.status_code == 403
    assert mail.outbox == []
    assert not Subscriber.objects.exists()


def test_same_site_origin_is_accepted(client, weekly):
    response = client.post(
        SUBSCRIBE,
        {"email": "reader@example.org", "newsletter": "weekly"},
        headers={"origin": "https://news.example.org"},
    )
    assert response.status_code == 200
    assert len(mail.outbox) == 1


def test_the_honeypot_pretends_and_does_nothing(client, weekly):
    response = sign_up(client, website="https://spam.example.com")
    assert response.status_code == 200
    assert b"Almost done" in response.content
    assert not Subscriber.objects.exists()
    assert mail.outbox == []


def test_a_burst_from_one_client_is_slowed_down(client, weekly):
    statuses = [sign_up(client, f"reader{n}@example.org").status_code for n in range(7)]
    assert statuses[:5] == [200] * 5
    assert statuses[5:] == [429, 429]


def test_forged_or_unknown_confirmation_links(client, weekly):
    assert client.get("/newsletter/confirm/not-a-token/").status_code == 400
    sign_up(client)
    link = confirmation_link(mail.outbox[0])
    Subscription.objects.all().delete()
    response = client.post(link)
    assert response.status_code == 400
    assert b"does not work any more" in response.content


def test_unconfirmed_sign_ups_are_deleted_after_seven_days(client, weekly):
    sign_up(client, "late@example.org")
    sign_up(client, "fresh@example.org")
    old = timezone.now() - timedelta(days=8)
    Subscription.objects.filter(subscriber__email_index=email_index("late@example.org")).update(
        created_at=old, consent_given_at=old
    )
    Subscriber.objects.filter(email_index=email_index("late@example.org")).update(created_at=old)
    assert delete_unconfirmed() == 1
    assert not Subscriber.objects.filter(email_index=email_index("late@example.org")).exists()
    assert Subscriber.objects.filter(email_index=email_index("fresh@example.org")).exists()


def test_the_form_is_on_article_pages_and_keeps_them_public(client, weekly, news):
    from masthead.articles.tests.factories import make_article

    article = make_article(news)
    response = client.get(article.url)
    html = response.content.decode()
    assert "Sign up for our free weekly newsletter" in html
    assert '<button type="submit">Subscribe</button>' in html
    assert 'Subscribers agree to the <a href="/privacy/">Privacy Policy</a>.' in html
    assert "csrfmiddlewaretoken" not in html
    assert not response.cookies
    assert "public" in response["Cache-Control"]
    page = client.get("/newsletter/")
    assert page.status_code == 200
    assert "public" in page["Cache-Control"]


def test_readers_behind_the_proxy_are_limited_one_by_one(client, weekly):
    def from_reader(n, address):
        return client.post(
            SUBSCRIBE,
            {"email": f"r{n}@example.org", "newsletter": "weekly"},
            REMOTE_ADDR="127.0.0.1",
            headers={"x-real-ip": address},
        ).status_code

    assert [from_reader(n, "203.0.113.7") for n in range(6)][-1] == 429
    assert from_reader(99, "198.51.100.4") == 200  # another reader is not slowed down


def test_confirmation_message_id_is_on_the_newsrooms_domain(client, weekly):
    sign_up(client)
    assert mail.outbox[0].extra_headers["Message-ID"].endswith("@news.example.org>")


def test_confirmation_email_links_to_the_readers_settings(client, weekly):
    sign_up(client)
    assert "/newsletter/preferences/" in mail.outbox[0].body


def test_signing_up_again_after_unsubscribing_gets_a_full_week(client, weekly):
    from masthead.newsletter.preferences import unsubscribe

    sign_up(client)
    client.post(confirmation_link(mail.outbox[0]))
    long_ago = timezone.now() - timedelta(days=60)
    Subscription.objects.update(created_at=long_ago, consent_given_at=long_ago)
    Subscriber.objects.update(created_at=long_ago)
    unsubscribe(Subscription.objects.get())
    cache.clear()
    mail.outbox.clear()
    sign_up(client)
    delete_unconfirmed()  # the hourly job runs right after
    [message] = mail.outbox
    assert client.post(confirmation_link(message)).status_code == 200
    assert Subscription.objects.get().status == Subscription.Status.CONFIRMED


def test_a_second_newsletter_gets_its_own_confirmation(client, weekly):
    Newsletter.objects.create(
        name="Breaking", slug="breaking", sender_name="Gazette", sender_email="n@example.org"
    )
    sign_up(client)
    sign_up(client, newsletter="breaking")
    assert sorted(m.subject for m in mail.outbox) == [
        "Confirm your subscription to Breaking",
        "Confirm your subscription to The Weekly",
    ]


def test_a_sender_name_with_punctuation_is_quoted(client, weekly):
    weekly.sender_name = "Gazette, Riga: Europe (Weekly)"
    weekly.save()
    sign_up(client)
    [message] = mail.outbox
    assert message.message()["From"] == (
        '"Gazette, Riga: Europe (Weekly)" <newsletter@news.example.org>'
    )


def test_refused_clients_do_not_use_up_everyone_elses_allowance(client, weekly):
    from masthead.newsletter import limits

    for _ in range(limits.SIGNUPS_PER_MINUTE + 10):
        limits.may_sign_up("203.0.113.7")
    assert limits.may_sign_up("198.51.100.4")


def test_an_origin_that_is_not_a_url_is_refused_not_a_500(client, weekly):
    response = client.post(
        SUBSCRIBE,
        {"email": "r@example.org", "newsletter": "weekly"},
        headers={"origin": "http://["},
    )
    assert response.status_code == 403
