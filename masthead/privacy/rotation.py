"""Key rotation: rewrite every row that holds encrypted data under the newest key."""

from django.apps import apps
from django.db import DatabaseError, models, transaction

from masthead.privacy.fields import BlindIndexField, EncryptedTextField


def models_with_private_fields() -> dict[type[models.Model], list[str]]:
    found = {}
    for model in apps.get_models():
        names = [
            field.name
            for field in model._meta.concrete_fields
            if isinstance(field, EncryptedTextField | BlindIndexField)
        ]
        if names:
            found[model] = names
    return found


def rotate_all(batch_size: int = 500) -> dict[str, int]:
    """Saving a row decrypts with any configured key, encrypts with the newest and
    recomputes blind indexes from the decrypted values. Each batch commits on its own, so
    an interrupted run is simply run again."""
    counts = {}
    for model, field_names in models_with_private_fields().items():
        count = 0
        last_pk = None
        while True:
            batch = model._default_manager.order_by("pk")
            if last_pk is not None:
                batch = batch.filter(pk__gt=last_pk)
            rows = list(batch[:batch_size])
            if not rows:
                break
            with transaction.atomic():
                for row in rows:
                    try:
                        with transaction.atomic():
                            row.save(update_fields=field_names)
                    except DatabaseError:
                        # Erased since the batch was read ("did not affect any rows").
                        if model._default_manager.filter(pk=row.pk).exists():
                            raise
            count += len(rows)
            last_pk = rows[-1].pk
        counts[model._meta.label] = count
    return counts
