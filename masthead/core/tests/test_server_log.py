from masthead.core.server import redact_path


def test_personal_tokens_are_cut_out_of_logged_paths():
    assert redact_path("/newsletter/preferences/MQ:1xW:abc/") == "/newsletter/preferences/…/"
    assert redact_path("/newsletter/unsubscribe/MQ:1xW:abc/") == "/newsletter/unsubscribe/…/"
    assert redact_path("/newsletter/confirm/MQ:1xW:abc/") == "/newsletter/confirm/…/"
    assert redact_path("/news/some-article/") == "/news/some-article/"
    assert redact_path("/newsletter/") == "/newsletter/"
    assert redact_path("GET /newsletter/confirm/MQ:1x/?a=b HTTP/1.1") == (
        "GET /newsletter/confirm/…/?a=b HTTP/1.1"
    )
