"""Click-to-load embeds: nothing is fetched from the provider until the reader asks.

We never call a provider's oEmbed endpoint (that would be a request from our server and, when
rendered, from the reader's browser). Instead we recognise a few providers' URLs and build the
player address ourselves; anything else is shown as a plain outbound link.
"""

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit


@dataclass(frozen=True)
class Player:
    provider: str
    src: str


_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{6,20}$")
_VIMEO_ID = re.compile(r"^\d{4,12}$")


def _youtube_id(url: str) -> str | None:
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.").removeprefix("m.")
    candidate = None
    if host == "youtu.be":
        candidate = parts.path.strip("/").split("/")[0]
    elif host in {"youtube.com", "youtube-nocookie.com"}:
        if parts.path == "/watch":
            candidate = parse_qs(parts.query).get("v", [""])[0]
        elif parts.path.startswith(("/embed/", "/shorts/", "/live/")):
            candidate = parts.path.split("/")[2]
    return candidate if candidate and _YOUTUBE_ID.match(candidate) else None


def _vimeo_id(url: str) -> str | None:
    parts = urlsplit(url)
    host = (parts.hostname or "").removeprefix("www.")
    if host not in {"vimeo.com", "player.vimeo.com"}:
        return None
    candidate = parts.path.rstrip("/").split("/")[-1]
    return candidate if _VIMEO_ID.match(candidate) else None


def player_for(url: str) -> Player | None:
    """The embeddable player for a URL, or None if we only link to it."""
    if video := _youtube_id(url):
        return Player("YouTube", f"https://www.youtube-nocookie.com/embed/{video}?autoplay=1")
    if video := _vimeo_id(url):
        return Player("Vimeo", f"https://player.vimeo.com/video/{video}?autoplay=1&dnt=1")
    return None


def provider_host(url: str) -> str:
    return (urlsplit(url).hostname or "").removeprefix("www.")
