from django.http import HttpRequest
from django.utils.functional import SimpleLazyObject

from masthead.core.newsroom import newsroom_name


def newsroom(request: HttpRequest) -> dict[str, object]:
    return {"NEWSROOM_NAME": SimpleLazyObject(newsroom_name)}
