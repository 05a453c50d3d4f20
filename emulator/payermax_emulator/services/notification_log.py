"""The notifications as people look at them (the dashboard), and sending one again.

Read-only views of the outbox's tables - newest first, in bounded pages, each notification with its delivery
attempts and the merchant's answers - and :func:`resend`: the same notification queued again, as PayerMax's
sandbox "resend notification" tool does, with a fresh ``notifyTime`` (a merchant that checks freshness accepts
it; its dedupe key - everything but ``notifyTime`` - is the same, so a merchant that processed it already
acknowledges it without processing it twice). It goes to the URL the original went to, or to the merchant's
notify URL when the original had none.
"""

from __future__ import annotations

from typing import Any

from payermax_signing.protocol import NOTIFICATION_MEMBERS, loads

from ..store.db import Database
from ..store.errors import not_found
from .merchants import Merchants
from .outbox import Message, Outbox

MAX_PAGE = 200


def _view(outbox: Outbox, notification_id: int) -> list[dict[str, Any]]:
    """The outbox's own view of one notification, with its deliveries (none when it is gone meanwhile)."""
    return outbox.notifications(limit=1, after=notification_id - 1)


def recent(
    db: Database, outbox: Outbox, *, limit: int, before: int | None = None, reference: str | None = None
) -> list[dict[str, Any]]:
    """Up to ``limit`` notifications with ids below ``before``, newest first (of one ``reference``)."""
    where = ["id < ?"]
    parameters: list[Any] = [before if before is not None else 2**63 - 1]
    if reference:
        where.append("reference = ?")
        parameters.append(reference)
    rows = db.read(
        f"SELECT id FROM notifications WHERE {' AND '.join(where)} ORDER BY id DESC LIMIT ?",  # noqa: S608
        (*parameters, min(limit, MAX_PAGE)),
    )
    return [item for row in rows for item in _view(outbox, row["id"]) if item["id"] == row["id"]]


def one(outbox: Outbox, notification_id: int) -> dict[str, Any] | None:
    found = [item for item in _view(outbox, notification_id) if item["id"] == notification_id]
    return found[0] if found else None


def resend(db: Database, outbox: Outbox, merchants: Merchants, notification_id: int) -> int:
    """Queue notification ``notification_id`` again (fresh ``notifyTime``); returns the new notification's id."""
    rows = db.read("SELECT app_id, notify_type, reference, url, body FROM notifications WHERE id = ?",
                   (notification_id,))  # fmt: skip
    if not rows:
        raise not_found("The notification")
    row = rows[0]
    stored = Message(row["notify_type"], row["reference"], loads(row["body"]), row["url"])
    merchant = merchants.require(row["app_id"])
    payload = stored.payload
    with db.transaction() as tx:
        if outbox.policy(stored.kind) is not None or not {"notifyType", "appId", "code"} <= set(payload):
            # A body its product built (the RFI notification has no notifyType, the bill-payment notification
            # names merchantAppId, the validation call has no envelope): the same bytes, a fresh notifyTime.
            return outbox.requeue(tx, merchant, stored)
        extra = {name: value for name, value in payload.items() if name not in (*NOTIFICATION_MEMBERS, "spMerchantNo")}
        return outbox.enqueue(
            tx,
            merchant,
            notify_type=stored.kind,
            reference=stored.reference,
            data=payload["data"],
            url=stored.url,
            code=payload["code"],
            msg=payload["msg"],
            extra=extra or None,
        )
