"""The spec as the client generator should see it, and the facts the templates need from it.

The bundled spec describes the wire: full envelopes, amounts that may be strings or numbers, nullable
members, "give A or B" rules, spellings PayerMax tolerates (``x-payermax-aliases``). The generated client works
one level up: client code builds only the ``data`` model (the signing plugin wraps it in the envelope, naming
the application ``appId`` or ``merchantAppId`` as the envelope says), amounts are ``Decimal``, ``null`` means
absent, only canonical spellings exist, and a conditional choice between two schemas is a union. This module
rewrites a copy of the document accordingly and never touches the original; it also works out which model
each notification payload is (``x-payermax-selected-by`` where two share a ``notifyType``; the one notification
without a ``notifyType``), and which webhooks are calls without the notification envelope
(``x-payermax-envelope: none``) that the merchant answers with a reply model of their own.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

DECIMAL_FORMAT = "decimal"
ENVELOPE_SUFFIX = "RequestEnvelope"
CONDITIONAL_KEYWORDS = ("if", "then", "else")
ALIASES = "x-payermax-aliases"
SELECTED_BY = "x-payermax-selected-by"
WEBHOOK_ENVELOPE = "x-payermax-envelope"  # "none" on a webhook whose body is not a notification envelope
APP_ID_MEMBERS = ("appId", "merchantAppId")


@dataclass(frozen=True)
class Operation:
    name: str
    version: str
    app_id_member: str = "appId"  # what the envelope calls the merchant application


@dataclass(frozen=True)
class Webhook:
    name: str
    model: str
    notify_types: tuple[str, ...]  # empty: the payload carries no notifyType (at most one such notification)
    selected_by: str | None = None  # member of `data` telling it apart from a webhook with the same notifyType


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

    def notification_models(self) -> dict[str, str]:
        """The model of each ``notifyType``: the webhook without ``x-payermax-selected-by``, if one has it."""
        found: dict[str, str] = {}
        for webhook in sorted(self.webhooks, key=lambda w: w.selected_by is None):
            for notify_type in webhook.notify_types:
                found[notify_type] = webhook.model
        return found

    def notification_variants(self) -> dict[str, list[tuple[str, str]]]:
        """``notifyType`` -> (member of ``data``, model) where several notifications share the ``notifyType``."""
        sharing: dict[str, int] = {}
        for webhook in self.webhooks:
            for notify_type in webhook.notify_types:
                sharing[notify_type] = sharing.get(notify_type, 0) + 1
        found: dict[str, list[tuple[str, str]]] = {}
        for webhook in self.webhooks:
            if webhook.selected_by is not None:
                member = webhook.selected_by.partition(".")[2]
                for notify_type in webhook.notify_types:
                    if sharing[notify_type] > 1:
                        found.setdefault(notify_type, []).append((member, webhook.model))
        return found


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


def _drop_aliases(node: dict[str, Any]) -> dict[str, Any]:
    """The canonical form of a schema that lists tolerated spellings (``x-payermax-aliases``).

    On an object the aliases are member names: their properties go, and a canonical member that was required
    through "give it or its alias" (``anyOf`` of ``required``) becomes plainly required. On an enumeration the
    aliases are values: they leave the enum, and the generated enum reads them as their canonical member,
    which only works for case variants.
    """
    aliases = node.pop(ALIASES, None)
    if not aliases:
        return node
    if "enum" in node:
        for alias, canonical in aliases.items():
            if alias.casefold() != canonical.casefold() or canonical not in node["enum"]:
                raise ClientViewError(f"enum alias {alias!r} -> {canonical!r} is not a case variant of a value")
        node["enum"] = [value for value in node["enum"] if value not in aliases]
        return node
    properties = node.get("properties", {})
    for alias in aliases:
        properties.pop(alias, None)
    branches = node.get("anyOf", [])
    named = [b["required"][0] for b in branches if _is_required_only(b) and len(b.get("required", [])) == 1]
    canonical = {aliases.get(name, name) for name in named}
    if branches and len(named) == len(branches) and len(canonical) == 1:
        required = node.setdefault("required", [])
        required.extend(name for name in canonical if name not in required)
        del node["anyOf"]
    return node


def _conditional_choice(node: dict[str, Any]) -> list[Any] | None:
    """``[else, then]`` when ``node`` is ``if`` (a rule on ``required`` only) / ``then`` / ``else`` of two references."""
    branches = [node.get("else"), node.get("then")]
    if _is_required_only(node.get("if")) and all(isinstance(b, dict) and set(b) == {"$ref"} for b in branches):
        return branches
    return None


class _Rewriter:
    def __init__(self, schemas: dict[str, Any]) -> None:
        self.schemas = schemas
        self.decimal_names = {name for name, node in schemas.items() if node.get("format") == DECIMAL_FORMAT}

    def node(self, node: Any) -> Any:
        if isinstance(node, list):
            return [self.node(item) for item in node]
        if not isinstance(node, dict):
            return node
        # Conditional rules ("cardInfo is required for CARD") are for validators, not for the models; a
        # condition that only chooses between two schemas ("with a paymentToken it is a Drop-in detail, else a
        # direct one") is, for the models, a union of the two.
        choice = _conditional_choice(node)
        node = {key: self.node(value) for key, value in node.items() if key not in CONDITIONAL_KEYWORDS}
        if choice:
            node["anyOf"] = self.node(choice)
        # Tolerated spellings are for validators (the emulator accepts them); the client uses the canonical one.
        node = _drop_aliases(node)
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
        base = schemas[_ref_name(envelope["allOf"][0]["$ref"])]
        app_id_members = [name for name in APP_ID_MEMBERS if name in base.get("required", [])]
        if len(app_id_members) != 1:
            raise ClientViewError(f"{path}: the envelope must require exactly one of {APP_ID_MEMBERS}")
        operations[path] = Operation(name=operation["operationId"], version=version, app_id_member=app_id_members[0])
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


def _data_schema(schemas: dict[str, Any], model: str) -> dict[str, Any]:
    """The ``data`` member of a notification model, with ``allOf`` members merged (properties, required)."""
    merged: dict[str, Any] = {"properties": {}, "required": []}
    pending = [schemas[model]["properties"]["data"]]
    while pending:
        node = pending.pop()
        if "$ref" in node:
            pending.append(schemas[_ref_name(node["$ref"])])
        pending.extend(node.get("allOf", []))
        merged["properties"].update(node.get("properties", {}))
        merged["required"].extend(node.get("required", []))
    return merged


def _check_notification_dispatch(webhooks: list[Webhook], schemas: dict[str, Any]) -> None:
    """Each ``notifyType`` has one default model; others sharing it name a ``data`` member only they carry."""
    by_type: dict[str, list[Webhook]] = {}
    for webhook in webhooks:
        for notify_type in webhook.notify_types:
            by_type.setdefault(notify_type, []).append(webhook)
    for notify_type, sharing in by_type.items():
        defaults = [w for w in sharing if w.selected_by is None]
        if len(sharing) > 1 and len(defaults) != 1:
            raise ClientViewError(f"notifyType {notify_type}: {len(defaults)} webhooks without {SELECTED_BY}")
        for webhook in sharing:
            if webhook.selected_by is None:
                continue
            where, _, member = webhook.selected_by.partition(".")
            if where != "data" or not member:
                raise ClientViewError(f"{webhook.name}: {SELECTED_BY} must name a member of data (data.xxx)")
            if member not in _data_schema(schemas, webhook.model)["required"]:
                raise ClientViewError(f"{webhook.name}: {webhook.selected_by} must be required in its data")
            for other in defaults:
                if member in _data_schema(schemas, other.model)["properties"]:
                    raise ClientViewError(f"{webhook.name}: {other.model} also has {webhook.selected_by}")


def build_client_view(spec: dict[str, Any]) -> ClientView:
    document = copy.deepcopy(spec)
    schemas: dict[str, Any] = document["components"]["schemas"]
    view = ClientView(document=document, sensitive_fields=_collect_sensitive(schemas), servers=_servers(document))
    view.operations.update(unwrap_request_envelopes(document))

    for name, item in document.pop("webhooks", {}).items():
        post = item["post"]
        model = _ref_name(post["requestBody"]["content"]["application/json"]["schema"]["$ref"])
        envelope = post.get(WEBHOOK_ENVELOPE, "notification")
        selected_by = post.get(SELECTED_BY)
        if envelope == "none":
            if selected_by is not None:
                raise ClientViewError(f"webhook {name}: a call without the notification envelope has no {SELECTED_BY}")
            reply = _ref_name(post["responses"]["200"]["content"]["application/json"]["schema"]["$ref"])
            view.merchant_calls.append(MerchantCall(name=name, model=model, reply=reply))
            continue
        if envelope != "notification":
            raise ClientViewError(
                f"webhook {name}: {WEBHOOK_ENVELOPE} is either absent (a notification) or 'none', not {envelope!r}"
            )
        notify_type = schemas[model]["properties"].get("notifyType")
        notify_types = tuple(notify_type["enum"]) if notify_type is not None else ()
        if not notify_types and selected_by is not None:
            raise ClientViewError(f"webhook {name}: {SELECTED_BY} tells apart notifications sharing a notifyType")
        view.webhooks.append(Webhook(name=name, model=model, notify_types=notify_types, selected_by=selected_by))
    untyped = [webhook.name for webhook in view.webhooks if not webhook.notify_types]
    if len(untyped) > 1:
        raise ClientViewError(f"only one notification may lack a notifyType to dispatch on, found {untyped}")
    _check_notification_dispatch(view.webhooks, schemas)

    for name in [n for n in schemas if n.endswith(ENVELOPE_SUFFIX) or n == "RequestEnvelope"]:
        del schemas[name]
    rewriter = _Rewriter(schemas)
    decimal_names = rewriter.decimal_names
    document["paths"] = rewriter.node(document["paths"])
    document["components"]["schemas"] = {
        name: rewriter.node(schema) for name, schema in schemas.items() if name not in decimal_names
    }
    return view
