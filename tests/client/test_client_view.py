"""The generator's view of the notifications: notifyType dispatch, `x-payermax-selected-by`, the one notification
without a notifyType, calls without the notification envelope - and the specs it refuses."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from generator.client_view import ClientViewError, build_client_view
from payermax_emulator.openapi import SpecDocument


def _document(spec: SpecDocument) -> dict[str, Any]:
    document: dict[str, Any] = copy.deepcopy(spec.raw)
    return document


def _payload(document: dict[str, Any], webhook: str) -> dict[str, Any]:
    ref = document["webhooks"][webhook]["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    schema: dict[str, Any] = document["components"]["schemas"][ref.rsplit("/", 1)[-1]]
    return schema


def test_the_spec_has_every_kind_of_incoming_call(spec: SpecDocument) -> None:
    view = build_client_view(_document(spec))
    assert [call.name for call in view.merchant_calls] == ["billPaymentValidation"]
    assert [webhook.name for webhook in view.webhooks if not webhook.notify_types] == ["rfi"]
    assert view.notification_variants() == {
        "PAYMENT": [("captureMode", "AuthorizationNotification")],
        "FRAUD": [("caseId", "DisputeNotification")],
    }
    assert view.notification_models()["PAYMENT"] == "PaymentNotification"
    apps = {operation.name: operation.app_id_member for operation in view.operations.values()}
    assert {name for name, member in apps.items() if member == "merchantAppId"} == {
        "addOrDelRiskNameList",
        "orderConfirm",
    }


def test_refuses_an_ambiguous_selection(spec: SpecDocument) -> None:
    document = _document(spec)
    del document["webhooks"]["authorizationResult"]["post"]["x-payermax-selected-by"]
    with pytest.raises(ClientViewError, match="PAYMENT"):
        build_client_view(document)


def test_refuses_a_second_notification_without_notify_type(spec: SpecDocument) -> None:
    document = _document(spec)
    del _payload(document, "balanceChange")["properties"]["notifyType"]
    with pytest.raises(ClientViewError, match="only one notification may lack a notifyType"):
        build_client_view(document)


def test_refuses_an_unknown_envelope_value(spec: SpecDocument) -> None:
    document = _document(spec)
    document["webhooks"]["billPaymentValidation"]["post"]["x-payermax-envelope"] = "bare"
    with pytest.raises(ClientViewError, match="x-payermax-envelope"):
        build_client_view(document)


@pytest.mark.parametrize("webhook", ["rfi", "billPaymentValidation"])
def test_refuses_a_selection_where_there_is_no_notify_type(spec: SpecDocument, webhook: str) -> None:
    document = _document(spec)
    document["webhooks"][webhook]["post"]["x-payermax-selected-by"] = "data.status"
    with pytest.raises(ClientViewError, match="x-payermax-selected-by"):
        build_client_view(document)
