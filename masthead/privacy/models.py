from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from masthead.articles.blocks import RICH_TEXT_FEATURES
from masthead.articles.models import NewsroomPage, PublicServeMixin


class PrivacyPolicyPage(PublicServeMixin, NewsroomPage):
    """The privacy policy. Its version is recorded with every consent a reader gives, so
    raise it whenever the text changes in substance."""

    version = models.CharField(
        _("version"),
        max_length=20,
        default="1",
        help_text=_("Recorded with each newsletter sign-up. Raise it when the policy changes."),
    )
    body = RichTextField(_("body"), features=[*RICH_TEXT_FEATURES, "h2", "h3"], blank=True)

    content_panels = [*Page.content_panels, FieldPanel("version"), FieldPanel("body")]
    template = "articles/standard_page.html"
    parent_page_types = ["articles.HomePage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = _("privacy policy")

    @classmethod
    def current(cls) -> "PrivacyPolicyPage | None":
        return cls.objects.live().first()
