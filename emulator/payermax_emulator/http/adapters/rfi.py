"""Control endpoints of requests for information: open one about orders, read it, and the reviewer's decision.

The rules, and the bodies these endpoints take, are ``products/rfi.py``.
"""

from __future__ import annotations

from starlette.routing import Route

from ...products.rfi import CLOSE, PASS, REJECT
from ..web import APP_ID, BODY, MERCHANT, control_route, fixed, path


def _decision(action: str, status: str) -> Route:
    """``POST /rfis/{rfiNo}/{action}``: the reviewer's decision, which moves the request to ``status``."""
    decide = f"/rfis/{{rfiNo}}/{action}"
    return control_route(
        decide, "POST", lambda emulator: emulator.rfis.decide, APP_ID, path("rfiNo"), fixed(status), BODY
    )


PAGES: list[Route] = []
CONTROL = [
    control_route("/rfis", "POST", lambda emulator: emulator.rfis.open, MERCHANT, BODY),
    control_route("/rfis/{rfiNo}", "GET", lambda emulator: emulator.rfis.view, APP_ID, path("rfiNo")),
    _decision("pass", PASS),
    _decision("reject", REJECT),
    _decision("close", CLOSE),
]
