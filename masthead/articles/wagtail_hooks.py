from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from masthead.articles.snippets import Author, NewsAgency


class AuthorViewSet(SnippetViewSet):
    model = Author
    icon = "user"
    menu_label = "Authors"
    list_display = ["name", "role", "is_pseudonym"]
    search_fields = ["name"]
    add_to_admin_menu = True
    menu_order = 200


class NewsAgencyViewSet(SnippetViewSet):
    model = NewsAgency
    icon = "globe"
    menu_label = "News agencies"
    list_display = ["name", "credit_line"]
    add_to_admin_menu = True
    menu_order = 210


register_snippet(AuthorViewSet)
register_snippet(NewsAgencyViewSet)
