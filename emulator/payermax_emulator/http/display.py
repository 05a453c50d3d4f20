"""How the dashboard shows records and notifications to people: safely, briefly, and with the control API's
buttons that apply to each record.

- Nothing secret reaches a page: members named like a key, a CVV, a password or a token grant are replaced by
  ``[redacted]``, PEM blocks too, and a card-like number (a whole value of 12-19 digits passing the Luhn check,
  or any unmasked value of a card or account member) shows only its first six and last four digits.
  Records keep only masked numbers already (``products/cards.py``); this is the second line of defence.
- JSON shown is capped (``JSON_LIMIT`` characters) and every value a table cell shows too (``CELL_LIMIT``).
- Buttons come from the control API's routes: ``POST /emulator/{things}/{ref}/{action}`` applies to the
  records of the table named ``things`` (or ``..._things``), ``ref`` being the record's key - so a product's
  control endpoints appear on its records without a line written for them. ``VARIANTS`` names the bodies
  worth a button of their own (settle a refund as REFUND_SUCCESS or REFUND_FAILED); any other action posts
  ``{}``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

from starlette.applications import Starlette
from starlette.routing import Mount, Route

from payermax_signing.logs import REDACTED
from payermax_signing.protocol import dumps, format_time

from ..products.cards import luhn_valid
from ..settings import CONTROL_PREFIX

JSON_LIMIT, CELL_LIMIT = 20_000, 80
#: Member names (lower case, without ``_`` and ``-``) whose values never reach a page.
SECRET_NAMES = frozenset({"cvv", "cvc", "privatekey", "merchantprivatekey", "platformprivatekey", "secret",
                          "password", "authtoken", "merchantauthtoken", "tokendigest", "sign"})  # fmt: skip
CARD_NAMES = frozenset({"cardidentifierno", "cardnumber", "accountno", "pan"})
_DIGITS = re.compile(r"^[0-9][0-9 -]{10,22}[0-9]$")
_PEM = re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----", re.IGNORECASE)
#: Control actions worth one button per body: (table name's last word, action) -> bodies.
VARIANTS: dict[tuple[str, str], tuple[dict[str, str], ...]] = {
    ("refunds", "settle"): ({"status": "REFUND_SUCCESS"}, {"status": "REFUND_FAILED"}),
    ("payouts", "settle"): ({"status": "SUCCESS"}, {"status": "FAILED"}),
    ("disputes", "resolve"): ({"result": "WIN"}, {"result": "FAIL"}),
}


def _masked_number(text: str) -> str:
    """A card number as ``411111******1111``; any other number as ``****6789``."""
    digits = "".join(char for char in text if char.isdigit())
    return f"{digits[:6]}******{digits[-4:]}" if luhn_valid(digits) else "****" + digits[-4:]


def _safe_text(name: str, text: str) -> str:
    if _PEM.search(text):
        return REDACTED
    if name in CARD_NAMES and "*" not in text and sum(char.isdigit() for char in text) >= 8:
        return _masked_number(text)
    if _DIGITS.match(text):
        digits = text.replace(" ", "").replace("-", "")
        if 12 <= len(digits) <= 19 and luhn_valid(digits):
            return _masked_number(digits)
    return text


def safe(value: Any, name: str = "") -> Any:
    """A copy of a JSON-like value fit for a page: secrets redacted, card-like numbers masked."""
    if isinstance(value, dict):
        shown: dict[str, Any] = {}
        for key, item in value.items():
            normal = str(key).lower().replace("_", "").replace("-", "")
            shown[str(key)] = REDACTED if normal in SECRET_NAMES else safe(item, normal)
        return shown
    if isinstance(value, list | tuple):
        return [safe(item, name) for item in value]
    if isinstance(value, str):
        return _safe_text(name, value)
    return value


def pretty(value: Any) -> str:
    """Indented JSON of ``safe(value)``, cut at ``JSON_LIMIT`` characters."""
    text = dumps(safe(value), indent=2).decode("utf-8")
    return text if len(text) <= JSON_LIMIT else text[:JSON_LIMIT] + "\n... (cut)"


def cell(name: str, value: Any) -> str:
    """One field of a record as a table cell: times for ``*_ts``, exact amounts, short texts."""
    if value is None:
        return ""
    if name.endswith("_ts") and isinstance(value, int | float):
        return format_time(datetime.fromtimestamp(value, UTC))[:19].replace("T", " ")
    if isinstance(value, Decimal):
        return format(value, "f")
    if hasattr(value, "to_json"):
        value = value.to_json()
    shown = safe(value, name.replace("_", "")) if isinstance(value, str) else pretty(value)
    text = str(shown)
    return text if len(text) <= CELL_LIMIT else text[: CELL_LIMIT - 1] + "…"


def title(table_name: str) -> str:
    """``pay_by_link_links`` -> ``Pay by link links``."""
    return table_name.replace("_", " ").capitalize()


@dataclass(frozen=True)
class Action:
    """A button: its label, the control endpoint it POSTs to, and the JSON body."""

    label: str
    url: str
    body: str


def _control_routes(app: Starlette) -> Iterator[tuple[str, str]]:
    """``(things, action)`` of every ``POST /emulator/{things}/{ref}/{action}`` route."""
    for mount in app.routes:
        if isinstance(mount, Mount) and mount.path == CONTROL_PREFIX:
            for route in mount.routes:
                if not isinstance(route, Route) or "POST" not in (route.methods or ()):
                    continue
                parts = route.path.strip("/").split("/")
                if len(parts) == 3 and parts[1].startswith("{"):
                    yield parts[0], parts[2]


def owner_query(app_id: str | None) -> str:
    """``?appId=...`` (and ``&merchantNo=`` for a sub-merchant, filed as ``provider/merchantNo``)."""
    if not app_id:
        return ""
    provider, _, merchant_no = app_id.partition("/")
    return "?" + urlencode({"appId": provider, **({"merchantNo": merchant_no} if merchant_no else {})})


def actions(app: Starlette, table_name: str, key: str, app_id: str | None) -> list[Action]:
    """The control API's buttons for one record."""
    found = []
    for things, action in _control_routes(app):
        if table_name != things and not table_name.endswith("_" + things):
            continue
        url = f"{CONTROL_PREFIX}/{things}/{key}/{action}{owner_query(app_id)}"
        bodies = VARIANTS.get((things, action), ({},))
        for body in bodies:
            label = " ".join([action, *(str(value) for value in body.values())])
            found.append(Action(label, url, dumps(body).decode("utf-8")))
    return found


def wants_html(accept: str) -> bool:
    """Whether an ``Accept`` header asks for HTML rather than JSON (a browser's does; ``*/*`` and
    ``application/json`` do not)."""
    quality: dict[str, float] = {}
    for part in accept.lower().split(","):
        media, *parameters = (piece.strip() for piece in part.split(";"))
        q = 1.0
        for parameter in parameters:
            name, _, value = parameter.partition("=")
            if name.strip() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        quality[media] = max(quality.get(media, 0.0), q)
    html = max(quality.get("text/html", 0.0), quality.get("application/xhtml+xml", 0.0))
    return html > 0 and html > quality.get("application/json", 0.0)
