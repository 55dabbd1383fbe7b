from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from masthead.newsletter.models import Newsletter


class NewsletterViewSet(SnippetViewSet):
    model = Newsletter
    icon = "mail"
    menu_label = _("Newsletters")
    list_display = ["name", "slug", "sender_email", "send_weekday", "send_time"]
    add_to_admin_menu = True
    menu_order = 220


register_snippet(NewsletterViewSet)
