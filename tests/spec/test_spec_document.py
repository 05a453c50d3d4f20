"""The bundled document is valid OpenAPI 3.1 and follows the conventions of spec/README.md."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from openapi_spec_validator import validate

from payermax_emulator.openapi import SpecDocument
from tests.support.loops import every

OPERATIONS = {
    "orderAndPay", "orderQuery", "refund", "refundQuery",
    "capture", "cancel",
    "applyDropinSession", "applyDDC", "confirmPayment",
    "subscriptionCreate", "subscriptionQuery", "subscriptionCancel",
    "applyPaymentToken", "InquireApplyRequest", "inquirePaymentToken", "removePaymentToken",
    "createPaybylink", "queryPaybylink", "expirePaybylink",
    "caseSearch", "caseReplay",
    "addOrDelRiskNameList",
    "paymentFieldValidation", "paymentOrderPay", "paymentOrderQry", "paymentOrderBatchQry",
    "currentBalanceQuery", "dayEndBalanceQuery",
    "consultPaymentMethod",
    "quoteQuery", "exchange", "exchangeQuery", "queryClientExchangeRate",
    "putRfiMaterialList",
    "orderConfirm",
}  # fmt: skip
WEBHOOKS = {
    "paymentResult", "refundResult", "authorizationResult", "captureResult", "cancelResult",
    "subscriptionResult", "subscriptionPaymentResult", "tokenizationResult", "payByLinkResult", "dispute",
    "fraud", "payoutResult",
    "balanceChange", "virtualAccountReceipt", "rfi", "billPaymentValidation", "billPaymentResult",
}  # fmt: skip
#: (operation whose answer links, operation linked to): creates to their queries and follow-up moves.
LINKS = {
    ("orderAndPay", "orderQuery"),
    ("orderAndPay", "capture"),
    ("orderAndPay", "cancel"),
    ("capture", "orderQuery"),
    ("capture", "refund"),
    ("cancel", "orderQuery"),
    ("refund", "refundQuery"),
    ("applyPaymentToken", "InquireApplyRequest"),
    ("createPaybylink", "queryPaybylink"),
    ("subscriptionCreate", "subscriptionQuery"),
    ("subscriptionCreate", "subscriptionCancel"),
    ("subscriptionCancel", "subscriptionQuery"),
    ("paymentOrderPay", "paymentOrderQry"),
    ("quoteQuery", "exchange"),
    ("exchange", "exchangeQuery"),
}
#: Webhooks whose body is not a notification envelope (spec/README.md, "Calls PayerMax makes to the merchant").
BARE_CALL = ("x-payermax-envelope", "none")
ACKNOWLEDGEMENT = "#/components/schemas/NotificationAcknowledgement"


def _operations(spec: SpecDocument) -> list[tuple[str, dict[str, Any]]]:
    return every([(path.lstrip("/"), item["post"]) for path, item in spec.raw.get("paths", {}).items()], "operations")


def _media(operation: dict[str, Any], where: str) -> dict[str, Any]:
    if where == "request":
        request: dict[str, Any] = operation["requestBody"]["content"]["application/json"]
        return request
    media: dict[str, Any] = operation["responses"]["200"]["content"]["application/json"]
    return media


def _walk(node: Any, trail: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        yield trail, node
        for key, value in node.items():
            yield from _walk(value, f"{trail}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _walk(value, f"{trail}/{index}")


def test_document_is_valid_openapi(spec: SpecDocument) -> None:
    validate(spec.raw)


def test_every_operation_in_scope_is_there(spec: SpecDocument) -> None:
    assert {name for name, _ in _operations(spec)} == OPERATIONS
    assert set(spec.raw.get("webhooks", {})) == WEBHOOKS


def test_operations_follow_the_conventions(spec: SpecDocument) -> None:
    problems = []
    for name, operation in _operations(spec):
        if operation.get("operationId") != name:
            problems.append(f"{name}: operationId must equal the path name")
        if len(operation.get("tags", [])) != 1:
            problems.append(f"{name}: exactly one tag")
        if "x-payermax-version" not in operation:
            problems.append(f"{name}: x-payermax-version missing")
        if not operation.get("externalDocs", {}).get("url"):
            problems.append(f"{name}: externalDocs.url missing")
        request, response = _media(operation, "request"), _media(operation, "response")
        if request["schema"].get("$ref") != f"#/components/schemas/{name[0].upper()}{name[1:]}RequestEnvelope":
            problems.append(f"{name}: request schema must be $ref {name[0].upper()}{name[1:]}RequestEnvelope")
        if response["schema"].get("$ref") != f"#/components/schemas/{name[0].upper()}{name[1:]}Response":
            problems.append(f"{name}: response schema must be $ref {name[0].upper()}{name[1:]}Response")
        if not request.get("examples") or not response.get("examples"):
            problems.append(f"{name}: needs at least one request and one response example")
        if "sign" not in operation["responses"]["200"].get("headers", {}):
            problems.append(f"{name}: the answer must declare its sign header")
    assert not problems, "\n".join(problems)


def _extends_acknowledgement(spec: SpecDocument, reply_ref: str) -> bool:
    """A reply with more than the acknowledgement: ``allOf: [NotificationAcknowledgement, {...}]``, with examples."""
    reply = spec.pointer(reply_ref)
    members = reply.get("allOf", [])
    return bool(members) and members[0].get("$ref") == ACKNOWLEDGEMENT and bool(reply.get("examples"))


def test_webhooks_follow_the_conventions(spec: SpecDocument) -> None:
    problems = []
    for name, item in every(spec.raw.get("webhooks", {}).items(), "webhooks"):
        operation = item["post"]
        bare = operation.get(BARE_CALL[0]) == BARE_CALL[1]
        schema_ref = _media(operation, "request")["schema"].get("$ref", "")
        if not schema_ref.startswith("#/components/schemas/"):
            problems.append(f"{name}: payload must be a $ref to a component")
        elif bare and (schema_ref.endswith("Notification") or "notifyType" in spec.pointer(schema_ref)["properties"]):
            problems.append(f"{name}: a call without the notification envelope is no *Notification")
        elif not bare and not schema_ref.endswith("Notification"):
            problems.append(f"{name}: payload must be a $ref to a *Notification component")
        elif not spec.pointer(schema_ref).get("examples"):
            problems.append(f"{name}: the payload schema needs an example")
        if not any(p.get("$ref", "").endswith("/NotificationSignature") for p in operation.get("parameters", [])):
            problems.append(f"{name}: must declare the sign header parameter")
        reply_ref = _media(operation, "response")["schema"].get("$ref", "")
        if reply_ref != ACKNOWLEDGEMENT and not (
            reply_ref.endswith("Reply") and _extends_acknowledgement(spec, reply_ref)
        ):
            problems.append(f"{name}: the reply must be NotificationAcknowledgement, or a *Reply extending it")
        if bare and reply_ref == ACKNOWLEDGEMENT:
            problems.append(f"{name}: a call without the notification envelope has a reply of its own")
    assert not problems, "\n".join(problems)


def test_create_operations_link_to_their_queries(spec: SpecDocument) -> None:
    for create, query in every(sorted(LINKS), "create -> query links"):
        links = spec.raw["paths"][f"/{create}"]["post"]["responses"]["200"].get("links", {})
        assert any(link.get("operationId") == query for link in links.values()), f"{create} -> {query}"


def test_links_name_operations_and_members_of_their_targets(spec: SpecDocument) -> None:
    """Every link leads to an operation of the spec and fills only members its request declares."""
    problems = []
    for name, operation in _operations(spec):
        for label, link in operation["responses"]["200"].get("links", {}).items():
            target = spec.raw["paths"].get(f"/{link.get('operationId')}")
            if target is None:
                problems.append(f"{name} -> {label}: no operation {link.get('operationId')!r}")
                continue
            envelope = spec.pointer(_media(target["post"], "request")["schema"]["$ref"])
            data = spec.resolve(envelope["allOf"][1]["properties"]["data"])
            declared = set(data.get("properties", {}))
            for member in data.get("allOf", []):
                declared |= set(spec.resolve(member).get("properties", {}))
            unknown = set(link.get("requestBody", {}).get("data", {})) - declared
            if unknown:
                problems.append(f"{name} -> {label}: {sorted(unknown)} not in the request of {link['operationId']}")
    assert not problems, "\n".join(problems)


def test_no_plain_numbers(spec: SpecDocument) -> None:
    """Money never becomes a float: every JSON number is an integer or a `format: decimal`."""
    numbers = every(
        (
            (trail, node)
            for trail, node in _walk(spec.raw)
            if node.get("type") == "number" or "number" in (node.get("type") or [])
        ),
        "number schemas",
    )
    offenders = [trail for trail, node in numbers if node.get("format") != "decimal"]
    assert not offenders, offenders


def _examples(spec: SpecDocument) -> Iterator[tuple[str, str, Any]]:
    """(where, schema pointer, example value) for every example written in the spec."""
    for trail, node in _walk(spec.raw):
        if trail.startswith("/components/schemas/") and trail.count("/") == 3:
            for index, value in enumerate(node.get("examples", [])):
                yield f"{trail}/examples/{index}", "#" + trail, value
        if "schema" in node and "$ref" in node["schema"]:
            for key, example in node.get("examples", {}).items():
                yield f"{trail}/examples/{key}", node["schema"]["$ref"], example["value"]


def test_examples_in_the_spec_validate(spec: SpecDocument) -> None:
    failures = []
    for where, pointer, value in every(_examples(spec), "examples"):
        for error in spec.validator(pointer).iter_errors(value):
            failures.append(f"{where}: {'/'.join(map(str, error.absolute_path))}: {error.message}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_request_data_is_a_named_model(spec: SpecDocument, name: str) -> None:
    envelope = spec.pointer(_media(spec.raw["paths"][f"/{name}"]["post"], "request")["schema"]["$ref"])
    data_ref = envelope["allOf"][1]["properties"]["data"]["$ref"]
    assert data_ref == f"#/components/schemas/{name[0].upper()}{name[1:]}Request"


def test_every_operation_accepts_the_php_sdks_null_sp_merchant_no(spec: SpecDocument) -> None:
    """PayerMax's PHP SDK sends ``"spMerchantNo": null`` in every envelope; no operation may refuse it."""
    refused = []
    for name, operation in _operations(spec):
        media = _media(operation, "request")
        for label, example in media["examples"].items():
            envelope = {**example["value"], "spMerchantNo": None}
            if list(spec.validator(media["schema"]["$ref"]).iter_errors(envelope)):
                refused.append(f"{name}/{label}")
    assert not refused, refused


#: The extension keywords spec/README.md documents ("Extensions"); the document uses no others.
EXTENSIONS = {
    "x-payermax-version",
    "x-payermax-idempotent",
    "x-payermax-echo",
    "x-payermax-aliases",
    "x-payermax-selected-by",
    "x-payermax-envelope",
    "x-payermax-browser-return",
    "x-payermax-inferred",
    "x-sensitive",
}
#: Operations whose envelope names the application ``merchantAppId``: built on the one MerchantAppRequestEnvelope.
MERCHANT_APP_OPERATIONS = {"addOrDelRiskNameList", "orderConfirm"}


def test_only_documented_extensions(spec: SpecDocument) -> None:
    used = {
        key
        for trail, node in _walk(spec.raw)
        if not trail.endswith(("/properties", "/examples")) and "/examples/" not in trail
        for key in node
        if key.startswith("x-")
    }
    assert used <= EXTENSIONS, f"undocumented extension keywords (add them to spec/README.md): {used - EXTENSIONS}"


def test_merchant_app_envelope_operations(spec: SpecDocument) -> None:
    built_on = {
        name: spec.pointer(_media(operation, "request")["schema"]["$ref"])["allOf"][0]["$ref"]
        for name, operation in _operations(spec)
    }
    merchant_app = {name for name, ref in built_on.items() if ref.endswith("/MerchantAppRequestEnvelope")}
    assert merchant_app == MERCHANT_APP_OPERATIONS
