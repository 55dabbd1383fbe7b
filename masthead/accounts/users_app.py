"""Wagtail's users app with our Users pages (staff_admin.py). It stands in INSTALLED_APPS
for "wagtail.users"; its label, models and migrations stay Wagtail's."""

from wagtail.users.apps import WagtailUsersAppConfig


class StaffUsersConfig(WagtailUsersAppConfig):
    user_viewset = "masthead.accounts.staff_admin.StaffUserViewSet"
