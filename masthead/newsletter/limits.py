"""Limits against subscription bombing, kept in the cache only (no address or IP stored).

- Per address and newsletter: one confirmation email per 10 minutes and at most 3 a day,
  keyed by the address's blind index. (Someone who keeps signing up a victim's address can
  use up that day's three; the cost of this cap is that the victim's own sign-up may then
  wait a day, which we prefer to a flooded inbox.)
- Per client: a few sign-ups a minute, keyed by a keyed hash of the client address that
  changes daily, so the cache never holds a reader's IP address either.
- Globally: a ceiling on sign-ups per minute for the whole site.
"""

from masthead.core.limits import may_email, within_minute_limits

CONFIRMATION_INTERVAL_SECONDS = 10 * 60
CONFIRMATIONS_PER_DAY = 3
SIGNUPS_PER_CLIENT_PER_MINUTE = 5
SIGNUPS_PER_MINUTE = 120


def may_send_confirmation(email_index: str, newsletter_id: int) -> bool:
    return may_email(
        f"nl:confirm:{email_index}:{newsletter_id}",
        interval=CONFIRMATION_INTERVAL_SECONDS,
        per_day=CONFIRMATIONS_PER_DAY,
    )


def may_sign_up(client_address: str) -> bool:
    return within_minute_limits(
        "nl:signup", client_address, SIGNUPS_PER_CLIENT_PER_MINUTE, SIGNUPS_PER_MINUTE
    )
