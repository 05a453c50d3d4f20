"""The spec as the client generator should see it, and the facts the templates need from it.

The bundled spec describes the wire: full envelopes, amounts that may be strings or numbers, nullable
members, "give A or B" rules. The generated client works one level up: client code builds only the
``data`` model (the signing plugin wraps it in the envelope), amounts are ``Decimal`` and ``null`` means
absent. This module rewrites a copy of the document accordingly and never touches the original.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

DECIMAL_FORMAT = "decimal"
ENVELOPE_SUFFIX = "RequestEnvelope"
CONDITIONAL_KEYWORDS = ("if", "then", "else")
WEBHOOK_ENVELOPE = "x-payermax-envelope"  # "none" on a webhook whose body is not a notification envelope


@dataclass(frozen=True)
class Operation:
    name: str
    version: str


@dataclass(frozen=True)
class Webhook:
    name: str
    model: str
    notify_types: tuple[str, ...]  # empty: the payload carries no notifyType (at most one such notification)


@dataclass(frozen=True)
class MerchantCall:
    """A webhook marked ``x-payermax-envelope: none``: a bare body the merchant answers with ``reply``."""

    name: str
    model: str
    reply: str


@dataclass
class ClientView:
    document: dict[str, Any]
    operations: dict[str, Operation] = field(default_factory=dict)  # by path, e.g. "/orderQuery"
    webhooks: list[Webhook] = field(default_factory=list)
    merchant_calls: list[MerchantCall] = field(default_factory=list)
    sensitive_fields: set[str] = field(default_factory=set)  # "ModelName.wireName"
    servers: dict[str, str] = field(default_factory=dict)  # "UAT" / "PRODUCTION" -> base URL


class ClientViewError(Exception):
    """The spec breaks a convention the generated client relies on."""


def _ref_name(ref: str) -> str:
    prefix = "#/components/schemas/"
    if not ref.startswith(prefix):
        raise ClientViewError(f"unexpected reference {ref!r}")
    return ref[len(prefix) :]


def _is_required_only(branch: Any) -> bool:
    return isinstance(branch, dict) and set(branch) <= {"required", "description"}


def _is_plain_scalar(schema: Any) -> bool:
    return (
        isinstance(schema, dict)
        and schema.get("type") in ("string", "integer", "boolean")
        and "enum" not in schema
        and "$ref" not in schema
    )


def _is_null(branch: Any) -> bool:
    return isinstance(branch, dict) and branch.get("type") == "null"


class _Rewriter:
    def __init__(self, schemas: dict[str, Any]) -> None:
        self.schemas = schemas
        self.decimal_names = {name for name, node in schemas.items() if node.get("format") == DECIMAL_FORMAT}

    def node(self, node: Any) -> Any:
        if isinstance(node, list):
            return [self.node(item) for item in node]
        if not isinstance(node, dict):
            return node
        # Conditional rules ("cardInfo is required for CARD") are for validators, not for the models.
        node = {key: self.node(value) for key, value in node.items() if key not in CONDITIONAL_KEYWORDS}
        if "allOf" in node:
            node["allOf"] = [member for member in node["allOf"] if member]
            if not node["allOf"]:
                del node["allOf"]
        if "$ref" in node:
            name = node["$ref"].rsplit("/", 1)[-1]
            if name in self.decimal_names:
                return self._decimal(self.schemas[name], node.get("description"))
            target = self.schemas.get(name, {})
            if _is_plain_scalar(target):
                # Inline plain strings (codes, timestamps...) so the member keeps its own description.
                inlined = self.node(target)
                if "description" in node:
                    inlined["description"] = node["description"]
                return inlined
            # Keep only what openapi-python-client reads next to a reference.
            return {key: node[key] for key in ("$ref", "description") if key in node}
        if node.get("format") == DECIMAL_FORMAT:
            return self._decimal(node, node.get("description"))
        declared = node.get("type")
        if isinstance(declared, list):
            kept = [kind for kind in declared if kind != "null"]
            node["type"] = kept[0] if len(kept) == 1 else kept
        for keyword in ("anyOf", "oneOf"):
            branches = node.get(keyword)
            if branches is None:
                continue
            if all(_is_required_only(b) for b in branches):
                del node[keyword]
                continue
            kept_branches = [b for b in branches if not _is_null(b)]
            if len(kept_branches) == 1 and "properties" not in node:
                del node[keyword]
                description = node.get("description")
                node.update(kept_branches[0])
                if description:
                    node["description"] = description
            else:
                node[keyword] = kept_branches
        return node

    @staticmethod
    def _decimal(source: dict[str, Any], description: str | None) -> dict[str, Any]:
        result: dict[str, Any] = {"type": "string", "format": DECIMAL_FORMAT}
        if description or source.get("description"):
            result["description"] = description or source["description"]
        return result


def _collect_sensitive(schemas: dict[str, Any]) -> set[str]:
    found = set()
    for name, schema in schemas.items():
        for prop_name, prop in schema.get("properties", {}).items():
            if isinstance(prop, dict) and prop.get("x-sensitive"):
                found.add(f"{name}.{prop_name}")
    return found


def _servers(document: dict[str, Any]) -> dict[str, str]:
    found = {}
    for server in document.get("servers", []):
        label = "UAT" if "-uat." in server["url"] else "PRODUCTION"
        found[label] = server["url"]
    return found


def unwrap_request_envelopes(document: dict[str, Any]) -> dict[str, Operation]:
    """Make every request body the operation's ``data`` schema (in place); returns the operations by path.

    Callers then send only ``data`` and wrap it in the envelope when signing, as ``PayerMaxAuth`` does.
    Request examples (whole envelopes) are dropped; ``links`` that name ``data`` members are unwrapped too.
    """
    schemas: dict[str, Any] = document["components"]["schemas"]
    operations = {}
    for path, item in document["paths"].items():
        operation = item["post"]
        media = operation["requestBody"]["content"]["application/json"]
        envelope_name = _ref_name(media["schema"]["$ref"])
        if not envelope_name.endswith(ENVELOPE_SUFFIX):
            raise ClientViewError(f"{path}: request schema {envelope_name} is not a *{ENVELOPE_SUFFIX}")
        envelope = schemas[envelope_name]
        media["schema"] = {"$ref": envelope["allOf"][1]["properties"]["data"]["$ref"]}
        media.pop("examples", None)  # they show whole envelopes
        version = operation.get("x-payermax-version")
        if not isinstance(version, str):
            raise ClientViewError(f"{path}: x-payermax-version missing")
        operations[path] = Operation(name=operation["operationId"], version=version)
        for response in operation.get("responses", {}).values():
            for link in response.get("links", {}).values():
                body = link.get("requestBody")
                if isinstance(body, dict) and set(body) == {"data"}:
                    link["requestBody"] = {
                        name: value.replace("$request.body#/data/", "$request.body#/")
                        if isinstance(value, str)
                        else value
                        for name, value in body["data"].items()
                    }
    return operations


def build_client_view(spec: dict[str, Any]) -> ClientView:
    document = copy.deepcopy(spec)
    schemas: dict[str, Any] = document["components"]["schemas"]
    view = ClientView(document=document, sensitive_fields=_collect_sensitive(schemas), servers=_servers(document))
    view.operations.update(unwrap_request_envelopes(document))

    for name, item in document.pop("webhooks", {}).items():
        post = item["post"]
        model = _ref_name(post["requestBody"]["content"]["application/json"]["schema"]["$ref"])
        envelope = post.get(WEBHOOK_ENVELOPE, "notification")
        if envelope == "none":
            reply = _ref_name(post["responses"]["200"]["content"]["application/json"]["schema"]["$ref"])
            view.merchant_calls.append(MerchantCall(name=name, model=model, reply=reply))
            continue
        if envelope != "notification":
            raise ClientViewError(
                f"webhook {name}: {WEBHOOK_ENVELOPE} is either absent (a notification) or 'none', not {envelope!r}"
            )
        notify_type = schemas[model]["properties"].get("notifyType")
        notify_types = tuple(notify_type["enum"]) if notify_type is not None else ()
        view.webhooks.append(Webhook(name=name, model=model, notify_types=notify_types))
    untyped = [webhook.name for webhook in view.webhooks if not webhook.notify_types]
    if len(untyped) > 1:
        raise ClientViewError(f"only one notification may lack a notifyType to dispatch on, found {untyped}")

    for name in [n for n in schemas if n.endswith(ENVELOPE_SUFFIX) or n == "RequestEnvelope"]:
        del schemas[name]
    rewriter = _Rewriter(schemas)
    decimal_names = rewriter.decimal_names
    document["paths"] = rewriter.node(document["paths"])
    document["components"]["schemas"] = {
        name: rewriter.node(schema) for name, schema in schemas.items() if name not in decimal_names
    }
    return view
