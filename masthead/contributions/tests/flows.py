"""Steps shared by the contributions tests: Continue, and the session it leads to."""

import re

READER = "reader@example.org"


def start_checkout(client, frequency="monthly", other="5", currency="usd", **extra):
    return client.post(
        "/support/checkout/",
        {"frequency": frequency, "currency": currency, "other": other, "back": "/news/x/", **extra},
    )


def session_of(stripe_standin, response):
    assert response.status_code == 303, response.content[:500]
    match = re.search(r"/checkout/(cs_test_\w+)$", response["Location"])
    assert match, response["Location"]
    return match[1]
