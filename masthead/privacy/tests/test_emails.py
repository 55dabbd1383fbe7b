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


@pytest.mark.parametrize("raw", ["a@localhost", "a@[127.0.0.1]", "reader@intranet"])
def test_addresses_without_a_public_domain_are_refused(raw):
    with pytest.raises(ValidationError):
        normalise_email(raw)


def test_lower_casing_never_leaves_an_unnormalised_address():
    import unicodedata

    for raw in ["İvan@example.org", "\u212aelvin@example.org"]:
        try:
            normal = normalise_email(raw)
        except ValidationError:
            continue
        assert normal == unicodedata.normalize("NFC", normal)
