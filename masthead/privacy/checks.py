from typing import Any

from django.conf import settings
from django.core.checks import Error, register
from django.core.exceptions import ImproperlyConfigured

from masthead.privacy import crypto

MIN_BLIND_INDEX_KEY_LENGTH = 32


@register()
def check_reader_data_keys(app_configs: Any, **kwargs: Any) -> list[Error]:
    errors = []
    try:
        crypto.encrypt("check")
    except ImproperlyConfigured as problem:
        errors.append(Error(str(problem), id="masthead.privacy.E001"))
    if len(settings.BLIND_INDEX_KEY) < MIN_BLIND_INDEX_KEY_LENGTH:
        errors.append(
            Error(
                "MASTHEAD_BLIND_INDEX_KEY must be at least 32 characters of random text.",
                hint="masthead generate_encryption_key prints one.",
                id="masthead.privacy.E002",
            )
        )
    return errors
