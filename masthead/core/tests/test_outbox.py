"""Without a mail server, the demo keeps its mail in an outbox that administrators can read."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.mail import send_mail


def test_administrators_read_the_outbox(client, db, settings, tmp_path):
    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = tmp_path
    send_mail("First message", "Confirm: https://news.example.org/x/", None, ["a@example.org"])
    send_mail("Second message", "Hello again.", None, ["b@example.org"])

    admin = get_user_model().objects.create_superuser("admin", "a@example.org", "x" * 16)
    client.force_login(admin)
    html = client.get("/admin/outbox/").content.decode()
    assert html.index("Second message") < html.index("First message")
    assert '<a href="https://news.example.org/x/"' in html
    assert "b@example.org" in html


def test_editors_may_not_read_the_outbox(client, db, settings, tmp_path):
    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = tmp_path
    editor = get_user_model().objects.create_user("editor", "e@example.org", "x" * 16)
    editor.groups.add(Group.objects.get(name="Editor"))
    client.force_login(editor)
    send_mail("Private", "A reader's link", None, ["reader@example.org"])
    response = client.get("/admin/outbox/", follow=True)
    assert response.redirect_chain == [("/admin/", 302)]  # Wagtail's answer to a refusal
    assert b"reader@example.org" not in response.content


def test_letters_outside_ascii_read_as_written(client, db, settings, tmp_path):
    settings.EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    settings.EMAIL_FILE_PATH = tmp_path
    send_mail("Квитанция", "Your statement shows “NC MEDIA OÜ”. Спасибо!", None, ["a@example.org"])

    admin = get_user_model().objects.create_superuser("admin", "a@example.org", "x" * 16)
    client.force_login(admin)
    html = client.get("/admin/outbox/").content.decode()

    assert "Квитанция" in html
    assert "“NC MEDIA OÜ”. Спасибо!" in html
