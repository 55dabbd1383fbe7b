"""A Stripe stand-in on loopback: the real `stripe` SDK talks HTTP to it, nothing leaves the host.

It answers the part of Stripe's v1 API that contributions use (Checkout Sessions with
`price_data`, customers, the billing portal, subscriptions, invoices and their payments),
serves a tiny hosted checkout page and billing portal, and POSTs webhook events signed the
way Stripe signs them. State is in memory and dies with the server.

    with StripeStandin(webhook_url="http://127.0.0.1:8000/stripe/webhook/") as server:
        client = stripe.StripeClient("sk_test_x", base_addresses={"api": server.base_url})
        session = client.v1.checkout.sessions.create(params={...})
        events = server.complete_session(session.id, email="reader@example.org")

Objects take the shape of API_VERSION whatever a request's Stripe-Version says, with the
fields our code may read (not every field Stripe sends). Like a webhook endpoint subscribed
to just the event types our handler needs, each flow sends only those (see each method).
Not modelled: session expiry, prices and products by id, zero-decimal currencies, minimum
amounts, Stripe's retries of failed deliveries (call `deliver()` again), and any endpoint
that `_route` does not list (it answers 404 as Stripe does for an unknown URL).
"""

import base64
import calendar
import copy
import html
import json
import re
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import Message
from http.client import HTTPConnection, HTTPSConnection
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, NamedTuple
from urllib.parse import parse_qsl, urlsplit

from masthead.contributions.testing.stripe_wire import (
    JSON,
    event,
    new_id,
    parse_form,
    sign,
)

INTERVALS = ("day", "week", "month", "year")
# Fields Stripe leaves out of an object unless the request expands them.
INCLUDABLE = {"checkout.session": {"line_items"}, "invoice": {"payments"}}
RETRIEVABLE = {
    "checkout/sessions": "checkout.session",
    "customers": "customer",
    "subscriptions": "subscription",
    "invoices": "invoice",
    "invoice_payments": "invoice_payment",
    "payment_intents": "payment_intent",
    "charges": "charge",
}


def _advance(timestamp: int, interval: str) -> int:
    """One billing interval later, counting months by the calendar as Stripe does."""
    if interval in ("day", "week"):
        return timestamp + 86400 * (1 if interval == "day" else 7)
    start = datetime.fromtimestamp(timestamp, UTC)
    months = start.month - 1 + (12 if interval == "year" else 1)
    year, month = start.year + months // 12, months % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return int(start.replace(year=year, month=month, day=day).timestamp())


def _money(amount: int, currency: str, interval: str | None = None) -> str:
    text = f"{amount / 100:.2f} {currency.upper()}"
    return f"{text} / {interval}" if interval else text


def _list(data: list[Any], url: str) -> JSON:
    return {"object": "list", "data": data, "has_more": False, "url": url}


class ApiError(Exception):
    """A refusal, answered in Stripe's error shape so that the SDK raises its own class."""

    def __init__(
        self,
        status: int,
        message: str,
        param: str | None = None,
        *,
        type: str = "invalid_request_error",
        code: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status, self.param, self.type, self.code = status, param, type, code

    def body(self) -> JSON:
        fields = {"param": self.param, "code": self.code}
        error = {"type": self.type, "message": str(self)}
        return {"error": error | {k: v for k, v in fields.items() if v}}


@dataclass
class ApiRequest:
    method: str
    path: str
    params: JSON
    idempotency_key: str | None
    stripe_version: str | None
    status: int = 0


class Delivery(NamedTuple):
    event: JSON
    status: int | None  # None: the webhook URL could not be reached


class _Response(NamedTuple):
    status: int
    body: bytes
    headers: dict[str, str]


def _json(status: int, data: JSON) -> _Response:
    headers = {"Content-Type": "application/json", "Request-Id": new_id("req")}
    return _Response(status, json.dumps(data, indent=2).encode(), headers)


class StripeStandin:
    def __init__(
        self,
        webhook_url: str | None = None,
        webhook_secret: str = "whsec_test",  # noqa: S107 - a test stand-in's secret
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.webhook_url, self.webhook_secret = webhook_url, webhook_secret
        self.shuffle_events = False  # True: send each flow's events in reverse order
        self.requests: list[ApiRequest] = []
        self.events: list[JSON] = []
        self.deliveries: list[Delivery] = []
        self._address = (host, port)
        self._lock = threading.RLock()
        self._objects: dict[str, JSON] = {}
        self._session_params: dict[str, JSON] = {}
        self._portals: dict[str, tuple[str, str]] = {}  # id -> (customer, return_url)
        self._idempotent: dict[str, tuple[tuple[str, str, JSON], _Response]] = {}
        self._faults: list[int] = []
        self._delays: list[float] = []
        self._senders: list[threading.Thread] = []
        self._httpd: _Server | None = None

    def start(self) -> "StripeStandin":
        self._httpd = _Server(self._address, _Handler)
        self._httpd.standin = self
        threading.Thread(target=self._httpd.serve_forever, args=(0.05,), daemon=True).start()
        return self

    def stop(self) -> None:
        self.wait_for_deliveries()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def __enter__(self) -> "StripeStandin":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        assert self._httpd is not None, "start() the stand-in first"
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    # Fault injection: each applies to one of the next API requests.

    def fail_next(self, status: int = 500, times: int = 1) -> None:
        """Answer with Stripe's api_error before doing anything: nothing is created, and the
        answer is not kept for the idempotency key (a retry with the same key does the work)."""
        with self._lock:
            self._faults.extend([status] * times)

    def delay_next(self, seconds: float, times: int = 1) -> None:
        """Do the work, then answer late: a client that timed out has still created it."""
        with self._lock:
            self._delays.extend([seconds] * times)

    def get(self, object_id: str, expand: Iterable[str] = ()) -> JSON:
        """An object as the API would return it; KeyError if there is none."""
        with self._lock:
            return self._render(self._objects[object_id], expand)

    def objects(self, kind: str) -> list[JSON]:
        """Every object of one kind ("checkout.session", "customer" …), oldest first."""
        with self._lock:
            return [self._render(obj) for obj in self._objects.values() if obj["object"] == kind]

    # What Stripe starts: a reader pays, a renewal, a refund. Each returns its events in the
    # order sent; with send=True it delivers them (if there is a webhook URL) and waits.

    def complete_session(
        self,
        session_id: str,
        email: str = "reader@example.org",
        *,
        send: bool = True,
        delayed: bool = False,
    ) -> list[JSON]:
        """The reader pays. Payment mode: checkout.session.completed. Subscription mode:
        customer.subscription.created, checkout.session.completed, invoice.paid. With
        delayed=True (payment mode only) the payment is still processing, as a SEPA debit
        would be: the session completes unpaid until async_payment()."""
        with self._lock:
            events = self._complete(session_id, email, delayed)
        return self._emit(events, wait=send)

    def async_payment(self, session_id: str, succeeded: bool, *, send: bool = True) -> list[JSON]:
        """The delayed payment settles: checkout.session.async_payment_succeeded or _failed."""
        with self._lock:
            session = self._objects[session_id]
            intent = self._objects.get(session["payment_intent"] or "")
            if intent is None or intent["status"] != "processing":
                raise ValueError(f"{session_id} has no payment in progress.")
            if succeeded:
                self._charge(intent)
                session["payment_status"] = "paid"
            else:
                intent["status"] = "requires_payment_method"
                intent["last_payment_error"] = {"type": "card_error", "code": "payment_failed"}
            outcome = "succeeded" if succeeded else "failed"
            events = [event(f"checkout.session.async_payment_{outcome}", self._render(session))]
        return self._emit(events, wait=send)

    def renew_subscription(self, subscription_id: str, *, send: bool = True) -> list[JSON]:
        """The next period is paid: invoice.paid for a new invoice, payment intent and charge.
        A past_due subscription instead has its open invoice paid and becomes active again:
        customer.subscription.updated, then invoice.paid."""
        with self._lock:
            sub = self._live_subscription(subscription_id)
            if sub["status"] != "past_due":
                invoice = self._next_invoice(sub, paid=True)
                events = [event("invoice.paid", self._render(invoice))]
            else:
                invoice = self._objects[sub["latest_invoice"]]
                self._pay_invoice(invoice)
                sub["status"] = "active"
                events = [
                    event("customer.subscription.updated", sub, {"status": "past_due"}),
                    event("invoice.paid", self._render(invoice)),
                ]
        return self._emit(events, wait=send)

    def fail_renewal(self, subscription_id: str, *, send: bool = True) -> list[JSON]:
        """The renewal is declined: invoice.payment_failed for a new open invoice, then
        customer.subscription.updated with status past_due."""
        with self._lock:
            sub = self._live_subscription(subscription_id)
            invoice = self._next_invoice(sub, paid=False)
            previous = {"status": sub["status"]}
            sub["status"] = "past_due"
            events = [
                event("invoice.payment_failed", self._render(invoice)),
                event("customer.subscription.updated", sub, previous),
            ]
        return self._emit(events, wait=send)

    def cancel_subscription(self, subscription_id: str, *, send: bool = True) -> list[JSON]:
        """Cancelled at once, as by the portal's button: customer.subscription.deleted."""
        with self._lock:
            events = [event("customer.subscription.deleted", self._cancel(subscription_id))]
        return self._emit(events, wait=send)

    def refund(
        self, charge_or_payment_intent_id: str, amount: int | None = None, *, send: bool = True
    ) -> list[JSON]:
        """A refund from the dashboard, in full unless `amount` says less: charge.refunded."""
        with self._lock:
            charge = self._objects[charge_or_payment_intent_id]
            if charge["object"] == "payment_intent":
                charge = self._objects[charge["latest_charge"]]
            before = {"amount_refunded": charge["amount_refunded"], "refunded": charge["refunded"]}
            refunded = charge["amount_refunded"] + (amount or charge["amount"])
            charge["amount_refunded"] = min(charge["amount"], refunded)
            charge["refunded"] = charge["amount_refunded"] == charge["amount"]
            events = [event("charge.refunded", charge, before)]
        return self._emit(events, wait=send)

    # Webhook delivery

    def deliver(self, events: list[JSON]) -> list[Delivery]:
        """POST `events` to the webhook URL in order, from a thread, and wait for the answers.
        Also for sending an event again, as Stripe does when the first answer was not a 2xx."""
        results: list[Delivery] = []
        sender = self._start_sending(events, results)
        if sender is not None:
            sender.join()
        return results

    def wait_for_deliveries(self, timeout: float = 10.0) -> None:
        """Wait for the deliveries that the hosted pages started (they do not wait)."""
        deadline = time.monotonic() + timeout
        with self._lock:
            senders = list(self._senders)
        for sender in senders:
            sender.join(max(0.0, deadline - time.monotonic()))

    def _emit(self, events: list[JSON], wait: bool) -> list[JSON]:
        if self.shuffle_events:
            events = events[::-1]
        with self._lock:
            self.events.extend(events)
        if wait:
            self.deliver(events)
        return events

    def _start_sending(
        self, events: list[JSON], results: list[Delivery] | None = None
    ) -> threading.Thread | None:
        if not self.webhook_url or not events:
            return None
        args = (self.webhook_url, events, [] if results is None else results)
        sender = threading.Thread(target=self._post, args=args, daemon=True)
        with self._lock:
            self._senders = [s for s in self._senders if s.is_alive()] + [sender]
        sender.start()
        return sender

    def _post(self, webhook_url: str, events: list[JSON], results: list[Delivery]) -> None:
        url = urlsplit(webhook_url)
        connection_class = HTTPSConnection if url.scheme == "https" else HTTPConnection
        target = (url.path or "/") + (f"?{url.query}" if url.query else "")
        for evt in events:
            payload = json.dumps(evt, indent=2).encode()
            headers = {
                "Content-Type": "application/json; charset=utf-8",
                "User-Agent": "Stripe/1.0 (+https://stripe.com/docs/webhooks)",
                "Stripe-Signature": sign(payload, self.webhook_secret),
            }
            connection = connection_class(url.hostname or "", url.port, timeout=30)
            status: int | None = None
            try:
                connection.request("POST", target, body=payload, headers=headers)
                status = connection.getresponse().status
            except OSError:
                pass
            finally:
                connection.close()
            results.append(Delivery(evt, status))
            with self._lock:
                self.deliveries.append(Delivery(evt, status))

    # The API

    def _api(self, method: str, path: str, params: JSON, headers: Message) -> _Response:
        key = headers.get("Idempotency-Key")
        record = ApiRequest(method, path, params, key, headers.get("Stripe-Version"))
        with self._lock:
            self.requests.append(record)
            fault = self._faults.pop(0) if self._faults else None
            delay = self._delays.pop(0) if self._delays else 0.0
            if fault is not None:
                refusal = ApiError(fault, "The stand-in was told to fail.", type="api_error")
                response = _json(fault, refusal.body())
            else:
                response = self._answer(method, path, params, key, headers.get("Authorization"))
        record.status = response.status
        time.sleep(delay)
        return response

    def _answer(
        self, method: str, path: str, params: JSON, key: str | None, authorization: str | None
    ) -> _Response:
        scheme, _, token = (authorization or "").partition(" ")
        if scheme == "Basic":  # curl -u sk_test_…: as Stripe's docs show
            try:
                token = base64.b64decode(token).decode(errors="replace").partition(":")[0]
            except ValueError:
                token = ""
        if not token.startswith(("sk_test_", "rk_test_")):
            message = f"Invalid API Key provided: {token[:12]}… (the stand-in takes test keys)"
            return _json(401, ApiError(401, message).body())
        if method == "POST" and key in self._idempotent:
            first, response = self._idempotent[key]
            if first == (method, path, params):
                replayed = {**response.headers, "Idempotent-Replayed": "true"}
                return response._replace(headers=replayed)
            message = (
                "Keys for idempotent requests can only be used with the same parameters they "
                f"were first used with. Try using a key other than '{key}' if you meant to "
                "execute a different request."
            )
            return _json(400, ApiError(400, message, type="idempotency_error").body())
        try:
            response = _json(200, self._route(method, path, params))
        except ApiError as refusal:
            return _json(refusal.status, refusal.body())  # not kept, as Stripe keeps no 400s
        if method == "POST" and key:
            self._idempotent[key] = ((method, path, params), response)
        return response

    def _route(self, method: str, path: str, params: JSON) -> JSON:
        expand = params.get("expand", [])
        if method == "POST" and path == "/v1/checkout/sessions":
            return self._render(self._create_session(params), expand)
        if method == "POST" and path == "/v1/customers":
            return self._render(self._create_customer(params), expand)
        if method == "POST" and path == "/v1/billing_portal/sessions":
            return self._create_portal_session(params)
        if method == "GET" and path == "/v1/invoice_payments":
            invoice = params.get("invoice")
            found = [
                self._render(payment, expand)
                for payment in self._objects.values()
                if payment["object"] == "invoice_payment" and invoice in (None, payment["invoice"])
            ]
            return _list(found, path)
        match = re.fullmatch(r"/v1/([a-z_]+(?:/sessions)?)/(\w+)", path)
        if method == "GET" and match and match[1] in RETRIEVABLE:
            return self._render(self._find(match[2], RETRIEVABLE[match[1]], "id"), expand)
        raise ApiError(404, f"Unrecognized request URL ({method}: {path}).")

    def _find(self, object_id: str, kind: str, param: str) -> JSON:
        found = self._objects.get(object_id)
        if found is None or found["object"] != kind:
            status = 404 if param == "id" else 400
            noun = kind.replace(".", " ").replace("_", " ")
            message = f"No such {noun}: '{object_id}'"
            raise ApiError(status, message, param, code="resource_missing")
        return found

    def _render(self, obj: JSON, expand: Iterable[str] = ()) -> JSON:
        paths = [path.split(".") for path in expand]
        hidden = INCLUDABLE.get(obj["object"], set()) - {path[0] for path in paths}
        out = copy.deepcopy({k: v for k, v in obj.items() if k not in hidden})
        for path in paths:
            self._expand(out, path)
        return out

    def _expand(self, value: Any, path: list[str]) -> Any:
        if isinstance(value, str) and value in self._objects:
            return self._render(self._objects[value], [".".join(path)] if path else [])
        if isinstance(value, list):
            return [self._expand(item, path) for item in value]
        if path and isinstance(value, dict) and path[0] in value:
            value[path[0]] = self._expand(value[path[0]], path[1:])
        return value

    def _new(self, prefix: str, kind: str, **fields: Any) -> JSON:
        """Make and keep an object; `id`, `object`, `created` and `livemode` as Stripe's."""
        obj = {"id": new_id(prefix), "object": kind, "created": int(time.time()), **fields}
        self._objects[obj["id"]] = obj | {"livemode": False}
        return self._objects[obj["id"]]

    def _create_customer(self, params: JSON) -> JSON:
        email = params.get("email") or None
        if email is not None and "@" not in email:
            raise ApiError(400, f"Invalid email address: {email}", "email")
        return self._new(
            "cus",
            "customer",
            email=email,
            name=params.get("name") or None,
            preferred_locales=params.get("preferred_locales") or [],
            metadata=params.get("metadata") or {},
            delinquent=False,
            invoice_settings={"default_payment_method": None},
        )

    def _create_session(self, params: JSON) -> JSON:
        mode = params.get("mode")
        if not mode:
            raise ApiError(400, "Missing required param: mode.", "mode")
        if mode not in ("payment", "subscription"):
            raise ApiError(400, f"The stand-in does not do {mode} mode.", "mode")
        if not params.get("success_url"):
            raise ApiError(400, "Missing required param: success_url.", "success_url")
        for name, only_in in [
            ("customer_creation", "payment"),
            ("payment_intent_data", "payment"),
            ("subscription_data", "subscription"),
        ]:
            if name in params and mode != only_in:
                raise ApiError(400, f"`{name}` can only be used in `{only_in}` mode.", name)
        if params.get("customer"):
            self._find(params["customer"], "customer", "customer")
            for other in ("customer_email", "customer_creation"):
                if other in params:
                    message = f"You may only specify one of these parameters: customer, {other}."
                    raise ApiError(400, message, other)
        items = params.get("line_items")
        if not isinstance(items, list) or not items:
            raise ApiError(400, "Missing required param: line_items.", "line_items")
        if len(items) > 1:
            raise ApiError(400, "The stand-in takes one line item.", "line_items")
        line_item = self._line_item(items[0], "line_items[0]", mode)
        session = self._new(
            "cs_test",
            "checkout.session",
            amount_subtotal=line_item["amount_total"],
            amount_total=line_item["amount_total"],
            cancel_url=params.get("cancel_url"),
            client_reference_id=params.get("client_reference_id"),
            currency=line_item["currency"],
            customer=params.get("customer"),
            customer_creation=params.get("customer_creation", "if_required")
            if mode == "payment"
            else None,
            customer_details=None,
            customer_email=params.get("customer_email"),
            invoice=None,
            locale=params.get("locale"),
            metadata=params.get("metadata") or {},
            mode=mode,
            payment_intent=None,
            payment_status="unpaid",
            status="open",
            submit_type=params.get("submit_type"),
            subscription=None,
            success_url=params["success_url"],
        )
        session["expires_at"] = session["created"] + 24 * 3600
        session["line_items"] = _list(
            [line_item], f"/v1/checkout/sessions/{session['id']}/line_items"
        )
        session["url"] = f"{self.base_url}/checkout/{session['id']}"
        self._session_params[session["id"]] = params
        return session

    def _line_item(self, item: JSON, param: str, mode: str) -> JSON:
        data = item.get("price_data")
        if not isinstance(data, dict):
            raise ApiError(400, "The stand-in takes line items with price_data only.", param)
        currency, amount = data.get("currency", ""), data.get("unit_amount", "")
        name = (data.get("product_data") or {}).get("name")
        recurring, quantity = data.get("recurring"), item.get("quantity", "")
        if not re.fullmatch(r"[A-Za-z]{3}", currency):
            raise ApiError(400, f"Invalid currency: {currency}", f"{param}[price_data][currency]")
        if not amount.isdigit() or int(amount) <= 0:
            raise ApiError(400, "Invalid positive integer", f"{param}[price_data][unit_amount]")
        if not name:
            missing = f"{param}[price_data][product_data][name]"
            raise ApiError(400, "Missing required param.", missing)
        if not quantity.isdigit() or int(quantity) <= 0:
            raise ApiError(400, "Invalid positive integer", f"{param}[quantity]")
        if mode == "payment" and recurring:
            message = (
                "You specified `payment` mode but passed a recurring price. Either switch to "
                "`subscription` mode or use only one-time prices."
            )
            raise ApiError(400, message, "mode")
        if mode == "subscription" and not recurring:
            message = (
                "You must provide at least one recurring price in `subscription` mode when "
                "using prices."
            )
            raise ApiError(400, message, "mode")
        if recurring and recurring.get("interval") not in INTERVALS:
            raise ApiError(400, "Invalid interval.", f"{param}[price_data][recurring][interval]")
        product = self._new("prod", "product", name=name)
        price = self._new(
            "price",
            "price",
            active=False,
            currency=currency.lower(),
            metadata={},
            product=product["id"],
            recurring={"interval": recurring["interval"], "interval_count": 1}
            if recurring
            else None,
            type="recurring" if recurring else "one_time",
            unit_amount=int(amount),
            unit_amount_decimal=amount,
        )
        total = int(amount) * int(quantity)
        return {
            "id": new_id("li"),
            "object": "item",
            "amount_subtotal": total,
            "amount_total": total,
            "currency": currency.lower(),
            "description": name,
            "price": price,
            "quantity": int(quantity),
        }

    def _create_portal_session(self, params: JSON) -> JSON:
        if not params.get("customer"):
            raise ApiError(400, "Missing required param: customer.", "customer")
        customer = self._find(params["customer"], "customer", "customer")
        portal = self._new(
            "bps",
            "billing_portal.session",
            configuration=new_id("bpc"),
            customer=customer["id"],
            flow=None,
            locale=params.get("locale"),
            return_url=params.get("return_url"),
        )
        portal["url"] = f"{self.base_url}/billing/{portal['id']}"
        self._portals[portal["id"]] = (customer["id"], params.get("return_url") or "")
        return portal

    # What paying creates

    def _complete(self, session_id: str, email: str, delayed: bool) -> list[JSON]:
        session = self._objects[session_id]
        if session["status"] != "open":
            raise ValueError(f"{session_id} is {session['status']}, not open.")
        if delayed and session["mode"] != "payment":
            raise ValueError("The stand-in delays payments in payment mode only.")
        params = self._session_params[session_id]
        customer = self._objects.get(session["customer"] or "")
        # Checkout does not let the reader change an address it was given.
        email = (customer or {}).get("email") or session["customer_email"] or email
        if customer is not None:
            customer["email"] = email
        elif session["mode"] == "subscription" or session["customer_creation"] == "always":
            customer = self._create_customer({"email": email})
        session["customer"] = customer["id"] if customer else None
        session["customer_details"] = {"email": email, "name": None, "address": None}
        session["status"] = "complete"
        if session["mode"] == "payment":
            metadata = (params.get("payment_intent_data") or {}).get("metadata") or {}
            intent = self._intent(session["amount_total"], session, metadata, email)
            session["payment_intent"] = intent["id"]
            if delayed:
                intent["status"] = "processing"
            else:
                self._charge(intent)
                session["payment_status"] = "paid"
            return [event("checkout.session.completed", self._render(session))]
        sub = self._create_subscription(session, params, email)
        session.update(subscription=sub["id"], invoice=sub["latest_invoice"], payment_status="paid")
        return [
            event("customer.subscription.created", sub),
            event("checkout.session.completed", self._render(session)),
            event("invoice.paid", self._render(self._objects[sub["latest_invoice"]])),
        ]

    def _intent(self, amount: int, owner: JSON, metadata: JSON, email: str | None) -> JSON:
        return self._new(
            "pi",
            "payment_intent",
            amount=amount,
            amount_received=0,
            currency=owner["currency"],
            customer=owner["customer"],
            last_payment_error=None,
            latest_charge=None,
            metadata=metadata,
            payment_method=new_id("pm"),
            receipt_email=email,
            status="requires_payment_method",
        )

    def _charge(self, intent: JSON) -> JSON:
        charge = self._new(
            "ch",
            "charge",
            amount=intent["amount"],
            amount_captured=intent["amount"],
            amount_refunded=0,
            billing_details={"email": intent["receipt_email"], "name": None},
            captured=True,
            currency=intent["currency"],
            customer=intent["customer"],
            metadata=dict(intent["metadata"]),
            paid=True,
            payment_intent=intent["id"],
            payment_method=intent["payment_method"],
            receipt_email=intent["receipt_email"],
            refunded=False,
            status="succeeded",
        )
        intent.update(status="succeeded", amount_received=intent["amount"])
        intent.update(latest_charge=charge["id"], last_payment_error=None)
        return charge

    def _create_subscription(self, session: JSON, params: JSON, email: str) -> JSON:
        line = session["line_items"]["data"][0]
        now = int(time.time())
        sub = self._new(
            "sub",
            "subscription",
            billing_cycle_anchor=now,
            cancel_at_period_end=False,
            canceled_at=None,
            cancellation_details={"comment": None, "feedback": None, "reason": None},
            collection_method="charge_automatically",
            currency=session["currency"],
            customer=session["customer"],
            ended_at=None,
            latest_invoice=None,
            metadata=(params.get("subscription_data") or {}).get("metadata") or {},
            start_date=now,
            status="active",
        )
        item = {
            "id": new_id("si"),
            "object": "subscription_item",
            "created": now,
            "current_period_start": now,
            "current_period_end": _advance(now, line["price"]["recurring"]["interval"]),
            "metadata": {},
            "price": line["price"],
            "quantity": line["quantity"],
            "subscription": sub["id"],
        }
        sub["items"] = _list([item], f"/v1/subscription_items?subscription={sub['id']}")
        self._new_invoice(sub, "subscription_create", paid=True, email=email)
        return sub

    def _next_invoice(self, sub: JSON, paid: bool) -> JSON:
        item = sub["items"]["data"][0]
        last = (item["current_period_start"], item["current_period_end"])
        interval = item["price"]["recurring"]["interval"]
        item.update(current_period_start=last[1], current_period_end=_advance(last[1], interval))
        email = self._objects[sub["customer"]]["email"]
        return self._new_invoice(sub, "subscription_cycle", paid, email, last)

    def _new_invoice(
        self,
        sub: JSON,
        reason: str,
        paid: bool,
        email: str | None,
        last: tuple[int, int] | None = None,
    ) -> JSON:
        """A subscription's invoice as of API 2026-10-28: its subscription is named in
        `parent.subscription_details` (and each line's parent), its payment intent only in
        the `payments` list (expand it, or list /v1/invoice_payments?invoice=…)."""
        item, price = sub["items"]["data"][0], sub["items"]["data"][0]["price"]
        amount = price["unit_amount"] * item["quantity"]
        now = int(time.time())
        product = self._objects[price["product"]]["name"]
        at = _money(price["unit_amount"], price["currency"], price["recurring"]["interval"])
        line = {
            "id": new_id("il"),
            "object": "line_item",
            "amount": amount,
            "currency": sub["currency"],
            "description": f"{item['quantity']} × {product} (at {at})",  # noqa: RUF001 - Stripe's
            "metadata": dict(sub["metadata"]),
            "parent": {
                "type": "subscription_item_details",
                "invoice_item_details": None,
                "subscription_item_details": {
                    "invoice_item": None,
                    "proration": False,
                    "subscription": sub["id"],
                    "subscription_item": item["id"],
                },
            },
            "period": {"start": item["current_period_start"], "end": item["current_period_end"]},
            "pricing": {
                "type": "price_details",
                "price_details": {"price": price["id"], "product": price["product"]},
                "unit_amount_decimal": price["unit_amount_decimal"],
            },
            "quantity": item["quantity"],
            "subtotal": amount,
        }
        invoice = self._new(
            "in",
            "invoice",
            amount_due=amount,
            amount_paid=0,
            amount_remaining=amount,
            attempt_count=1,
            attempted=True,
            billing_reason=reason,
            collection_method="charge_automatically",
            currency=sub["currency"],
            customer=sub["customer"],
            customer_email=email,
            lines=_list([line], ""),
            metadata={},
            next_payment_attempt=None if paid else _advance(now, "day"),
            parent={
                "type": "subscription_details",
                "quote_details": None,
                "subscription_details": {
                    "metadata": dict(sub["metadata"]),
                    "subscription": sub["id"],
                },
            },
            # For a cycle, Stripe's invoice period is the period just ended (lines show the
            # period paid for); for the first invoice both are its creation.
            period_start=last[0] if last else now,
            period_end=last[1] if last else now,
            status="open",
            status_transitions={"finalized_at": now, "paid_at": None, "voided_at": None},
            subtotal=amount,
            total=amount,
        )
        line["invoice"] = invoice["id"]
        invoice["lines"]["url"] = f"/v1/invoices/{invoice['id']}/lines"
        intent = self._intent(amount, sub, {}, email)
        payment = self._new(
            "inpay",
            "invoice_payment",
            amount_paid=None,
            amount_requested=amount,
            currency=sub["currency"],
            invoice=invoice["id"],
            is_default=True,
            payment={"type": "payment_intent", "payment_intent": intent["id"]},
            status="open",
            status_transitions={"canceled_at": None, "paid_at": None},
        )
        invoice["payments"] = _list([payment], f"/v1/invoice_payments?invoice={invoice['id']}")
        if paid:
            self._pay_invoice(invoice)
        else:
            intent["last_payment_error"] = {"type": "card_error", "code": "card_declined"}
        sub["latest_invoice"] = invoice["id"]
        return invoice

    def _pay_invoice(self, invoice: JSON) -> None:
        [payment] = invoice["payments"]["data"]  # the invoice_payment itself, not a copy
        self._charge(self._objects[payment["payment"]["payment_intent"]])
        now = int(time.time())
        invoice.update(amount_paid=invoice["amount_due"], amount_remaining=0, status="paid")
        invoice.update(next_payment_attempt=None)
        invoice["status_transitions"]["paid_at"] = now
        payment.update(amount_paid=invoice["amount_due"], status="paid")
        payment["status_transitions"]["paid_at"] = now

    def _live_subscription(self, subscription_id: str) -> JSON:
        sub = self._objects[subscription_id]
        if sub["status"] == "canceled":
            raise ValueError(f"{subscription_id} is canceled.")
        return sub

    def _cancel(self, subscription_id: str) -> JSON:
        sub = self._live_subscription(subscription_id)
        now = int(time.time())
        sub.update(status="canceled", canceled_at=now, ended_at=now)
        sub["cancellation_details"]["reason"] = "cancellation_requested"
        return sub

    # The pages a reader's browser sees

    def _page(self, method: str, path: str, form: dict[str, str]) -> _Response:
        kind, _, object_id = path.strip("/").partition("/")
        with self._lock:
            found = self._objects.get(object_id, {})
            if kind == "checkout" and found.get("object") == "checkout.session":
                if method == "POST":
                    return self._pay(found, form.get("email", "").strip())
                return self._checkout_page(found)
            if kind == "billing" and object_id in self._portals:
                if method == "POST":
                    return self._portal_cancel(object_id, form.get("subscription", ""))
                return self._portal_page(object_id)
        return _html(404, "Not found", "<p>There is nothing here.</p>")

    def _checkout_page(self, session: JSON, problem: str = "") -> _Response:
        if session["status"] != "open":
            return _html(200, "Complete", "<p>This checkout session is complete.</p>")
        line = session["line_items"]["data"][0]
        interval = (line["price"]["recurring"] or {}).get("interval")
        customer = self._objects.get(session["customer"] or "", {})
        given = customer.get("email") or session["customer_email"]
        email, locked = given or "reader@example.org", " readonly" if given else ""
        amount = _money(session["amount_total"], session["currency"], interval)
        body = (
            f"<h1>{html.escape(line['description'])}</h1>"
            f'<p class="amount">{amount}</p>'
            + (f'<p role="alert">{html.escape(problem)}</p>' if problem else "")
            + '<form method="post"><p><label>Email <input type="email" name="email" '
            f'value="{html.escape(email)}" required{locked}></label></p>'
            '<p><button type="submit">Pay</button></p></form>'
        )
        if session["cancel_url"]:
            body += f'<p><a href="{html.escape(session["cancel_url"])}">Back</a></p>'
        return _html(400 if problem else 200, "Pay", body)

    def _pay(self, session: JSON, email: str) -> _Response:
        if session["status"] == "open":  # else a second click: just go on
            if "@" not in email:
                return self._checkout_page(session, "Enter an email address.")
            self._start_sending(self._emit(self._complete(session["id"], email, False), wait=False))
        url = session["success_url"].replace("{CHECKOUT_SESSION_ID}", session["id"])
        return _Response(303, b"", {"Location": url})

    def _portal_cancel(self, portal_id: str, subscription_id: str) -> _Response:
        sub = self._objects.get(subscription_id, {})
        if sub.get("object") != "subscription" or sub["customer"] != self._portals[portal_id][0]:
            return _html(404, "Not found", "<p>There is no such subscription here.</p>")
        if sub["status"] != "canceled":
            deleted = event("customer.subscription.deleted", self._cancel(subscription_id))
            self._start_sending(self._emit([deleted], wait=False))
        return _Response(303, b"", {"Location": f"/billing/{portal_id}"})

    def _portal_page(self, portal_id: str) -> _Response:
        customer, return_url = self._portals[portal_id]
        rows = []
        for sub in self._objects.values():
            if sub["object"] != "subscription" or sub["customer"] != customer:
                continue
            price = sub["items"]["data"][0]["price"]
            what = _money(price["unit_amount"], price["currency"], price["recurring"]["interval"])
            button = (
                f'<form method="post"><input type="hidden" name="subscription" value="{sub["id"]}">'
                '<button type="submit">Cancel support</button></form>'
            )
            rows.append(
                f"<li>{what}, {sub['status']}{'' if sub['status'] == 'canceled' else button}</li>"
            )
        body = "<h1>Your support</h1>" + (f"<ul>{''.join(rows)}</ul>" if rows else "<p>None.</p>")
        if return_url:
            body += f'<p><a href="{html.escape(return_url)}">Back</a></p>'
        return _html(200, "Your support", body)


def _html(status: int, title: str, body: str) -> _Response:
    page = (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)} · Stripe stand-in</title><style>"
        "body{font:16px/1.5 system-ui,sans-serif;max-width:30rem;margin:3rem auto;padding:0 1rem}"
        ".amount{font-size:2rem}.note{color:#555;font-size:.875rem}button{font:inherit}"
        '</style></head><body><p class="note">Stripe stand-in: test mode, no money moves.</p>'
        f"{body}</body></html>"
    )
    return _Response(status, page.encode(), {"Content-Type": "text/html; charset=utf-8"})


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    standin: StripeStandin


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    def do_DELETE(self) -> None:
        self._handle("DELETE")

    def _handle(self, method: str) -> None:
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode() if length else ""
        pairs = parse_qsl(url.query, keep_blank_values=True)
        pairs += parse_qsl(body, keep_blank_values=True)
        standin = self.server.standin
        if url.path.startswith("/v1/"):
            response = standin._api(method, url.path, parse_form(pairs), self.headers)
        else:
            response = standin._page(method, url.path, dict(pairs))
        try:
            self.send_response(response.status)
            for name, value in response.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(response.body)))
            self.end_headers()
            self.wfile.write(response.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped waiting (delay_next)

    def log_message(self, format: str, *args: Any) -> None:
        pass  # quiet in tests; the command logs through ApiRequest records instead
