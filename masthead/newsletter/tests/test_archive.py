"""The public archive of sent issues and the Preview link of the sign-up form."""

from datetime import timedelta

from django.utils import timezone

from masthead.articles.tests.factories import make_article
from masthead.newsletter.models import Issue, IssueArticle
from masthead.newsletter.tests.conftest import make_newsletter


def test_preview_shows_a_sample_before_the_first_issue_then_the_latest_sent(client, news):
    weekly = make_newsletter()
    article = make_article(news, title="Border towns count the cost of the closure")
    response = client.get("/newsletter/issues/latest/")
    assert response.status_code == 200
    assert b"No issue of The Weekly has been sent yet" in response.content
    assert b"Border towns count the cost of the closure" in response.content

    draft = Issue.objects.create(
        newsletter=weekly, subject="Draft nobody approved", send_at=timezone.now()
    )
    older = Issue.objects.create(
        newsletter=weekly,
        subject="Last week's issue",
        send_at=timezone.now() - timedelta(days=7),
        status=Issue.Status.SENT,
        started_at=timezone.now() - timedelta(days=7),
    )
    newest = Issue.objects.create(
        newsletter=weekly,
        subject="This week's issue",
        intro="<p>A word from the editor.</p>",
        send_at=timezone.now(),
        status=Issue.Status.SENT,
        started_at=timezone.now(),
    )
    IssueArticle.objects.create(issue=newest, article=article, sort_order=0, blurb="Read this.")

    latest = client.get("/newsletter/issues/latest/").content.decode()
    assert "This week&#x27;s issue" in latest
    assert "A word from the editor." in latest
    assert "Read this." in latest
    assert f'href="{article.url}"' in latest  # root-relative on the site

    archive = client.get("/newsletter/issues/").content.decode()
    assert archive.index("This week&#x27;s issue") < archive.index("Last week&#x27;s issue")
    assert "Draft nobody approved" not in archive
    assert client.get(f"/newsletter/issues/{draft.pk}/").status_code == 404
    assert client.get(f"/newsletter/issues/{older.pk}/").status_code == 200
    assert client.get("/newsletter/issues/?page=abc").status_code == 404


def test_the_article_sign_up_form_links_to_the_preview(client, news):
    make_newsletter()
    article = make_article(news)
    page = client.get(article.url).content.decode()
    assert 'href="/newsletter/issues/latest/">Preview</a>' in page
