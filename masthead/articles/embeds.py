"""Click-to-load embeds: nothing is fetched from the provider until the reader asks.

We never call a provider's oEmbed endpoint (that would be a request from our server and, when
rendered, from the reader's browser). Instead we recognise a few providers' URLs and build the
player address ourselves; anything else is shown as a plain outbound link.
"""

import contextlib
import math
import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode, urlsplit


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


# An OpenStreetMap address names its view as "#map=ZOOM/LAT/LON"; a marker as ?mlat=&mlon=.
_OSM_VIEW = re.compile(r"map=(\d{1,2})/(-?\d{1,2}(?:\.\d+)?)/(-?\d{1,3}(?:\.\d+)?)")
# The embedded map is about 700 by 400 pixels: half its width is ~1.4 tiles of 256 pixels.
_HALF_WIDTH_IN_TILES = 1.4
_HEIGHT_OVER_WIDTH = 400 / 700


def _openstreetmap_src(url: str) -> str | None:
    """OpenStreetMap's own embed page for the view a map address shows (the one its "Share →
    HTML" offers), with the marker if the address has one."""
    parts = urlsplit(url)
    if (parts.hostname or "").removeprefix("www.") != "openstreetmap.org":
        return None
    view = _OSM_VIEW.search(parts.fragment)
    if view is None:
        return None
    zoom, lat, lon = int(view[1]), float(view[2]), float(view[3])
    if not (0 <= zoom <= 19 and -85 <= lat <= 85 and -180 <= lon <= 180):
        return None
    half_lon = 360 / 2**zoom * _HALF_WIDTH_IN_TILES
    half_lat = half_lon * math.cos(math.radians(lat)) * _HEIGHT_OVER_WIDTH
    bbox = (lon - half_lon, lat - half_lat, lon + half_lon, lat + half_lat)
    query = {"bbox": ",".join(f"{edge:.5f}" for edge in bbox), "layer": "mapnik"}
    marker = parse_qs(parts.query)
    with contextlib.suppress(KeyError, ValueError):
        query["marker"] = f"{float(marker['mlat'][0]):.5f},{float(marker['mlon'][0]):.5f}"
    return "https://www.openstreetmap.org/export/embed.html?" + urlencode(query)


def player_for(url: str) -> Player | None:
    """The embeddable player for a URL, or None if we only link to it."""
    if video := _youtube_id(url):
        return Player("YouTube", f"https://www.youtube-nocookie.com/embed/{video}?autoplay=1")
    if video := _vimeo_id(url):
        return Player("Vimeo", f"https://player.vimeo.com/video/{video}?autoplay=1&dnt=1")
    if src := _openstreetmap_src(url):
        return Player("OpenStreetMap", src)
    return None


def provider_host(url: str) -> str:
    return (urlsplit(url).hostname or "").removeprefix("www.")
