"""Model fields for reader data: encrypted text and the blind index that points to it."""

from collections.abc import Callable
from typing import Any

from django.core.exceptions import FieldError
from django.db import models

from masthead.privacy.crypto import blind_index, decrypt, encrypt
from masthead.privacy.emails import normalise_email

BLIND_INDEX_LENGTH = 64


class EncryptedTextField(models.TextField):
    """Stored encrypted; read back as plain text. It cannot be searched or sorted: the same
    value encrypts differently every time. Look rows up through a BlindIndexField."""

    def from_db_value(self, value: str | None, expression: Any, connection: Any) -> str | None:
        return None if value is None else decrypt(value)

    def get_prep_value(self, value: Any) -> Any:
        value = super().get_prep_value(value)
        return None if value is None else encrypt(value)

    def get_lookup(self, lookup_name: str) -> Any:
        if lookup_name != "isnull":
            raise FieldError(
                f"{self.name} is encrypted: filter on its blind index, not with '{lookup_name}'."
            )
        return super().get_lookup(lookup_name)


class BlindIndexField(models.CharField):
    """The keyed hash of another field's normalised value, recomputed on every save."""

    def __init__(
        self,
        *args: Any,
        source: str = "",
        normalise: Callable[[str], str] = normalise_email,
        **kwargs: Any,
    ) -> None:
        self.source = source
        self.normalise = normalise
        kwargs["max_length"] = BLIND_INDEX_LENGTH
        kwargs.setdefault("editable", False)
        super().__init__(*args, **kwargs)

    def deconstruct(self) -> Any:
        name, path, args, kwargs = super().deconstruct()
        kwargs["source"] = self.source
        del kwargs["max_length"]
        kwargs.pop("editable", None)
        return name, path, args, kwargs

    def pre_save(self, model_instance: models.Model, add: bool) -> str | None:
        value = getattr(model_instance, self.source)
        index = None if value is None else blind_index(self.normalise(value))
        setattr(model_instance, self.attname, index)
        return index


def email_index(address: str) -> str:
    """The blind index of an address as typed by a reader (raises ValidationError)."""
    return blind_index(normalise_email(address))
