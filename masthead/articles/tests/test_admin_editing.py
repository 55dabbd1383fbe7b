"""Editors work in the Wagtail admin: the edit form round-trips and publishes."""

from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

from masthead.articles.models import ArticlePage
from masthead.articles.tests.factories import make_article


def test_editor_changes_a_headline_and_publishes_it(client, news):
    article = make_article(news, title="Old headline", tags=["courts"])
    admin = get_user_model().objects.create_superuser("admin", "a@example.org", "x" * 16)
    client.force_login(admin)

    edit_url = f"/admin/pages/{article.pk}/edit/"
    page = client.get(edit_url)
    assert page.status_code == 200
    form = querydict_from_html(page.content.decode(), form_id="page-edit-form")
    form["title"] = "New headline, corrected"
    # The body editor is drawn by JavaScript; send what it would send.
    body = nested_form_data(
        {"body": streamfield([("paragraph", rich_text("<p>Edited body text.</p>"))])}
    )
    for key, value in body.items():
        form[key] = value
    form["action-publish"] = "action-publish"
    response = client.post(edit_url, form)
    assert response.status_code == 302, response.content.decode()[:2000]

    article = ArticlePage.objects.get(pk=article.pk)
    assert article.live
    assert article.title == "New headline, corrected"
    assert [t.name for t in article.tags.all()] == ["courts"]
    assert article.lead_image_credit == "duma.gov.ru"
    public = client.get(article.url).content.decode()
    assert "New headline, corrected</h1>" in public
    assert "Edited body text." in public


def test_admin_lists_the_snippets(client, news):
    admin = get_user_model().objects.create_superuser("admin", "a@example.org", "x" * 16)
    client.force_login(admin)
    assert client.get("/admin/snippets/articles/author/").status_code == 200
    assert client.get("/admin/snippets/articles/newsagency/").status_code == 200
