"""The blocks an article body is made of."""

from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from masthead.articles.credits import image_block_problems
from masthead.articles.embeds import plain_address, player_for, provider_host

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "superscript", "subscript"]


class CreditedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=250,
        help_text=_(
            "What the picture shows, for readers who cannot see it. Defaults to the caption."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)
    credit = blocks.CharBlock(
        label=_("Photo credit"), max_length=120, help_text=_("For example: duma.gov.ru")
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "articles/blocks/image.html"

    def clean(self, value: Any) -> Any:
        value = super().clean(value)  # a missing credit is refused here, unless a draft
        if not self.is_deferred_validation and (problems := image_block_problems(value)):
            raise blocks.StructBlockValidationError(
                block_errors={name: ValidationError(text) for name, text in problems.items()}
            )
        return value


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"), max_length=1000)
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)
    style = blocks.ChoiceBlock(
        label=_("Style"),
        choices=[("block", _("Block quote")), ("pull", _("Pull quote"))],
        default="block",
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "articles/blocks/quote.html"


class ClickToLoadEmbedBlock(blocks.StructBlock):
    url = blocks.URLBlock(
        label=_("Address"),
        help_text=_(
            "A YouTube or Vimeo video or an OpenStreetMap map shows in place after the reader "
            "clicks; any other address is shown as a link. Nothing loads from the provider "
            "before the click."
        ),
    )
    title = blocks.CharBlock(
        label=_("Title"), max_length=200, help_text=_("What the reader will load.")
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)

    class Meta:
        icon = "media"
        label = _("Embed (loads on click)")
        template = "articles/blocks/embed.html"

    def clean(self, value: Any) -> Any:
        value = super().clean(value)
        if value["url"] and plain_address(value["url"]) is None:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        _("Use an ordinary web address: http or https, with no user name or “\\”.")
                    )
                }
            )
        return value

    def get_context(
        self, value: Any, parent_context: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        context = super().get_context(value, parent_context=parent_context)
        context["player"] = player_for(value["url"])
        context["provider_host"] = provider_host(value["url"])
        return context


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(features=RICH_TEXT_FEATURES, label=_("Paragraph"))
    subheading = blocks.CharBlock(
        max_length=200,
        label=_("Subheading"),
        form_classname="title",
        template="articles/blocks/subheading.html",
    )
    image = CreditedImageBlock()
    quote = QuoteBlock()
    embed = ClickToLoadEmbedBlock()
