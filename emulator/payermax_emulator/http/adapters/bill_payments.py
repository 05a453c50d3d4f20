"""Control endpoints of bill payments: the merchant's bill-payment settings, a payer starting to pay a bill,
and the bill payment as it stands.

The rules, and the bodies these endpoints take, are ``products/bill_payments.py``.
"""

from __future__ import annotations

from starlette.routing import Route

from ..web import APP_ID, BODY, MERCHANT, control_route, path

PAGES: list[Route] = []
CONTROL = [
    control_route("/bill-payments/settings", "PUT", lambda emulator: emulator.bill_payments.configure, MERCHANT, BODY),
    control_route("/bill-payments/settings", "GET", lambda emulator: emulator.bill_payments.settings_of, MERCHANT),
    control_route("/bill-payments", "POST", lambda emulator: emulator.bill_payments.start, MERCHANT, BODY),
    control_route(
        "/bill-payments/{tradeToken}", "GET", lambda emulator: emulator.bill_payments.view, APP_ID, path("tradeToken")
    ),
]
