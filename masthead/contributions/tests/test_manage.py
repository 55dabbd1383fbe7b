"""Manage my support: an emailed, signed, short-lived link that opens Stripe's portal."""

import re

import pytest
import time_machine
from django.core import mail

from masthead.contributions.models import Supporter

pytestmark = pytest.mark.django_db

READER = "reader@example.org"


@pytest.fixture
def supporter(stripe_standin):
    from masthead.contributions.stripe import client

    # A customer that exists at the stand-in, as Checkout would have made it.
    customer = client._client().v1.customers.create(params={"email": READER}).to_dict()
    return Supporter.objects.create(email=READER, stripe_customer_id=customer["id"])


def ask_for_link(client, address=READER):
    return client.post("/support/manage/", {"email": address})


def test_the_manage_page_is_a_public_form(client, home):
    response = client.get("/support/manage/")

    assert response.status_code == 200
    assert 'name="email"' in response.content.decode()
    assert "public" in response["Cache-Control"]


def test_a_supporter_gets_a_link_that_opens_the_stripe_portal(
    client, home, supporter, stripe_standin
):
    response = ask_for_link(client, "  Reader@Example.org ")

    assert response.status_code == 200
    [message] = mail.outbox
    assert message.to == [READER]
    link = re.search(r"https://news\.example\.org(/support/manage/[^/\s]+/)", message.body)[1]

    page = client.get(link)
    assert page.status_code == 200
    assert "Open the secure page" in page.content.decode()
    assert not [r for r in stripe_standin.requests if "billing_portal" in r.path]  # GET is inert

    opened = client.post(link)

    assert opened.status_code == 303
    assert opened["Location"].startswith(f"{stripe_standin.base_url}/billing/bps_")
    [request] = [r for r in stripe_standin.requests if r.path == "/v1/billing_portal/sessions"]
    assert request.params["customer"] == supporter.stripe_customer_id
    assert request.params["return_url"] == "https://news.example.org/"
    assert request.idempotency_key


def test_an_unknown_address_gets_the_same_answer_and_no_email(client, home, supporter):
    known = ask_for_link(client).content.decode()
    mail.outbox.clear()

    unknown = ask_for_link(client, "stranger@example.org")

    assert unknown.status_code == 200
    assert unknown.content.decode() == known
    assert mail.outbox == []


def test_the_link_expires_after_an_hour(client, home, supporter):
    with time_machine.travel("2026-11-25 12:00Z", tick=False):
        ask_for_link(client)
    link = re.search(r"https://news\.example\.org(/support/manage/[^/\s]+/)", mail.outbox[0].body)[
        1
    ]

    with time_machine.travel("2026-11-25 13:01Z", tick=False):
        response = client.post(link)

    assert response.status_code == 400
    assert "Ask for a new link" in response.content.decode()


def test_a_forged_link_does_not_work(client, home, supporter):
    assert client.get("/support/manage/MQ:forged:abc/").status_code == 400


def test_a_malformed_address_gets_a_clear_message(client, home):
    response = ask_for_link(client, "reader@@example")

    assert response.status_code == 400
    assert "valid email address" in response.content.decode()


def test_stripe_down_when_opening_the_portal_gives_a_clear_message(
    client, home, supporter, stripe_standin
):
    ask_for_link(client)
    link = re.search(r"https://news\.example\.org(/support/manage/[^/\s]+/)", mail.outbox[0].body)[
        1
    ]
    stripe_standin.fail_next(status=503, times=3)

    response = client.post(link)

    assert response.status_code == 503
    assert "could not reach our payment provider" in response.content.decode()


def test_links_to_one_address_are_limited_whoever_asks(client, home, supporter):
    for number in range(10):
        client.post("/support/manage/", {"email": READER}, REMOTE_ADDR=f"198.51.100.{number}")

    assert len(mail.outbox) == 1


@pytest.mark.parametrize("code", ["%00", "a" * 40, "..%2F"])
def test_a_malformed_cancel_code_is_not_found(client, home, code):
    assert client.get(f"/support/remind/cancel/{code}/").status_code == 404
    assert client.post(f"/support/remind/cancel/{code}/").status_code == 404
