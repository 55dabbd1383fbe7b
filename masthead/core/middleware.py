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
        response = finish_public_response(self.get_response(request))
        if request.method == "HEAD" and not response.streaming:
            # WSGI servers expect no body for HEAD; keep the length a GET would have.
            length = len(response.content)
            response.content = b""
            response["Content-Length"] = str(length)
        return response
