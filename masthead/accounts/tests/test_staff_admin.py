"""The Users pages say who has which role, and what the superuser box really grants."""

import re

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from masthead.accounts import roles


def _person(username: str, *role_names: str):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "x" * 16)
    user.groups.add(*Group.objects.filter(name__in=role_names))
    return user


def test_the_users_list_shows_each_persons_roles(client, db):
    boss = get_user_model().objects.create_superuser("boss", "boss@example.org", "x" * 16)
    _person("rita", roles.CONTRIBUTOR)
    _person("pavel", roles.PUBLISHER, roles.EDITOR)
    client.force_login(boss)

    html = re.sub(r"\s+", " ", client.get("/admin/users/").content.decode())

    def roles_cell(username: str) -> str:
        return re.search(rf'<td class="username"> {username} </td> <td > ([^<]*) </td>', html)[1]

    assert "<th > Roles </th>" in html
    assert "Access level" not in html
    assert roles_cell("rita") == "Contributor"
    assert roles_cell("pavel") == "Editor, Publisher"
    assert roles_cell("boss") == "Full access"


def test_the_superuser_box_is_not_mistaken_for_the_administrator_role(client, db):
    boss = get_user_model().objects.create_superuser("boss", "boss@example.org", "x" * 16)
    rita = _person("rita", roles.CONTRIBUTOR)
    client.force_login(boss)
    for url in ("/admin/users/new/", f"/admin/users/edit/{rita.pk}/"):
        html = client.get(url).content.decode()
        assert "Full access (superuser)" in html, url
        assert "the Administrator role is enough" in html, url
        assert "Administrators have full access" not in html, url  # Wagtail's own wording


def test_a_new_reporter_is_added_with_a_role_and_no_full_access(client, db):
    boss = get_user_model().objects.create_superuser("boss", "boss@example.org", "x" * 16)
    client.force_login(boss)
    contributor = Group.objects.get(name=roles.CONTRIBUTOR)
    response = client.post(
        "/admin/users/new/",
        {
            "username": "marta",
            "email": "marta@example.org",
            "first_name": "Marta",
            "last_name": "Kalnina",
            "password1": "a-long-pass-phrase-42",
            "password2": "a-long-pass-phrase-42",
            "groups": [contributor.pk],
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    marta = get_user_model().objects.get(username="marta")
    assert list(marta.groups.values_list("name", flat=True)) == [roles.CONTRIBUTOR]
    assert not marta.is_superuser
