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


# Elements that end an open <p> in a browser: written inside one, they split the paragraph
# and leave what follows outside it (and outside its styles).
BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "details",
        "div",
        "dl",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "ul",
    ]
)
# Full URLs a page may carry on purpose: the canonical address and the feeds' addresses.
ABSOLUTE_LINK_RELS = {"canonical", "alternate"}


class _MarkupChecker(HTMLParser):
    def __init__(self, own_host: str) -> None:
        super().__init__(convert_charrefs=True)
        self.own_host = own_host
        self.problems: list[str] = []
        self.in_paragraph = False
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if self.in_paragraph and tag in BLOCK_TAGS:
            self.problems.append(f"<{tag}> inside <p>")
        if tag == "p":
            self.in_paragraph = True
        if (element_id := values.get("id")) is not None:
            if element_id in self.ids:
                self.problems.append(f'two elements with id="{element_id}"')
            self.ids.add(element_id)
        if tag == "link" and set(values.get("rel", "").split()) & ABSOLUTE_LINK_RELS:
            return
        for attribute in ("href", "src", "action", "srcset"):
            for url in _candidates(attribute, values.get(attribute, "")):
                if urlsplit(url).hostname == self.own_host:
                    self.problems.append(f"<{tag} {attribute}> is not root-relative: {url}")

    def handle_endtag(self, tag: str) -> None:
        if tag == "p":
            self.in_paragraph = False


def markup_problems(html: str, own_host: str = "news.example.org") -> list[str]:
    """Markup a browser would silently rearrange (a block inside a paragraph), repeated ids,
    and links or assets on our own host that are not root-relative (pages must work on any
    mirror host; only the canonical and the feed links name the primary domain)."""
    checker = _MarkupChecker(own_host)
    checker.feed(html)
    return checker.problems
