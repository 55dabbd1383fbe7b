"""The demo newsroom (`masthead demo`) has everything the product brief promises a new user."""

import hashlib
from datetime import timedelta

from django.utils import timezone
from PIL import Image as PILImage

from masthead.articles.models import ArticlePage, Author, NewsAgency, SectionPage


def pixels_digest(image) -> str:
    """A digest of what the picture shows, not of how its file happens to be encoded."""
    with image.open_file() as file, PILImage.open(file) as picture:
        return hashlib.sha256(picture.convert("RGB").tobytes()).hexdigest()


def blocks_of(article: ArticlePage, block_type: str) -> list:
    return [block for block in article.body if block.block_type == block_type]


def test_the_demo_newsroom_has_what_the_product_brief_promises(demo_site):
    now = timezone.now()
    assert SectionPage.objects.child_of(demo_site).live().count() >= 3

    assert Author.objects.count() == 6
    assert Author.objects.filter(is_pseudonym=True).count() == 1
    assert NewsAgency.objects.count() == 2

    articles = list(
        ArticlePage.objects.descendant_of(demo_site)
        .live()
        .select_related("lead_image", "agency")
        .prefetch_related("tags", "corrections")
    )
    assert len(articles) == 30
    assert ArticlePage.objects.count() == 30  # no drafts or strays besides them

    published = sorted(article.first_published_at for article in articles)
    assert all(when < now for when in published)
    assert published[-1] - published[0] > timedelta(days=14)

    for article in articles:
        assert article.lead_image is not None, article.slug
        assert article.lead_image_credit.strip(), article.slug
        assert article.tags.exists(), article.slug

    assert any(article.corrections.exists() for article in articles)
    assert any(quote.value["style"] == "pull" for a in articles for quote in blocks_of(a, "quote"))
    assert any(blocks_of(article, "embed") for article in articles)
    assert any(article.agency is not None for article in articles)

    # Every article has its own picture: no two lead images show the same pixels.
    digests = {pixels_digest(article.lead_image) for article in articles}
    assert len(digests) == len(articles)


def test_a_corrected_demo_article_shows_the_update_that_corrected_it(demo_site):
    corrected = [
        article
        for article in ArticlePage.objects.live().prefetch_related("corrections")
        if article.corrections.exists()
    ]
    assert corrected
    for article in corrected:
        assert article.was_updated, article.slug  # the page shows “Updated …”
        assert article.last_published_at > article.first_published_at
        updated_on = timezone.localdate(article.last_published_at)
        assert [c.published_on for c in article.corrections.all()] == [updated_on]
        assert updated_on > timezone.localdate(article.first_published_at)


def test_every_demo_article_can_be_republished_from_the_admin_as_it_is(client, demo_site):
    """An editor trying the demo opens any article and presses Publish: nothing may stop it
    (the credit rules in credits.py apply to demo pictures too)."""
    from django.contrib.auth import get_user_model
    from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

    from masthead.articles.credits import has_uncredited_pictures

    assert [a.slug for a in ArticlePage.objects.all() if has_uncredited_pictures(a)] == []

    with_images = [
        a for a in ArticlePage.objects.live() if any(b.block_type == "image" for b in a.body)
    ]
    article = with_images[0]
    client.force_login(get_user_model().objects.create_superuser("ed", "e@example.org", "x" * 16))
    edit = f"/admin/pages/{article.pk}/edit/"
    form = querydict_from_html(client.get(edit).content.decode(), form_id="page-edit-form")
    # The body editor is drawn by JavaScript; send what it would send: the article's blocks.
    for key, value in nested_form_data({"body": streamfield(_as_form(article))}).items():
        form[key] = value
    form["action-publish"] = "action-publish"
    response = client.post(edit, form)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert ArticlePage.objects.get(pk=article.pk).last_published_at > article.last_published_at


def _as_form(article):
    from wagtail.test.utils.form_data import rich_text

    blocks = []
    for block in article.body:
        value = block.value
        if block.block_type == "paragraph":
            value = rich_text(value.source)
        elif block.block_type == "image":
            value = {**value, "image": value["image"].pk}
        elif block.block_type in {"quote", "embed"}:
            value = dict(value)
        blocks.append((block.block_type, value))
    return blocks
