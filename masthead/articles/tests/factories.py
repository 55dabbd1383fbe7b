"""Builders for pages and snippets. Pages are created in the tree and published, as an
editor would, and their dates set explicitly so that ordering is deterministic."""

import io
from datetime import datetime, timedelta
from typing import Any

import factory
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from wagtail.images.models import Image
from wagtail.models import Page, Site

from masthead.articles.models import (
    ArticleAuthor,
    ArticlePage,
    Author,
    Correction,
    HomePage,
    NewsAgency,
    SectionPage,
)


class AuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Author

    name = factory.Sequence(lambda n: f"Reporter {n}")
    slug = factory.Sequence(lambda n: f"reporter-{n}")
    role = "Correspondent"
    bio = "Covers courts and the police."


class NewsAgencyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NewsAgency
        django_get_or_create = ("name",)

    name = "Reuters"
    credit_line = "Reuters contributed reporting."


def make_image(title: str = "Picture", size: tuple[int, int] = (800, 450)) -> Image:
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (90, 120, 150)).save(buffer, format="JPEG")
    buffer.seek(0)
    image = Image(title=title)
    image.file = ImageFile(buffer, name=f"{title.lower().replace(' ', '-')}.jpg")
    image.save()
    return image


def publish(page: Page, when: datetime | None = None, updated: datetime | None = None) -> Page:
    page.save_revision().publish()
    when = when or timezone.now()
    type(page).objects.filter(pk=page.pk).update(
        first_published_at=when, last_published_at=updated or when
    )
    page.refresh_from_db()
    return page


def make_home(title: str = "The Test Gazette") -> HomePage:
    root = Page.get_first_root_node()
    for page in root.get_children():
        page.delete()
    home = HomePage(title=title, slug="home")
    root.add_child(instance=home)
    publish(home)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": title},
    )
    return home


def make_section(home: HomePage, title: str = "News", slug: str | None = None) -> SectionPage:
    section = SectionPage(title=title, slug=slug or title.lower(), intro=f"All about {title}.")
    home.add_child(instance=section)
    return publish(section)  # type: ignore[return-value]


_article_counter = iter(range(1, 1_000_000))


def make_article(section: SectionPage, **fields: Any) -> ArticlePage:
    number = next(_article_counter)
    authors = fields.pop("authors", None)
    tags = fields.pop("tags", ())
    corrections = fields.pop("corrections", ())
    when = fields.pop("published_at", None) or timezone.now() - timedelta(hours=number)
    updated = fields.pop("updated_at", None)
    defaults: dict[str, Any] = {
        "title": f"Article number {number}",
        "slug": f"article-{number}",
        "standfirst": "Two sentences of summary. The second one adds context.",
        "lead_image_caption": "The Kremlin.",
        "lead_image_credit": "duma.gov.ru",
        "body": [{"type": "paragraph", "value": f"<p>Body text of article {number}.</p>"}],
    }
    defaults.update(fields)
    if "lead_image" not in fields:
        defaults["lead_image"] = make_image(f"Lead {number}")
    article = ArticlePage(**defaults)
    article.tags.add(*tags)
    for order, author in enumerate(AuthorFactory.create_batch(1) if authors is None else authors):
        article.bylines.add(ArticleAuthor(author=author, sort_order=order))
    for published_on, text in corrections:
        article.corrections.add(Correction(published_on=published_on, text=text))
    section.add_child(instance=article)
    return publish(article, when, updated)  # type: ignore[return-value]
