"""Newsletters, the readers who subscribe to them, and the consent each sign-up recorded."""

from datetime import time
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, PreviewableMixin

from masthead.privacy.fields import BLIND_INDEX_LENGTH, BlindIndexField, EncryptedTextField

FRIDAY = 4


class Newsletter(models.Model):  # type: ignore[django-manager-missing]
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


class Issue(PreviewableMixin, ClusterableModel):
    """One edition of a newsletter: a subject, an intro and hand-picked articles, sent once
    at its slot (or at once). Its status only ever moves forward:
    draft → scheduled → sending → sent. Moving to "sending" is a conditional update, so
    exactly one caller freezes the audience and starts the send."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("draft")
        SCHEDULED = "scheduled", _("scheduled")
        SENDING = "sending", _("sending")
        SENT = "sent", _("sent")

    newsletter = models.ForeignKey(
        Newsletter, on_delete=models.PROTECT, related_name="issues", verbose_name=_("newsletter")
    )
    subject = models.CharField(_("subject"), max_length=150)
    preheader = models.CharField(
        _("preheader"),
        max_length=150,
        blank=True,
        help_text=_("The line mail programs show after the subject in the inbox."),
    )
    intro = RichTextField(_("intro"), blank=True, features=["bold", "italic", "link"])
    send_at = models.DateTimeField(
        _("send at"), help_text=_("The slot this issue is for, in the newsroom's time zone.")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT, editable=False
    )
    is_suggestion = models.BooleanField(
        default=False,
        editable=False,
        help_text="Created by the worker and not yet saved by an editor: the worker keeps "
        "its article list up to date with the week's articles.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, editable=False)
    sent_at = models.DateTimeField(null=True, editable=False)
    # Counts kept when the per-recipient delivery rows of an old issue are pruned.
    sent_count = models.PositiveIntegerField(default=0, editable=False)
    failed_count = models.PositiveIntegerField(default=0, editable=False)
    suppressed_count = models.PositiveIntegerField(default=0, editable=False)

    panels = [
        FieldPanel("newsletter"),
        FieldPanel("subject"),
        FieldPanel("preheader"),
        FieldPanel("send_at"),
        FieldPanel("intro"),
        InlinePanel("items", heading=_("Articles"), label=_("article")),
    ]

    class Meta:
        ordering = ["-send_at"]
        verbose_name = _("issue")
        permissions = [("send_issue", "Can send an issue to subscribers")]
        indexes = [models.Index(fields=["status", "send_at"])]

    def __str__(self) -> str:
        return self.subject

    @property
    def is_editable(self) -> bool:
        return self.status in (self.Status.DRAFT, self.Status.SCHEDULED)

    # The admin's preview panel: the email (at phone, tablet and desktop widths) and its
    # plain-text part, exactly as a reader receives them, with inert personal links.
    @property
    def preview_modes(self) -> list[tuple[str, Any]]:
        return [("email", _("Email")), ("text", _("Plain text"))]

    def serve_preview(self, request: HttpRequest, mode_name: str) -> HttpResponse:
        from masthead.newsletter.rendering import render_issue

        rendered = render_issue(self, unsubscribe_url="#unsubscribe", preferences_url="#settings")
        if mode_name == "text":
            return HttpResponse(rendered.text, content_type="text/plain; charset=utf-8")
        return HttpResponse(rendered.html)

    def clean(self) -> None:
        super().clean()
        if self.pk:
            stored = Issue.objects.filter(pk=self.pk).values_list("status", flat=True).first()
            if stored in (self.Status.SENDING, self.Status.SENT):
                raise ValidationError(_("This issue has been sent; it can no longer be changed."))

    def save(self, *args: Any, **kwargs: Any) -> None:
        """An editor's save. It writes only what editors edit, so it can never undo a status
        the worker has just set; it makes the issue theirs (the worker stops re-suggesting
        articles); and a scheduled issue that is changed goes back to draft, to be scheduled
        again by someone who may send."""
        if not kwargs.pop("keep_suggestion", False):
            self.is_suggestion = False
        if self._state.adding or kwargs.get("update_fields") is not None:
            super().save(*args, **kwargs)
            return
        editable = [
            *("newsletter", "subject", "preheader", "intro", "send_at", "is_suggestion"),
            "items",  # the articles (modelcluster saves child relations named here)
        ]
        super().save(*args, update_fields=editable, **kwargs)
        Issue.objects.filter(pk=self.pk, status=self.Status.SCHEDULED).update(
            status=self.Status.DRAFT
        )
        self.refresh_from_db(fields=["status"])


class IssueArticle(Orderable):
    """An article in an issue, in the editor's order, with an optional blurb."""

    issue = ParentalKey(Issue, on_delete=models.CASCADE, related_name="items")
    article = models.ForeignKey(
        "articles.ArticlePage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("article"),
    )
    blurb = models.TextField(
        _("blurb"),
        blank=True,
        max_length=500,
        help_text=_("Leave empty to use the article's standfirst."),
    )

    panels = [FieldPanel("article"), FieldPanel("blurb")]


class Delivery(models.Model):
    """One recipient of one issue, frozen when the send starts. Marked sent only once the
    mail server has accepted the message."""

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")
        SUPPRESSED = "suppressed", _("suppressed")

    issue = models.ForeignKey(Issue, on_delete=models.CASCADE, related_name="deliveries")
    subscription = models.ForeignKey(
        Subscription, on_delete=models.SET_NULL, null=True, related_name="deliveries"
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True)
    sent_at = models.DateTimeField(null=True)
    # The SMTP reply code of the last failure (never the reply text: it may name the address).
    last_error = models.CharField(max_length=40, blank=True)
    # A worker's claim on the row while it sends it (dispatch.py); lapses if the worker dies.
    claimed_until = models.DateTimeField(null=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["issue", "subscription"], name="one_delivery_per_recipient"
            )
        ]
        indexes = [
            models.Index(fields=["issue", "status", "next_attempt_at"]),
            # Claims walk the pending rows of one issue in id order (dispatch._claim).
            models.Index(
                fields=["issue", "id"],
                condition=models.Q(status="pending"),
                name="delivery_pending",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.issue_id} → {self.subscription_id}: {self.status}"


class Suppression(models.Model):
    """An address we must not send to again: it bounced hard, or its owner complained.
    Kept by blind index only, so it outlives an erased subscriber; a new confirmed sign-up
    lifts it (the reader has shown the mailbox works and wants the mail)."""

    class Reason(models.TextChoices):
        BOUNCE = "bounce", _("hard bounce")
        COMPLAINT = "complaint", _("complaint")

    email_index = models.CharField(max_length=BLIND_INDEX_LENGTH, unique=True)
    reason = models.CharField(max_length=20, choices=Reason.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Suppression {self.pk} ({self.reason})"
