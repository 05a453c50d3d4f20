"""Page pieces every product's payer pages share (Jinja2 templates under ``templates/``).

- :func:`message`: a page that only says something (unknown record, refusal, bad request);
- :func:`confirm`: the one 3-D Secure / confirmation page - a summary, a question and two buttons
  (``authenticate`` / ``fail``) that ``POST`` back to the page;
- :func:`confirm_action`: reads that page's answer.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from .web import TEMPLATES, form_fields

CONFIRM, CANCEL = "authenticate", "fail"


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


async def confirm_action(request: Request) -> bool | None:
    """The payer's answer on the confirmation page: True (confirm), False (cancel), None (anything else)."""
    action = (await form_fields(request)).get("action", "")
    return {CONFIRM: True, CANCEL: False}.get(action)
