"""The generated client keeps PayerMax's conventions: exact money, tolerant enums, null as absent, hidden
secrets - and agrees with the spec on every example the spec holds."""

from __future__ import annotations

import importlib
import json
from decimal import Decimal
from typing import Any

import pytest

from payermax_client import json_codec
from payermax_client.models import (
    CardDetails,
    DirectPaymentDetail,
    DirectPaymentOrderRequest,
    DirectPaymentOrderRequestTerminalType,
    OrderQueryResponse,
    OrderQueryResult,
    PaymentStatus,
)
from payermax_client.money import decimal_from_json, decimal_to_json
from payermax_client.notifications import NOTIFICATION_MODELS, WEBHOOK_MODELS, parse_notification
from payermax_client.types import UNSET
from payermax_emulator.openapi import SpecDocument
from tests.support.loops import every


def _operations(spec: SpecDocument) -> list[tuple[str, dict[str, Any]]]:
    return every([(path.lstrip("/"), item["post"]) for path, item in spec.raw["paths"].items()], "operations")


def _api_module(operation: dict[str, Any]) -> Any:
    name = "".join(f"_{c.lower()}" if c.isupper() else c for c in operation["operationId"])
    return importlib.import_module(f"payermax_client.api.{operation['tags'][0]}.{name}")


def _model(spec_ref: str) -> Any:
    models = importlib.import_module("payermax_client.models")
    return getattr(models, spec_ref.rsplit("/", 1)[-1])


def test_unknown_enum_values_parse_and_stay_typed() -> None:
    answer = OrderQueryResponse.from_dict(
        json_codec.loads(
            b'{"code":"APPLY_SUCCESS","msg":"","data":{"totalAmount":1,"currency":"USD",'
            b'"country":"US","resultMsg":"","status":"PARTIALLY_CAPTURED"}}'
        )
    )
    assert isinstance(answer.data, OrderQueryResult)
    assert answer.data.status == "PARTIALLY_CAPTURED"
    assert isinstance(answer.data.status, PaymentStatus)
    assert not answer.data.status.is_known
    assert PaymentStatus.SUCCESS.is_known


def test_money_is_exact_both_ways() -> None:
    payload = json_codec.loads(b'{"amount": 12345678901234567.89, "small": 0.1}')
    assert payload["amount"] == Decimal("12345678901234567.89")
    assert decimal_from_json(payload["small"]) + Decimal("0.2") == Decimal("0.3")
    assert decimal_from_json("74.99") == Decimal("74.99")
    assert decimal_to_json(Decimal("1E+2")) == "100"
    assert decimal_to_json(Decimal("74.990")) == "74.990"
    with pytest.raises(TypeError, match="cannot hold money exactly"):
        decimal_from_json(74.99)
    with pytest.raises(TypeError):
        decimal_to_json(74.99)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not a decimal amount"):
        decimal_from_json("seventy")


def test_null_members_read_as_absent() -> None:
    result = OrderQueryResult.from_dict(
        json_codec.loads(
            b'{"totalAmount":"10","currency":"USD","country":"US","resultMsg":"","fees":null,'
            b'"paymentDetails":null,"status":null}'
        )
    )
    assert result.fees is UNSET
    assert result.payment_details is UNSET
    assert result.status is UNSET


def _card_order() -> DirectPaymentOrderRequest:
    return DirectPaymentOrderRequest(
        out_trade_no="ORDER_1",
        subject="Skirt",
        total_amount=Decimal("74.99"),
        currency="USD",
        country="AU",
        user_id="u1",
        terminal_type=DirectPaymentOrderRequestTerminalType.WEB,
        front_callback_url="https://merchant.example.com/done",
        payment_detail=DirectPaymentDetail.from_dict(
            {
                "paymentMethodType": "CARD",
                "cardInfo": {"cardIdentifierNo": "4111111111111111", "cvv": "123", "cardHolderFullName": "JANE DOE"},
                "buyerInfo": {"clientIp": "203.0.113.7", "userAgent": "Mozilla/5.0"},
            }
        ),
    )


def test_card_secrets_never_appear_in_reprs() -> None:
    order = _card_order()
    text = repr(order) + str(order) + repr(order.payment_detail)
    for secret in ("4111111111111111", "123'", "JANE DOE"):
        assert secret not in text
    assert isinstance(order.payment_detail.card_info, CardDetails)
    assert order.payment_detail.card_info.card_identifier_no == "4111111111111111"


def test_direct_payment_serialises_with_its_discriminator_and_string_amounts(spec: SpecDocument) -> None:
    data = _card_order().to_dict()
    assert data["integrate"] == "Direct_Payment"
    assert data["totalAmount"] == "74.99"
    assert data["paymentDetail"]["cardInfo"]["cvv"] == "123"
    errors = list(spec.schema_validator("OrderAndPayRequest").iter_errors(data))
    assert not errors, [e.message for e in errors]


def test_each_operation_is_tagged_with_its_interface_version_and_call_policy(spec: SpecDocument) -> None:
    operations = _operations(spec)
    assert operations
    for name, operation in operations:
        tag = _api_module(operation).OPERATION
        assert (tag["operation"], tag["version"]) == (name, operation["x-payermax-version"])
        assert tag["idempotent"] is operation["x-payermax-idempotent"]
        assert tag["echo"] == operation.get("x-payermax-echo", {})


def test_every_request_example_round_trips_through_its_model(spec: SpecDocument) -> None:
    for name, operation in _operations(spec):
        media = operation["requestBody"]["content"]["application/json"]
        envelope = spec.pointer(media["schema"]["$ref"])
        data_ref = envelope["allOf"][1]["properties"]["data"]["$ref"]
        for label, example in every(media["examples"].items(), f"request examples of {name}"):
            data = json_codec.loads(json.dumps(example["value"]["data"]))
            body = _api_module(operation)._get_kwargs(body=_parse_request(spec, data_ref, data))["json"]
            errors = [e.message for e in spec.validator(data_ref).iter_errors(body)]
            assert not errors, f"{name}/{label}: {errors}"


def _parse_request(spec: SpecDocument, data_ref: str, data: dict[str, Any]) -> Any:
    schema = spec.pointer(data_ref)
    if "oneOf" in schema:
        mapping = schema["discriminator"]["mapping"]
        return _model(mapping[data[schema["discriminator"]["propertyName"]]]).from_dict(data)
    return _model(data_ref).from_dict(data)


def test_every_response_example_parses_into_its_model(spec: SpecDocument) -> None:
    for name, operation in _operations(spec):
        media = operation["responses"]["200"]["content"]["application/json"]
        model = _model(media["schema"]["$ref"])
        for label, example in every(media["examples"].items(), f"response examples of {name}"):
            parsed = model.from_dict(json_codec.loads(json.dumps(example["value"])))
            assert parsed.code == example["value"]["code"], f"{name}/{label}"
            if "data" in example["value"]:
                assert parsed.data, f"{name}/{label}"


def test_every_notification_example_parses_into_its_model(spec: SpecDocument) -> None:
    assert set(WEBHOOK_MODELS) == set(spec.raw["webhooks"])
    for webhook, item in every(spec.raw["webhooks"].items(), "webhooks"):
        ref = item["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        schema = spec.pointer(ref)
        assert set(schema["properties"]["notifyType"]["enum"]) <= set(NOTIFICATION_MODELS)
        for example in every(schema["examples"], f"examples of {webhook}"):
            parsed = parse_notification(json_codec.loads(json.dumps(example)))
            assert type(parsed) is WEBHOOK_MODELS[webhook]
