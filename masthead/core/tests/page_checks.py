"""Checks on rendered public HTML that several test modules share."""

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

# Attributes through which a browser fetches something by itself (links it follows on a
# click, like <a href> or <form action>, are not listed).
FETCHING_ATTRIBUTES = {
    "img": ("src", "srcset"),
    "source": ("src", "srcset"),
    "script": ("src",),
    "iframe": ("src",),
    "embed": ("src",),
    "object": ("data",),
    "video": ("src", "poster"),
    "audio": ("src",),
    "track": ("src",),
    "input": ("src",),
    "image": ("href",),
    "use": ("href",),
}
FETCHING_LINK_RELS = {
    "stylesheet",
    "icon",
    "preload",
    "prefetch",
    "modulepreload",
    "manifest",
    "apple-touch-icon",
    "preconnect",
    "dns-prefetch",
    "mask-icon",
}
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)")


def _candidates(attribute: str, value: str) -> list[str]:
    if attribute == "srcset":
        return [part.strip().split(" ")[0] for part in value.split(",") if part.strip()]
    return [value.strip()]


def is_off_site(url: str) -> bool:
    """True for anything that names a host (absolute or protocol-relative)."""
    return bool(urlsplit(url).netloc) or url.startswith("//")


class _ResourceCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.resources: list[str] = []
        self.in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        for attribute in FETCHING_ATTRIBUTES.get(tag, ()):
            if values.get(attribute):
                self.resources += _candidates(attribute, values[attribute])
        if tag == "link":
            rels = set(values.get("rel", "").lower().split())
            if rels & FETCHING_LINK_RELS and values.get("href"):
                self.resources.append(values["href"])
        if "style" in values:
            self.resources += CSS_URL.findall(values["style"])
        self.in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self.in_style = False

    def handle_data(self, data: str) -> None:
        if self.in_style:
            self.resources += CSS_URL.findall(data)


def fetched_resources(html: str) -> list[str]:
    collector = _ResourceCollector()
    collector.feed(html)
    return collector.resources


def off_site_resources(html: str) -> list[str]:
    return [url for url in fetched_resources(html) if is_off_site(url)]


def css_urls(css: str) -> list[str]:
    return CSS_URL.findall(css)
