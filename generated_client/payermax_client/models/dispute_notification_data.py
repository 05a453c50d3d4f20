from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.dispute_case_result import DisputeCaseResult
from ..models.dispute_status import DisputeStatus
from ..money import decimal_from_json, decimal_to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="DisputeNotificationData")


@_attrs_define
class DisputeNotificationData:
    """The dispute case and the payment it is about. Amounts are in major units with the decimals of their
    currency; `amount` and `fee` are what PayerMax froze, `totalAmount` their sum.

    """

    case_id: str
    """ PayerMax's case number; use it with `caseSearch` and `caseReplay`. """
    status: DisputeStatus
    """ Where a dispute case stands:
    `DISPUTE_INQUIRY` - waiting for the merchant's reply and evidence (see `caseReplay`);
    `DISPUTE_RECEIVED` - the evidence was received (only from notification version 1.5 on);
    `DISPUTE_END` - the inquiry is over and the issuer is reviewing the evidence to decide;
    `CASE_CLOSED` - the case is closed, see `caseResult`;
    `CASE_CANCEL` - the case was withdrawn (only from notification version 1.5 on).
     """
    reason_code: str
    """ Code of the dispute reason given by the scheme or wallet, e.g. `4842`. """
    reason_message: str
    """ The dispute reason in words, e.g. `Late Presentment`. """
    retrieval_date: str
    """ Day the retrieval request (inquiry) was raised. """
    expiration_date: str
    """ Last day for the merchant's reply; send the evidence with `caseReplay` before it. """
    amount: Decimal
    """ Payment amount actually frozen for the case. """
    fee: Decimal
    """ Dispute fee actually frozen. """
    total_amount: Decimal
    """ Total actually frozen, `amount` plus `fee`. """
    origin_trade_amount: Decimal
    """ Amount that should be frozen for the original payment. """
    origin_trade_currency: str
    """ Currency of `originTradeAmount`. """
    out_trade_no: str
    """ The merchant's order number of the disputed payment. """
    trade_token: str
    """ PayerMax's number of the disputed payment. """
    channel_order_no: str
    """ The payment's order number at the channel (acquirer or wallet). """
    out_user_id: str
    """ The merchant's id of the paying user. """
    trade_amount: Decimal
    """ Amount of the disputed payment. """
    trade_currency: str
    """ Currency of the disputed payment. """
    trade_country: str
    """ Country of the disputed payment. """
    trade_create_time: str
    """ When the disputed payment was created. """
    batch_id: str | Unset = UNSET
    """ Number of the batch the case belongs to, when PayerMax raised several cases together. """
    case_result: DisputeCaseResult | Unset = UNSET
    """ Outcome of a decided case: `WIN` the merchant won, `FAIL` the merchant lost. """
    currency: str | Unset = UNSET
    """ Currency of the frozen amounts. """
    pay_finish_time: str | Unset = UNSET
    """ When the disputed payment completed. """
    payment_method_type: str | Unset = UNSET
    """ Payment method type of the disputed payment, e.g. `CARD` or `WALLET`. """
    target_org: str | Unset = UNSET
    """ Wallet or institution of the disputed payment, e.g. `OVO`; empty for cards. """
    card_org: str | Unset = UNSET
    """ Card scheme of a disputed card payment, e.g. `VISA`; empty otherwise. """
    product_desc: str | Unset = UNSET
    """ What was bought, as the merchant described it in the payment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        case_id = self.case_id

        status = self.status.value

        reason_code = self.reason_code

        reason_message = self.reason_message

        retrieval_date = self.retrieval_date

        expiration_date = self.expiration_date

        amount = decimal_to_json(self.amount)

        fee = decimal_to_json(self.fee)

        total_amount = decimal_to_json(self.total_amount)

        origin_trade_amount = decimal_to_json(self.origin_trade_amount)

        origin_trade_currency = self.origin_trade_currency

        out_trade_no = self.out_trade_no

        trade_token = self.trade_token

        channel_order_no = self.channel_order_no

        out_user_id = self.out_user_id

        trade_amount = decimal_to_json(self.trade_amount)

        trade_currency = self.trade_currency

        trade_country = self.trade_country

        trade_create_time = self.trade_create_time

        batch_id = self.batch_id

        case_result: str | Unset = UNSET
        if not isinstance(self.case_result, Unset):
            case_result = self.case_result.value

        currency = self.currency

        pay_finish_time = self.pay_finish_time

        payment_method_type = self.payment_method_type

        target_org = self.target_org

        card_org = self.card_org

        product_desc = self.product_desc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "caseId": case_id,
                "status": status,
                "reasonCode": reason_code,
                "reasonMessage": reason_message,
                "retrievalDate": retrieval_date,
                "expirationDate": expiration_date,
                "amount": amount,
                "fee": fee,
                "totalAmount": total_amount,
                "originTradeAmount": origin_trade_amount,
                "originTradeCurrency": origin_trade_currency,
                "outTradeNo": out_trade_no,
                "tradeToken": trade_token,
                "channelOrderNo": channel_order_no,
                "outUserId": out_user_id,
                "tradeAmount": trade_amount,
                "tradeCurrency": trade_currency,
                "tradeCountry": trade_country,
                "tradeCreateTime": trade_create_time,
            }
        )
        if batch_id is not UNSET:
            field_dict["batchId"] = batch_id
        if case_result is not UNSET:
            field_dict["caseResult"] = case_result
        if currency is not UNSET:
            field_dict["currency"] = currency
        if pay_finish_time is not UNSET:
            field_dict["payFinishTime"] = pay_finish_time
        if payment_method_type is not UNSET:
            field_dict["paymentMethodType"] = payment_method_type
        if target_org is not UNSET:
            field_dict["targetOrg"] = target_org
        if card_org is not UNSET:
            field_dict["cardOrg"] = card_org
        if product_desc is not UNSET:
            field_dict["productDesc"] = product_desc

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "caseId"
            case_id = d.pop("caseId")

            _at = "status"
            status = DisputeStatus(d.pop("status"))

            _at = "reasonCode"
            reason_code = d.pop("reasonCode")

            _at = "reasonMessage"
            reason_message = d.pop("reasonMessage")

            _at = "retrievalDate"
            retrieval_date = d.pop("retrievalDate")

            _at = "expirationDate"
            expiration_date = d.pop("expirationDate")

            _at = "amount"
            amount = decimal_from_json(d.pop("amount"))

            _at = "fee"
            fee = decimal_from_json(d.pop("fee"))

            _at = "totalAmount"
            total_amount = decimal_from_json(d.pop("totalAmount"))

            _at = "originTradeAmount"
            origin_trade_amount = decimal_from_json(d.pop("originTradeAmount"))

            _at = "originTradeCurrency"
            origin_trade_currency = d.pop("originTradeCurrency")

            _at = "outTradeNo"
            out_trade_no = d.pop("outTradeNo")

            _at = "tradeToken"
            trade_token = d.pop("tradeToken")

            _at = "channelOrderNo"
            channel_order_no = d.pop("channelOrderNo")

            _at = "outUserId"
            out_user_id = d.pop("outUserId")

            _at = "tradeAmount"
            trade_amount = decimal_from_json(d.pop("tradeAmount"))

            _at = "tradeCurrency"
            trade_currency = d.pop("tradeCurrency")

            _at = "tradeCountry"
            trade_country = d.pop("tradeCountry")

            _at = "tradeCreateTime"
            trade_create_time = d.pop("tradeCreateTime")

            _at = "batchId"
            batch_id = d.pop("batchId", UNSET)

            _at = "caseResult"
            _case_result = d.pop("caseResult", UNSET)
            case_result: DisputeCaseResult | Unset
            if isinstance(_case_result, Unset):
                case_result = UNSET
            else:
                case_result = DisputeCaseResult(_case_result)

            _at = "currency"
            currency = d.pop("currency", UNSET)

            _at = "payFinishTime"
            pay_finish_time = d.pop("payFinishTime", UNSET)

            _at = "paymentMethodType"
            payment_method_type = d.pop("paymentMethodType", UNSET)

            _at = "targetOrg"
            target_org = d.pop("targetOrg", UNSET)

            _at = "cardOrg"
            card_org = d.pop("cardOrg", UNSET)

            _at = "productDesc"
            product_desc = d.pop("productDesc", UNSET)

            dispute_notification_data = cls(
                case_id=case_id,
                status=status,
                reason_code=reason_code,
                reason_message=reason_message,
                retrieval_date=retrieval_date,
                expiration_date=expiration_date,
                amount=amount,
                fee=fee,
                total_amount=total_amount,
                origin_trade_amount=origin_trade_amount,
                origin_trade_currency=origin_trade_currency,
                out_trade_no=out_trade_no,
                trade_token=trade_token,
                channel_order_no=channel_order_no,
                out_user_id=out_user_id,
                trade_amount=trade_amount,
                trade_currency=trade_currency,
                trade_country=trade_country,
                trade_create_time=trade_create_time,
                batch_id=batch_id,
                case_result=case_result,
                currency=currency,
                pay_finish_time=pay_finish_time,
                payment_method_type=payment_method_type,
                target_org=target_org,
                card_org=card_org,
                product_desc=product_desc,
            )

            dispute_notification_data.additional_properties = d
        except Exception as exc:
            raise _spec_violation("DisputeNotificationData", _at, exc) from exc
        return dispute_notification_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
