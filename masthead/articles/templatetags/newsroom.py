from typing import Any

from django import template
from django.utils.safestring import SafeString

from masthead.articles.structured_data import ld_json_script, news_article, share_image
from masthead.core.links import absolute_url

register = template.Library()


def _live_home(context: template.Context) -> Any:
    """The live home page, looked up once per request (the header and the footer both ask)."""
    from masthead.articles.models import HomePage

    request = context.get("request")
    if request is None:
        return HomePage.objects.live().first()
    if not hasattr(request, "masthead_home"):
        request.masthead_home = HomePage.objects.live().first()
    return request.masthead_home


@register.simple_tag(takes_context=True)
def section_links(context: template.Context) -> list[Any]:
    home = _live_home(context)
    return list(home.sections()) if home else []


@register.simple_tag(takes_context=True)
def footer_links(context: template.Context) -> list[Any]:
    home = _live_home(context)
    return list(home.footer_pages()) if home else []


@register.simple_tag
def article_ld_json(article: Any) -> SafeString:
    return ld_json_script(news_article(article))


@register.simple_tag
def share_image_url(article: Any) -> str:
    image = share_image(article)
    return absolute_url(image.url) if image is not None else ""


@register.filter
def absolute(path: str) -> str:
    return absolute_url(path)
