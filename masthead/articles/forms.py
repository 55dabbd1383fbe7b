from typing import Any

from wagtail.admin.forms import WagtailAdminPageForm

from masthead.articles.credits import CREDIT_REQUIRED, lacks_credit


class ArticlePageForm(WagtailAdminPageForm):
    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        # Not for a draft (`is_deferred_validation`): see credits.py.
        if not self.is_deferred_validation and lacks_credit(
            cleaned.get("lead_image"), cleaned.get("lead_image_credit")
        ):
            self.add_error("lead_image_credit", CREDIT_REQUIRED)
        return cleaned
