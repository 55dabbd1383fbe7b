"""People and organisations credited on articles: authors (bylines) and news agencies."""

from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index


class Author(index.Indexed, models.Model):  # type: ignore[django-manager-missing]
    name = models.CharField(
        _("name"),
        max_length=120,
        help_text=_("The name printed in the byline."),
    )
    slug = models.SlugField(
        _("slug"),
        max_length=140,
        unique=True,
        allow_unicode=True,
        blank=True,
        help_text=_(
            "The address of the author page: /authors/<slug>/. Leave empty to use the name."
        ),
    )
    is_pseudonym = models.BooleanField(
        _("this name is a pseudonym"),
        default=False,
        help_text=_(
            "For reporters who cannot publish under their own name. Masthead stores only the "
            "pseudonym: do not record the real name anywhere in the admin."
        ),
    )
    role = models.CharField(
        _("role"), max_length=120, blank=True, help_text=_("For example: Economics correspondent.")
    )
    bio = models.TextField(_("short bio"), blank=True, max_length=600)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("is_pseudonym"),
        FieldPanel("role"),
        FieldPanel("bio"),
        FieldPanel("photo"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("author")
        verbose_name_plural = _("authors")

    def __str__(self) -> str:
        return self.name

    def save(self, *args: Any, **kwargs: Any) -> None:
        # However the author is made (the admin, the demo, a shell), the page address is
        # never empty: two authors without one would collide on the unique slug.
        if not self.slug:
            self.slug = self._free_slug()
        super().save(*args, **kwargs)

    def clean(self) -> None:
        if self.is_pseudonym and self.photo_id:
            raise ValidationError(
                {"photo": _("A pseudonymous author must not have a photo: it could identify them.")}
            )

    def get_url(self) -> str:
        return f"/authors/{self.slug}/"

    def _free_slug(self) -> str:
        base = slugify(self.name, allow_unicode=True)[:130] or "author"
        taken = set(
            Author.objects.filter(slug__startswith=base)
            .exclude(pk=self.pk)
            .values_list("slug", flat=True)
        )
        return next(
            candidate
            for candidate in (base, *(f"{base}-{n}" for n in range(2, len(taken) + 3)))
            if candidate not in taken
        )


class NewsAgency(models.Model):
    name = models.CharField(_("name"), max_length=120, unique=True)
    credit_line = models.CharField(
        _("credit line"),
        max_length=200,
        help_text=_("Printed at the foot of the article, e.g. “Reuters contributed reporting.”"),
    )

    panels = [FieldPanel("name"), FieldPanel("credit_line")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("news agency")
        verbose_name_plural = _("news agencies")

    def __str__(self) -> str:
        return self.name
