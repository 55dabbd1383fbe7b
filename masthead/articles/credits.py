"""What a picture needs before readers see it: a credit, and, in the body, a description.

A draft may lack them (a picture is often filed before anyone knows whose it is). Every way
of publishing checks them: the editor's form on publish, submit and workflow actions
(`forms.ArticlePageForm` and `CreditedImageBlock.clean`, both skipped for drafts), and the
admin's bulk publish (`wagtail_hooks`). A revision scheduled in the admin went through the
form when it was scheduled.
"""

from typing import TYPE_CHECKING, Any

from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from masthead.articles.models import ArticlePage

CREDIT_REQUIRED = _("Credit the picture: who took it, or where it comes from.")
UNCREDITED_PICTURES = _("a picture has no credit, or no description.")
DESCRIPTION_REQUIRED = _(
    "Describe the picture here or in a caption, for readers who cannot see it."
)


def lacks_credit(picture: Any, credit: str | None) -> bool:
    return bool(picture) and not (credit or "").strip()


def image_block_problems(value: Any) -> dict[str, Any]:
    """The fields of a body image that readers would miss, with what to do about each."""
    problems = {}
    if lacks_credit(value.get("image", True), value.get("credit")):
        problems["credit"] = CREDIT_REQUIRED
    if not ((value.get("alt_text") or "").strip() or (value.get("caption") or "").strip()):
        problems["alt_text"] = DESCRIPTION_REQUIRED
    return problems


def has_uncredited_pictures(article: "ArticlePage") -> bool:
    if lacks_credit(article.lead_image_id, article.lead_image_credit):
        return True
    return any(
        block.block_type == "image" and image_block_problems(block.value) for block in article.body
    )
