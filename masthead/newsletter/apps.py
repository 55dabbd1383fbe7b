from django.apps import AppConfig


class NewsletterConfig(AppConfig):
    name = "masthead.newsletter"
    label = "newsletter"
    verbose_name = "Newsletter"

    def ready(self) -> None:
        from anymail.signals import tracking

        from masthead.newsletter.bounces import record_delivery_event

        # Providers' bounce and complaint reports (through /anymail/…/tracking/).
        tracking.connect(record_delivery_event, dispatch_uid="masthead.newsletter.bounces")
