"""Demo content for `masthead demo`: a fictional newsroom, written for Masthead.

The newsroom, its sections, people, first newsletter issue and ask are here; the articles are
in one module per section (`news.py`, `business.py`, `opinion.py`, `culture.py`)."""

# The prose is typeset as readers see it: typographic apostrophes (U+2019) and quotation
# marks (U+201C/U+201D, with U+2018/U+2019 for quotes inside quotes) are meant, not mistakes.
# ruff: noqa: RUF001

from typing import Any

from masthead.articles.demo.content import business, culture, news, opinion

NEWSROOM_NAME = "The Northern Current"
TAGLINE = "Independent reporting on Russia and its neighbours, from Riga."

SECTIONS: list[dict[str, Any]] = [
    {
        "slug": "news",
        "title": "News",
        "intro": (
            "Politics, courts and society in Russia and its neighbours, reported from our newsroom "
            "in Riga and by correspondents on the ground."
        ),
    },
    {
        "slug": "business",
        "title": "Business",
        "intro": (
            "Sanctions, energy, banks and the household economy: how money moves across closed "
            "borders, and who ends up paying."
        ),
    },
    {
        "slug": "opinion",
        "title": "Opinion",
        "intro": (
            "Arguments from our editors and contributors. Opinion pieces reflect the views of "
            "their authors, not of the newsroom as a whole."
        ),
    },
    {
        "slug": "culture",
        "title": "Culture",
        "intro": (
            "Books, theatre, film and music made at home, in exile and in the uneasy spaces "
            "between the two."
        ),
    },
]

AUTHORS: list[dict[str, Any]] = [
    {
        "slug": "irina-kalnina",
        "name": "Irina Kalnina",
        "role": "Editor-in-chief",
        "bio": (
            "Irina Kalnina founded The Northern Current in Riga after two decades as a political "
            "reporter and editor. She writes about press freedom and the future of exile media."
        ),
        "is_pseudonym": False,
    },
    {
        "slug": "lev-arkhipenko",
        "name": "Lev Arkhipenko",
        "role": "Senior correspondent, courts and politics",
        "bio": (
            "Lev Arkhipenko has covered political trials for fifteen years. He left the country in "
            "2022 and now reports from Riga and Vilnius."
        ),
        "is_pseudonym": False,
    },
    {
        "slug": "sofia-brandt",
        "name": "Sofia Brandt",
        "role": "Economics editor",
        "bio": (
            "Sofia Brandt writes about sanctions, banking and the household economy. Before "
            "turning to journalism she worked as an analyst at a commercial bank."
        ),
        "is_pseudonym": False,
    },
    {
        "slug": "tomas-jurkans",
        "name": "Tomas Jurkans",
        "role": "Baltic correspondent",
        "bio": (
            "Tomas Jurkans is a Latvian reporter covering energy, security and politics across the "
            "Baltic states and Finland."
        ),
        "is_pseudonym": False,
    },
    {
        "slug": "vera-lisitsyna",
        "name": "Vera Lisitsyna",
        "role": "Culture editor",
        "bio": (
            "Vera Lisitsyna edits the culture section and writes about theatre, literature and "
            "film made in exile. She was previously a theatre critic in Moscow."
        ),
        "is_pseudonym": False,
    },
    {
        "slug": "nikolai-severny",
        "name": "Nikolai Severny",
        "role": "Correspondent",
        "bio": (
            "Nikolai Severny is the pen name of our correspondent inside the country, who writes "
            "under a pseudonym for their own safety. Their identity is known to our editors."
        ),
        "is_pseudonym": True,
    },
]

AGENCIES: list[dict[str, Any]] = [
    {
        "name": "AFP",
        "credit_line": "AFP contributed reporting.",
    },
    {
        "name": "Reuters",
        "credit_line": "Reuters contributed reporting.",
    },
]

# The articles, one module per section, in the order the loader publishes them.
ARTICLES: list[dict[str, Any]] = [
    *news.ARTICLES,
    *business.ARTICLES,
    *opinion.ARTICLES,
    *culture.ARTICLES,
]

# The first issue of The Weekly, ready for an editor to send from the admin.
FIRST_ISSUE = {
    "subject": "The Weekly: seven days of reporting you may have missed",
    "preheader": "Our editors’ picks from this week, from the courts to the kitchen table.",
    "intro": (
        "<p>Good morning. Our reporters spent this week on stories that rarely make the "
        "evening news at home: what happens in regional courtrooms, how families get money "
        "across closed borders, and how the economy feels from a shop counter. Below are the "
        "pieces our editors think you should not miss.</p>"
        "<p>Thank you for reading, and for forwarding this letter to someone who needs it.</p>"
    ),
}

# Demo readers (example.org never receives mail): the first issue goes to the outbox.
DEMO_READERS = ("anna.reader@example.org", "boris.reader@example.org", "vera.reader@example.org")

# The ask under every article (Settings → Reader contributions), in the newsroom's words.
ASK = {
    "heading": "A message from The Northern Current",
    "message": (
        "<p>We were labelled a “foreign agent” and then an “undesirable organisation”; our site "
        "is blocked at home and our reporters work from exile. We keep reporting because "
        "readers pay for it. Please support us monthly, starting from just $2. It takes a "
        "minute to set up, and every contribution makes an impact.</p>"
    ),
    "at_risk_note": (
        "Payments go through Stripe. Your bank statement shows “NC MEDIA OÜ”, not our name, "
        "and we never share who supports us."
    ),
}

# Demo supporters (example.org never receives mail) and what they gave: (frequency, amount
# in cents, currency, months ago it started, months ago it ended or None).
DEMO_SUPPORT = (
    ("monthly", 500, "usd", 5, None),
    ("monthly", 1000, "eur", 4, None),
    ("monthly", 200, "usd", 4, 1),
    ("annual", 6000, "usd", 3, None),
    ("once", 2500, "eur", 2, None),
    ("monthly", 500, "gbp", 2, None),
    ("once", 5000, "usd", 1, None),
    ("monthly", 2000, "usd", 1, None),
    ("annual", 10000, "eur", 0, None),
    ("once", 1000, "usd", 0, None),
)
