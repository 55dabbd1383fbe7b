"""The clock enqueues Wagtail's scheduled publishing; each slot runs once per cluster."""

import time
from datetime import timedelta

from django.core.cache import cache
from django.utils import timezone
from wagtail.models import Revision

from masthead.articles.models import ArticlePage
from masthead.articles.tests.factories import make_article
from masthead.core.periodic import enqueue_due_jobs


def test_an_article_scheduled_for_the_past_minute_goes_live(news):
    cache.clear()
    article = make_article(news, title="Scheduled story")
    article.unpublish()
    article.go_live_at = timezone.now() + timedelta(hours=1)
    article.save_revision().publish()
    article.refresh_from_db()
    assert not article.live  # scheduled, waiting
    # Time passes: the approved go-live time is now a minute ago.
    a_minute_ago = timezone.now() - timedelta(minutes=1)
    revision = Revision.page_revisions.get(
        object_id=str(article.pk), approved_go_live_at__isnull=False
    )
    revision.content["go_live_at"] = a_minute_ago.isoformat()
    revision.approved_go_live_at = a_minute_ago
    revision.save(update_fields=["content", "approved_go_live_at"])

    assert "publish-scheduled" in enqueue_due_jobs(time.time())

    assert ArticlePage.objects.get(pk=article.pk).live


def _schedule(article, when):
    """Schedule the article's current draft, then let time pass until `when`."""
    article.unpublish()
    article.go_live_at = timezone.now() + timedelta(hours=1)
    article.save_revision().publish()
    revision = Revision.page_revisions.get(
        object_id=str(article.pk), approved_go_live_at__isnull=False
    )
    revision.content["go_live_at"] = when.isoformat()
    revision.approved_go_live_at = when
    revision.save(update_fields=["content", "approved_go_live_at"])


def test_a_revision_that_cannot_be_published_does_not_hold_back_later_ones(news, caplog):
    now = timezone.now()
    broken = make_article(news, title="Scheduled first", slug="broken")
    _schedule(broken, now - timedelta(minutes=5))
    # Meanwhile another article takes its slug: that revision can no longer be saved.
    broken_revision = Revision.page_revisions.get(
        object_id=str(broken.pk), approved_go_live_at__isnull=False
    )
    broken_revision.content["slug"] = "taken"
    broken_revision.save(update_fields=["content"])
    make_article(news, title="Took the slug", slug="taken")
    later = make_article(news, title="Scheduled second")
    _schedule(later, now - timedelta(minutes=1))

    assert "publish-scheduled" in enqueue_due_jobs(time.time())

    assert ArticlePage.objects.get(pk=later.pk).live
    assert not ArticlePage.objects.get(pk=broken.pk).live
    assert "Scheduled publishing “Scheduled first”" in caplog.text
    assert "tried again in a minute" in caplog.text
    # It is still scheduled: once an editor fixes the slug, the next tick publishes it.
    assert Revision.page_revisions.filter(
        pk=broken_revision.pk, approved_go_live_at__isnull=False
    ).exists()


def test_one_slot_is_enqueued_once(db):
    cache.clear()
    now = 1_700_000_000.0  # a fixed moment, not at a day boundary
    assert enqueue_due_jobs(now) == [
        "publish-scheduled",
        "prune-task-results",
        "delete-unconfirmed-signups",
        "send-due-issues",
        "prepare-next-issues",
        "prune-newsletter-records",
        "send-reminders",
        "send-missing-receipts",
    ]
    assert enqueue_due_jobs(now) == []
    assert enqueue_due_jobs(now + 60) == ["publish-scheduled", "send-due-issues"]
