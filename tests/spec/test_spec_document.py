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
    "applyPaymentToken", "inquirePaymentToken", "removePaymentToken",
    "createPaybylink", "queryPaybylink", "expirePaybylink",
    "caseSearch", "caseReplay",
    "paymentFieldValidation", "paymentOrderPay", "paymentOrderQry", "paymentOrderBatchQry",
    "currentBalanceQuery", "dayEndBalanceQuery",
    "consultPaymentMethod",
}  # fmt: skip
WEBHOOKS = {"paymentResult", "refundResult", "tokenizationResult", "payByLinkResult", "dispute", "payoutResult"}
LINKS = {
    "orderAndPay": "orderQuery",
    "refund": "refundQuery",
    "createPaybylink": "queryPaybylink",
    "paymentOrderPay": "paymentOrderQry",
}


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


def test_webhooks_follow_the_conventions(spec: SpecDocument) -> None:
    problems = []
    for name, item in every(spec.raw.get("webhooks", {}).items(), "webhooks"):
        operation = item["post"]
        schema_ref = _media(operation, "request")["schema"].get("$ref", "")
        if not schema_ref.endswith("Notification"):
            problems.append(f"{name}: payload must be a $ref to a *Notification component")
        elif not spec.pointer(schema_ref).get("examples"):
            problems.append(f"{name}: the notification schema needs an example")
        if not any(p.get("$ref", "").endswith("/NotificationSignature") for p in operation.get("parameters", [])):
            problems.append(f"{name}: must declare the sign header parameter")
        if _media(operation, "response")["schema"].get("$ref") != "#/components/schemas/NotificationAcknowledgement":
            problems.append(f"{name}: the reply must be NotificationAcknowledgement")
    assert not problems, "\n".join(problems)


def test_create_operations_link_to_their_queries(spec: SpecDocument) -> None:
    for create, query in every(LINKS.items(), "create -> query links"):
        links = spec.raw["paths"][f"/{create}"]["post"]["responses"]["200"].get("links", {})
        assert any(link.get("operationId") == query for link in links.values()), f"{create} -> {query}"


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
