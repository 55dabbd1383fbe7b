"""Which addresses become click-to-load players, and the player address each one gets."""

from urllib.parse import parse_qs, urlsplit

import pytest

from masthead.articles.embeds import player_for
from masthead.core.public import EMBED_ORIGINS


@pytest.mark.parametrize(
    ("url", "src"),
    [
        (
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1",
        ),
        (
            "https://youtu.be/dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1",
        ),
        (
            "https://m.youtube.com/shorts/dQw4w9WgXcQ",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1",
        ),
        ("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871?autoplay=1&dnt=1"),
    ],
)
def test_video_addresses_become_players_on_the_providers_privacy_hosts(url, src):
    player = player_for(url)
    assert player is not None
    assert player.src == src


def test_a_map_address_becomes_openstreetmaps_embed_page_around_the_same_view():
    player = player_for(
        "https://www.openstreetmap.org/?mlat=59.3772&mlon=28.2003#map=15/59.3772/28.2003"
    )
    assert player is not None
    assert player.provider == "OpenStreetMap"
    parts = urlsplit(player.src)
    assert (parts.scheme, parts.netloc, parts.path) == (
        "https",
        "www.openstreetmap.org",
        "/export/embed.html",
    )
    query = parse_qs(parts.query)
    assert query["marker"] == ["59.37720,28.20030"]
    assert query["layer"] == ["mapnik"]
    west, south, east, north = (float(edge) for edge in query["bbox"][0].split(","))
    assert west < 28.2003 < east
    assert south < 59.3772 < north
    assert east - west == pytest.approx(2 * 360 / 2**15 * 1.4, rel=1e-3)
    # At 59° north a degree of longitude is about half a degree of latitude on the map.
    assert (north - south) / (east - west) == pytest.approx(0.51 * 400 / 700, rel=0.02)


def test_a_map_without_a_marker_has_none():
    player = player_for("https://www.openstreetmap.org/#map=12/56.9496/24.1052")
    assert player is not None
    assert "marker" not in parse_qs(urlsplit(player.src).query)


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/watch?v=dQw4w9WgXcQ",
        "https://www.youtube.com/watch?v=<script>",
        "https://www.youtube.com/channel/UC123",
        "https://vimeo.com/channels/staffpicks",
        "https://www.openstreetmap.org/",
        "https://www.openstreetmap.org/#map=25/59.3/28.2",
        "https://www.openstreetmap.org/#map=12/99.0/28.2",
        "https://openstreetmap.org.evil.example/#map=12/59.3/28.2",
        "not a url",
    ],
)
def test_anything_else_is_only_linked(url):
    assert player_for(url) is None


@pytest.mark.parametrize(
    "url",
    [
        "https://youtu.be/dQw4w9WgXcQ",
        "https://vimeo.com/76979871",
        "https://www.openstreetmap.org/#map=12/56.9496/24.1052",
    ],
)
def test_every_player_is_on_a_host_the_content_security_policy_lets_pages_frame(url):
    player = player_for(url)
    assert player is not None
    parts = urlsplit(player.src)
    assert f"{parts.scheme}://{parts.netloc}" in EMBED_ORIGINS
