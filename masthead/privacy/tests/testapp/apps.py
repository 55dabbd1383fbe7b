from django.apps import AppConfig


class PrivacyTestAppConfig(AppConfig):
    name = "masthead.privacy.tests.testapp"
    label = "privacy_testapp"
