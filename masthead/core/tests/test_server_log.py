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


def test_control_characters_in_a_path_cannot_forge_or_break_log_lines():
    assert loggable("/news/\n2026-01-01 INFO forged/") == "/news/\\x0a2026-01-01 INFO forged/"
    assert loggable("/a\r\x00\x1b[31m\x7f\x85/") == "/a\\x0d\\x00\\x1b[31m\\x7f\\x85/"
    assert loggable("/news/\u2028x/") == "/news/\\u2028x/"
    assert loggable("/новости/خبر/") == "/новости/خبر/"  # letters stay readable
