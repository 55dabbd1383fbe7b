from gunicorn.util import unquote_to_wsgi_str

from masthead.core.server import loggable, redact_path


def test_personal_tokens_are_cut_out_of_logged_paths():
    assert redact_path("/newsletter/preferences/MQ:1xW:abc/") == "/newsletter/preferences/…/"
    assert redact_path("/newsletter/unsubscribe/MQ:1xW:abc/") == "/newsletter/unsubscribe/…/"
    assert redact_path("/newsletter/confirm/MQ:1xW:abc/") == "/newsletter/confirm/…/"
    assert redact_path("/news/some-article/") == "/news/some-article/"
    assert redact_path("/newsletter/") == "/newsletter/"
    assert redact_path("GET /newsletter/confirm/MQ:1x/?a=b HTTP/1.1") == (
        "GET /newsletter/confirm/…/?a=b HTTP/1.1"
    )


def test_supporters_links_and_checkout_sessions_are_cut_out_too():
    assert redact_path("/support/manage/MQ:1xW:abc/") == "/support/manage/…/"
    assert redact_path("/support/manage/") == "/support/manage/"
    assert redact_path("/support/remind/cancel/Zx9_abc/") == "/support/remind/cancel/…/"
    assert redact_path("GET /support/thanks/?session_id=cs_test_123 HTTP/1.1") == (
        "GET /support/thanks/?session_id=… HTTP/1.1"
    )


def wsgi(url_path: str) -> str:
    """The path as gunicorn hands it over: percent-decoded UTF-8 bytes, as latin-1 text."""
    return unquote_to_wsgi_str(url_path)


def test_control_characters_in_a_path_cannot_forge_or_break_log_lines():
    assert loggable(wsgi("/news/%0A2026-01-01%20INFO%20forged/")) == (
        "/news/\\x0a2026-01-01 INFO forged/"
    )
    assert loggable(wsgi("/a%0D%00%1B[31m%7F%C2%85/")) == "/a\\x0d\\x00\\x1b[31m\\x7f\\x85/"
    assert loggable(wsgi("/news/%E2%80%A8x/")) == "/news/\\u2028x/"


def test_letters_stay_readable_and_escapes_stay_unambiguous():
    assert loggable(wsgi("/authors/%D0%B8%D1%80%D0%B8%D0%BD%D0%B0/")) == "/authors/ирина/"
    assert loggable(wsgi("/%D8%AE%D8%A8%D8%B1/")) == "/خبر/"
    assert loggable(wsgi("/bad%FF/")) == "/bad\\xff/"  # not UTF-8: the byte, escaped
    assert loggable(wsgi("/a%5Cx0a/")) == "/a\\\\x0a/"  # a typed backslash is doubled
    assert loggable(wsgi("/a%0A/")) == "/a\\x0a/"


def test_tokens_are_cut_after_decoding():
    path = redact_path(loggable(wsgi("/newsletter/confirm/MQ:1x%0A/")))
    assert path == "/newsletter/confirm/…/"
