"""The control API, under ``/emulator``: drive the emulator from tests and tools.

Unauthenticated by design - the emulator listens on 127.0.0.1 unless told otherwise. Every endpoint
answers JSON; ``GET /emulator`` lists them.

| endpoint | what it does |
|---|---|
| `GET /emulator` | this list |
| `GET /emulator/merchant` | the test merchant's `PAYERMAX_*` variables (private key included: it is a test merchant) |
| `POST /emulator/merchants` | register a merchant with its own public key: `{"publicKey", "appId"?, "merchantNo"?, "notifyUrl"?}` |
| `POST /emulator/orders/{ref}/complete`, `/fail`, `/expire` | finish a PENDING order (`ref`: tradeToken, or outTradeNo of the test merchant or `?appId=`) |
| `POST /emulator/refunds/{ref}/settle` | `{"status": "REFUND_SUCCESS" or "REFUND_FAILED"}`; `ref`: refundTradeNo or outRefundNo |
| `POST /emulator/balances` | `{"accountType", "currency", "amount"}`: move money in (or out, negative) of an account |
| `GET /emulator/clock`, `POST /emulator/clock/advance` | read the emulator clock, move it forward: `{"seconds"}` |
| `GET /emulator/notifications` | every notification (`?type=PAYMENT&status=pending`), with its deliveries |
| `GET /emulator/deliveries` | the delivery log: every attempt, status code and outcome |
| `POST /emulator/reset` | forget every order, refund, payout, token, link, dispute, balance and notification (the opening float comes back) |
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from starlette.requests import Request
from starlette.routing import Mount, Route

from .clock import format_time
from .codec import decode
from .core import Emulator
from .errors import BusinessError
from .merchants import Merchant
from .products import collection, ledger
from .registry import CONTROL_ROUTES
from .web import control, emulator_of, in_thread, json_body

KEEP_ON_RESET = {"merchants", "meta", "sqlite_sequence"}


def merchant_for(request: Request) -> Merchant:
    emulator = emulator_of(request)
    app_id = request.query_params.get("appId") or emulator.test_merchant.merchant.app_id
    merchant = emulator.merchants.get(app_id)
    if merchant is None:
        raise BusinessError("MERCHANT_APP_INVALID", f"No merchant with appId {app_id}.")
    return merchant


def _order_token(emulator: Emulator, merchant: Merchant, ref: str) -> str:
    with emulator.db.transaction() as tx:
        order = collection.order_by_token(tx, ref) or collection.find_order(tx, merchant.app_id, out_trade_no=ref)
    if order is None:
        raise BusinessError("ORDER_NOT_EXIST", f"No order {ref}.")
    return order.trade_token


async def index(request: Request) -> Any:
    """Every control endpoint (the products' too), and where each is documented."""
    endpoints = []
    for route in routes()[1].routes:
        handler = getattr(route.endpoint, "__wrapped__", route.endpoint)
        endpoints.append(
            {"methods": sorted(route.methods or []), "path": "/emulator" + route.path, "module": handler.__module__}
        )
    return {"endpoints": endpoints, "documentation": "module docstrings; see emulator/README.md"}


async def merchant_environment(request: Request) -> Any:
    return emulator_of(request).environment()


async def register_merchant(request: Request) -> Any:
    from payermax_signing import VerifyingKey

    body = await json_body(request)
    if "publicKey" not in body:
        raise BusinessError("PARAMS_INVALID", "publicKey is required (bare base64 or PEM).")
    emulator = emulator_of(request)
    merchant = await in_thread(
        emulator.merchants.register,
        VerifyingKey.load(str(body["publicKey"]), what="publicKey"),
        app_id=body.get("appId"),
        merchant_no=body.get("merchantNo"),
        notify_url=body.get("notifyUrl"),
    )
    return {
        "appId": merchant.app_id,
        "merchantNo": merchant.merchant_no,
        "platformPublicKey": emulator.platform_key.verifying_key.to_base64(),
        "baseUrl": emulator.settings.gateway_url,
    }


def _finish(request: Request, status: str, code: str | None, msg: str | None) -> dict[str, Any]:
    emulator = emulator_of(request)
    token = _order_token(emulator, merchant_for(request), request.path_params["ref"])
    order = collection.settle_pending_order(emulator, token, status, code=code, msg=msg)
    return order.query_result()


async def complete_order(request: Request) -> Any:
    return await in_thread(_finish, request, collection.SUCCESS, None, None)


async def fail_order(request: Request) -> Any:
    body = await json_body(request)
    return await in_thread(
        _finish,
        request,
        collection.FAILED,
        body.get("code", "PAYMENT_REJECTED"),
        body.get("msg", "Declined (emulator)."),
    )


async def expire_order(request: Request) -> Any:
    return await in_thread(_finish, request, collection.CLOSED, *collection.CLOSED_CODE)


async def settle_refund(request: Request) -> Any:
    body = await json_body(request)
    status = body.get("status", collection.REFUND_SUCCESS)
    if status not in (collection.REFUND_SUCCESS, collection.REFUND_FAILED):
        raise BusinessError("PARAMS_INVALID", "status must be REFUND_SUCCESS or REFUND_FAILED.")
    emulator = emulator_of(request)
    await in_thread(
        collection.settle_refund,
        emulator,
        merchant_for(request).app_id,
        request.path_params["ref"],
        status,
        body.get("msg"),
    )
    return {"refund": request.path_params["ref"], "status": status}


async def move_balance(request: Request) -> Any:
    body = await json_body(request)
    emulator, merchant = emulator_of(request), merchant_for(request)
    amount = Decimal(str(body["amount"]))

    def post() -> Decimal:
        with emulator.db.transaction() as tx:
            return ledger.post(
                tx,
                merchant.app_id,
                account_type=str(body.get("accountType", ledger.DISBURSEMENT)),
                currency=str(body["currency"]),
                amount=amount,
                kind="ADJUSTMENT",
                reference="control-api",
                at=emulator.clock.now(),
            )

    return {"balance": await in_thread(post)}


async def clock(request: Request) -> Any:
    emulator = emulator_of(request)
    return {"now": format_time(emulator.clock.now()), "offsetSeconds": emulator.clock.offset}


async def advance_clock(request: Request) -> Any:
    body = await json_body(request)
    emulator = emulator_of(request)
    now = await in_thread(emulator.clock.advance, float(body.get("seconds", 0)))
    return {"now": format_time(now), "offsetSeconds": emulator.clock.offset}


def _deliveries(emulator: Emulator, notification_id: int | None = None) -> list[dict[str, Any]]:
    sql, params = "SELECT * FROM deliveries ORDER BY id", ()  # type: tuple[str, tuple[int, ...]]
    if notification_id is not None:
        sql, params = "SELECT * FROM deliveries WHERE notification_id = ? ORDER BY id", (notification_id,)
    return [dict(row) for row in emulator.db.read(sql, params)]


async def notifications(request: Request) -> Any:
    emulator = emulator_of(request)
    clauses, params = [], []
    for column, name in (("notify_type", "type"), ("status", "status"), ("reference", "reference")):
        if request.query_params.get(name):
            clauses.append(f"{column} = ?")
            params.append(request.query_params[name])
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    query = f"SELECT * FROM notifications {where} ORDER BY id"  # noqa: S608 - fixed column names, bound values
    rows = emulator.db.read(query, tuple(params))
    return [
        {
            "id": row["id"],
            "type": row["notify_type"],
            "reference": row["reference"],
            "url": row["url"],
            "status": row["status"],
            "attempts": row["attempts"],
            "createdAt": row["created_at"],
            "deliveredAt": row["delivered_at"],
            "payload": decode(row["body"]),
            "deliveries": _deliveries(emulator, row["id"]),
        }
        for row in rows
    ]


async def deliveries(request: Request) -> Any:
    return _deliveries(emulator_of(request))


def _reset(emulator: Emulator) -> list[str]:
    tables = [row["name"] for row in emulator.db.read("SELECT name FROM sqlite_master WHERE type = 'table'")]
    wiped = [name for name in tables if name not in KEEP_ON_RESET]
    with emulator.db.transaction() as tx:
        tx.execute("PRAGMA defer_foreign_keys = ON")
        for name in wiped:
            tx.execute(f'DELETE FROM "{name}"')  # noqa: S608 - names come from sqlite_master
        tx.execute("DELETE FROM meta WHERE key = 'clock_offset_seconds'")
    return wiped


async def reset(request: Request) -> Any:
    emulator = emulator_of(request)
    wiped = await in_thread(_reset, emulator)
    await in_thread(emulator.fund_test_merchant)
    return {"reset": wiped}


def routes() -> list[Any]:
    core = [
        Route("/merchant", control(merchant_environment), methods=["GET"]),
        Route("/merchants", control(register_merchant), methods=["POST"]),
        Route("/orders/{ref}/complete", control(complete_order), methods=["POST"]),
        Route("/orders/{ref}/fail", control(fail_order), methods=["POST"]),
        Route("/orders/{ref}/expire", control(expire_order), methods=["POST"]),
        Route("/refunds/{ref}/settle", control(settle_refund), methods=["POST"]),
        Route("/balances", control(move_balance), methods=["POST"]),
        Route("/clock", control(clock), methods=["GET"]),
        Route("/clock/advance", control(advance_clock), methods=["POST"]),
        Route("/notifications", control(notifications), methods=["GET"]),
        Route("/deliveries", control(deliveries), methods=["GET"]),
        Route("/reset", control(reset), methods=["POST"]),
    ]
    return [Route("/emulator", control(index), methods=["GET"]), Mount("/emulator", routes=core + CONTROL_ROUTES)]
