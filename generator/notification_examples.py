"""An example payload for each ``notifyType`` and each notification webhook, from the spec: what ``payermax
notify`` sends.

Each webhook's model carries ``examples`` in the spec; a ``notifyType`` gets the first example of that type,
else the model's first example with its ``notifyType`` replaced. A model without examples gets one built from
its schema (required members only: the first ``examples``/``example``/``const``/``enum`` value of each, or a
placeholder of its type), so a webhook added without examples still has something to send.
The payloads are written as compact JSON text, which keeps amounts exactly as the spec writes them.
"""

from __future__ import annotations

import json
from typing import Any

from .client_view import Webhook

_PLACEHOLDERS: dict[str, Any] = {"string": "string", "integer": 0, "number": 0, "boolean": False}


class NotificationExampleError(Exception):
    """An example cannot be written as JSON (e.g. an unquoted timestamp YAML read as a date)."""


def _resolve(schema: Any, schemas: dict[str, Any]) -> Any:
    while isinstance(schema, dict) and "$ref" in schema:
        schema = schemas[str(schema["$ref"]).rsplit("/", 1)[-1]]
    return schema


def built_example(schema: Any, schemas: dict[str, Any]) -> Any:
    """A value that fits ``schema``, from its required members down."""
    schema = _resolve(schema, schemas)
    if not isinstance(schema, dict):
        return None
    for key in ("examples", "enum"):
        if schema.get(key):
            return schema[key][0]
    for key in ("example", "const", "default"):
        if key in schema:
            return schema[key]
    for key in ("allOf", "oneOf", "anyOf"):
        if schema.get(key):
            parts = [built_example(part, schemas) for part in schema[key]]
            merged = {k: v for part in parts if isinstance(part, dict) for k, v in part.items()}
            return merged if key == "allOf" and merged else parts[0]
    kind = schema.get("type", "object")
    kind = next((k for k in kind if k != "null"), "string") if isinstance(kind, list) else kind
    if kind == "object":
        properties = schema.get("properties", {})
        return {name: built_example(properties.get(name, {}), schemas) for name in schema.get("required", [])}
    if kind == "array":
        return [built_example(schema.get("items", {}), schemas)]
    return _PLACEHOLDERS.get(kind, "string")


def _text(payload: Any, where: str) -> str:
    def refuse(value: Any) -> Any:
        raise NotificationExampleError(f"{where}: {type(value).__name__} is not JSON; quote it in the spec")

    return json.dumps(payload, ensure_ascii=False, separators=(",", ":"), default=refuse)


def _examples(model: str, schemas: dict[str, Any]) -> list[dict[str, Any]]:
    examples = [e for e in schemas[model].get("examples", []) if isinstance(e, dict)]
    return examples or [built_example(schemas[model], schemas)]


def notification_examples(spec: dict[str, Any], webhooks: list[Webhook]) -> dict[str, str]:
    """``notifyType`` -> JSON text of an example payload of that type: of the usual notification of that type,
    not of a variant told apart by a member of ``data`` (``x-payermax-selected-by``: the authorisation result
    shares ``PAYMENT`` with the payment result)."""
    schemas: dict[str, Any] = spec["components"]["schemas"]
    found: dict[str, str] = {}
    for webhook in sorted(webhooks, key=lambda w: w.selected_by is not None):  # the usual ones first
        examples = _examples(webhook.model, schemas)
        for notify_type in webhook.notify_types:
            chosen = next((e for e in examples if e.get("notifyType") == notify_type), examples[0])
            found.setdefault(notify_type, _text({**chosen, "notifyType": notify_type}, webhook.model))
    return found


def webhook_examples(spec: dict[str, Any], webhooks: list[Webhook]) -> dict[str, str]:
    """Webhook name -> JSON text of an example payload, for every notification: variants and the RFI
    notification (which has no ``notifyType``) included."""
    schemas: dict[str, Any] = spec["components"]["schemas"]
    return {webhook.name: _text(_examples(webhook.model, schemas)[0], webhook.model) for webhook in webhooks}
