"""A shop's FastAPI app that receives PayerMax's notifications and keeps its orders up to date.

    python examples/fastapi_webhook.py --port 8001        # or: uvicorn fastapi_webhook:app --app-dir examples
    # give http://<this host>:8001/payermax/notify as notifyUrl (or in the Merchant Dashboard)

Needs ``pip install 'payermax-python[fastapi]' uvicorn`` and the PAYERMAX_* variables (see hosted_checkout.py;
only the app id and the platform public key are used here). ``payermax_signing.webhooks.starlette`` verifies
each notification before parsing it, refuses stale, tampered and foreign ones, calls ``handle`` once per
notification - a retry of one already processed is acknowledged without calling it again - and answers
PayerMax's acknowledgement. ``GET /orders/{outTradeNo}`` shows what the shop knows (a real shop: its database).
``SqliteDedupeStore`` or ``RedisDedupeStore`` replace the in-memory dedupe store when several workers serve
the app.
"""

from __future__ import annotations

import argparse
import logging
import threading

from fastapi import FastAPI, HTTPException

from payermax_client.models import PaymentNotification, PayoutNotification, RefundNotification
from payermax_client.notifications import Notification
from payermax_signing import MerchantCredentials, NotificationReceiver
from payermax_signing.webhooks.starlette import notification_endpoint

log = logging.getLogger("shop.payermax")
receiver = NotificationReceiver.from_credentials(MerchantCredentials.from_env())

#: outTradeNo (or outRefundNo) -> what PayerMax told us; one lock, since handlers run in worker threads.
ORDERS: dict[str, dict[str, str]] = {}
_lock = threading.Lock()


def handle(notification: Notification) -> None:
    """Called once per notification; raising makes the endpoint answer 500 and PayerMax send it again."""
    if isinstance(notification, PaymentNotification):
        key, update = notification.data.out_trade_no, {"payment": str(notification.data.status)}
    elif isinstance(notification, RefundNotification):
        key, update = notification.data.out_trade_no, {"refund": str(notification.data.status)}
    elif isinstance(notification, PayoutNotification):
        key, update = notification.data.out_trade_no, {"payout": str(notification.data.status)}
    else:
        log.info("%s: nothing to do", type(notification).__name__)  # the RFI notification has no notify_type
        return
    with _lock:
        ORDERS.setdefault(key, {}).update(update)
    log.info("order %s: %s", key, update)


app = FastAPI(title="Shop")
app.add_route("/payermax/notify", notification_endpoint(receiver, handle), methods=["POST"])


@app.get("/orders/{out_trade_no}")
def order(out_trade_no: str) -> dict[str, str]:
    with _lock:
        known = ORDERS.get(out_trade_no)
    if known is None:
        raise HTTPException(status_code=404, detail="no notification about this order yet")
    return {"outTradeNo": out_trade_no, **known}


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}


if __name__ == "__main__":
    import uvicorn

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
