"""Reader email addresses: validation and the one normal form used for lookups."""

import unicodedata

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.utils.translation import gettext_lazy as _

MAX_EMAIL_LENGTH = 254  # RFC 5321's limit on a forward path, less the angle brackets

# No "localhost" exception: a reader's address is on a real domain.
_validate = EmailValidator(
    message=_("Enter a valid email address, like name@example.org."), allowlist=[]
)


def normalise_email(raw: str) -> str:
    """The canonical form of an address, or a ValidationError a reader can act on.

    Surrounding spaces are dropped, Unicode is NFC-normalised, the domain is lower-cased and
    IDNA-encoded, and so is the local part: mailbox providers treat it case-insensitively in
    practice, and two sign-ups that differ only in case are one reader.
    """
    if not isinstance(raw, str) or not raw.strip():
        raise ValidationError(_("Enter your email address."), code="required")
    if any(character in raw for character in "\r\n\x00"):
        raise ValidationError(_("An email address cannot contain line breaks."), code="invalid")
    address = unicodedata.normalize("NFC", raw.strip())
    if len(address) > MAX_EMAIL_LENGTH:
        raise ValidationError(
            _("This email address is too long (at most %(limit)d characters)."),
            code="too_long",
            params={"limit": MAX_EMAIL_LENGTH},
        )
    _validate(address)
    local, _at, domain = address.rpartition("@")
    if not local.isascii():
        # Django's validator lets a few non-Latin letters through; mail to such addresses needs
        # SMTPUTF8 end to end, which Masthead does not use yet.
        raise ValidationError(
            _("Use an address with only Latin letters, digits and punctuation before the @."),
            code="invalid",
        )
    if domain.startswith("[") or "." not in domain:  # an IP literal or a bare host name
        raise ValidationError(_validate.message, code="invalid")
    try:
        domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        raise ValidationError(_validate.message, code="invalid") from None
    normal = unicodedata.normalize("NFC", f"{local.lower()}@{domain.lower()}")
    # Lower-casing some letters (İ, K) changes them into other characters; check again.
    _validate(normal)
    return normal
