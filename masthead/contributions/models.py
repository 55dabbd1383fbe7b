"""Readers' support: the ask the newsroom words, the supporters, their contributions and
payments, the webhook events that changed them, and "Remind me later" reminders.

Money is kept in minor units (cents) with its ISO currency code in lower case, as Stripe
does. No card data, postal address or name is ever stored.
"""

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from masthead.contributions.money import CURRENCIES
from masthead.privacy.fields import BlindIndexField, EncryptedTextField


class Frequency(models.TextChoices):
    ONCE = "once", _("Once")
    MONTHLY = "monthly", _("Monthly")
    ANNUAL = "annual", _("Annual")


RECURRING = (Frequency.MONTHLY, Frequency.ANNUAL)
# Stripe's billing interval for each recurring frequency.
INTERVALS = {Frequency.MONTHLY: "month", Frequency.ANNUAL: "year"}

CURRENCY_CHOICES = [(code, code.upper()) for code in CURRENCIES]


@register_setting(icon="pick")
class AskSettings(ClusterableModel, BaseSiteSetting):
    """What the ask under every article says, and the amounts it offers."""

    enabled = models.BooleanField(
        _("show the ask"),
        default=True,
        help_text=_("Under every article, and on the Support page."),
    )
    show_banner = models.BooleanField(
        _("also show a slim banner"),
        default=False,
        help_text=_("A one-line reminder at the top of article pages."),
    )
    heading = models.CharField(
        _("heading"), max_length=120, default=_("A message from the newsroom")
    )
    message = RichTextField(
        _("message"),
        features=["bold", "italic", "link"],
        default=_(
            "<p>We report what others are not allowed to. Independent journalism costs money, "
            "and we take none from the state or from advertisers. Please support us monthly, "
            "starting from just $2. It takes a minute to set up, and every contribution "
            "makes an impact.</p>"
        ),
    )
    default_frequency = models.CharField(
        _("frequency selected first"),
        max_length=10,
        choices=Frequency.choices,
        default=Frequency.MONTHLY,
    )
    default_currency = models.CharField(
        _("currency selected first"), max_length=3, choices=CURRENCY_CHOICES, default="usd"
    )
    at_risk_note = models.TextField(
        _("note for donors at risk"),
        blank=True,
        max_length=600,
        help_text=_(
            "For example, what the bank statement will show, so that readers in danger know "
            "before they pay."
        ),
    )
    thank_you = models.CharField(
        _("thank-you line"),
        max_length=200,
        default=_("Thank you for supporting independent journalism."),
        help_text=_("Replaces the ask for readers who have just contributed."),
    )

    panels = [
        FieldPanel("enabled"),
        FieldPanel("show_banner"),
        MultiFieldPanel(
            [FieldPanel("heading"), FieldPanel("message"), FieldPanel("thank_you")],
            heading=_("Words"),
        ),
        MultiFieldPanel(
            [FieldPanel("default_frequency"), FieldPanel("default_currency")],
            heading=_("Selected first"),
        ),
        InlinePanel("amounts", heading=_("Amounts"), label=_("amounts")),
        FieldPanel("at_risk_note"),
    ]

    class Meta:
        verbose_name = _("reader contributions")


class AskAmounts(Orderable):
    """The amounts offered for one frequency in one currency, and the limits typed amounts
    must respect (in major units: 2 means $2.00)."""

    ask = ParentalKey(AskSettings, on_delete=models.CASCADE, related_name="amounts")
    frequency = models.CharField(_("frequency"), max_length=10, choices=Frequency.choices)
    currency = models.CharField(_("currency"), max_length=3, choices=CURRENCY_CHOICES)
    suggested = models.CharField(
        _("suggested amounts"),
        max_length=100,
        help_text=_("Whole amounts separated by commas, e.g. 5, 10, 20."),
    )
    minimum = models.DecimalField(
        _("minimum"),
        max_digits=9,
        decimal_places=2,
        validators=[MinValueValidator(1)],
    )
    maximum = models.DecimalField(_("maximum"), max_digits=9, decimal_places=2)

    panels = [
        FieldPanel("frequency"),
        FieldPanel("currency"),
        FieldPanel("suggested"),
        FieldPanel("minimum"),
        FieldPanel("maximum"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("amounts")
        constraints = [
            models.UniqueConstraint(
                fields=["ask", "frequency", "currency"], name="ask_amounts_once_per_currency"
            )
        ]

    def clean(self) -> None:
        from masthead.contributions.ask import clean_amount_row

        clean_amount_row(self)


class Supporter(models.Model):
    """A reader who has paid at least once, known by their encrypted address."""

    email = EncryptedTextField()
    email_index = BlindIndexField(source="email", unique=True)
    stripe_customer_id = models.CharField(max_length=255, unique=True, null=True, blank=True)
    language = models.CharField(max_length=10, default="en")
    # Only if the reader gave one for the receipt; we never ask for it.
    name = EncryptedTextField(blank=True, default="")
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Supporter {self.pk}"


class Contribution(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("pending")
        ACTIVE = "active", _("active")
        PAST_DUE = "past_due", _("past due")
        CANCELLED = "cancelled", _("cancelled")
        COMPLETED = "completed", _("completed")
        REFUNDED = "refunded", _("refunded")
        FAILED = "failed", _("failed")

    # Our own reference, sent to Stripe as metadata before this row exists: a webhook can
    # always find (or create) the contribution it is about, whatever order events come in.
    reference = models.CharField(max_length=32, unique=True)
    supporter = models.ForeignKey(
        Supporter,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="contributions",
    )
    frequency = models.CharField(max_length=10, choices=Frequency.choices)
    amount = models.PositiveIntegerField(help_text=_("In minor units (cents)."))
    currency = models.CharField(max_length=3)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    language = models.CharField(max_length=10, default="en")
    # The Stripe customer this contribution pays as (one per checkout); Manage my support opens
    # the portal of the customer that holds the supporter's recurring contribution.
    stripe_customer_id = models.CharField(max_length=255, blank=True)
    checkout_session_id = models.CharField(max_length=255, unique=True, null=True, blank=True)
    checkout_url = models.URLField(max_length=2000, blank=True)
    stripe_subscription_id = models.CharField(max_length=255, unique=True, null=True, blank=True)
    stripe_payment_intent_id = models.CharField(max_length=255, unique=True, null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    welcome_claimed_at = models.DateTimeField(null=True, blank=True)
    welcomed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        permissions = [("view_finances", _("Can see the newsroom's finances"))]
        indexes = [
            models.Index(fields=["status", "frequency"]),
            # The Finance pages count supporters who started or ended per month.
            models.Index(fields=["started_at"]),
            models.Index(fields=["ended_at"]),
        ]

    def __str__(self) -> str:
        return f"Contribution {self.pk}"

    @property
    def recurring(self) -> bool:
        return self.frequency != Frequency.ONCE


# Recurring support that still brings money in (past due: Stripe is still retrying).
LIVE = (Contribution.Status.ACTIVE, Contribution.Status.PAST_DUE)


class Payment(models.Model):
    """One successful charge: the one-off gift, or the first or a renewal of a recurring one."""

    contribution = models.ForeignKey(
        Contribution, on_delete=models.PROTECT, related_name="payments"
    )
    # The invoice for recurring support, the payment intent for a one-off gift.
    stripe_id = models.CharField(max_length=255, unique=True)
    stripe_payment_intent_id = models.CharField(max_length=255, blank=True, db_index=True)
    amount = models.PositiveIntegerField()
    currency = models.CharField(max_length=3)
    amount_refunded = models.PositiveIntegerField(default=0)
    paid_at = models.DateTimeField()
    receipt_claimed_at = models.DateTimeField(null=True, blank=True)
    receipt_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-paid_at"]
        indexes = [models.Index(fields=["paid_at"])]

    def __str__(self) -> str:
        return f"Payment {self.pk}"


class StripeEvent(models.Model):
    """Each webhook event once, by its id, with what handling it came to. The payload is not
    kept: it holds the reader's address in clear."""

    class Outcome(models.TextChoices):
        PROCESSED = "processed", _("processed")
        IGNORED = "ignored", _("ignored")
        FAILED = "failed", _("failed")

    id = models.CharField(max_length=255, primary_key=True)
    type = models.CharField(max_length=100)
    created = models.DateTimeField(help_text=_("When Stripe created the event."))
    received_at = models.DateTimeField(auto_now_add=True)
    outcome = models.CharField(max_length=10, choices=Outcome.choices)
    detail = models.CharField(max_length=500, blank=True)
    attempts = models.PositiveSmallIntegerField(default=1)

    class Meta:
        ordering = ["-received_at"]

    def __str__(self) -> str:
        return self.id


class Reminder(models.Model):
    """ "Remind me later": the encrypted address, the month, a random code and nothing else
    that names the reader. The address is deleted once the reminder has gone out."""

    email = EncryptedTextField(null=True)
    # Keyed hash of month + address, so that asking twice for one month stores one reminder;
    # it cannot be matched against any other table's index.
    dedupe_key = BlindIndexField(source="dedupe_source", unique=True, null=True, normalise=str)
    month = models.DateField(help_text=_("The first day of the month to remind in."))
    code = models.CharField(max_length=32, unique=True)
    language = models.CharField(max_length=10, default="en")
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [
            models.Index(
                fields=["month"], name="reminder_unsent", condition=models.Q(sent_at__isnull=True)
            )
        ]

    def __str__(self) -> str:
        return f"Reminder {self.pk} for {self.month:%Y-%m}"

    @property
    def dedupe_source(self) -> str | None:
        if self.email is None:
            return None
        from masthead.privacy.emails import normalise_email

        return f"{self.month:%Y-%m}:{normalise_email(self.email)}"
