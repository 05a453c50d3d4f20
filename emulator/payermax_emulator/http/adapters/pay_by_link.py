"""The payer's pages of a payment link: ``GET``/``POST /link/{linkId}`` and ``GET /link/{linkId}/qrcode``.

The page shows the link and a card number field; paying, refusals and their HTTP statuses (400 card
refused, 402 declined, 404 unknown, 409 paid or refused, 410 expired) follow ``products/pay_by_link.py``.
"""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import Any

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from ...products.orders import SUCCESS
from ...products.pay_by_link import ACTIVE, TEST_CARD, Link, LinkRefusedError
from ..pages import message, render, unknown
from ..web import emulator_of, form_fields, in_thread

#: How the page answers a refused payment: HTTP status and title.
REFUSALS = {
    "unknown": (404, "Unknown link"),
    "expired": (410, "Link expired"),
    "paid": (409, "Link already paid"),
    "card": (400, "Card refused"),
    "refused": (409, "Payment refused"),
}
QR_SVG = (
    "<svg xmlns='http://www.w3.org/2000/svg' width='240' height='240' viewBox='0 0 240 240'>"
    "<rect width='240' height='240' fill='#fff' stroke='#000' stroke-width='8'/>"
    "<text x='120' y='110' font-family='monospace' font-size='14' text-anchor='middle'>PayerMax emulator</text>"
    "<text x='120' y='135' font-family='monospace' font-size='12' text-anchor='middle'>link {link_id}</text></svg>"
)


def _summary(link: Link, now: datetime) -> dict[str, Any]:
    return {
        "heading": link.doc["description"],
        "amount": f"{format(link.total_amount, 'f')} {link.doc['currency']}",
        "goods": [
            f"{item['quantity']} × {item['goodsName']} ({item['price']} {item['goodsCurrency']})"
            for item in link.doc["goodsDetails"]
        ],
        "facts": [f"Link {link.link_id}"],
        "status": "PAID" if link.paid else link.status_at(now),
        "after": [f"expires {link.doc['expiresAt']}", f"contact {link.doc['merchantInfo'].get('contactEmail', '')}"],
        "finished": "This link has been paid. Thank you." if link.paid else "This link has expired.",
    }


async def link_page(request: Request) -> Response:
    link, now = await in_thread(emulator_of(request).pay_by_link.link, request.path_params["link_id"])
    if link is None:
        return unknown(request, "payment link")
    payable = not link.paid and link.status_at(now) == ACTIVE
    title = "Pay by link" if payable else ("Link paid" if link.paid else "Link expired")
    return render(
        request,
        "link.html",
        title=title,
        summary=_summary(link, now),
        payable=payable,
        card=TEST_CARD,
        action=f"/link/{link.link_id}",
    )


async def link_submit(request: Request) -> Response:
    fields = await form_fields(request)
    if fields.get("action") != "pay":
        return message(request, "Bad request", "Unknown action.", 400)
    link_id = request.path_params["link_id"]
    card_number = "".join((fields.get("cardNumber") or TEST_CARD).split())
    try:
        order = await in_thread(emulator_of(request).pay_by_link.pay, link_id, card_number)
    except LinkRefusedError as refused:
        status_code, title = REFUSALS[refused.reason]
        return message(request, title, refused.text, status_code)
    if order.status != SUCCESS:
        text = f"The payment was declined: {order.doc.get('resultMsg', '')} You may try again."
        return render(request, "message.html", 402, title="Payment declined", text=text, back=f"/link/{link_id}")
    return RedirectResponse(f"/link/{link_id}", status_code=303)


async def link_qrcode(request: Request) -> Response:
    link, _ = await in_thread(emulator_of(request).pay_by_link.link, request.path_params["link_id"])
    if link is None:
        return Response(b"unknown link", status_code=404, media_type="text/plain")
    return Response(QR_SVG.format(link_id=escape(link.link_id)), media_type="image/svg+xml")


PAGES = [
    Route("/link/{link_id}", link_page, methods=["GET"]),
    Route("/link/{link_id}", link_submit, methods=["POST"]),
    Route("/link/{link_id}/qrcode", link_qrcode, methods=["GET"]),
]
CONTROL: list[Route] = []
