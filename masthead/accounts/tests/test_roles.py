"""Roles and moderation: a Contributor's article needs a Publisher's approval."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Workflow

from masthead.accounts import roles
from masthead.articles.tests.factories import make_article


def member(role: str, username: str):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "x" * 16)
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def staff(db):
    return {role: member(role, role.lower()) for role in roles.ROLES}


def test_roles_exist_after_migrations(db):
    assert set(Group.objects.values_list("name", flat=True)) >= set(roles.ROLES)
    assert not Group.objects.filter(name__in=["Moderators", "Editors"]).exists()


def test_who_may_edit_and_publish(staff, news):
    article = make_article(news)
    can = {
        role: (
            article.permissions_for_user(user).can_edit(),
            article.permissions_for_user(user).can_publish(),
        )
        for role, user in staff.items()
    }
    assert can == {
        roles.CONTRIBUTOR: (False, False),  # not their article
        roles.EDITOR: (True, False),
        roles.PUBLISHER: (True, True),
        roles.ADMINISTRATOR: (True, True),
    }


def test_contributor_edits_own_draft_but_cannot_publish(staff, news):
    article = make_article(news)
    article.owner = staff[roles.CONTRIBUTOR]
    article.save(update_fields=["owner"])
    permissions = article.permissions_for_user(staff[roles.CONTRIBUTOR])
    assert permissions.can_edit()
    assert not permissions.can_publish()


def test_contributors_submission_waits_for_a_publisher(staff, news):
    contributor, publisher = staff[roles.CONTRIBUTOR], staff[roles.PUBLISHER]
    article = make_article(news)
    article.unpublish()
    workflow = article.get_workflow()
    assert workflow == Workflow.objects.get(name="Publisher approval")

    state = workflow.start(article, contributor)
    task_state = state.current_task_state
    task = task_state.task.specific
    assert task.get_actions(article, contributor) == []
    assert [name for name, *_ in task.get_actions(article, publisher)] == [
        "reject",
        "approve",
        "approve",
    ]
    article.refresh_from_db()
    assert not article.live

    task.on_action(task_state, publisher, "approve")
    article.refresh_from_db()
    assert article.live


def test_contributor_sees_submit_not_publish_in_the_admin(client, staff, news):
    article = make_article(news)
    article.owner = staff[roles.CONTRIBUTOR]
    article.save(update_fields=["owner"])
    client.force_login(staff[roles.CONTRIBUTOR])
    html = client.get(f"/admin/pages/{article.pk}/edit/").content.decode()
    assert 'name="action-submit"' in html
    assert 'name="action-publish"' not in html
