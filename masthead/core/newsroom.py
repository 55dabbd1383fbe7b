"""The newsroom's name: editors set it as the default Site's name in the admin."""

from django.conf import settings
from wagtail.models import Site


def newsroom_name() -> str:
    name = Site.objects.filter(is_default_site=True).values_list("site_name", flat=True).first()
    return name or settings.NEWSROOM_NAME
