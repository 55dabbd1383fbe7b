import pytest
from django.core.exceptions import ValidationError

from masthead.privacy.emails import normalise_email


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("reader@example.org", "reader@example.org"),
        ("  Reader.Name@Example.ORG ", "reader.name@example.org"),
        ("ivan@пример.рф", "ivan@xn--e1afmkfd.xn--p1ai"),
    ],
)
def test_addresses_are_normalised(raw, normal):
    assert normalise_email(raw) == normal


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("", "required"),
        ("   ", "required"),
        ("reader@example.org\r\nBcc: victim@example.org", "invalid"),
        ("reader\n@example.org", "invalid"),
        ("no-at-sign.example.org", "invalid"),
        ("reader@", "invalid"),
        ("a" * 250 + "@example.org", "too_long"),
    ],
)
def test_bad_addresses_are_refused_with_a_reason(raw, code):
    with pytest.raises(ValidationError) as refused:
        normalise_email(raw)
    assert refused.value.code == code
    assert str(refused.value.messages[0])
