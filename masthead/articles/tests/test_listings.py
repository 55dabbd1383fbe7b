from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from masthead.articles.tests.factories import AuthorFactory, make_article, make_section
from masthead.core.tests.page_checks import off_site_resources


def test_home_leads_with_the_newest_story_then_sections(client, home, news):
    business = make_section(home, "Business")
    now = timezone.now()
    older = make_article(news, title="Older news story", published_at=now - timedelta(days=1))
    newest = make_article(business, title="Newest business story", published_at=now)
    html = client.get("/").content.decode()
    lead = html[html.index('class="lead-story"') : html.index('class="home-section"')]
    assert "Newest business story" in lead
    assert html.index("Older news story") > html.index('id="section-')
    assert html.count("<h1") == 1
    assert off_site_resources(html) == []
    assert newest.title in html
    assert older.title in html


def test_editor_can_choose_the_lead_story(client, home, news):
    now = timezone.now()
    chosen = make_article(news, title="Chosen lead", published_at=now - timedelta(days=3))
    make_article(news, title="Newer story", published_at=now)
    home.lead_article = chosen
    home.save_revision().publish()
    html = client.get("/").content.decode()
    lead = html[html.index('class="lead-story"') : html.index('class="home-section"')]
    assert "Chosen lead" in lead


def test_section_is_paginated_newest_first(client, news):
    now = timezone.now()
    for n in range(25):
        make_article(news, title=f"Story {n:02d}", published_at=now - timedelta(hours=n))
    first = client.get("/news/").content.decode()
    second = client.get("/news/?page=2").content.decode()
    assert first.index("Story 00") < first.index("Story 19")
    assert "Story 20" not in first
    assert "Story 20" in second
    assert "Story 24" in second
    assert 'rel="next" href="?page=2"' in first


@pytest.mark.parametrize("listing", ["/tags/courts/", "/authors/irina/"])
def test_tag_and_author_pages_are_paginated_newest_first(client, news, listing):
    irina = AuthorFactory(name="Irina", slug="irina")
    now = timezone.now()
    for n in range(22):
        published = now - timedelta(hours=n)
        make_article(
            news, title=f"Story {n:02d}", tags=["courts"], authors=[irina], published_at=published
        )
    first = client.get(listing).content.decode()
    second = client.get(listing + "?page=2").content.decode()
    assert first.index("Story 00") < first.index("Story 19")
    assert "Story 20" not in first
    assert "Story 20" in second
    assert "Story 21" in second
    assert 'rel="next" href="?page=2"' in first
    assert f'<link rel="canonical" href="https://news.example.org{listing}?page=2">' in second
    assert client.get(listing + "?page=3").status_code == 404


def test_tag_page_lists_tagged_articles(client, news):
    tagged = make_article(news, title="About sanctions", tags=["Sanctions"])
    make_article(news, title="About theatre", tags=["Theatre"])
    response = client.get("/tags/sanctions/")
    html = response.content.decode()
    assert response.status_code == 200
    assert tagged.title in html
    assert "About theatre" not in html
    assert client.get("/tags/no-such-tag/").status_code == 404


def test_cyrillic_tag_page(client, news):
    make_article(news, title="Про цензуру", tags=["цензура"])
    response = client.get("/tags/цензура/")
    assert response.status_code == 200
    assert "Про цензуру" in response.content.decode()


def test_author_page_lists_their_articles(client, news):
    author = AuthorFactory(
        name="Anna Sever",
        slug="anna-sever",
        is_pseudonym=True,
        bio="Reports from inside the country.",
    )
    theirs = make_article(news, title="Her report", authors=[author])
    make_article(news, title="Someone else's report")
    html = client.get("/authors/anna-sever/").content.decode()
    assert '<h1 dir="auto">Anna Sever</h1>' in html
    assert "writes under a pseudonym" in html
    assert theirs.title in html
    assert "Someone else" not in html
    assert client.get("/authors/nobody/").status_code == 404


def test_the_authors_page_lists_those_with_published_articles(client, home, news):
    assert client.get("/authors/").status_code == 404  # nobody has published yet
    anna = AuthorFactory(name="Anna Sever", slug="anna-sever", is_pseudonym=True, role="")
    boris = AuthorFactory(name="Boris Lund", slug="boris-lund", role="Economics correspondent")
    AuthorFactory(name="Vera Draft", slug="vera-draft")
    make_article(news, authors=[anna, boris])
    unpublished = make_article(news, authors=[AuthorFactory(name="Vera Draft 2")])
    unpublished.unpublish()
    restricted = make_article(news, authors=[AuthorFactory(name="Behind A Password")])
    PageViewRestriction.objects.create(page=restricted, restriction_type="password", password="x")

    response = client.get("/authors/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('<li class="author-list__item">') == 2
    assert (
        '<a href="/authors/anna-sever/">Anna Sever</a><span class="pseudonym"> (pseudonym)' in html
    )
    assert "Economics correspondent" in html
    assert "Vera Draft" not in html
    assert "Behind A Password" not in html
    assert 'href="/authors/"' in client.get("/authors/boris-lund/").content.decode()


def test_standard_page_and_empty_home(client, home):
    from masthead.articles.models import StandardPage
    from masthead.articles.tests.factories import publish

    about = StandardPage(title="About us", slug="about", body="<p>Who we are.</p>")
    home.add_child(instance=about)
    publish(about)
    assert "Who we are." in client.get("/about/").content.decode()
    assert "Nothing has been published yet." in client.get("/").content.decode()


def test_the_footer_links_the_pages_that_exist_under_the_home_page(client, home, news):
    from masthead.articles.models import StandardPage
    from masthead.articles.tests.factories import publish

    def footer() -> str:
        html = client.get("/").content.decode()
        return html[html.index('<ul class="site-footer__links">') :].split("</ul>")[0]

    assert 'href="/about/"' not in footer()  # a new site has no About page to link to
    about = StandardPage(title="About us", slug="about", body="<p>Hi.</p>", show_in_menus=True)
    home.add_child(instance=about)
    publish(about)
    draft = StandardPage(title="Jobs", slug="jobs", body="<p>Soon.</p>", live=False)
    draft.show_in_menus = True
    home.add_child(instance=draft)
    unlisted = StandardPage(title="Campaign", slug="campaign", body="<p>Give.</p>")
    home.add_child(instance=unlisted)  # "Show in menus" left unticked
    publish(unlisted)
    assert '<a href="/about/">About us</a>' in footer()
    assert "Jobs" not in footer()
    assert "Campaign" not in footer()
    assert "/news/" not in footer()  # sections are in the header's navigation
    assert '<a href="/feed/">' in footer()


def test_tags_and_authors_with_nothing_published_stay_hidden(client, news):
    from masthead.articles.tests.factories import make_image

    draft = make_article(news, tags=["planned raid coverage"])
    draft.unpublish()
    image = make_image("Source photo")
    image.tags.add("secret informant photo")
    unpublished_author = AuthorFactory(slug="new-hire")
    assert client.get("/tags/planned-raid-coverage/").status_code == 404
    assert client.get("/tags/secret-informant-photo/").status_code == 404
    assert client.get("/authors/new-hire/").status_code == 404
    assert unpublished_author.pk


def test_a_section_cannot_take_a_path_the_site_uses(home):
    import pytest
    from django.core.exceptions import ValidationError

    from masthead.articles.models import SectionPage

    with pytest.raises(ValidationError) as refused:
        home.add_child(instance=SectionPage(title="Tags", slug="tags"))
    assert "slug" in refused.value.message_dict
    assert not SectionPage.objects.filter(slug="tags").exists()


def test_a_pseudonymous_author_cannot_have_a_photo(db):
    import pytest
    from django.core.exceptions import ValidationError

    from masthead.articles.tests.factories import make_image

    author = AuthorFactory.build(is_pseudonym=True, photo=make_image("Face"))
    with pytest.raises(ValidationError):
        author.full_clean()
