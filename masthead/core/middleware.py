from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from masthead.core.public import finish_public_response


class PublicPageMiddleware:
    """Strip per-reader state from responses that views marked as public.

    It sits outside the session, CSRF and auth middleware so that it sees (and removes)
    anything they add on the way out.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return finish_public_response(self.get_response(request))
