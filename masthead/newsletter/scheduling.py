"""When issues go out: each newsletter's weekly slot, the next draft, scheduling and sending.

Nothing is sent that an editor has not approved: the worker prepares a draft for the next
slot (and keeps its suggested articles fresh until an editor saves it), but only an issue
someone scheduled — in the admin or with `masthead send_issue` — goes out at its slot.
"""

from datetime import datetime, timedelta

from django.db import transaction
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from masthead.newsletter import dispatch
from masthead.newsletter.models import Issue, IssueArticle, Newsletter
from masthead.newsletter.rendering import suggested_articles


class NotSendable(Exception):
    """The issue cannot be sent (again); the message says why, for editors and operators."""


def next_slot(newsletter: Newsletter, after: datetime) -> datetime:
    """The first of the newsletter's weekly slots strictly after `after`, in the newsroom's
    time zone (so 08:00 stays 08:00 across daylight-saving changes)."""
    zone = timezone.get_current_timezone()
    local = after.astimezone(zone)
    day = local.date() + timedelta(days=(newsletter.send_weekday - local.weekday()) % 7)
    slot = datetime.combine(day, newsletter.send_time, tzinfo=zone)
    return (
        slot
        if slot > local
        else datetime.combine(day + timedelta(days=7), newsletter.send_time, tzinfo=zone)
    )


def upcoming_issue(newsletter: Newsletter) -> Issue | None:
    """The newest issue not yet sent (or still being sent)."""
    return newsletter.issues.exclude(status=Issue.Status.SENT).order_by("-send_at", "-pk").first()


def prepare_next_issues(now: datetime | None = None) -> list[Issue]:
    return [prepare_next_issue(newsletter, now) for newsletter in Newsletter.objects.all()]


@transaction.atomic
def prepare_next_issue(newsletter: Newsletter, now: datetime | None = None) -> Issue:
    """The newsletter's next unsent issue; a new draft for the next slot if there is none.
    A draft nobody has edited yet gets the week's articles again (new ones may be out)."""
    now = now or timezone.now()
    issue = upcoming_issue(newsletter)
    if issue is None:
        latest = newsletter.issues.order_by("-send_at").first()
        slot = next_slot(newsletter, max(now, latest.send_at) if latest else now)
        with translation.override(newsletter.language):
            subject = _("%(name)s, %(date)s") % {
                "name": newsletter.name,
                "date": formats.date_format(timezone.localtime(slot), "j E Y"),
            }
        issue = Issue(newsletter=newsletter, subject=subject, send_at=slot, is_suggestion=True)
        issue.save(keep_suggestion=True)
    if issue.is_suggestion and issue.status == Issue.Status.DRAFT:
        suggest_articles(issue)
    return issue


def suggest_articles(issue: Issue) -> None:
    """Replace the draft's articles with the week's, unless they are the same already (so
    an editor who has the draft open is not disturbed by an hourly refresh for nothing)."""
    suggestion = suggested_articles(issue.newsletter, issue.send_at)
    current = list(issue.items.order_by("sort_order").values_list("article_id", flat=True))
    if current == [article.pk for article in suggestion]:
        return
    issue.items.all().delete()
    IssueArticle.objects.bulk_create(
        IssueArticle(issue=issue, article=article, sort_order=position)
        for position, article in enumerate(suggestion)
    )


def check_composable(issue: Issue) -> None:
    """Build the issue's email once, so that an issue that cannot become an email is refused
    before it is scheduled or started, not discovered mid-send."""
    from masthead.newsletter.composing import IssueMessage

    try:
        IssueMessage(issue)
    except ValueError as problem:  # MessageTooWide, or a line break in a header
        raise NotSendable(str(problem)) from None


def schedule(issue: Issue) -> None:
    """Send the issue at its slot (the worker checks every half minute)."""
    _refuse_if_sent(issue)
    check_composable(issue)
    Issue.objects.filter(pk=issue.pk, status=Issue.Status.DRAFT).update(
        status=Issue.Status.SCHEDULED
    )
    issue.refresh_from_db()


def send_now(issue: Issue) -> None:
    """Start sending at once (or resume a send that was interrupted)."""
    from masthead.newsletter.tasks import enqueue_senders

    _refuse_if_sent(issue)
    if issue.status != Issue.Status.SENDING:
        check_composable(issue)
    dispatch.start(issue.pk)
    issue.refresh_from_db()
    # The task queue lives in the database: the tasks commit (or roll back) with the start.
    enqueue_senders(issue.pk)


def _refuse_if_sent(issue: Issue) -> None:
    issue.refresh_from_db(fields=["status", "sent_at"])
    if issue.status == Issue.Status.SENT:
        raise NotSendable(
            _("Issue %(id)s was already sent on %(date)s; it is not sent twice.")
            % {
                "id": issue.pk,
                "date": formats.date_format(timezone.localtime(issue.sent_at), "j E Y, H:i")
                if issue.sent_at
                else "?",
            }
        )
