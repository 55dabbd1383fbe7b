"""A model that exists only in the test settings, to exercise the privacy fields the way the
newsletter and contributions apps will use them."""

from django.db import models

from masthead.privacy.fields import BlindIndexField, EncryptedTextField


class Reader(models.Model):
    email = EncryptedTextField()
    email_index = BlindIndexField(source="email", unique=True)
    note = models.CharField(max_length=50, blank=True)

    def __str__(self) -> str:
        return f"Reader {self.pk}"
