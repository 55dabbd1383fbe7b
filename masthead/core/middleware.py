from collections.abc import Callable
from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.http.request import split_domain_port

from masthead.core.public import finish_public_response
from masthead.core.views import page_not_found

ADMIN_PREFIX = "/admin/"


class PublicPageMiddleware:
    """Strip per-reader state from responses that views marked as public.

    It sits outside the session, CSRF and auth middleware so that it sees (and removes)
    anything they add on the way out.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = finish_public_response(self.get_response(request))
        if request.method == "HEAD":
            # WSGI servers expect no body for HEAD; keep the length a GET would have.
            if isinstance(response, StreamingHttpResponse):  # a file: its length is known
                response.streaming_content = []
            else:
                length = len(response.content)
                response.content = b""
                response["Content-Length"] = str(length)
        return response


class AdminHostMiddleware:
    """When the admin has its own hostname (MASTHEAD_ADMIN_BASE_URL), the admin is not
    served on any other host: the public host answers /admin/ with the ordinary 404, so the
    admin can be put behind a VPN or an allow-list on its own name."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        admin_host = urlsplit(settings.ADMIN_BASE_URL).hostname
        public_host = urlsplit(settings.BASE_URL).hostname
        self.admin_host = admin_host if admin_host != public_host else None

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if self.admin_host and request.path.startswith(ADMIN_PREFIX):
            host, _ = split_domain_port(request.get_host())
            if host != self.admin_host:
                return page_not_found(request)
        return self.get_response(request)
