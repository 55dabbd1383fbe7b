"""Click-to-load embeds: nothing is fetched from the provider until the reader asks.

We never call a provider's oEmbed endpoint (that would be a request from our server and, when
rendered, from the reader's browser). Instead we recognise a few providers' URLs and build the
player address ourselves; anything else is shown as a plain outbound link.
"""

import contextlib
import math
import re
from dataclasses import dataclass
from urllib.parse import SplitResult, parse_qs, urlencode, urlsplit


@dataclass(frozen=True)
class Player:
    provider: str
    src: str


_YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{6,20}$")
_VIMEO_ID = re.compile(r"^[0-9]{4,12}$")


def plain_address(url: str) -> SplitResult | None:
    """The parts of an address a browser reads the same way we do, or None. A backslash
    (browsers read it as "/", Python does not) or a user name before "@" could make the
    host a reader is taken to differ from the one we show."""
    if "\\" in url:
        return None
    try:
        parts = urlsplit(url)
        if parts.username is not None or parts.password is not None:
            return None
        parts.port  # noqa: B018 — raises ValueError for a port that is not a number
    except ValueError:
        return None
    return parts if parts.scheme in {"http", "https"} and parts.hostname else None


def _host(parts: SplitResult) -> str:
    return (parts.hostname or "").removeprefix("www.")


def _youtube_id(parts: SplitResult) -> str | None:
    host = _host(parts).removeprefix("m.")
    candidate = None
    if host == "youtu.be":
        candidate = parts.path.strip("/").split("/")[0]
    elif host in {"youtube.com", "youtube-nocookie.com"}:
        if parts.path == "/watch":
            candidate = parse_qs(parts.query).get("v", [""])[0]
        elif parts.path.startswith(("/embed/", "/shorts/", "/live/")):
            candidate = parts.path.split("/")[2]
    return candidate if candidate and _YOUTUBE_ID.match(candidate) else None


def _vimeo_id(parts: SplitResult) -> str | None:
    if _host(parts) not in {"vimeo.com", "player.vimeo.com"}:
        return None
    candidate = parts.path.rstrip("/").split("/")[-1]
    return candidate if _VIMEO_ID.match(candidate) else None


# An OpenStreetMap address names its view as "#map=ZOOM/LAT/LON"; a marker as ?mlat=&mlon=.
_NUMBER = r"-?[0-9]{1,3}(?:\.[0-9]+)?"
_OSM_VIEW = re.compile(rf"map=([0-9]{{1,2}})/({_NUMBER})/({_NUMBER})")
# The embedded map is about 700 by 400 pixels: half its width is ~1.4 tiles of 256 pixels.
_HALF_WIDTH_IN_TILES = 1.4
_HEIGHT_OVER_WIDTH = 400 / 700
_MAX_LATITUDE = 85.0  # the Web Mercator map ends here


def _coordinates(lat: float, lon: float) -> bool:
    return abs(lat) <= _MAX_LATITUDE and abs(lon) <= 180


def _openstreetmap_src(parts: SplitResult) -> str | None:
    """OpenStreetMap's own embed page for the view a map address shows (the one its "Share →
    HTML" offers), with the marker if the address has one."""
    if _host(parts) != "openstreetmap.org":
        return None
    view = _OSM_VIEW.search(parts.fragment)
    if view is None:
        return None
    zoom, lat, lon = int(view[1]), float(view[2]), float(view[3])
    if not (zoom <= 19 and _coordinates(lat, lon)):
        return None
    half_lon = 360 / 2**zoom * _HALF_WIDTH_IN_TILES
    half_lat = half_lon * math.cos(math.radians(lat)) * _HEIGHT_OVER_WIDTH
    bbox = (
        max(lon - half_lon, -180.0),
        max(lat - half_lat, -_MAX_LATITUDE),
        min(lon + half_lon, 180.0),
        min(lat + half_lat, _MAX_LATITUDE),
    )
    query = {"bbox": ",".join(f"{edge:.5f}" for edge in bbox), "layer": "mapnik"}
    marker = parse_qs(parts.query)
    with contextlib.suppress(KeyError, ValueError):
        mlat, mlon = float(marker["mlat"][0]), float(marker["mlon"][0])
        if _coordinates(mlat, mlon):  # (NaN and infinity are not)
            query["marker"] = f"{mlat:.5f},{mlon:.5f}"
    return "https://www.openstreetmap.org/export/embed.html?" + urlencode(query)


def player_for(url: str) -> Player | None:
    """The embeddable player for a URL, or None if we only link to it."""
    parts = plain_address(url)
    if parts is None:
        return None
    if video := _youtube_id(parts):
        return Player("YouTube", f"https://www.youtube-nocookie.com/embed/{video}?autoplay=1")
    if video := _vimeo_id(parts):
        return Player("Vimeo", f"https://player.vimeo.com/video/{video}?autoplay=1&dnt=1")
    if src := _openstreetmap_src(parts):
        return Player("OpenStreetMap", src)
    return None


def provider_host(url: str) -> str:
    parts = plain_address(url)
    return _host(parts) if parts else ""
