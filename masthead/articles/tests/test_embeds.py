"""Which addresses become click-to-load players, and the player address each one gets."""

from urllib.parse import parse_qs, urlsplit

import pytest

from masthead.articles.embeds import player_for, provider_host
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
        "https://www.openstreetmap.org/#map=15/٥٩/28",  # Arabic-Indic digits
        "https://evil.example\\@www.openstreetmap.org/#map=15/59/28",
        "https://user@www.youtube.com/watch?v=dQw4w9WgXcQ",
        "https://[www.openstreetmap.org/#map=15/59/28",
        "https://www.youtube.com:port/watch?v=dQw4w9WgXcQ",
        "javascript://www.youtube.com/%0Aalert(1)",
        "not a url",
    ],
)
def test_anything_else_is_only_linked(url):
    assert player_for(url) is None


@pytest.mark.parametrize(
    "url",
    ["https://evil.example\\@www.openstreetmap.org/", "https://[www.youtube.com/", "no url"],
)
def test_an_address_we_might_read_differently_from_a_browser_names_no_host(url):
    assert provider_host(url) == ""


def test_a_map_keeps_its_edges_and_marker_on_the_map():
    whole_world = player_for("https://www.openstreetmap.org/?mlat=nan&mlon=inf#map=0/0/0")
    assert whole_world is not None
    query = parse_qs(urlsplit(whole_world.src).query)
    assert query["bbox"] == ["-180.00000,-85.00000,180.00000,85.00000"]
    assert "marker" not in query
    far_north = player_for("https://www.openstreetmap.org/?mlat=95&mlon=10#map=2/80/170")
    assert far_north is not None
    query = parse_qs(urlsplit(far_north.src).query)
    east, north = (float(edge) for edge in query["bbox"][0].split(",")[2:])
    assert (east, north) == (180.0, 85.0)
    assert "marker" not in query


def test_the_editor_is_told_when_an_address_cannot_be_trusted():
    from wagtail.blocks import StructBlockValidationError

    from masthead.articles.blocks import ClickToLoadEmbedBlock

    block = ClickToLoadEmbedBlock()
    value = block.to_python(
        {"url": "https://evil.example\\@youtu.be/dQw4w9WgXcQ", "title": "Video", "caption": ""}
    )
    with pytest.raises(StructBlockValidationError) as refused:
        block.clean(value)
    assert "url" in refused.value.block_errors
    good = block.to_python({"url": "https://youtu.be/dQw4w9WgXcQ", "title": "Video", "caption": ""})
    assert block.clean(good)["url"] == "https://youtu.be/dQw4w9WgXcQ"


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
