"""Scheduled publishing: what Wagtail's `publish_scheduled` command does, one object at a time.

Wagtail's command stops at the first object that fails, so one revision that can no longer
be saved (an old draft whose slug another page has since taken, say) would hold back
everything scheduled after it, minute after minute. Here each expiry and each publication
is its own transaction; a failure is logged with what it was and tried again on the next
tick, and everything else goes out on time.
"""

import logging
from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import Any

from django.apps import apps
from django.db import transaction
from django.utils import timezone
from wagtail.models import DraftStateMixin, Page, Revision

logger = logging.getLogger(__name__)


def publish_scheduled(now: datetime | None = None) -> tuple[int, int]:
    """Unpublish what has expired, publish what is due; return how many of each."""
    now = now or timezone.now()
    models: list[Any] = [Page]
    models += [
        model
        for model in apps.get_models()
        if issubclass(model, DraftStateMixin) and not issubclass(model, Page)
    ]
    expired = 0
    for model in models:
        for obj in list(model.objects.filter(live=True, expire_at__lt=now).order_by("expire_at")):
            expired += _attempt(
                partial(obj.unpublish, set_expired=True, log_action="wagtail.unpublish.scheduled"),
                f"expiring {model.__name__} {obj.pk}",
            )
    published = 0
    due = Revision.objects.filter(approved_go_live_at__lt=now).order_by("approved_go_live_at")
    for revision in due:
        published += _attempt(
            partial(revision.publish, log_action="wagtail.publish.scheduled"),
            f"publishing “{revision.object_str}” (revision {revision.pk})",
        )
    return expired, published


def _attempt(action: Callable[[], Any], what: str) -> bool:
    try:
        with transaction.atomic():
            action()
    except Exception:  # one object's failure must not hold back the others
        logger.exception("Scheduled %s failed; it will be tried again in a minute.", what)
        return False
    return True
