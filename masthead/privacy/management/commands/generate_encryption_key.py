from typing import Any

from django.core.management.base import BaseCommand
from django.utils.crypto import get_random_string

from masthead.privacy.crypto import new_key


class Command(BaseCommand):
    help = "Print a new encryption key and a new blind-index key for the environment file."

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(f"MASTHEAD_ENCRYPTION_KEYS={new_key()}")
        self.stdout.write(f"MASTHEAD_BLIND_INDEX_KEY={get_random_string(64)}")
