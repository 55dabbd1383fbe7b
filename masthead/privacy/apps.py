from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    name = "masthead.privacy"
    label = "privacy"
    verbose_name = "Privacy"

    def ready(self) -> None:
        from masthead.privacy import checks  # noqa: F401  (registers the system checks)
