from typing import Any

from django import template
from django.utils.safestring import SafeString

from masthead.articles.structured_data import ld_json_script, news_article, share_image
from masthead.core.links import absolute_url

register = template.Library()


@register.simple_tag
def section_links() -> list[Any]:
    from masthead.articles.models import HomePage

    home = HomePage.objects.live().first()
    return list(home.sections()) if home else []


@register.simple_tag
def footer_links() -> list[Any]:
    from masthead.articles.models import HomePage

    home = HomePage.objects.live().first()
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
