"""Retention: old delivery rows become counts on their issue; readers who left two years ago
are forgotten; nothing else is touched."""

from datetime import timedelta

import pytest
from django.utils import timezone
from django.utils.module_loading import import_string

from masthead.core.periodic import JOBS
from masthead.newsletter.models import (
    Delivery,
    Issue,
    Newsletter,
    Subscriber,
    Subscription,
    Suppression,
)
from masthead.newsletter.retention import prune_newsletter_records
from masthead.newsletter.retention_tasks import prune_newsletter_records_task
from masthead.privacy.fields import email_index

DAY = timedelta(days=1)


@pytest.fixture
def weekly(db):
    return Newsletter.objects.create(
        name="The Weekly", slug="weekly", sender_name="Gazette", sender_email="n@example.org"
    )


def subscription(newsletter, address, status="confirmed", **fields):
    subscriber = Subscriber.objects.filter(email_index=email_index(address)).first()
    subscriber = subscriber or Subscriber.objects.create(email=address)
    now = timezone.now()
    return Subscription.objects.create(
        subscriber=subscriber,
        newsletter=newsletter,
        status=status,
        consent_policy_version="1",
        consent_given_at=fields.pop("consent_given_at", now - 1000 * DAY),
        consent_form="article page",
        **fields,
    )


def sent_issue(newsletter, sent_days_ago, statuses):
    sent_at = timezone.now() - sent_days_ago * DAY
    issue = Issue.objects.create(
        newsletter=newsletter,
        subject=f"Issue sent {sent_days_ago} days ago",
        send_at=sent_at,
        status=Issue.Status.SENT,
        started_at=sent_at,
        sent_at=sent_at,
    )
    for number, status in enumerate(statuses):
        recipient = subscription(newsletter, f"r{sent_days_ago}-{number}@example.org")
        Delivery.objects.create(
            issue=issue,
            subscription=recipient,
            status=status,
            attempts=1,
            sent_at=sent_at if status == Delivery.Status.SENT else None,
        )
    return issue


def counts(issue):
    issue.refresh_from_db()
    return (issue.sent_count, issue.failed_count, issue.suppressed_count)


def test_deliveries_of_issues_sent_90_days_ago_become_counts(weekly):
    old = sent_issue(weekly, 91, ["sent", "sent", "sent", "failed", "suppressed", "suppressed"])
    recent = sent_issue(weekly, 89, ["sent", "failed"])
    stuck = sent_issue(weekly, 120, ["sent", "pending"])

    report = prune_newsletter_records()

    assert (report.issues, report.deliveries) == (1, 6)
    assert counts(old) == (3, 1, 2)
    assert not old.deliveries.exists()
    assert counts(recent) == (0, 0, 0)
    assert recent.deliveries.count() == 2
    assert counts(stuck) == (0, 0, 0)  # a waiting delivery on a sent issue is kept to inspect
    assert stuck.deliveries.count() == 2
    # The recipients themselves are not part of this rule.
    assert Subscription.objects.filter(status="confirmed").count() == 10


def test_pruning_again_keeps_the_counts(weekly):
    old = sent_issue(weekly, 200, ["sent", "failed"])
    prune_newsletter_records()
    assert counts(old) == (1, 1, 0)

    report = prune_newsletter_records()

    assert (report.issues, report.deliveries) == (0, 0)
    assert counts(old) == (1, 1, 0)


def test_readers_who_left_two_years_ago_are_forgotten(weekly):
    breaking = Newsletter.objects.create(
        name="Breaking", slug="breaking", sender_name="Gazette", sender_email="n@example.org"
    )
    now = timezone.now()
    subscription(weekly, "gone@example.org", "unsubscribed", unsubscribed_at=now - 731 * DAY)
    subscription(weekly, "stays@example.org", "unsubscribed", unsubscribed_at=now - 731 * DAY)
    subscription(breaking, "stays@example.org", "confirmed", confirmed_at=now - 900 * DAY)
    subscription(weekly, "recent@example.org", "unsubscribed", unsubscribed_at=now - 729 * DAY)
    # Signed up again after leaving long ago: waiting for confirmation, not expired.
    subscription(
        weekly,
        "again@example.org",
        "pending",
        unsubscribed_at=now - 800 * DAY,
        consent_given_at=now - DAY,
    )
    # Left before unsubscribed_at was recorded: the latest consent is the bound.
    subscription(weekly, "undated@example.org", "unsubscribed", consent_given_at=now - 800 * DAY)
    Suppression.objects.create(email_index=email_index("gone@example.org"), reason="bounce")

    report = prune_newsletter_records()

    assert (report.subscriptions, report.subscribers) == (3, 2)
    remaining = {
        (row.subscriber.email, row.newsletter.slug, row.status)
        for row in Subscription.objects.select_related("subscriber", "newsletter")
    }
    assert remaining == {
        ("stays@example.org", "breaking", "confirmed"),
        ("recent@example.org", "weekly", "unsubscribed"),
        ("again@example.org", "weekly", "pending"),
    }
    assert Subscriber.objects.count() == 3
    # A suppression is a blind index, not an address; it keeps protecting the mailbox.
    assert Suppression.objects.filter(email_index=email_index("gone@example.org")).exists()


def test_deleting_an_old_recipient_keeps_the_issue_counts(weekly):
    old = sent_issue(weekly, 800, ["sent"])
    Subscription.objects.update(
        status=Subscription.Status.UNSUBSCRIBED, unsubscribed_at=timezone.now() - 750 * DAY
    )

    report = prune_newsletter_records()

    assert (report.issues, report.deliveries, report.subscriptions, report.subscribers) == (
        1,
        1,
        1,
        1,
    )
    assert counts(old) == (1, 0, 0)
    assert not Subscriber.objects.exists()


def test_the_worker_prunes_daily(weekly):
    old = sent_issue(weekly, 100, ["sent"])
    (job,) = [job for job in JOBS if job.name == "prune-newsletter-records"]
    assert job.every_seconds == 24 * 3600
    assert import_string(job.task_path) is prune_newsletter_records_task

    result = prune_newsletter_records_task.enqueue()

    assert result.return_value == {
        "issues": 1,
        "deliveries": 1,
        "subscriptions": 0,
        "subscribers": 0,
    }
    assert counts(old) == (1, 0, 0)
