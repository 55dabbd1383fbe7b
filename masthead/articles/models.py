"""The page tree: Home → Section → Article, plus standard pages (About, policies)."""

from http import HTTPMethod
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Subquery
from django.db.models.functions import Length, Substr
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, TitleFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, route
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.query import PageQuerySet
from wagtail.search import index

from masthead.articles.blocks import RICH_TEXT_FEATURES, ArticleBodyBlock
from masthead.articles.forms import ArticlePageForm
from masthead.articles.pagination import paginate
from masthead.articles.related import related_articles
from masthead.articles.snippets import Author, NewsAgency
from masthead.core.public import mark_public

SECTION_TEASERS_ON_HOME = 4


class PublicServeMixin:
    """Mark what a page serves as public (same for every reader, cacheable); previews of
    drafts are never public. It comes first in the bases, before RoutablePageMixin.

    Pages behind a view restriction need no check here: Wagtail marks their responses
    `private, no-store`, and `finish_public_response` leaves such responses alone."""

    def serve(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = super().serve(request, *args, **kwargs)  # type: ignore[misc]
        if getattr(request, "is_preview", False):
            return response
        return mark_public(response)


class NewsroomPage(Page):
    """Behaviour every page type shares. Abstract: it adds no table."""

    # Readers only read; forms post to their own endpoints. Anything else is a 405.
    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD]

    class Meta:
        abstract = True

    def get_url_parts(self, request: HttpRequest | None = None) -> Any:
        # The primary domain is configuration, not the Site record: full URLs (canonical,
        # sitemap, feeds) use MASTHEAD_BASE_URL, and in-page links stay root-relative.
        parts = super().get_url_parts(request)
        if parts is None or parts[2] is None:
            return parts
        return (parts[0], settings.BASE_URL, parts[2])


# Paths the home page answers itself (see HomePage's routes); no child page may take them.
RESERVED_SLUGS = frozenset({"tags", "authors", "feed"})


HOME_CHILD_DEPTH = 3  # root (1) → home page (2) → its children


def refuse_reserved_slug(page: Page) -> None:
    if page.depth == HOME_CHILD_DEPTH and page.slug in RESERVED_SLUGS:
        raise ValidationError(
            {
                "slug": _("“%(slug)s” is used by the site itself; choose another slug.")
                % {"slug": page.slug}
            }
        )


def articles() -> PageQuerySet:
    """Live, public articles with what a teaser needs, newest first: the lead image and its
    renditions, the bylines, and the section's title (from the parent's tree path), so a
    listing costs a fixed number of queries however long it is."""
    parent_path = Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
    return (
        ArticlePage.objects.live()
        .public()
        .select_related("lead_image")
        .prefetch_related("lead_image__renditions", "bylines__author")
        .annotate(section_title=Subquery(Page.objects.filter(path=parent_path).values("title")[:1]))
        .order_by("-first_published_at", "-pk")
    )


def published_authors() -> models.QuerySet[Author]:
    """Authors with at least one live, public article (drafts reveal nobody), A to Z."""
    theirs = articles().filter(bylines__author=OuterRef("pk"))
    return Author.objects.filter(Exists(theirs)).prefetch_related("photo__renditions")


class HomePage(PublicServeMixin, RoutablePageMixin, NewsroomPage):
    lead_article = models.ForeignKey(
        "articles.ArticlePage",
        verbose_name=_("lead story"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Leave empty to lead with the newest article."),
    )
    tagline = models.CharField(_("tagline"), max_length=200, blank=True)

    content_panels = [*Page.content_panels, FieldPanel("tagline"), FieldPanel("lead_article")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["articles.SectionPage", "articles.StandardPage", "privacy.PrivacyPolicyPage"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def sections(self) -> PageQuerySet:
        return SectionPage.objects.child_of(self).live().public().order_by("path")

    def footer_pages(self) -> PageQuerySet:
        """The other pages under the home page that editors chose to show in menus (About
        us, the privacy policy …), in the order they have in the page tree."""
        return self.get_children().live().public().in_menu().not_type(SectionPage).order_by("path")

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        lead = None
        if self.lead_article_id:
            lead = articles().filter(pk=self.lead_article_id).first()
        if lead is None:
            lead = articles().first()
        shown = [lead.pk] if lead else []
        context["lead"] = lead
        context["section_blocks"] = [
            (
                section,
                list(articles().child_of(section).exclude(pk__in=shown)[:SECTION_TEASERS_ON_HOME]),
            )
            for section in self.sections()
        ]
        return context

    @route(r"^$")
    def index(self, request: HttpRequest) -> HttpResponse:
        return self.render(request)

    @route(r"^tags/(?P<slug>[-\w]+)/$")
    def tag(self, request: HttpRequest, slug: str) -> HttpResponse:
        # Images and documents share taggit's tags: a tag with no live article stays unseen.
        tag = get_object_or_404(Tag, slug=slug)
        tagged = articles().filter(tags=tag)
        if not tagged.exists():
            raise Http404
        listing = paginate(request, tagged)
        return self.render(
            request,
            context_overrides={"tag": tag, "listing": listing},
            template="articles/tag_page.html",
        )

    @route(r"^authors/$")
    def authors(self, request: HttpRequest) -> HttpResponse:
        writers = published_authors()
        if not writers:
            raise Http404
        return self.render(
            request, context_overrides={"authors": writers}, template="articles/authors_page.html"
        )

    @route(r"^authors/(?P<slug>[-\w]+)/$")
    def author(self, request: HttpRequest, slug: str) -> HttpResponse:
        author = get_object_or_404(Author, slug=slug)
        theirs = articles().filter(bylines__author=author)
        if not theirs.exists():
            raise Http404
        listing = paginate(request, theirs)
        return self.render(
            request,
            context_overrides={"author": author, "listing": listing},
            template="articles/author_page.html",
        )

    @route(r"^feed/$")
    def feed(self, request: HttpRequest) -> HttpResponse:
        from masthead.articles.feeds import ArticleFeed

        return ArticleFeed(home=self)(request)


class SectionPage(PublicServeMixin, RoutablePageMixin, NewsroomPage):
    intro = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["articles.HomePage"]
    subpage_types = ["articles.ArticlePage"]

    class Meta:
        verbose_name = _("section")

    def clean(self) -> None:
        super().clean()
        refuse_reserved_slug(self)

    @route(r"^$")
    def index(self, request: HttpRequest) -> HttpResponse:
        listing = paginate(request, articles().child_of(self))
        return self.render(request, context_overrides={"listing": listing})

    @route(r"^feed/$")
    def feed(self, request: HttpRequest) -> HttpResponse:
        from masthead.articles.feeds import ArticleFeed

        return ArticleFeed(home=self.get_parent().specific, section=self)(request)


class ArticleTag(TaggedItemBase):
    content_object = ParentalKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticlePage(PublicServeMixin, NewsroomPage):
    standfirst = models.TextField(
        _("standfirst"),
        max_length=400,
        help_text=_("One or two sentences under the headline."),
    )
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    lead_image_alt_text = models.CharField(
        _("alternative text"),
        max_length=250,
        blank=True,
        help_text=_(
            "What the picture shows, for readers who cannot see it. Defaults to the caption."
        ),
    )
    lead_image_caption = models.CharField(_("caption"), max_length=300, blank=True)
    lead_image_credit = models.CharField(
        _("photo credit"),
        max_length=120,
        blank=True,
        help_text=_("Needed with a picture. For example: duma.gov.ru"),
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"), blank=True)
    agency = models.ForeignKey(
        "articles.NewsAgency",
        verbose_name=_("agency credit"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Printed at the foot: “Reuters contributed reporting.”"),
    )
    tags = ClusterTaggableManager(through=ArticleTag, blank=True, verbose_name=_("tags"))

    content_panels = [
        TitleFieldPanel(
            "title",
            heading=_("Headline"),
            placeholder=_("Headline*"),
            help_text=_("Search engines and social networks show about the first 110 characters."),
        ),
        FieldPanel("standfirst"),
        InlinePanel("bylines", heading=_("Bylines"), label=_("Author")),
        MultiFieldPanel(
            [
                FieldPanel("lead_image"),
                FieldPanel("lead_image_caption"),
                FieldPanel("lead_image_credit"),
                FieldPanel("lead_image_alt_text"),
            ],
            heading=_("Lead image"),
        ),
        FieldPanel("body"),
        FieldPanel("agency"),
        FieldPanel("tags"),
        InlinePanel("corrections", heading=_("Corrections"), label=_("Correction")),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("standfirst"),
        index.SearchField("body"),
    ]
    parent_page_types = ["articles.SectionPage"]
    subpage_types: list[str] = []
    base_form_class = ArticlePageForm

    class Meta:
        verbose_name = _("article")

    @cached_property
    def section(self) -> Page:
        return self.get_parent()

    @property
    def lead_image_alt(self) -> str:
        return self.lead_image_alt_text or self.lead_image_caption or self.title

    @property
    def was_updated(self) -> bool:
        """Show “Updated” only for a real later edition, not the publishing click itself."""
        first, last = self.first_published_at, self.last_published_at
        return bool(first and last and (last - first).total_seconds() >= 60)

    def authors_in_order(self) -> list[Author]:
        return [byline.author for byline in self.bylines.all()]

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(request, *args, **kwargs)
        context["read_more"] = related_articles(self)
        context["corrections"] = self.corrections.order_by("published_on", "pk")
        return context


class ArticleAuthor(Orderable):
    article = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="bylines")
    author = models.ForeignKey(
        Author, verbose_name=_("author"), on_delete=models.PROTECT, related_name="bylines"
    )

    panels = [FieldPanel("author")]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["article", "author"], name="one_byline_per_author")
        ]


class Correction(Orderable):
    article = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="corrections")
    published_on = models.DateField(
        _("date"),
        default=timezone.localdate,
        help_text=_("When the correction was made. Corrections are shown oldest first."),
    )
    text = models.TextField(_("correction"), max_length=1000)

    panels = [FieldPanel("published_on"), FieldPanel("text")]


class StandardPage(PublicServeMixin, NewsroomPage):
    """About us, policies and other pages that are not news."""

    body = RichTextField(_("body"), features=[*RICH_TEXT_FEATURES, "h2", "h3"], blank=True)

    content_panels = [*Page.content_panels, FieldPanel("body")]
    parent_page_types = ["articles.HomePage", "articles.StandardPage"]
    subpage_types = ["articles.StandardPage"]

    class Meta:
        verbose_name = _("standard page")

    def clean(self) -> None:
        super().clean()
        refuse_reserved_slug(self)


__all__ = [
    "ArticleAuthor",
    "ArticlePage",
    "ArticleTag",
    "Author",
    "Correction",
    "HomePage",
    "NewsAgency",
    "SectionPage",
    "StandardPage",
]
