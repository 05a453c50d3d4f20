"""``make demo``: a complete merchant flow against PayerMax in a box, step by step.

Starts the emulator and a merchant notification endpoint on 127.0.0.1, then - with the generated client
and the signing plugin only, as a merchant would - takes a payment through the hosted cashier, receives
and verifies its notification, queries it, refunds part of it, pays a supplier out, reads the
balances, then holds a deposit with a pre-authorisation and captures part of it. Exits 0 when every step did what PayerMax would do, non-zero with the failing step otherwise.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Protocol, TypeVar

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from payermax_client import Client
from payermax_client.api.auth_capture import capture
from payermax_client.api.balances import current_balance_query
from payermax_client.api.collection import order_and_pay, order_query, refund, refund_query
from payermax_client.api.payouts import payment_order_pay, payment_order_qry
from payermax_client.models import (
    AuthorizationNotification,
    CaptureMode,
    CaptureNotification,
    CaptureRequest,
    CurrentBalanceQueryRequest,
    DirectPaymentOrderRequest,
    HostedCheckoutOrderRequest,
    OrderQueryRequest,
    PaymentNotification,
    PaymentOrderPayRequest,
    PaymentOrderQryRequest,
    PayoutNotification,
    RefundNotification,
    RefundQueryRequest,
    RefundRequest,
)
from payermax_client.notifications import Notification
from payermax_client.types import Unset
from payermax_signing import (
    DuplicateNotificationError,
    MerchantCredentials,
    NotificationReceiver,
    PayerMaxAuth,
    PayerMaxError,
    acknowledgement,
)
from payermax_signing.protocol import SIGN_HEADER

from .app import create_app
from .core import Emulator
from .local_server import free_port, serve
from .settings import Settings

T = TypeVar("T")
D = TypeVar("D", covariant=True)
BOLD, GREEN, RED, DIM, RESET = "\033[1m", "\033[32m", "\033[31m", "\033[2m", "\033[0m"


class DemoError(Exception):
    pass


class Printer:
    def __init__(self, color: bool) -> None:
        self.color = color
        self.step = 0

    def _paint(self, code: str, text: str) -> str:
        return f"{code}{text}{RESET}" if self.color else text

    def title(self, text: str) -> None:
        self.step += 1
        print(f"\n{self._paint(BOLD, f'{self.step}. {text}')}")

    def line(self, text: str) -> None:
        print(f"   {text}")

    def ok(self, text: str) -> None:
        print(f"   {self._paint(GREEN, 'ok')} {text}")

    def detail(self, text: str) -> None:
        print(f"   {self._paint(DIM, text)}")

    def fail(self, text: str) -> None:
        print(f"\n{self._paint(RED, 'FAILED')} {text}", file=sys.stderr)


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise DemoError(message)


class _Answer(Protocol[D]):
    @property
    def data(self) -> D | Unset: ...


def data_of(answer: _Answer[D] | None, operation: str) -> D:
    """The business data of an accepted answer (the plugin raises for refusals)."""
    if answer is None or isinstance(answer.data, Unset):
        raise DemoError(f"{operation} answered without data")
    return answer.data


def wait_for(what: str, probe: Callable[[], T | None], timeout: float = 15.0) -> T:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = probe()
        if value is not None:
            return value
        time.sleep(0.05)
    raise DemoError(f"timed out after {timeout:.0f}s waiting for {what}")


class MerchantServer:
    """The merchant's notification endpoint: verify, process once, acknowledge."""

    def __init__(self, receiver: NotificationReceiver) -> None:
        self.receiver = receiver
        self.received: list[Notification] = []

    async def notify(self, request: Request) -> Response:
        try:
            with self.receiver.receive(await request.body(), request.headers.get(SIGN_HEADER)) as notification:
                self.received.append(notification)
        except DuplicateNotificationError:
            pass
        except PayerMaxError:
            return Response(b"rejected", status_code=400)
        return Response(acknowledgement(), media_type="application/json")

    def first(self, kind: type[T], predicate: Callable[[T], bool]) -> T | None:
        return next((n for n in self.received if isinstance(n, kind) and predicate(n)), None)


def pay_on_cashier(url: str) -> httpx.Response:
    """What the payer does: open the cashier page and press Pay."""
    page = httpx.get(url, timeout=10)
    expect(page.status_code == 200, f"cashier page answered HTTP {page.status_code}")
    action = re.search(r"<form method='post' action='([^']+)'", page.text)
    expect(action is not None, "the cashier page shows no payment form")
    assert action is not None
    return httpx.post(httpx.URL(url).join(action.group(1)), data={"action": "pay"}, timeout=10)


def run_flow(out: Printer, client: Client, merchant: MerchantServer, merchant_url: str, control: str) -> None:
    stamp = time.strftime("%Y%m%d%H%M%S")
    out_trade_no = f"DEMO_{stamp}"

    out.title("Hosted checkout: the merchant places an order")
    order = HostedCheckoutOrderRequest(
        out_trade_no=out_trade_no,
        subject="Two organic cotton T-shirts",
        total_amount=Decimal("39.90"),
        currency="USD",
        country="US",
        user_id="customer-42",
        front_callback_url="https://shop.example.com/thank-you",
        notify_url=merchant_url,
    )
    placed = data_of(order_and_pay.sync(client=client, body=order), "orderAndPay")
    out.ok(f"orderAndPay {out_trade_no} -> {placed.status} (tradeToken {placed.trade_token})")
    out.detail(f"redirect the payer to {placed.redirect_url}")
    expect(placed.status == "PENDING" and bool(placed.redirect_url), "expected PENDING with a redirectUrl")

    out.title("The payer pays on the cashier page")
    answer = pay_on_cashier(str(placed.redirect_url))
    expect(answer.status_code == 303, f"cashier answered HTTP {answer.status_code}")
    out.ok(f"paid; the cashier sends the payer back to {answer.headers['location']}")

    out.title("The merchant's endpoint receives the payment notification")
    payment = wait_for(
        "the PAYMENT notification",
        lambda: merchant.first(PaymentNotification, lambda n: n.data.out_trade_no == out_trade_no),
    )
    expect(payment.data.status == "SUCCESS", f"notification says {payment.data.status}")
    expect(payment.data.total_amount == order.total_amount, "notified amount differs from the order")
    out.ok(
        f"signature verified with the platform key; status {payment.data.status}, "
        f"{payment.data.total_amount} {payment.data.currency}, acknowledged"
    )

    out.title("orderQuery confirms the payment")
    queried = data_of(order_query.sync(client=client, body=OrderQueryRequest(out_trade_no=out_trade_no)), "orderQuery")
    expect(queried.status == "SUCCESS", f"orderQuery says {queried.status}")
    details = queried.payment_details or []
    card = details[0].card_info if details and details[0].card_info else None
    out.ok(
        f"status {queried.status}, paid by {details[0].payment_method_type if details else '?'}"
        f"{f' {card.card_org} {card.card_number}' if card else ''}"
    )

    out.title("Refund part of it")
    out_refund_no = f"DEMO_RF_{stamp}"
    request = RefundRequest(
        out_refund_no=out_refund_no,
        refund_amount=Decimal("10.00"),
        refund_currency="USD",
        out_trade_no=out_trade_no,
        refund_notify_url=merchant_url,
        comments="One shirt returned",
    )
    refunded = data_of(refund.sync(client=client, body=request), "refund")
    out.ok(f"refund {out_refund_no} of 10.00 USD -> {refunded.status}")
    notice = wait_for(
        "the REFUND notification",
        lambda: merchant.first(RefundNotification, lambda n: n.data.out_refund_no == out_refund_no),
    )
    expect(notice.data.status == "REFUND_SUCCESS", f"refund notification says {notice.data.status}")
    out.ok(
        f"REFUND notification verified: {notice.data.status}, {notice.data.refund_amount} {notice.data.refund_currency}"
    )
    checked = data_of(
        refund_query.sync(client=client, body=RefundQueryRequest(out_refund_no=out_refund_no)), "refundQuery"
    )
    expect(checked.status == "REFUND_SUCCESS", f"refundQuery says {checked.status}")
    out.ok(f"refundQuery -> {checked.status}")

    run_payout(out, client, merchant, merchant_url, control, stamp)

    out.title("Balances")
    balances = data_of(
        current_balance_query.sync(client=client, body=CurrentBalanceQueryRequest()), "currentBalanceQuery"
    )
    for account in balances.account_real_time_types:
        out.ok(f"{account.account_type:<13} {account.balance:>10} {account.currency}")
    acquiring = {a.currency: a.balance for a in balances.account_real_time_types if a.account_type == "ACQUIRING"}
    expect(acquiring.get("USD") == Decimal("29.90"), f"ACQUIRING USD should be 29.90 (39.90 - 10.00), got {acquiring}")

    run_preauthorisation(out, client, merchant, merchant_url, stamp)


def acquiring_usd(client: Client) -> Decimal:
    found = data_of(current_balance_query.sync(client=client, body=CurrentBalanceQueryRequest()), "balances")
    return next((a.balance for a in found.account_real_time_types if (a.account_type, a.currency) == ("ACQUIRING",
                "USD")), Decimal(0))  # fmt: skip


def run_preauthorisation(out: Printer, client: Client, merchant: MerchantServer, merchant_url: str, stamp: str) -> None:
    out.title("Pre-authorisation: hold a deposit, capture part of it")
    out_trade_no, before = f"DEMO_AUTH_{stamp}", acquiring_usd(client)
    order = DirectPaymentOrderRequest.from_dict(
        {"outTradeNo": out_trade_no, "integrate": "Direct_Payment", "subject": "Scooter rental deposit",
         "totalAmount": "150.00", "currency": "USD", "country": "US", "userId": "customer-42", "terminalType": "WEB",
         "frontCallbackUrl": "https://shop.example.com/rental", "notifyUrl": merchant_url,
         "paymentDetail": {"paymentMethodType": "CARD", "buyerInfo": {"clientIp": "203.0.113.7", "userAgent": "Demo"},
                           "cardInfo": {"cardIdentifierNo": "4111111111111111", "cardHolderFullName": "JANE DOE",
                                        "cardExpirationMonth": "12", "cardExpirationYear": "39", "cvv": "123"}}}
    )  # fmt: skip
    order.capture_mode = CaptureMode.MANUAL
    held = data_of(order_and_pay.sync(client=client, body=order), "orderAndPay")
    notice = wait_for("the authorisation notification", lambda: merchant.first(
        AuthorizationNotification, lambda n: n.data.out_trade_no == out_trade_no))  # fmt: skip
    expect(held.status == "SUCCESS" and notice.data.status == "SUCCESS", f"authorisation ended {notice.data.status}")
    expect(acquiring_usd(client) == before, "an authorisation must not credit the account")
    out.ok(f"orderAndPay captureMode MANUAL -> {held.status}: 150.00 USD held, nothing credited yet")
    body = CaptureRequest(request_id=f"DEMO_CAP_{stamp}", out_trade_no=out_trade_no, currency="USD",
                          amount=Decimal("120.00"))  # fmt: skip
    captured = data_of(capture.sync(client=client, body=body), "capture")
    note = wait_for("the CAPTURE notification", lambda: merchant.first(
        CaptureNotification, lambda n: n.data.capture_no == captured.capture_no))  # fmt: skip
    expect(captured.status == note.data.status == "SUCCESS", f"capture ended {note.data.status}")
    expect(acquiring_usd(client) == before + Decimal("120.00"), "the captured amount must be credited")
    out.ok(f"capture 120.00 USD -> {captured.status} (CAPTURE notification verified); the other 30.00 are released")


def run_payout(
    out: Printer, client: Client, merchant: MerchantServer, merchant_url: str, control: str, stamp: str
) -> None:
    out.title("Pay a supplier out")
    funded = httpx.post(f"{control}/balances", json={"accountType": "DISBURSEMENT", "currency": "USD", "amount": "500"})
    expect(funded.status_code == 200, f"could not fund the payout account: {funded.text}")
    out.detail("the payout account was funded with 500.00 USD through the emulator's control API")
    out_trade_no = f"DEMO_PO_{stamp}"
    payout = PaymentOrderPayRequest.from_dict(
        {
            "outTradeNo": out_trade_no,
            "country": "PH",
            "trade": {"amount": "120.00", "currency": "USD"},
            "payeeInfo": {
                "paymentMethodType": "WALLET",
                "targetOrg": "GCASH",
                "accountInfo": {"accountNo": "09171234567"},
                "name": {"fullName": "Maria Santos"},
            },
            "notifyUrl": merchant_url,
        }
    )
    paid = data_of(payment_order_pay.sync(client=client, body=payout), "paymentOrderPay")
    out.ok(f"paymentOrderPay {out_trade_no} -> {paid.status}")
    notice = wait_for(
        "the PAYOUT notification",
        lambda: merchant.first(PayoutNotification, lambda n: n.data.out_trade_no == out_trade_no),
    )
    out.ok(f"PAYOUT notification verified: {notice.data.status}")
    queried = data_of(
        payment_order_qry.sync(client=client, body=PaymentOrderQryRequest(out_trade_no=out_trade_no)), "paymentOrderQry"
    )
    expect(notice.data.status == "SUCCESS", f"payout ended {notice.data.status}")
    out.ok(f"paymentOrderQry -> {queried.status}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-color", action="store_true")
    args = parser.parse_args(argv)
    out = Printer(color=not args.no_color and sys.stdout.isatty())

    port, merchant_port = free_port(), free_port()
    emulator = Emulator(Settings(public_url=f"http://127.0.0.1:{port}", settle_after=1.0, check_responses=True))
    credentials = MerchantCredentials.from_env(emulator.environment())
    merchant = MerchantServer(NotificationReceiver.from_credentials(credentials))
    merchant_app = Starlette(routes=[Route("/payermax/notify", merchant.notify, methods=["POST"])])

    print("PayerMax in a box: a merchant flow with payermax_client + payermax_signing against the emulator")
    try:
        with (
            serve(create_app(emulator=emulator), port=port) as url,
            serve(merchant_app, port=merchant_port) as merchant_base,
        ):
            out.line(f"emulator {url} (gateway {emulator.settings.gateway_url})")
            out.line(f"test merchant appId {credentials.app_id}, merchantNo {credentials.merchant_no}")
            out.line(f"merchant notification endpoint {merchant_base}/payermax/notify")
            test_merchant = emulator.test_merchant.merchant  # its dashboard address, for captures and cancels
            emulator.merchants.register(test_merchant.public_key, app_id=test_merchant.app_id,
                                        merchant_no=test_merchant.merchant_no,
                                        notify_url=f"{merchant_base}/payermax/notify")  # fmt: skip
            client = Client(base_url=emulator.settings.gateway_url, httpx_args={"auth": PayerMaxAuth(credentials)})
            run_flow(out, client, merchant, f"{merchant_base}/payermax/notify", f"{url}/emulator")
    except (DemoError, PayerMaxError) as failure:
        out.fail(f"step {out.step}: {failure}")
        return 1
    print(f"\nAll {out.step} steps done: every request signed, every answer and notification verified.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
