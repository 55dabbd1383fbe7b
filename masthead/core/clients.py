"""Who is asking, for rate limits only: the address is never stored (see newsletter.limits).

Behind nginx every request comes from 127.0.0.1; nginx passes the reader's address in
X-Real-IP (and removes any such header the client sent). We believe that header only from a
proxy on this machine.
"""

from django.http import HttpRequest

TRUSTED_PROXIES = frozenset({"127.0.0.1", "::1"})


def client_address(request: HttpRequest) -> str:
    peer = request.META.get("REMOTE_ADDR", "")
    forwarded = request.headers.get("X-Real-IP", "").strip()
    if peer in TRUSTED_PROXIES and forwarded:
        return forwarded
    return peer
