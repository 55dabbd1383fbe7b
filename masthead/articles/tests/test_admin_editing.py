"""Editors work in the Wagtail admin: the edit form round-trips and publishes."""

import re

from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import (
    nested_form_data,
    querydict_from_html,
    rich_text,
    streamfield,
)

from masthead.articles.models import ArticlePage
from masthead.articles.tests.factories import make_article, make_image


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


def _edit_form(client, article, body, action="action-publish"):
    admin, _ = get_user_model().objects.get_or_create(
        username="admin", defaults={"is_superuser": True, "is_staff": True}
    )
    client.force_login(admin)
    page = client.get(f"/admin/pages/{article.pk}/edit/")
    form = querydict_from_html(page.content.decode(), form_id="page-edit-form")
    for key, value in nested_form_data({"body": streamfield(body)}).items():
        form[key] = value
    form.pop("action-publish", None)
    if action:
        form[action] = action
    return form


def test_a_lead_image_cannot_be_published_without_its_credit(client, news):
    article = make_article(news, title="Old headline")
    form = _edit_form(client, article, [("paragraph", rich_text("<p>Text.</p>"))])
    form["title"] = "New headline"
    form["lead_image_credit"] = "  "
    response = client.post(f"/admin/pages/{article.pk}/edit/", form)

    assert response.status_code == 200
    assert "Credit the picture: who took it, or where it comes from." in response.content.decode()
    article.refresh_from_db()
    assert article.title == "Old headline"
    assert article.lead_image_credit == "duma.gov.ru"


def test_a_draft_may_lack_credits_until_it_is_published(client, news):
    article = make_article(news, title="Old headline")
    image = make_image("Court")
    bare = {"image": image.pk, "alt_text": "", "caption": "", "credit": ""}
    form = _edit_form(client, article, [("image", bare)], action=None)  # "Save draft"
    form["title"] = "Filed before the credit is known"
    form["lead_image_credit"] = ""
    assert client.post(f"/admin/pages/{article.pk}/edit/", form).status_code == 302

    draft = ArticlePage.objects.get(pk=article.pk).get_latest_revision().as_object()
    assert draft.title == "Filed before the credit is known"
    assert draft.lead_image_credit == ""
    public = client.get(article.url).content.decode()
    assert "Old headline" in public  # readers still see the published version


def test_an_image_in_the_body_needs_a_credit_and_a_description(client, news):
    article = make_article(news, title="Old headline")
    image = make_image("Court")
    url = f"/admin/pages/{article.pk}/edit/"
    undescribed = {"image": image.pk, "alt_text": "", "caption": "", "credit": "Court press"}
    uncredited = {"image": image.pk, "alt_text": "A courtroom.", "caption": "", "credit": ""}

    refused = client.post(url, _edit_form(client, article, [("image", undescribed)]))
    assert refused.status_code == 200
    assert "Describe the picture here or in a caption" in refused.content.decode()
    refused = client.post(url, _edit_form(client, article, [("image", uncredited)]))
    assert refused.status_code == 200
    assert "This field is required." in refused.content.decode()
    submitted = client.post(
        url, _edit_form(client, article, [("image", uncredited)], action="action-submit")
    )
    assert submitted.status_code == 200  # submitting for approval checks it too
    assert ArticlePage.objects.get(pk=article.pk).body.raw_data[0]["type"] != "image"

    credited = {**undescribed, "caption": "The court.", "credit": "Court press office"}
    response = client.post(url, _edit_form(client, article, [("image", credited)]))
    assert response.status_code == 302
    public = client.get(ArticlePage.objects.get(pk=article.pk).url).content.decode()
    assert 'alt="The court."' in public
    assert '<span class="credit">Photo: Court press office</span>' in public


def test_bulk_publish_refuses_drafts_with_uncredited_pictures(client, news):
    credited = make_article(news, title="Credited draft")
    credited.title = "Credited, now published"
    credited.save_revision()
    uncredited = make_article(news, title="Old headline")
    uncredited.title = "Uncredited draft"
    uncredited.lead_image_credit = ""
    uncredited.save_revision()
    _edit_form(client, uncredited, [])  # logs the administrator in
    bulk = "/admin/bulk/wagtailcore/page/publish/"

    refused = client.post(
        f"{bulk}?id={credited.pk}&id={uncredited.pk}&next=/admin/pages/{news.pk}/", follow=True
    )
    assert (
        "Nothing was published. Open these pages and correct them: "
        "“Uncredited draft”: a picture has no credit, or no description."
    ) in refused.content.decode()
    assert ArticlePage.objects.get(pk=credited.pk).title == "Credited draft"  # nothing at all
    assert ArticlePage.objects.get(pk=uncredited.pk).title == "Old headline"

    published = client.post(f"{bulk}?id={credited.pk}&next=/admin/pages/{news.pk}/")
    assert published.status_code == 302
    assert ArticlePage.objects.get(pk=credited.pk).title == "Credited, now published"


def test_a_new_author_gets_a_slug_from_the_name_unless_one_is_given(client, db):
    from masthead.articles.snippets import Author

    admin = get_user_model().objects.create_superuser("admin", "a@example.org", "x" * 16)
    client.force_login(admin)
    add = "/admin/snippets/articles/author/add/"
    for name in ("Ирина Петрова", "Ирина Петрова", "Tom Berg"):
        form = querydict_from_html(client.get(add).content.decode(), form_id="w-editor-form")
        form["name"] = name
        response = client.post(add, form)
        assert response.status_code == 302, response.content.decode()[:3000]
    form = querydict_from_html(client.get(add).content.decode(), form_id="w-editor-form")
    form["name"], form["slug"] = "Thomas Berg", "tom-berg"
    refused = client.post(add, form)

    assert list(Author.objects.order_by("pk").values_list("slug", flat=True)) == [
        "ирина-петрова",
        "ирина-петрова-2",
        "tom-berg",
    ]
    assert refused.status_code == 200
    assert "Author with this Slug already exists." in refused.content.decode()


def test_an_author_made_anywhere_gets_a_slug(db):
    from masthead.articles.snippets import Author

    first = Author.objects.create(name="Anna Sever")
    second = Author.objects.create(name="Anna Sever")
    nameless = Author.objects.create(name="🙂")
    first.slug = ""
    first.save()  # an editor clearing it: the name's slug again, still free
    assert [first.slug, second.slug, nameless.slug] == ["anna-sever", "anna-sever-2", "author"]


def test_a_correction_is_dated_today_unless_the_editor_changes_it(news):
    from django.utils import timezone

    from masthead.articles.models import Correction

    article = make_article(news)
    correction = Correction(article=article, text="An earlier version misspelt a name.")
    assert correction.published_on == timezone.localdate()


def test_an_editor_previews_an_article_being_edited_and_one_being_written(client, news):
    article = make_article(news, title="Published headline", tags=["courts", "media"])
    make_article(news, title="Shares a tag", tags=["courts"])
    form = _edit_form(client, article, [("paragraph", rich_text("<p>Draft text.</p>"))], None)
    form["title"] = "Headline in the preview"
    edit_preview = f"/admin/pages/{article.pk}/edit/preview/"
    assert client.post(edit_preview, form).json()["is_valid"] is True
    preview = client.get(edit_preview)
    assert preview.status_code == 200
    html = preview.content.decode()
    assert "Headline in the preview</h1>" in html
    assert "Shares a tag" in html  # Read more works from the unsaved tags

    add = f"/admin/pages/add/articles/articlepage/{news.pk}/"
    new = querydict_from_html(client.get(add).content.decode(), form_id="page-edit-form")
    for key, value in nested_form_data(
        {"body": streamfield([("paragraph", rich_text("<p>First draft.</p>"))])}
    ).items():
        new[key] = value
    new["title"], new["slug"], new["standfirst"] = "Not saved yet", "not-saved-yet", "Short."
    new["tags"] = "courts"
    assert client.post(add + "preview/", new).json()["is_valid"] is True
    preview = client.get(add + "preview/")
    assert preview.status_code == 200
    assert "Not saved yet</h1>" in preview.content.decode()


def test_the_headline_fills_in_the_slug_as_the_editor_types(client, news):
    admin = get_user_model().objects.create_superuser("admin", "a@example.org", "x" * 16)
    client.force_login(admin)
    html = client.get(f"/admin/pages/add/articles/articlepage/{news.pk}/").content.decode()
    title = re.search(r'<input[^>]*name="title"[^>]*>', html).group(0)
    assert 'data-controller="w-sync"' in title  # Wagtail's title → slug sync
    assert 'placeholder="Headline*"' in title


def test_bulk_publish_refuses_a_draft_the_editor_would_refuse(client, home, news):
    from masthead.articles.models import SectionPage

    draft = SectionPage(title="Tags", slug="tags", live=False)
    home.add_child(instance=draft)  # a draft may carry a slug the site uses itself …
    _edit_form(client, make_article(news), [])  # logs the administrator in
    refused = client.post(
        f"/admin/bulk/wagtailcore/page/publish/?id={draft.pk}&next=/admin/pages/{home.pk}/",
        follow=True,
    )
    assert refused.status_code == 200
    assert "“Tags”: “tags” is used by the site itself; choose another slug." in (
        refused.content.decode()
    )
    assert not SectionPage.objects.get(pk=draft.pk).live  # … but it is not published
