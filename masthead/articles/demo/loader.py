"""Fill an empty database with the demo newsroom (see the content package)."""

import json
from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Page, Site

from masthead.articles.demo import content
from masthead.articles.demo.images import portrait, save_image, scene
from masthead.articles.models import (
    ArticleAuthor,
    ArticlePage,
    Author,
    Correction,
    HomePage,
    NewsAgency,
    SectionPage,
    StandardPage,
)
from masthead.contributions.models import AskSettings, Contribution, Payment, Supporter
from masthead.newsletter.models import Newsletter, Subscriber, Subscription
from masthead.newsletter.scheduling import prepare_next_issue
from masthead.privacy.models import PrivacyPolicyPage

ABOUT_TEXT = (
    "<p>The Northern Current is an independent newsroom of reporters who left their country "
    "to keep reporting on it. We are funded by our readers and by nobody else.</p>"
    "<h2>How we work</h2><p>We name our sources where it is safe to do so, we publish "
    "corrections at the foot of every article, and some of our colleagues write under "
    "pseudonyms because their safety depends on it.</p>"
)
PRIVACY_TEXT = (
    "<p>Our pages set no cookies and load nothing from other companies. We do not keep "
    "your IP address. If you subscribe to our newsletter or support us, we keep your email "
    "address encrypted and use it only for what you asked for.</p>"
)


def has_content() -> bool:
    return HomePage.objects.exists() or ArticlePage.objects.exists()


def _paragraph(text: str) -> dict[str, Any]:
    return {"type": "paragraph", "value": f"<p>{escape(text)}</p>"}


def _body(article: dict[str, Any]) -> str:
    blocks: list[dict[str, Any]] = []
    for index, text in enumerate(article["paragraphs"]):
        if index == 2 and article.get("subheading"):
            blocks.append({"type": "subheading", "value": article["subheading"]})
        if index == 1 and (quote := article.get("pull_quote")):
            blocks.append({"type": "quote", "value": {**quote, "style": "pull"}})
        if index == 2 and (embed := article.get("embed")):
            blocks.append({"type": "embed", "value": embed})
        blocks.append(_paragraph(text))
    if inline := article.get("inline_image"):
        picture = scene(f"{article['slug']}-inline", inline["scene"], size=(1200, 800))
        image = save_image(picture, inline["caption"], f"{article['slug']}-inline.jpg")
        blocks.insert(
            1,
            {
                "type": "image",
                "value": {
                    "image": image.pk,
                    "alt_text": "",
                    "caption": inline["caption"],
                    "credit": inline["credit"],
                },
            },
        )
    return json.dumps(blocks)


def _published_at(days_ago: int, hour: int, now: datetime) -> datetime:
    local = timezone.localtime(now)
    when = (local - timedelta(days=days_ago)).replace(hour=hour, minute=15, second=0, microsecond=0)
    return min(when, now - timedelta(minutes=30))


def _publish(page: Page, first: datetime, last: datetime | None = None) -> None:
    page.save_revision().publish()
    type(page).objects.filter(pk=page.pk).update(
        first_published_at=first,
        last_published_at=last or first,
        latest_revision_created_at=last or first,
    )


@transaction.atomic
def load_demo_content() -> HomePage:
    now = timezone.now()
    root = Page.get_first_root_node()
    # Wagtail's "Welcome" page (and the Site pointing at it) make way for the newsroom.
    for page in root.get_children().filter(content_type__model="page"):
        page.delete()

    home = HomePage(title=content.NEWSROOM_NAME, slug="home", tagline=content.TAGLINE)
    root.add_child(instance=home)
    _publish(home, now)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": "localhost",
            "port": 80,
            "root_page": home,
            "site_name": content.NEWSROOM_NAME,
        },
    )

    sections = {}
    for spec in content.SECTIONS:
        section = SectionPage(title=spec["title"], slug=spec["slug"], intro=spec["intro"])
        home.add_child(instance=section)
        _publish(section, now)
        sections[spec["slug"]] = section
    about = StandardPage(title="About us", slug="about", body=ABOUT_TEXT, show_in_menus=True)
    home.add_child(instance=about)
    _publish(about, now)
    policy = PrivacyPolicyPage(
        title="Privacy policy", slug="privacy", body=PRIVACY_TEXT, version="1", show_in_menus=True
    )
    home.add_child(instance=policy)
    _publish(policy, now)
    weekly = Newsletter.objects.create(
        name="The Weekly",
        slug="weekly",
        description=(
            "A hand-picked selection of our news, features and analysis, every Friday morning."
        ),
        sender_name=content.NEWSROOM_NAME,
        sender_email="newsletter@news.example.org",
        language="en",
    )

    authors = {}
    for spec in content.AUTHORS:
        photo = None
        if not spec["is_pseudonym"]:
            photo = save_image(portrait(spec["slug"]), spec["name"], f"{spec['slug']}.jpg")
        authors[spec["slug"]] = Author.objects.create(
            name=spec["name"],
            slug=spec["slug"],
            role=spec["role"],
            bio=spec["bio"],
            is_pseudonym=spec["is_pseudonym"],
            photo=photo,
        )
    agencies = {spec["name"]: NewsAgency.objects.create(**spec) for spec in content.AGENCIES}

    for spec in sorted(content.ARTICLES, key=lambda a: -a["days_ago"]):
        picture = scene(spec["slug"], spec["scene"])
        lead = save_image(picture, spec["caption"], f"{spec['slug']}.jpg")
        article = ArticlePage(
            title=spec["headline"],
            slug=spec["slug"],
            standfirst=spec["standfirst"],
            lead_image=lead,
            lead_image_caption=spec["caption"],
            lead_image_credit=spec["credit"],
            body=_body(spec),
            agency=agencies.get(spec.get("agency", "")),
        )
        article.tags.add(*spec["tags"])
        for order, slug in enumerate(spec["authors"]):
            article.bylines.add(ArticleAuthor(author=authors[slug], sort_order=order))
        first = _published_at(spec["days_ago"], spec["hour"], now)
        last = None
        if hours := spec.get("updated_hours_later"):
            last = min(first + timedelta(hours=hours), now)
        if correction := spec.get("correction"):
            if last is None:
                raise ValueError(f"{spec['slug']}: a correction is an update; when was it made?")
            article.corrections.add(
                Correction(published_on=timezone.localdate(last), text=correction["text"])
            )
        sections[spec["section"]].add_child(instance=article)
        _publish(article, first, last)
    _first_issue(weekly, now)
    _support(now)
    return home


def _first_issue(weekly: Newsletter, now: datetime) -> None:
    """A first issue ready to send (the week's articles, an intro written by the desk), and
    three demo readers who receive it in the outbox."""
    issue = prepare_next_issue(weekly, now)
    issue.subject = content.FIRST_ISSUE["subject"]
    issue.preheader = content.FIRST_ISSUE["preheader"]
    issue.intro = content.FIRST_ISSUE["intro"]
    issue.save()
    for address in content.DEMO_READERS:
        Subscription.objects.create(
            subscriber=Subscriber.objects.create(email=address),
            newsletter=weekly,
            status=Subscription.Status.CONFIRMED,
            consent_policy_version="1",
            consent_given_at=now,
            consent_form="demo content",
            confirmed_at=now,
        )


def _support(now: datetime) -> None:
    """The ask in the newsroom's words, and a few supporters for the Finance pages."""
    ask = AskSettings.for_site(Site.objects.get(is_default_site=True))
    ask.heading = content.ASK["heading"]
    ask.message = content.ASK["message"]
    ask.at_risk_note = content.ASK["at_risk_note"]
    ask.save()
    for number, (frequency, amount, currency, started, ended) in enumerate(
        content.DEMO_SUPPORT, start=1
    ):
        supporter = Supporter.objects.create(email=f"supporter{number}@example.org")
        start = now - timedelta(days=30 * started + 3)
        status = {"once": "completed"}.get(frequency, "cancelled" if ended else "active")
        contribution = Contribution.objects.create(
            reference=f"demo{number:04d}",
            supporter=supporter,
            frequency=frequency,
            amount=amount,
            currency=currency,
            status=status,
            started_at=start,
            ended_at=now - timedelta(days=30 * ended) if ended else None,
            welcomed_at=start,
        )
        Contribution.objects.filter(pk=contribution.pk).update(created_at=start)
        paid_months = (started - (ended or 0) + 1) if frequency == "monthly" else 1
        for month in range(paid_months):
            paid = start + timedelta(days=30 * month)
            Payment.objects.create(
                contribution=contribution,
                stripe_id=f"demo{number:04d}-{month}",
                amount=amount,
                currency=currency,
                paid_at=paid,
                receipt_sent_at=paid,
            )
