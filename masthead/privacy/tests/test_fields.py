"""Reader addresses are never stored in clear text, and can still be found exactly."""

import pytest
from cryptography.fernet import Fernet
from django.core.exceptions import FieldError
from django.db import IntegrityError, connection, transaction
from django.test import override_settings

from masthead.privacy.crypto import DecryptionError, new_key
from masthead.privacy.fields import email_index
from masthead.privacy.rotation import rotate_all
from masthead.privacy.tests.testapp.models import Reader

pytestmark = pytest.mark.django_db


def stored(reader: Reader) -> tuple[str, str]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT email, email_index FROM privacy_testapp_reader WHERE id = %s", [reader.pk]
        )
        return cursor.fetchone()


def test_the_database_holds_no_clear_text():
    reader = Reader.objects.create(email="Irina@Example.org")
    ciphertext, index = stored(reader)
    assert "irina" not in ciphertext.lower()
    assert "example" not in ciphertext.lower()
    assert len(index) == 64
    assert Reader.objects.get(pk=reader.pk).email == "Irina@Example.org"


def test_exact_lookup_through_the_blind_index_ignores_case_and_spaces():
    reader = Reader.objects.create(email="irina@example.org")
    assert Reader.objects.get(email_index=email_index("  IRINA@example.ORG ")) == reader
    assert not Reader.objects.filter(email_index=email_index("irina2@example.org")).exists()


def test_the_same_address_cannot_be_stored_twice():
    Reader.objects.create(email="irina@example.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        Reader.objects.create(email="Irina@Example.org")
    assert Reader.objects.count() == 1


def test_encrypted_fields_refuse_searches_that_cannot_work():
    with pytest.raises(FieldError, match="blind index"):
        list(Reader.objects.filter(email="irina@example.org"))
    assert Reader.objects.filter(email__isnull=True).count() == 0


def test_a_tampered_value_does_not_decrypt():
    reader = Reader.objects.create(email="irina@example.org")
    ciphertext, _ = stored(reader)
    forged = ciphertext[:-8] + ("A" * 8 if not ciphertext.endswith("A" * 8) else "B" * 8)
    with connection.cursor() as cursor:
        cursor.execute("UPDATE privacy_testapp_reader SET email = %s", [forged])
    with pytest.raises(DecryptionError):
        Reader.objects.get(pk=reader.pk)


def test_rotating_the_encryption_key(settings):
    old_keys = list(settings.ENCRYPTION_KEYS)
    reader = Reader.objects.create(email="irina@example.org")
    newest = new_key()
    with override_settings(ENCRYPTION_KEYS=[newest, *old_keys]):
        assert Reader.objects.get(pk=reader.pk).email == "irina@example.org"  # old still reads
        assert rotate_all(batch_size=1)["privacy_testapp.Reader"] == 1
    ciphertext, _ = stored(reader)
    assert Fernet(newest).decrypt(ciphertext.encode()) == b"irina@example.org"
    with override_settings(ENCRYPTION_KEYS=[newest]):  # the old key can now be removed
        assert Reader.objects.get(pk=reader.pk).email == "irina@example.org"


def test_rotating_the_blind_index_key():
    reader = Reader.objects.create(email="irina@example.org")
    with override_settings(BLIND_INDEX_KEY="a-new-blind-index-key-of-enough-length"):
        assert not Reader.objects.filter(email_index=email_index("irina@example.org")).exists()
        rotate_all()
        assert Reader.objects.get(email_index=email_index("irina@example.org")) == reader
