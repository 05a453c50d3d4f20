"""Fraud and risk lists through the emulator, over real sockets with the generated client: a fraud notification
for a paid order, the merchant listing the user and the card (addOrDelRiskNameList, whose envelope names the app
``merchantAppId``), payments refused for them, entries removed and lapsing on the emulator clock."""

from __future__ import annotations

from payermax_client.api.collection import order_and_pay
from payermax_client.api.risk import add_or_del_risk_name_list
from payermax_client.models import (
    AddOrDelRiskNameListRequest,
    AddOrDelRiskNameListRequestNameType,
    AddOrDelRiskNameListRequestOperateType,
    AddOrDelRiskNameListResult,
    FraudNotification,
    OrderAndPayResult,
    RiskListDuration,
    RiskListEntry,
    RiskListType,
)
from tests.support.builders import card_order, direct_order
from tests.support.flows import advance, data_of, received, refused
from tests.support.gateway import Gateway

DAY = 24 * 3600


def listing(request_id: str, *entries: tuple[RiskListType, str], delete: bool = False,
            duration: RiskListDuration | None = None) -> AddOrDelRiskNameListRequest:  # fmt: skip
    operate = AddOrDelRiskNameListRequestOperateType.DELETE if delete else AddOrDelRiskNameListRequestOperateType.ADD
    names = [RiskListEntry(key=key, value=value) for key, value in entries]
    for name in names:
        if duration is not None:
            name.expire_type = duration
    return AddOrDelRiskNameListRequest(name_type=AddOrDelRiskNameListRequestNameType.BLACK, remark="", request_id=request_id,
                                       operate_type=operate, name_list=names)  # fmt: skip


def change_list(gateway: Gateway, body: AddOrDelRiskNameListRequest) -> None:
    answer = data_of(add_or_del_risk_name_list.sync(client=gateway.client(), body=body), AddOrDelRiskNameListResult)
    assert answer.request_id == body.request_id


def pays(gateway: Gateway, out_trade_no: str, user_id: str = "buyer-7", card: str = "4111111111111111") -> str:
    order = direct_order(out_trade_no, card=card)
    order.user_id = user_id
    return data_of(order_and_pay.sync(client=gateway.client(), body=order), OrderAndPayResult).status


def test_fraud_notification_then_risk_list_entry_then_payment_refused(gateway: Gateway) -> None:
    client = gateway.client()
    data_of(order_and_pay.sync(client=client, body=card_order("FRAUD_1", "30.59")), OrderAndPayResult)
    reported = gateway.control("POST", "/orders/FRAUD_1/fraud")
    assert reported["outTradeNo"] == "FRAUD_1"
    note = received(gateway, FraudNotification, out_trade_no="FRAUD_1")[0]
    assert note.notify_type == "FRAUD" and note.version == "1.0"
    assert (note.data.out_user_id, note.data.trade_currency, str(note.data.trade_amount)) == ("buyer-7", "USD",
                                                                                              "30.5900")  # fmt: skip

    change_list(gateway, listing("RISK_1", (RiskListType.NEG0002, note.data.out_user_id),
                                 (RiskListType.NEG0001, "411111-1111")))  # fmt: skip
    assert {(e["key"], e["value"]) for e in gateway.control("GET", "/risk-list")} == {("NEG0001", "411111-1111"),
                                                                                   ("NEG0002", "buyer-7")}  # fmt: skip
    by_user = refused(lambda: pays(gateway, "FRAUD_2", card="5555555555554444"), "PAYMENT_REJECTED")
    assert "userId" in by_user.msg and "NEG0002" in by_user.msg and "buyer-7" not in by_user.msg
    by_card = refused(lambda: pays(gateway, "FRAUD_3", user_id="buyer-8"), "PAYMENT_REJECTED")
    assert "card" in by_card.msg and "411111" not in by_card.msg
    assert pays(gateway, "FRAUD_4", user_id="buyer-8", card="5555555555554444") == "SUCCESS"

    change_list(gateway, listing("RISK_2", (RiskListType.NEG0001, "411111-1111"), delete=True))
    assert pays(gateway, "FRAUD_5", user_id="buyer-8") == "SUCCESS"
    refused(lambda: pays(gateway, "FRAUD_6"), "PAYMENT_REJECTED")


def test_ips_bins_and_countries_are_screened_and_entries_lapse(gateway: Gateway) -> None:
    change_list(gateway, listing("RISK_IP", (RiskListType.NEG0003, "203.0.113.7"), duration=RiskListDuration.DAY))
    assert "clientIp" in refused(lambda: pays(gateway, "RISK_IP_1"), "PAYMENT_REJECTED").msg
    advance(gateway, DAY + 1)
    assert pays(gateway, "RISK_IP_2") == "SUCCESS", "a DAY entry lapses after a day on the emulator clock"
    change_list(gateway, listing("RISK_BIN", (RiskListType.NEG0004, "555555")))
    refused(lambda: pays(gateway, "RISK_BIN_1", card="5555555555554444"), "PAYMENT_REJECTED")
    change_list(gateway, listing("RISK_COUNTRY", (RiskListType.NEG0005, "us")))
    refused(lambda: pays(gateway, "RISK_COUNTRY_1"), "PAYMENT_REJECTED")


def test_risk_list_requests_are_checked(gateway: Gateway) -> None:
    client = gateway.client()
    change_list(gateway, listing("RISK_REPEAT", (RiskListType.NEG0002, "someone")))
    again = listing("RISK_REPEAT", (RiskListType.NEG0002, "someone-else"))
    refused(lambda: add_or_del_risk_name_list.sync(client=client, body=again), "ORDER_REPEAT")
    card = listing("RISK_BAD_CARD", (RiskListType.NEG0002, "ok"), (RiskListType.NEG0001, "4111111111111111"))
    bad = refused(lambda: add_or_del_risk_name_list.sync(client=client, body=card), "PARAMS_INVALID")
    assert "nameList[1].value" in bad.msg and "4111111111111111" not in bad.msg
    ip = listing("RISK_BAD_IP", (RiskListType.NEG0003, "not-an-ip"))
    refused(lambda: add_or_del_risk_name_list.sync(client=client, body=ip), "PARAMS_INVALID")
    assert {e["value"] for e in gateway.control("GET", "/risk-list")} == {"someone"}
