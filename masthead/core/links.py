"""Absolute URLs on the primary domain; everything else on a page stays root-relative."""

from django.conf import settings


def absolute_url(path: str) -> str:
    if path.startswith(("http://", "https://")):
        return path
    return settings.BASE_URL + "/" + path.lstrip("/")
