from django.apps import AppConfig


class ContributionsConfig(AppConfig):
    name = "masthead.contributions"
    label = "contributions"
    verbose_name = "Reader contributions"

    def ready(self) -> None:
        from masthead.contributions import ask  # noqa: F401 — connects its signal handler
