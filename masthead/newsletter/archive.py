"""The public archive of sent issues, and the Preview the sign-up form links to.

These are public pages like any other: the same for every reader, cacheable, no cookie.
An issue appears here only once it has been sent; the web version has no personal links.
"""

from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from masthead.articles.pagination import paginate
from masthead.core.public import public_page
from masthead.newsletter.models import Issue
from masthead.newsletter.rendering import issue_items, sample_items
from masthead.newsletter.signup import default_newsletter


def sent_issues() -> QuerySet[Issue]:
    """Issues that have gone out, or are going out (the email links to its web version)."""
    return Issue.objects.filter(
        status__in=[Issue.Status.SENDING, Issue.Status.SENT]
    ).select_related("newsletter")


@require_GET
@public_page
def issue_list(request: HttpRequest) -> HttpResponse:
    listing = paginate(request, sent_issues().order_by("-started_at", "-pk"))
    return render(request, "newsletter/issue_list.html", {"listing": listing})


@require_GET
@public_page
def issue_page(request: HttpRequest, pk: int) -> HttpResponse:
    issue = get_object_or_404(sent_issues(), pk=pk)
    return _render_issue(request, issue)


@require_GET
@public_page
def latest_issue(request: HttpRequest) -> HttpResponse:
    """The Preview link: the latest issue sent, or — before the first — a sample made of
    the latest articles, labelled as such."""
    newsletter = default_newsletter()
    if newsletter is None:
        raise Http404
    issue = sent_issues().filter(newsletter=newsletter).order_by("-started_at", "-pk").first()
    if issue is not None:
        return _render_issue(request, issue)
    return render(
        request,
        "newsletter/issue_page.html",
        {"newsletter": newsletter, "items": sample_items(), "is_sample": True},
    )


def _render_issue(request: HttpRequest, issue: Issue) -> HttpResponse:
    return render(
        request,
        "newsletter/issue_page.html",
        {"issue": issue, "newsletter": issue.newsletter, "items": issue_items(issue)},
    )
