"""Control endpoints of disputes: open a case on a paid order, review, resolve or cancel it.

The rules, and the bodies these endpoints take, are ``products/disputes.py``.
"""

from __future__ import annotations

from typing import Any

from starlette.routing import Route

from ...products.disputes import CANCELLED, CLOSED, END, FAIL, WIN
from ...store.errors import params_invalid
from ..web import APP_ID, BODY, MERCHANT, Argument, control_route, fixed, from_body, path


def _result(body: dict[str, Any]) -> str:
    """The outcome a resolved case reports."""
    result = str(body.get("result") or "").upper()
    if result not in (WIN, FAIL):
        raise params_invalid("result must be WIN or FAIL.")
    return result


def _mover(action: str, status: str, *result: Argument) -> Route:
    """``POST /disputes/{caseId}/{action}``: the case moves to ``status`` (with the ``result`` a resolution names)."""
    change = f"/disputes/{{caseId}}/{action}"
    return control_route(
        change, "POST", lambda emulator: emulator.disputes.change, APP_ID, path("caseId"), fixed(status), *result
    )


PAGES: list[Route] = []
CONTROL = [
    control_route("/disputes", "POST", lambda emulator: emulator.disputes.open_case, MERCHANT, BODY),
    _mover("review", END),
    _mover("resolve", CLOSED, from_body(_result)),
    _mover("cancel", CANCELLED),
]
