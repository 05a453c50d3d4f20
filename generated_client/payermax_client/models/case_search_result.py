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

T = TypeVar("T", bound="CaseSearchResult")


@_attrs_define
class CaseSearchResult:
    """One dispute case. The amounts are in major units with the decimals of their currency: `amount` and
    `fee` are what PayerMax actually froze in the merchant's account (`totalAmount` is their sum), while
    `originTradeAmount` is what should be frozen for the original payment.

    """

    case_id: str
    """ PayerMax's case number. """
    status: DisputeStatus
    """ Where a dispute case stands:
    `DISPUTE_INQUIRY` - waiting for the merchant's reply and evidence (see `caseReplay`);
    `DISPUTE_RECEIVED` - the evidence was received (only from notification version 1.5 on);
    `DISPUTE_END` - the inquiry is over and the issuer is reviewing the evidence to decide;
    `CASE_CLOSED` - the case is closed, see `caseResult`;
    `CASE_CANCEL` - the case was withdrawn (only from notification version 1.5 on).
     """
    out_trade_no: str
    """ The merchant's order number of the disputed payment. """
    trade_token: str
    """ PayerMax's number of the disputed payment. """
    out_user_id: str
    """ The merchant's id of the paying user, as sent with the payment. """
    trade_create_time: str
    """ When the disputed payment was created. """
    retrieval_date: str
    """ Day the retrieval request (inquiry) was raised, `yyyy-MM-dd`. """
    expiration_date: str
    """ Last day for the merchant's reply, `yyyy-MM-dd`; send the evidence with `caseReplay` before it. """
    amount: Decimal
    """ Payment amount actually frozen for the case, e.g. `15.00`. """
    fee: Decimal
    """ Dispute fee actually frozen, e.g. `10.00`. """
    total_amount: Decimal
    """ Total actually frozen, `amount` plus `fee`, e.g. `25.00`. """
    origin_trade_amount: Decimal
    """ Amount that should be frozen for the original payment. """
    origin_trade_currency: str
    """ Currency of `originTradeAmount`. """
    batch_id: str | Unset = UNSET
    """ Number of the batch the case belongs to, when PayerMax raised several cases together; null or empty
    otherwise. """
    case_result: DisputeCaseResult | Unset = UNSET
    """ Outcome of a decided case: `WIN` the merchant won, `FAIL` the merchant lost. """
    currency: str | Unset = UNSET
    """ Currency of the frozen amounts; null when nothing was frozen. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        case_id = self.case_id

        status = self.status.value

        out_trade_no = self.out_trade_no

        trade_token = self.trade_token

        out_user_id = self.out_user_id

        trade_create_time = self.trade_create_time

        retrieval_date = self.retrieval_date

        expiration_date = self.expiration_date

        amount = decimal_to_json(self.amount)

        fee = decimal_to_json(self.fee)

        total_amount = decimal_to_json(self.total_amount)

        origin_trade_amount = decimal_to_json(self.origin_trade_amount)

        origin_trade_currency = self.origin_trade_currency

        batch_id = self.batch_id

        case_result: str | Unset = UNSET
        if not isinstance(self.case_result, Unset):
            case_result = self.case_result.value

        currency = self.currency

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "caseId": case_id,
                "status": status,
                "outTradeNo": out_trade_no,
                "tradeToken": trade_token,
                "outUserId": out_user_id,
                "tradeCreateTime": trade_create_time,
                "retrievalDate": retrieval_date,
                "expirationDate": expiration_date,
                "amount": amount,
                "fee": fee,
                "totalAmount": total_amount,
                "originTradeAmount": origin_trade_amount,
                "originTradeCurrency": origin_trade_currency,
            }
        )
        if batch_id is not UNSET:
            field_dict["batchId"] = batch_id
        if case_result is not UNSET:
            field_dict["caseResult"] = case_result
        if currency is not UNSET:
            field_dict["currency"] = currency

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

            _at = "outTradeNo"
            out_trade_no = d.pop("outTradeNo")

            _at = "tradeToken"
            trade_token = d.pop("tradeToken")

            _at = "outUserId"
            out_user_id = d.pop("outUserId")

            _at = "tradeCreateTime"
            trade_create_time = d.pop("tradeCreateTime")

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

            case_search_result = cls(
                case_id=case_id,
                status=status,
                out_trade_no=out_trade_no,
                trade_token=trade_token,
                out_user_id=out_user_id,
                trade_create_time=trade_create_time,
                retrieval_date=retrieval_date,
                expiration_date=expiration_date,
                amount=amount,
                fee=fee,
                total_amount=total_amount,
                origin_trade_amount=origin_trade_amount,
                origin_trade_currency=origin_trade_currency,
                batch_id=batch_id,
                case_result=case_result,
                currency=currency,
            )

            case_search_result.additional_properties = d
        except Exception as exc:
            raise _spec_violation("CaseSearchResult", _at, exc) from exc
        return case_search_result

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
