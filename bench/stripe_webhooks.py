"""Benchmark: how fast Stripe's webhooks are handled, and what Continue costs.

    .venv/bin/python bench/stripe_webhooks.py [--supporters 300]

It builds a throw-away SQLite newsroom, starts the Stripe stand-in on loopback, and for each
of N readers: Continue (a Checkout Session through the real SDK), then the three events of a
new monthly supporter (subscription created, checkout completed, invoice paid), each signed
and posted to /stripe/webhook/ in-process. Every event makes the handler fetch the
subscription from the stand-in (and the invoice's payment for invoice.paid), as it does from
Stripe. Receipts and welcomes go to Django's in-memory outbox. The checkout rate limits are
reset before each reader (the run is one client at machine speed). It prints the median time per
Continue, per event and per replayed event, events per second, and ratios to a baseline
measured in the same run: one round trip of the SDK to the stand-in (what every event pays
at least once) and `/healthz`.
"""

import argparse
import json
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ["DJANGO_SETTINGS_MODULE"] = "masthead.settings.dev"
os.environ["MASTHEAD_DATA_DIR"] = tempfile.mkdtemp(prefix="masthead-bench-")
os.environ["MASTHEAD_BASE_URL"] = "http://127.0.0.1:8000"

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings  # noqa: E402

# The stand-in's: it takes any test key, and signs with what it is given.
TEST_KEY = "sk_test_bench"
SECRET = "whsec_bench"  # noqa: S105


def ms_since(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--supporters", type=int, default=300)
    args = parser.parse_args()

    call_command("migrate", verbosity=0)
    from masthead.articles.tests.factories import make_home
    from masthead.contributions.models import Contribution, Payment
    from masthead.contributions.stripe import client as stripe_client
    from masthead.contributions.testing.stripe_standin import StripeStandin
    from masthead.contributions.testing.stripe_wire import sign

    make_home()
    with (
        StripeStandin(webhook_secret=SECRET) as standin,
        override_settings(
            STRIPE_SECRET_KEY=TEST_KEY,
            STRIPE_WEBHOOK_SECRET=SECRET,
            STRIPE_API_BASE=standin.base_url,
            EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
            TASKS={"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}},
            ALLOWED_HOSTS=["testserver"],
        ),
    ):
        browser = Client()
        healthz, sdk_round_trip, checkout, handled, replayed = [], [], [], [], []
        for _ in range(50):
            start = time.perf_counter()
            browser.get("/healthz")
            healthz.append(ms_since(start))
            start = time.perf_counter()
            stripe_client._client().v1.customers.create(params={"email": "b@example.org"})
            sdk_round_trip.append(ms_since(start))

        started = time.perf_counter()
        events_total = 0
        for number in range(args.supporters):
            cache.clear()  # the checkout rate limits: this run is one machine-speed client
            start = time.perf_counter()
            response = browser.post(
                "/support/checkout/",
                {"frequency": "monthly", "currency": "usd", "other": "5", "back": "/"},
            )
            checkout.append(ms_since(start))
            session_id = response["Location"].rsplit("/", 1)[-1]
            events = standin.complete_session(session_id, f"r{number}@example.org", send=False)
            for event in events:
                payload = json.dumps(event).encode()
                start = time.perf_counter()
                answer = browser.post(
                    "/stripe/webhook/",
                    data=payload,
                    content_type="application/json",
                    HTTP_STRIPE_SIGNATURE=sign(payload, settings.STRIPE_WEBHOOK_SECRET),
                )
                handled.append(ms_since(start))
                assert answer.status_code == 200, answer.content
                events_total += 1
            payload = json.dumps(events[-1]).encode()
            start = time.perf_counter()
            browser.post(
                "/stripe/webhook/",
                data=payload,
                content_type="application/json",
                HTTP_STRIPE_SIGNATURE=sign(payload, settings.STRIPE_WEBHOOK_SECRET),
            )
            replayed.append(ms_since(start))
        elapsed = time.perf_counter() - started

        active = Contribution.objects.filter(status="active").count()
        payments = Payment.objects.count()

    base = statistics.median(healthz)
    sdk = statistics.median(sdk_round_trip)
    print(
        f"Masthead Stripe webhook benchmark: {args.supporters} new monthly supporters, "
        f"{events_total} events, SQLite, in-process, Stripe stand-in on loopback\n"
    )
    print(f"{'step':34} {'median ms':>10} {'x /healthz':>11} {'x SDK call':>11}")
    rows = [
        ("baseline /healthz", base),
        ("baseline: one SDK call to stand-in", sdk),
        ("Continue (Checkout Session)", statistics.median(checkout)),
        ("webhook event, first delivery", statistics.median(handled)),
        ("webhook event, replayed", statistics.median(replayed)),
    ]
    for label, value in rows:
        print(f"{label:34} {value:10.2f} {value / base:11.1f} {value / sdk:11.2f}")
    print(
        f"\nWhole run: {elapsed:.1f} s for {args.supporters} Continues and "
        f"{events_total} events ({events_total / elapsed:.0f} events/s including Continue); "
        f"{active} contributions active, {payments} payments recorded"
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"Peak memory of this process: {peak:.0f} MiB")
    if active != args.supporters or payments != args.supporters:
        raise SystemExit("Not every supporter ended active with one payment: the run is invalid.")


if __name__ == "__main__":
    main()
