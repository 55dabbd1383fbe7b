"""Newsletters, the readers who subscribe to them, and the consent each sign-up recorded."""

from datetime import time

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from masthead.privacy.fields import BlindIndexField, EncryptedTextField

FRIDAY = 4


class Newsletter(models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), unique=True)
    description = models.TextField(_("description"), blank=True, max_length=500)
    sender_name = models.CharField(_("sender name"), max_length=100)
    sender_email = models.EmailField(_("sender address"))
    reply_to = models.EmailField(_("reply-to address"), blank=True)
    language = models.CharField(_("language"), max_length=10, default="en")
    send_weekday = models.PositiveSmallIntegerField(
        _("day of the week"),
        default=FRIDAY,
        choices=[
            (0, _("Monday")),
            (1, _("Tuesday")),
            (2, _("Wednesday")),
            (3, _("Thursday")),
            (4, _("Friday")),
            (5, _("Saturday")),
            (6, _("Sunday")),
        ],
    )
    send_time = models.TimeField(
        _("time"), default=time(8, 0), help_text=_("In the newsroom's time zone.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("sender_name"), FieldPanel("sender_email"), FieldPanel("reply_to")],
            heading=_("Sender"),
        ),
        FieldPanel("language"),
        MultiFieldPanel(
            [FieldPanel("send_weekday"), FieldPanel("send_time")], heading=_("Schedule")
        ),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("newsletter")

    def __str__(self) -> str:
        return self.name


class Subscriber(models.Model):
    """One reader, known only by their encrypted address. Readers have no account."""

    email = EncryptedTextField()
    email_index = BlindIndexField(source="email", unique=True)
    language = models.CharField(max_length=10, default="en")
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Subscriber {self.pk}"


class Subscription(models.Model):
    """A subscriber's membership of one newsletter, with the consent given at sign-up: which
    privacy-policy version, when, and on which form. Nothing else (no IP, no user agent)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for confirmation")
        CONFIRMED = "confirmed", _("confirmed")
        UNSUBSCRIBED = "unsubscribed", _("unsubscribed")

    subscriber = models.ForeignKey(
        Subscriber, on_delete=models.CASCADE, related_name="subscriptions"
    )
    newsletter = models.ForeignKey(
        Newsletter, on_delete=models.CASCADE, related_name="subscriptions"
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)
    consent_policy_version = models.CharField(max_length=20)
    consent_given_at = models.DateTimeField()
    consent_form = models.CharField(max_length=100)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["subscriber", "newsletter"], name="one_subscription_per_newsletter"
            )
        ]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self) -> str:
        return f"{self.subscriber} → {self.newsletter}"
