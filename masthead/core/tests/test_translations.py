"""The Russian catalogue (masthead/locale/ru): complete, compiled from the current .po, and
what a reader of a newsroom with MASTHEAD_LANGUAGE=ru actually gets.

The .mo is committed so that nobody needs GNU gettext to run Masthead; these tests read
both files with the standard library only, so they need no gettext either."""

import re
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.utils import translation

from masthead.contributions.models import Contribution
from masthead.newsletter.models import Newsletter, Subscriber

CATALOGUE = Path(django_settings.LOCALE_PATHS[0]) / "ru" / "LC_MESSAGES"
REFRESH = (
    "cd masthead && DJANGO_SETTINGS_MODULE=masthead.settings.test django-admin makemessages "
    "-l ru --no-obsolete --ignore='*/tests/*' --ignore='*/testing/*', translate, then "
    "django-admin compilemessages (docs/operations.md, Translations)"
)
RUSSIAN_PLURAL_FORMS = (
    "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : "
    "n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
)


@dataclass
class Entry:
    msgid: str
    msgid_plural: str | None
    msgstr: list[str]
    msgctxt: str | None
    flags: set[str]
    line: int

    @property
    def mo_key(self) -> str:
        key = self.msgid if self.msgid_plural is None else f"{self.msgid}\0{self.msgid_plural}"
        return key if self.msgctxt is None else f"{self.msgctxt}\x04{key}"


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}
_KEYWORD = re.compile(r'^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?) (".*")$')


def _unquote(text: str) -> str:
    assert text.startswith('"'), text
    assert text.endswith('"'), text
    return re.sub(r"\\(.)", lambda escape: _ESCAPES[escape[1]], text[1:-1])


def read_po(path: Path) -> list[Entry]:
    """The entries of a .po file as the gettext tools write it: blank lines between entries,
    obsolete (#~) entries skipped."""
    entries = []
    for start, block in _blocks(path.read_text(encoding="utf-8").splitlines()):
        fields: dict[str, str] = {}
        flags: set[str] = set()
        keyword = ""
        for line in block:
            if line.startswith("#,"):
                flags.update(flag.strip() for flag in line[2:].split(","))
            elif line.startswith("#"):
                continue
            elif match := _KEYWORD.match(line):
                keyword, value = match.groups()
                fields[keyword] = _unquote(value)
            else:
                fields[keyword] += _unquote(line)
        if "msgid" not in fields:
            continue  # only comments, or an obsolete entry
        plural_keys = sorted(key for key in fields if key.startswith("msgstr["))
        entries.append(
            Entry(
                msgid=fields["msgid"],
                msgid_plural=fields.get("msgid_plural"),
                msgstr=[fields[key] for key in plural_keys] if plural_keys else [fields["msgstr"]],
                msgctxt=fields.get("msgctxt"),
                flags=flags,
                line=start,
            )
        )
    return entries


def _blocks(lines: list[str]) -> Iterator[tuple[int, list[str]]]:
    block: list[str] = []
    start = 0
    for number, line in enumerate(lines, start=1):
        if line.strip():
            if not block:
                start = number
            block.append(line.strip())
        elif block:
            yield start, block
            block = []
    if block:
        yield start, block


def read_mo(path: Path) -> dict[str, str]:
    """Every original → translation pair stored in a GNU .mo file."""
    data = path.read_bytes()
    order = "<" if data[:4] == b"\xde\x12\x04\x95" else ">"
    magic, _revision, count, originals, translations = struct.unpack(order + "5I", data[:20])
    assert magic == 0x950412DE, f"{path} is not a .mo file"

    def string(table: int, index: int) -> str:
        length, offset = struct.unpack_from(order + "2I", data, table + 8 * index)
        return data[offset : offset + length].decode("utf-8")

    return {string(originals, i): string(translations, i) for i in range(count)}


def russian_plural(n: int) -> int:
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


@pytest.fixture(scope="module")
def entries() -> list[Entry]:
    return read_po(CATALOGUE / "django.po")


def test_the_compiled_catalogue_is_exactly_the_po_file(entries):
    """The .mo holds every translated entry of the .po and nothing else: edit the .po without
    compiling, or compile an older .po, and this fails."""
    expected = {
        entry.mo_key: "\0".join(entry.msgstr)
        for entry in entries
        if "fuzzy" not in entry.flags and all(entry.msgstr)
    }
    # msgfmt leaves out the header's POT-Creation-Date, which only says when makemessages ran.
    expected[""] = re.sub(r"POT-Creation-Date: .*\n", "", expected[""])
    compiled = read_mo(CATALOGUE / "django.mo")

    stale = sorted(
        key for key in expected.keys() | compiled.keys() if expected.get(key) != compiled.get(key)
    )
    assert stale == [], f"django.mo does not match django.po; {REFRESH}"
    assert len(compiled) > 400


def test_every_entry_is_translated_and_none_is_fuzzy(entries):
    header, *messages = entries
    assert header.msgid == ""
    untranslated = [
        f"line {entry.line}: {entry.msgid!r}"
        for entry in entries
        if "fuzzy" in entry.flags or not all(entry.msgstr)
    ]
    assert untranslated == [], f"untranslated or fuzzy entries in django.po; {REFRESH}"
    wrong_forms = [
        entry.msgid for entry in messages if entry.msgid_plural and len(entry.msgstr) != 3
    ]
    assert wrong_forms == []


def test_the_header_declares_russian_with_three_plural_forms(entries):
    header = entries[0].msgstr[0]
    assert "Language: ru\n" in header
    assert "Content-Type: text/plain; charset=UTF-8\n" in header
    assert f"Plural-Forms: {RUSSIAN_PLURAL_FORMS}\n" in header


PLACEHOLDERS = re.compile(r"%\(\w+\)[sdif]|\{\w*\}|</?[a-z]+|&\w+;")


def test_translations_keep_every_placeholder_and_tag(entries):
    changed = []
    for entry in entries[1:]:
        for form, translated in enumerate(entry.msgstr):
            original = entry.msgid if form == 0 or not entry.msgid_plural else entry.msgid_plural
            if sorted(set(PLACEHOLDERS.findall(translated))) != sorted(
                set(PLACEHOLDERS.findall(original))
            ):
                changed.append(f"line {entry.line}: {original!r} → {translated!r}")
    assert changed == []


def test_django_picks_the_right_plural_form_for_russian_numbers(entries):
    plurals = [entry for entry in entries if entry.msgid_plural and entry.msgctxt is None]
    assert plurals
    with translation.override("ru"):
        for entry in plurals:
            for n in (1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111):
                got = translation.ngettext(entry.msgid, entry.msgid_plural, n)
                assert got == entry.msgstr[russian_plural(n)], (entry.msgid, n)


# A newsroom sets MASTHEAD_LANGUAGE=ru, which becomes LANGUAGE_CODE. There is no
# LocaleMiddleware (public pages are the same for every reader), so nothing activates a
# language during a request and Django falls back to LANGUAGE_CODE. Changing the setting in
# a test resets the thread's active language (django.test.signals.language_changed), so the
# tests below need no translation.override: they go through the same path as production.


@pytest.fixture
def russian(settings):
    settings.LANGUAGE_CODE = "ru"
    assert translation.get_language() == "ru"


def test_a_too_small_amount_is_refused_in_russian(client, home, settings, russian):
    settings.STRIPE_SECRET_KEY = "sk_test_unreachable"  # were it reached, the test would fail
    settings.STRIPE_API_BASE = "http://127.0.0.1:9"

    response = client.post(
        "/support/checkout/",
        {"frequency": "monthly", "currency": "usd", "other": "1.50", "back": "/"},
    )

    assert response.status_code == 400
    page = response.content.decode()
    assert "Минимальная сумма ежемесячного пожертвования — $2." in page
    assert "The smallest" not in page
    assert '<html lang="ru"' in page
    assert Contribution.objects.count() == 0


def test_a_bad_address_is_refused_in_russian(client, db, russian):
    Newsletter.objects.create(
        name="Неделя",
        slug="weekly",
        sender_name="Газета",
        sender_email="newsletter@news.example.org",
    )

    response = client.post(
        "/newsletter/subscribe/",
        {"email": "reader@", "newsletter": "weekly", "form": "article", "website": ""},
        HTTP_ACCEPT="application/json",
    )

    assert response.status_code == 400
    assert response.json() == {
        "ok": False,
        "message": "Введите правильный адрес электронной почты, например name@example.org.",
        "field": "email",
    }
    assert Subscriber.objects.count() == 0
