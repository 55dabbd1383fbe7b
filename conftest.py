"""Fixtures shared by every test package."""

import pytest

from masthead.articles.tests.factories import make_home, make_section


@pytest.fixture
def home(db):
    return make_home()


@pytest.fixture
def news(home):
    return make_section(home, "News")


@pytest.fixture
def demo_site(db):
    from masthead.articles.demo.loader import load_demo_content

    return load_demo_content()
