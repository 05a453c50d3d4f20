"""Page pieces every product's payer pages share (Jinja2 templates under ``templates/``).

- :func:`message`: a page that only says something (unknown record, refusal, bad request);
- :func:`confirm`: the one 3-D Secure / confirmation page - a summary, a question and two buttons
  (``authenticate`` / ``fail``) that ``POST`` back to the page;
- :func:`confirmed`: takes that page's answer, settles, and sends the payer back.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from ..store.errors import BusinessError
from .web import TEMPLATES, form_fields, in_thread

CONFIRM, CANCEL = "authenticate", "fail"
R = TypeVar("R")
Page = Callable[[Request], Awaitable[Response]]


def of_record(
    load: Callable[[Request], Awaitable[R | None]], what: str
) -> Callable[[Callable[[Request, R], Awaitable[Response]]], Page]:
    """Decorate a page handler that needs a record: ``load`` finds it, a missing one is the 404 page of ``what``."""

    def decorate(handler: Callable[[Request, R], Awaitable[Response]]) -> Page:
        async def page(request: Request) -> Response:
            record = await load(request)
            return unknown(request, what) if record is None else await handler(request, record)

        return page

    return decorate


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> Response:
    return TEMPLATES.TemplateResponse(request, template, context, status_code=status_code)


def message(request: Request, title: str, text: str, status_code: int = 200, *, heading: bool = False) -> Response:
    """A page with a title and one paragraph (``heading``: the text as the page's heading)."""
    return render(request, "message.html", status_code, title=title, text=text, heading=heading)


def unknown(request: Request, what: str) -> Response:
    """The 404 page of a record that does not exist (``payment``, ``token request``, ``payment link``)."""
    return message(request, f"Unknown {what.split()[-1]}", f"This {what} does not exist.", 404, heading=True)


def confirm(request: Request, *, title: str, summary: dict[str, Any], question: str | None, action: str) -> Response:
    """The confirmation page; without ``question`` it only shows the summary as finished."""
    return render(request, "confirm.html", title=title, summary=summary, question=question, action=action)


async def confirmed(request: Request, settle: Callable[[bool], object], *, back: str, finished: str) -> Response:
    """Take the payer's answer on the confirmation page: ``settle(True)`` to confirm, ``settle(False)`` to
    cancel (in a thread), then send the payer ``back`` (HTTP 303); a refusal is a 409 page titled ``finished``."""
    answer = {CONFIRM: True, CANCEL: False}.get((await form_fields(request)).get("action", ""))
    if answer is None:
        return message(request, "Bad request", "Unknown action.", 400)
    try:
        await in_thread(settle, answer)
    except BusinessError as error:
        return message(request, finished, error.msg, 409)
    return RedirectResponse(back, status_code=303)
