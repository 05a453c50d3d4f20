"""The generated client keeps PayerMax's conventions: exact money, tolerant enums, null as absent, hidden
secrets - and agrees with the spec on every example the spec holds."""

from __future__ import annotations

import importlib
import json
from decimal import Decimal
from typing import Any

import pytest
from openapi_python_client.strings import snake_case

from payermax_client import json_codec, notifications
from payermax_client.models import (
    BalanceMovementExchange,
    BalanceNotification,
    CardDetails,
    ClientExchangeRate,
    ClientExchangeRateType,
    DirectPaymentDetail,
    DirectPaymentOrderRequest,
    DirectPaymentOrderRequestTerminalType,
    ExchangeRequest,
    ExchangeResult,
    ExchangeStatus,
    FxSide,
    OrderQueryResponse,
    OrderQueryResult,
    PageReturnParameters,
    PaymentStatus,
    QuoteQueryResponse,
    QuoteQueryResult,
    RfiMaterial,
    RfiNotification,
    RfiStatus,
    VirtualAccountPayer,
    VirtualAccountReceiptStatus,
)
from payermax_client.money import decimal_from_json, decimal_to_json
from payermax_client.notifications import (
    MERCHANT_CALL_MODELS,
    NOTIFICATION_MODELS,
    NOTIFICATION_VARIANTS,
    UNTYPED_NOTIFICATION_MODEL,
    WEBHOOK_MODELS,
    UnknownNotificationType,
    parse_notification,
)
from payermax_client.types import UNSET
from payermax_emulator.openapi import SpecDocument
from payermax_signing import SpecViolationError
from tests.spec.deviations import example_exemptions
from tests.spec.reference_docs import load_page
from tests.spec.scope import PAGES, example_section
from tests.spec.spec_fields import SpecWalker
from tests.support.loops import every


def _operations(spec: SpecDocument) -> list[tuple[str, dict[str, Any]]]:
    return every([(path.lstrip("/"), item["post"]) for path, item in spec.raw["paths"].items()], "operations")


def _api_module(operation: dict[str, Any]) -> Any:
    name = snake_case(operation["operationId"])  # the generator's own naming: applyDDC -> apply_ddc
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
    assert isinstance(order.payment_detail, DirectPaymentDetail)
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
        envelope = spec.pointer(operation["requestBody"]["content"]["application/json"]["schema"]["$ref"])
        # The envelope of a few operations names the application merchantAppId, not appId.
        app_id_member = (
            "merchantAppId" if "merchantAppId" in spec.pointer(envelope["allOf"][0]["$ref"])["required"] else "appId"
        )
        assert tag["app_id_member"] == app_id_member


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


def _webhook_media(item: dict[str, Any], where: str) -> str:
    post = item["post"]
    media = post["requestBody"] if where == "payload" else post["responses"]["200"]
    ref: str = media["content"]["application/json"]["schema"]["$ref"]
    return ref


def test_every_notification_example_parses_into_its_model(spec: SpecDocument) -> None:
    assert set(WEBHOOK_MODELS) | set(MERCHANT_CALL_MODELS) == set(spec.raw["webhooks"])
    assert not set(WEBHOOK_MODELS) & set(MERCHANT_CALL_MODELS)
    for webhook, model in every(WEBHOOK_MODELS.items(), "webhooks"):
        schema = spec.pointer(_webhook_media(spec.raw["webhooks"][webhook], "payload"))
        notify_type = schema["properties"].get("notifyType")
        if notify_type is None:
            assert UNTYPED_NOTIFICATION_MODEL is model, webhook
        else:
            # The model of each notifyType, unless the webhook is told apart by a member (x-payermax-selected-by).
            for value in notify_type["enum"]:
                variants = {variant for _, variant in NOTIFICATION_VARIANTS.get(value, ())}
                assert model in variants or NOTIFICATION_MODELS[value] is model, (webhook, value)
        for example in every(schema["examples"], f"examples of {webhook}"):
            parsed = parse_notification(json_codec.loads(json.dumps(example)))
            assert type(parsed) is model


def _published_examples() -> list[tuple[str, str]]:
    return [
        (page, example.label)
        for page in sorted(PAGES)
        for example in load_page(page).examples
        if (page, example.label) not in example_exemptions()
    ]


@pytest.mark.parametrize(("page", "label"), _published_examples())
def test_every_published_example_parses_into_its_model(spec: SpecDocument, page: str, label: str) -> None:
    """What PayerMax publishes (and our schemas accept) the generated client reads: requests, answers,
    notifications, calls and replies."""
    target = PAGES[page]
    example = next(e for e in load_page(page).examples if e.label == label)
    section = example_section(target, example.kind)
    ref = SpecWalker(spec).root(
        operation=target.operation, webhook=target.webhook, schema=target.schema, section=section
    )["$ref"]
    payload = json_codec.loads(example.text.encode("utf-8"))
    if ref.endswith("RequestEnvelope"):
        parsed = _parse_request(spec, spec.pointer(ref)["allOf"][1]["properties"]["data"]["$ref"], payload["data"])
    elif target.webhook is not None and section == "notification" and target.webhook in WEBHOOK_MODELS:
        parsed = parse_notification(payload)
        assert type(parsed) is WEBHOOK_MODELS[target.webhook]
    else:
        parsed = _model(ref).from_dict(payload)
    assert parsed.to_dict() is not None


def test_calls_without_the_notification_envelope_have_typed_helpers(spec: SpecDocument) -> None:
    for webhook, (model, reply) in MERCHANT_CALL_MODELS.items():
        item = spec.raw["webhooks"][webhook]
        assert item["post"]["x-payermax-envelope"] == "none"
        assert model is _model(_webhook_media(item, "payload"))
        assert reply is _model(_webhook_media(item, "reply"))
        helper = getattr(notifications, f"parse_{''.join(f'_{c.lower()}' if c.isupper() else c for c in webhook)}")
        for example in spec.pointer(_webhook_media(item, "payload"))["examples"]:
            assert type(helper(json_codec.loads(json.dumps(example)))) is model
        # Never taken for a notification: without notifyType it is tried as the RFI notification, and refused.
        bare = json_codec.loads(json.dumps(spec.pointer(_webhook_media(item, "payload"))["examples"][0]))
        with pytest.raises((UnknownNotificationType, SpecViolationError)):
            parse_notification(bare)


def test_every_reply_example_round_trips_through_its_model(spec: SpecDocument) -> None:
    """Replies the merchant builds (the bill-payment ones carry data) serialise back to valid replies."""
    for webhook, item in spec.raw["webhooks"].items():
        ref = _webhook_media(item, "reply")
        for example in spec.pointer(ref).get("examples", []):
            built = _model(ref).from_dict(json_codec.loads(json.dumps(example))).to_dict()
            errors = [e.message for e in spec.validator(ref).iter_errors(built)]
            assert not errors, f"{webhook}: {errors}"


def test_fx_rates_and_amounts_are_exact_decimals() -> None:
    quote = QuoteQueryResponse.from_dict(
        json_codec.loads(
            b'{"code":"APPLY_SUCCESS","msg":"","data":{"rateList":[{"ccyPair":"USDINR","bidRate":82.36812345,'
            b'"offerRate":"82.41800000","version":"Q1","expiryTime":"2022-01-22T10:30:00.500+08:00"}]}}'
        )
    )
    assert isinstance(quote.data, QuoteQueryResult)
    assert isinstance(quote.data.rate_list, list)
    first = quote.data.rate_list[0]
    assert first.bid_rate == Decimal("82.36812345")
    assert isinstance(first.bid_rate, Decimal)
    assert first.offer_rate == Decimal("82.41800000")
    assert str(first.offer_rate) == "82.41800000"  # trailing zeros kept: nothing went through a float

    exchanged = ExchangeResult.from_dict(
        json_codec.loads(
            b'{"transactionCcy":"USD","side":"BUY","tradeNo":"T1","targetAmount":"7.77","rateTime":'
            b'"2022-11-18T10:03:15.000Z","completeTime":"","errorCode":"","rateVersion":"v","targetCcy":"INR",'
            b'"errorMsg":"","ccyPair":"USDINR","rate":"77.6983742600","outTradeNo":"X1",'
            b'"transactionAmount":"0.10","status":"PENDING"}'
        )
    )
    assert exchanged.rate == Decimal("77.6983742600")
    assert exchanged.transaction_amount * exchanged.rate == Decimal("7.769837426000")
    assert exchanged.to_dict()["rate"] == "77.6983742600"

    client_rate = ClientExchangeRate.from_dict(
        json_codec.loads(
            b'{"ccyPair":"USDAED","rate":3.6844202,"rateType":"Reference","side":"BUY",'
            b'"transactionCurrency":"USD","targetCurrency":"AED"}'
        )
    )
    assert client_rate.rate == Decimal("3.6844202")

    movement = parse_notification(
        json_codec.loads(
            b'{"code":"APPLY_SUCCESS","msg":"Success","version":"1.0","keyVersion":"1","appId":"a",'
            b'"notifyTime":"2022-12-12T09:26:57.628Z","notifyType":"EXCHANGE","data":{"amount":{"currency":"MYR",'
            b'"value":"448.13"},"counterparty":{"identifyId":"P1","identifyName":"M"},"direction":"DECREASE",'
            b'"exchange":{"ccyPair":"USDMYR","rate":"4.48130000","rateTime":"2022-12-12T09:26:42.000Z"},'
            b'"relatedTradeNo":"R1"}}'
        )
    )
    assert isinstance(movement, BalanceNotification)
    assert movement.data.amount.value == Decimal("448.13")
    assert isinstance(movement.data.exchange, BalanceMovementExchange)
    assert movement.data.exchange.rate == Decimal("4.48130000")


def test_exchange_requests_send_decimal_strings(spec: SpecDocument) -> None:
    request = ExchangeRequest(
        ccy_pair="USDINR",
        out_trade_no="FX1",
        side=FxSide.BUY,
        transaction_amount=Decimal("1000.00"),
        transaction_ccy="USD",
        target_ccy="INR",
        rate_version="Q1",
    )
    data = request.to_dict()
    assert data["transactionAmount"] == "1000.00"
    assert not list(spec.schema_validator("ExchangeRequest").iter_errors(data))


def test_unknown_values_of_the_new_enums_parse() -> None:
    exchanged = ExchangeResult.from_dict(
        {
            "transactionCcy": "USD", "side": "SWAP", "tradeNo": "T1", "targetAmount": "1", "rateTime": "",
            "completeTime": "", "errorCode": "", "rateVersion": "", "targetCcy": "INR", "errorMsg": "",
            "ccyPair": "USDINR", "rate": "1", "outTradeNo": "X", "transactionAmount": "1", "status": "CANCELLED",
        }
    )  # fmt: skip
    assert exchanged.status == "CANCELLED"
    assert isinstance(exchanged.status, ExchangeStatus)
    assert not exchanged.status.is_known
    assert isinstance(exchanged.side, FxSide)
    assert not exchanged.side.is_known
    rfi = parse_notification(
        {
            "keyVersion": "1", "notifyTime": "2023-10-20T03:28:23.092Z", "appId": "a",
            "data": {"rfiNo": "R1", "remark": "", "businessType": "WALLET_TOPUP", "status": "ESCALATED",
                     "expireTime": "2023-10-27T03:28:23.092Z", "relateOrderId": ["o1"]},
        }
    )  # fmt: skip
    assert isinstance(rfi, RfiNotification)
    assert isinstance(rfi.data.status, RfiStatus)
    assert rfi.data.status == "ESCALATED"
    assert not rfi.data.status.is_known
    assert rfi.data.business_type == "WALLET_TOPUP"
    assert ClientExchangeRateType("Indicative") == "Indicative"
    assert VirtualAccountReceiptStatus("ON_HOLD") == "ON_HOLD"


def test_only_a_notification_without_notify_type_is_an_rfi_notification() -> None:
    with pytest.raises(UnknownNotificationType):
        parse_notification({"notifyType": None, "keyVersion": "1", "appId": "a", "data": {}})
    with pytest.raises(SpecViolationError):  # no notifyType, and not an RFI notification either
        parse_notification({"code": "APPLY_SUCCESS", "msg": "", "data": {}})


def test_personal_data_of_the_new_notifications_stays_out_of_reprs() -> None:
    payer = VirtualAccountPayer.from_dict(
        {"accountNo": "0231998877665", "accountName": "Juan Dela Cruz", "bankCode": "AUBKPHMM"}
    )
    material = RfiMaterial.from_dict({"fieldName": "ID_NUMBER", "fieldValue": "P1234567A"})
    text = repr(payer) + str(payer) + repr(material)
    for secret in ("0231998877665", "Juan Dela Cruz", "P1234567A"):
        assert secret not in text
    assert "AUBKPHMM" in repr(payer)


def test_page_return_parameters_read_the_browser_query() -> None:
    returned = PageReturnParameters.from_dict(
        {"outTradeNo": "P1642410352195", "tradeToken": "T2024062702289232000001", "status": "SUCCESS"}
    )
    assert returned.out_trade_no == "P1642410352195"
    assert returned.status == PaymentStatus.SUCCESS
