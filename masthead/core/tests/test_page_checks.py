"""The checker that guards "no third-party request" must itself catch what it should."""

from masthead.core.tests.page_checks import markup_problems, off_site_resources


def test_finds_every_kind_of_fetched_resource():
    html = """
    <link rel="stylesheet" href="https://fonts.example.com/a.css">
    <link rel="icon" href="//cdn.example.com/i.png">
    <link rel="canonical" href="https://news.example.org/a/">
    <script src="https://analytics.example.com/t.js"></script>
    <img src="/media/a.jpg" srcset="/media/a.jpg 1x, https://img.example.com/b.jpg 2x">
    <iframe src="https://www.youtube.com/embed/x"></iframe>
    <div style="background: url('https://bg.example.com/x.png')"></div>
    <style>body { background: url(//css.example.com/y.png) }</style>
    <a href="https://elsewhere.example.com/">a link the reader may click</a>
    """
    assert off_site_resources(html) == [
        "https://fonts.example.com/a.css",
        "//cdn.example.com/i.png",
        "https://analytics.example.com/t.js",
        "https://img.example.com/b.jpg",
        "https://www.youtube.com/embed/x",
        "https://bg.example.com/x.png",
        "//css.example.com/y.png",
    ]


def test_root_relative_resources_pass():
    html = '<img src="/media/a.jpg" srcset="/media/a.jpg 400w"><script src="/static/s.js"></script>'
    assert off_site_resources(html) == []


def test_markup_check_finds_blocks_in_paragraphs_repeated_ids_and_absolute_own_links():
    html = """
    <link rel="canonical" href="https://news.example.org/news/a/">
    <link rel="alternate" type="application/rss+xml" href="https://news.example.org/feed/">
    <p class="meta"><p class="byline">By A</p><time>1 May</time></p>
    <div id="ask"></div><div id="ask"></div>
    <a href="https://news.example.org/news/b/">B</a>
    <img src="/media/a.jpg" srcset="/media/a.jpg 1x, https://news.example.org/media/a2.jpg 2x">
    <a href="https://elsewhere.example/">fine: another site, followed only on a click</a>
    <p>A paragraph <a href="/news/c/">with a root-relative link</a>.</p>
    """
    assert markup_problems(html) == [
        "<p> inside <p>",
        'two elements with id="ask"',
        "<a href> is not root-relative: https://news.example.org/news/b/",
        "<img srcset> is not root-relative: https://news.example.org/media/a2.jpg",
    ]
