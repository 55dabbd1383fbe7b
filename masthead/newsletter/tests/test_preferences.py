"""Unsubscribe in one click, and a preferences page by signed link: choose, download, erase."""

import json

import pytest
from django.utils import timezone

from masthead.newsletter.links import preferences_url, unsubscribe_url
from masthead.newsletter.models import Newsletter, Subscriber, Subscription


@pytest.fixture
def reader(db):
    weekly = Newsletter.objects.create(
        name="The Weekly", slug="weekly", sender_name="Gazette", sender_email="n@example.org"
    )
    breaking = Newsletter.objects.create(
        name="Breaking", slug="breaking", sender_name="Gazette", sender_email="n@example.org"
    )
    subscriber = Subscriber.objects.create(email="reader@example.org")
    for newsletter in (weekly, breaking):
        Subscription.objects.create(
            subscriber=subscriber,
            newsletter=newsletter,
            status=Subscription.Status.CONFIRMED,
            confirmed_at=timezone.now(),
            consent_policy_version="2",
            consent_given_at=timezone.now(),
            consent_form="article page",
        )
    return subscriber


def path(url: str) -> str:
    return url.removeprefix("https://news.example.org")


def test_get_only_asks_and_post_unsubscribes_at_once(client, reader):
    subscription = reader.subscriptions.get(newsletter__slug="weekly")
    link = path(unsubscribe_url(subscription.pk))

    page = client.get(link)
    assert page.status_code == 200
    assert b"Unsubscribe from The Weekly?" in page.content
    subscription.refresh_from_db()
    assert subscription.status == Subscription.Status.CONFIRMED  # a scanner's GET changes nothing

    one_click = client.post(link, {"List-Unsubscribe": "One-Click"})
    assert one_click.status_code == 200
    assert "no-store" in one_click["Cache-Control"]
    subscription.refresh_from_db()
    assert subscription.status == Subscription.Status.UNSUBSCRIBED
    assert subscription.unsubscribed_at is not None
    other = reader.subscriptions.get(newsletter__slug="breaking")
    assert other.status == Subscription.Status.CONFIRMED

    assert client.post(link).status_code == 200  # repeating is harmless


def test_forged_links_do_nothing(client, reader):
    assert client.post("/newsletter/unsubscribe/1:forged/").status_code == 400
    assert client.get("/newsletter/preferences/nope/").status_code == 400
    assert Subscription.objects.filter(status="confirmed").count() == 2


def test_choosing_newsletters(client, reader):
    link = path(preferences_url(reader.pk))
    page = client.get(link).content.decode()
    assert "The Weekly" in page
    assert "Breaking" in page
    weekly = Newsletter.objects.get(slug="weekly")
    response = client.post(link, {"action": "save", "newsletter": [str(weekly.pk)]})
    assert response.status_code == 200
    assert b"Your choices are saved." in response.content
    statuses = dict(reader.subscriptions.values_list("newsletter__slug", "status"))
    assert statuses == {"weekly": "confirmed", "breaking": "unsubscribed"}

    client.post(link, {"action": "unsubscribe_all"})
    assert set(reader.subscriptions.values_list("status", flat=True)) == {"unsubscribed"}


def test_download_my_data(client, reader):
    response = client.post(path(preferences_url(reader.pk)), {"action": "download"})
    assert response["Content-Disposition"] == 'attachment; filename="my-newsletter-data.json"'
    data = json.loads(response.content)
    assert data["email"] == "reader@example.org"
    assert [s["newsletter"] for s in data["subscriptions"]] == ["The Weekly", "Breaking"]
    assert data["subscriptions"][0]["consent"]["privacy_policy_version"] == "2"


def test_erase_me_needs_the_box_ticked_then_deletes_everything(client, reader):
    link = path(preferences_url(reader.pk))
    refused = client.post(link, {"action": "erase"})
    assert refused.status_code == 400
    assert Subscriber.objects.filter(pk=reader.pk).exists()

    erased = client.post(link, {"action": "erase", "confirm_erase": "yes"})
    assert erased.status_code == 200
    assert b"Your data is erased" in erased.content
    assert not Subscriber.objects.exists()
    assert not Subscription.objects.exists()
    assert client.get(link).status_code == 400  # the link dies with the data


def test_unknown_action_is_a_400(client, reader):
    assert client.post(path(preferences_url(reader.pk)), {"action": "x"}).status_code == 400


def test_odd_newsletter_values_are_ignored_not_a_500(client, reader):
    link = path(preferences_url(reader.pk))
    for value in ["²", "9" * 5000, "99999999999999999999999", "-1"]:
        response = client.post(link, {"action": "save", "newsletter": [value]})
        assert response.status_code == 200


def test_leaving_everything_deletes_unconfirmed_sign_ups(client, reader):
    weekly = reader.subscriptions.get(newsletter__slug="weekly")
    weekly.status = Subscription.Status.PENDING
    weekly.save()
    client.post(path(preferences_url(reader.pk)), {"action": "unsubscribe_all"})
    assert list(reader.subscriptions.values_list("newsletter__slug", "status")) == [
        ("breaking", "unsubscribed")
    ]
