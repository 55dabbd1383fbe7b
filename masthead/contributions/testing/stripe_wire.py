"""Stripe's wire format, as tests and the stand-in need it: the `Stripe-Signature` header,
event envelopes, object ids, and the bracketed form encoding of API requests. No server here:
tests build and sign their own webhooks with these."""

import copy
import hashlib
import hmac
import secrets
import time
from collections.abc import Iterable
from typing import Any

JSON = dict[str, Any]

API_VERSION = "2026-10-28.endive"


def sign(payload: bytes, secret: str, timestamp: int | None = None) -> str:
    """The Stripe-Signature header for `payload`, as Stripe computes it."""
    t = int(time.time()) if timestamp is None else timestamp
    digest = hmac.new(secret.encode(), f"{t}.".encode() + payload, hashlib.sha256).hexdigest()
    return f"t={t},v1={digest}"


def event(type: str, obj: JSON, previous_attributes: JSON | None = None) -> JSON:
    """A webhook event about a snapshot of `obj`, as Stripe builds one."""
    data: JSON = {"object": copy.deepcopy(obj)}
    if previous_attributes is not None:
        data["previous_attributes"] = previous_attributes
    return {
        "id": new_id("evt"),
        "object": "event",
        "api_version": API_VERSION,
        "created": int(time.time()),
        "data": data,
        "livemode": False,
        "pending_webhooks": 1,
        "request": {"id": None, "idempotency_key": None},
        "type": type,
    }


def new_id(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(12)}"


def parse_form(pairs: Iterable[tuple[str, str]]) -> JSON:
    """Stripe's bracketed form keys (`line_items[0][price_data][currency]`) as nested data."""
    root: JSON = {}
    for key, value in pairs:
        name, _, rest = key.partition("[")
        parts = [name, *rest[:-1].split("][")] if rest else [name]
        node = root
        for part in parts[:-1]:
            child = node.get(part)
            if not isinstance(child, dict):
                child = node[part] = {}
            node = child
        node[parts[-1] or str(len(node))] = value  # `expand[]=x` appends
    return _listify(root, "")


def _listify(value: Any, key: str) -> Any:
    if not isinstance(value, dict):
        return value
    items = {k: _listify(v, k) for k, v in value.items()}
    if key != "metadata" and items and all(k.isdigit() for k in items):
        return [items[k] for k in sorted(items, key=int)]
    return items
