"""Fixtures for contributions tests (the Stripe stand-in itself is in the root conftest)."""

import json

import pytest

from masthead.contributions.testing.stripe_wire import sign


@pytest.fixture
def deliver(client, stripe_standin, django_capture_on_commit_callbacks):
    """POST events to /stripe/webhook/ as Stripe would, running what they queue on commit."""

    def post(events, secret=None, timestamp=None):
        statuses = []
        for evt in events:
            payload = json.dumps(evt).encode()
            with django_capture_on_commit_callbacks(execute=True):
                response = client.post(
                    "/stripe/webhook/",
                    data=payload,
                    content_type="application/json",
                    HTTP_STRIPE_SIGNATURE=sign(
                        payload, secret or stripe_standin.webhook_secret, timestamp
                    ),
                )
            statuses.append(response.status_code)
        return statuses

    return post
