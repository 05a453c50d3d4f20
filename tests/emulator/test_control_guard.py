"""The control API under careless and hostile callers: inputs checked before any state changes, JSON only,
``Origin`` checked, the private key only behind a flag; the outbox's order, retention and pages."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from payermax_emulator.app import create_app
from payermax_emulator.core import Emulator
from payermax_emulator.local_server import serve
from payermax_emulator.services.outbox import ACKNOWLEDGED
from payermax_emulator.settings import Settings
from payermax_emulator.worker import tick
from payermax_signing.credentials import ENV_MERCHANT_PRIVATE_KEY
from tests.support.gateway import Gateway


def _post(gateway: Gateway, path: str, content: bytes, **headers: str) -> httpx.Response:
    return httpx.post(f"{gateway.url}/emulator{path}", content=content, headers=headers, timeout=30)


@pytest.mark.parametrize(
    "seconds", ["nan", "NaN", "Infinity", "-1", "1e400", "true", "null", '"3600"', "[1]", "400000000"]
)
def test_a_bad_clock_move_changes_nothing(gateway: Gateway, seconds: str) -> None:
    before = gateway.control("GET", "/clock")["offsetSeconds"]
    response = _post(gateway, "/clock/advance", b'{"seconds":' + seconds.encode() + b"}",
                     **{"content-type": "application/json"})  # fmt: skip
    assert response.status_code == 400, response.text
    assert response.json()["code"] == "PARAMS_INVALID"
    assert gateway.control("GET", "/clock")["offsetSeconds"] == before
    assert gateway.control("POST", "/clock/advance", {"seconds": 60})["offsetSeconds"] == before + 60


def test_a_stored_offset_that_is_not_finite_reads_as_zero(gateway: Gateway) -> None:
    """An emulator before this fix could commit NaN; a data directory holding one still starts and answers."""
    from payermax_emulator.store.clock import OFFSET_KEY
    from payermax_emulator.store.db import set_meta

    with gateway.emulator.db.transaction() as tx:
        set_meta(tx, OFFSET_KEY, "nan")
    assert gateway.control("GET", "/clock")["offsetSeconds"] == 0
    assert gateway.control("POST", "/clock/advance", {"seconds": 5})["offsetSeconds"] == 5


@pytest.mark.parametrize(
    "body",
    [
        {"currency": "USD", "amount": "NaN"},
        {"currency": "USD", "amount": "1e30"},
        {"currency": "USD", "amount": "1.001"},
        {"currency": "JPY", "amount": "1.5"},
        {"currency": "ZZZ", "amount": "1"},
        {"currency": "USD", "amount": True},
        {"currency": "USD"},
        {"currency": "USD", "amount": "1", "accountType": "SAVINGS"},
    ],
)
def test_a_bad_balance_move_changes_nothing(gateway: Gateway, body: dict[str, Any]) -> None:
    rows = gateway.emulator.db.read("SELECT COUNT(*) AS n FROM ledger")[0]["n"]
    response = httpx.post(f"{gateway.url}/emulator/balances", json=body, timeout=30)
    assert response.status_code == 400, response.text
    assert gateway.emulator.db.read("SELECT COUNT(*) AS n FROM ledger")[0]["n"] == rows


def test_only_json_is_taken(gateway: Gateway) -> None:
    """A web page can POST ``text/plain`` or a form to localhost without asking; never ``application/json``."""
    before = gateway.control("GET", "/clock")["offsetSeconds"]
    for content_type in ("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""):
        response = _post(gateway, "/clock/advance", b'{"seconds":3600}', **{"content-type": content_type})
        assert response.status_code == 415, content_type
    assert gateway.control("GET", "/clock")["offsetSeconds"] == before
    assert _post(gateway, "/reset", b"").status_code == 200  # no body, nothing to mistake


@pytest.mark.parametrize(
    ("origin", "status"),
    [("https://evil.example", 403), ("null", 403), ("http://127.0.0.1:3000", 200), ("http://localhost:5173", 200)],
)
def test_origin_is_checked_when_present(gateway: Gateway, origin: str, status: int) -> None:
    response = _post(gateway, "/clock/advance", b'{"seconds":1}', **{"content-type": "application/json",
                                                                     "origin": origin})  # fmt: skip
    assert response.status_code == status
    own = httpx.get(f"{gateway.url}/emulator/clock", headers={"origin": gateway.url}, timeout=30)
    assert own.status_code == 200


def test_registration_checks_the_notify_url(gateway: Gateway) -> None:
    from payermax_signing import generate_key_pair

    key = generate_key_pair().verifying_key.to_base64()
    merchants = len(gateway.emulator.merchants.all())  # merchants outlive resets: other tests register some
    for url in ("http://[::1/x", "https://shop.example/\r\nX: 1", "ftp://shop.example/", "https://"):
        response = httpx.post(f"{gateway.url}/emulator/merchants", json={"publicKey": key, "notifyUrl": url})
        assert response.status_code == 400, url
    assert len(gateway.emulator.merchants.all()) == merchants


def test_the_private_key_is_served_only_with_the_flag() -> None:
    emulator = Emulator(Settings(serve_private_key=True))
    with serve(create_app(emulator=emulator, worker=False)) as url:
        environment = httpx.get(f"{url}/emulator/merchant", timeout=30).json()
    assert environment[ENV_MERCHANT_PRIVATE_KEY] == emulator.test_merchant.private_key.to_base64()


def _enqueue(emulator: Emulator, count: int, reference: str = "") -> list[int]:
    merchant = emulator.test_merchant.merchant
    with emulator.db.transaction() as tx:
        return [
            emulator.outbox.enqueue(
                tx,
                merchant,
                notify_type="PAYMENT",
                reference=reference or f"R{number}",
                data={"n": number},
                url="http://127.0.0.1:9/notify",
            )
            for number in range(count)
        ]


def test_notifications_for_one_reference_go_out_in_order() -> None:
    """A token's creation and its removal, queued in the same instant: the removal waits for the creation's
    first attempt (a retry of the creation would not hold it back)."""
    emulator = Emulator(Settings(settle_after=None))
    first, second = _enqueue(emulator, 2, reference="PMTOKEN1")
    assert [due.id for due in emulator.outbox.claim_due()] == [first]
    assert emulator.outbox.claim_due() == []  # the first is in flight: the second still waits
    (due,) = emulator.db.read("SELECT id, url, body, sign, attempts FROM notifications WHERE id = ?", (first,))
    from payermax_emulator.services.outbox import Due

    emulator.outbox.record(Due(due["id"], due["url"], due["body"], due["sign"], 0), "s", 200, ACKNOWLEDGED, "")
    assert [due.id for due in emulator.outbox.claim_due()] == [second]


def test_listings_are_paginated(gateway: Gateway) -> None:
    _enqueue(gateway.emulator, 25)
    seen: list[int] = []
    url: str | None = f"{gateway.url}/emulator/notifications?limit=10"
    while url:
        response = httpx.get(url, timeout=30)
        assert response.status_code == 200
        page = response.json()
        assert len(page) <= 10
        seen += [n["id"] for n in page]
        url = response.links.get("next", {}).get("url")
    assert len(seen) == 25 and seen == sorted(seen)
    for bad in ("limit=0", "limit=1001", "limit=x", "after=-1", "after=1e3"):
        assert httpx.get(f"{gateway.url}/emulator/deliveries?{bad}", timeout=30).status_code == 400


def test_finished_notifications_are_forgotten_after_the_retention() -> None:
    emulator = Emulator(Settings(settle_after=None, notification_retention=3600, notification_keep=5))
    ids = _enqueue(emulator, 8)
    with emulator.db.transaction() as tx:  # as if each had been delivered
        tx.execute("UPDATE notifications SET status = 'delivered', delivered_at = created_at")
        tx.executemany("INSERT INTO deliveries (notification_id, attempt, at, outcome, detail)"
                       " VALUES (?, 1, '2026-01-01', 'acknowledged', '')", [(i,) for i in ids])  # fmt: skip
    asyncio.run(tick(emulator))
    assert [n["id"] for n in emulator.outbox.notifications()] == ids[-5:]  # only the newest 5 are kept
    assert len(emulator.outbox.deliveries()) == 5
    emulator.clock.advance(3601)
    pending = _enqueue(emulator, 1)
    asyncio.run(tick(emulator))  # the new one fails (nothing listens on port 9) and stays pending
    assert [n["id"] for n in emulator.outbox.notifications()] == pending
