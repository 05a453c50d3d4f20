from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.payout_status import PayoutStatus
from ..models.payout_sub_status import PayoutSubStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentOrderQryResult")


@_attrs_define
class PaymentOrderQryResult:
    """A payout order and its current state."""

    transaction_utc_time: str
    """ When the payout was created. """
    trade: PayoutTrade
    """ The payout amount as the merchant ordered it. """
    source: PayoutAmountBreakdown
    """ One side of a payout: what was debited from the merchant (`source`) or what reached the payee
    (`destination`), with the fee, tax and exchange rate on that side.
     """
    destination: PayoutAmountBreakdown
    """ One side of a payout: what was debited from the merchant (`source`) or what reached the payee
    (`destination`), with the fee, tax and exchange rate on that side.
     """
    out_trade_no: str | Unset = UNSET
    """ The merchant's payout number. """
    trade_no: str | Unset = UNSET
    """ PayerMax's number of the payout. """
    status: PayoutStatus | Unset = UNSET
    """ State of a payout: `PENDING` in progress (see `subStatus`); `SUCCESS` paid out by the receiving bank or
    wallet; `FAILED` failed (see `responseCode` and `responseMsg`); `BOUNCEBACK` reported successful but
    then returned by the receiving side (frozen or wrong account, missing payee documents, clearing
    problems) - the money goes back to the merchant's balance. In some countries a `SUCCESS` can still
    turn into `BOUNCEBACK`.
     """
    sub_status: PayoutSubStatus | Unset = UNSET
    """ Progress of a `PENDING` payout: `PEND_RFI_MATERIAL` waiting for documents - upload them as asked by
    e-mail or in the Merchant Dashboard; `REVIEW` documents under review (usually 0-3 working days);
    `TRANSMIT` being processed normally, nothing to do.
     """
    response_code: str | Unset = UNSET
    """ Error code of a failed payout; empty otherwise. """
    response_msg: str | Unset = UNSET
    """ Explanation of `responseCode`. """
    reference: str | Unset = UNSET
    """ The merchant's free data given with the payout. """
    redeem_code: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ Secret handed to the payee, when the method has one - a FAWRY cash pick-up code or a carrier top-up PIN. """
    notify_email: str | Unset = UNSET
    """ The payee's notification e-mail given with the payout. """
    notify_phone: str | Unset = UNSET
    """ The payee's notification phone given with the payout. """
    funds_freeze_time: str | Unset = UNSET
    """ When the money was taken from the merchant's balance. """
    funds_return_time: str | Unset = UNSET
    """ When the money went back to the merchant's balance (failed or bounced payouts). """
    pay_finish_time: str | Unset = UNSET
    """ When the payout completed. """
    expiry_time: str | Unset = UNSET
    """ When the payout (e.g. a cash pick-up) expires. """
    bounce_back_time: str | Unset = UNSET
    """ When the payout bounced back. """
    additional_identifier: PayoutAdditionalIdentifier | Unset = UNSET
    """ Extra references of a payout. Only sent to merchants whose payout notification version is 3.0 or
    later (ask PayerMax support to switch).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_utc_time = self.transaction_utc_time

        trade = self.trade.to_dict()

        source = self.source.to_dict()

        destination = self.destination.to_dict()

        out_trade_no = self.out_trade_no

        trade_no = self.trade_no

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        sub_status: str | Unset = UNSET
        if not isinstance(self.sub_status, Unset):
            sub_status = self.sub_status.value

        response_code = self.response_code

        response_msg = self.response_msg

        reference = self.reference

        redeem_code = self.redeem_code

        notify_email = self.notify_email

        notify_phone = self.notify_phone

        funds_freeze_time = self.funds_freeze_time

        funds_return_time = self.funds_return_time

        pay_finish_time = self.pay_finish_time

        expiry_time = self.expiry_time

        bounce_back_time = self.bounce_back_time

        additional_identifier: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_identifier, Unset):
            additional_identifier = self.additional_identifier.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transactionUtcTime": transaction_utc_time,
                "trade": trade,
                "source": source,
                "destination": destination,
            }
        )
        if out_trade_no is not UNSET:
            field_dict["outTradeNo"] = out_trade_no
        if trade_no is not UNSET:
            field_dict["tradeNo"] = trade_no
        if status is not UNSET:
            field_dict["status"] = status
        if sub_status is not UNSET:
            field_dict["subStatus"] = sub_status
        if response_code is not UNSET:
            field_dict["responseCode"] = response_code
        if response_msg is not UNSET:
            field_dict["responseMsg"] = response_msg
        if reference is not UNSET:
            field_dict["reference"] = reference
        if redeem_code is not UNSET:
            field_dict["redeemCode"] = redeem_code
        if notify_email is not UNSET:
            field_dict["notifyEmail"] = notify_email
        if notify_phone is not UNSET:
            field_dict["notifyPhone"] = notify_phone
        if funds_freeze_time is not UNSET:
            field_dict["fundsFreezeTime"] = funds_freeze_time
        if funds_return_time is not UNSET:
            field_dict["fundsReturnTime"] = funds_return_time
        if pay_finish_time is not UNSET:
            field_dict["payFinishTime"] = pay_finish_time
        if expiry_time is not UNSET:
            field_dict["expiryTime"] = expiry_time
        if bounce_back_time is not UNSET:
            field_dict["bounceBackTime"] = bounce_back_time
        if additional_identifier is not UNSET:
            field_dict["additionalIdentifier"] = additional_identifier

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "transactionUtcTime"
            transaction_utc_time = d.pop("transactionUtcTime")

            _at = "trade"
            trade = PayoutTrade.from_dict(d.pop("trade"))

            _at = "source"
            source = PayoutAmountBreakdown.from_dict(d.pop("source"))

            _at = "destination"
            destination = PayoutAmountBreakdown.from_dict(d.pop("destination"))

            _at = "outTradeNo"
            out_trade_no = d.pop("outTradeNo", UNSET)

            _at = "tradeNo"
            trade_no = d.pop("tradeNo", UNSET)

            _at = "status"
            _status = d.pop("status", UNSET)
            status: PayoutStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = PayoutStatus(_status)

            _at = "subStatus"
            _sub_status = d.pop("subStatus", UNSET)
            sub_status: PayoutSubStatus | Unset
            if isinstance(_sub_status, Unset):
                sub_status = UNSET
            else:
                sub_status = PayoutSubStatus(_sub_status)

            _at = "responseCode"
            response_code = d.pop("responseCode", UNSET)

            _at = "responseMsg"
            response_msg = d.pop("responseMsg", UNSET)

            _at = "reference"
            reference = d.pop("reference", UNSET)

            _at = "redeemCode"
            redeem_code = d.pop("redeemCode", UNSET)

            _at = "notifyEmail"
            notify_email = d.pop("notifyEmail", UNSET)

            _at = "notifyPhone"
            notify_phone = d.pop("notifyPhone", UNSET)

            _at = "fundsFreezeTime"
            funds_freeze_time = d.pop("fundsFreezeTime", UNSET)

            _at = "fundsReturnTime"
            funds_return_time = d.pop("fundsReturnTime", UNSET)

            _at = "payFinishTime"
            pay_finish_time = d.pop("payFinishTime", UNSET)

            _at = "expiryTime"
            expiry_time = d.pop("expiryTime", UNSET)

            _at = "bounceBackTime"
            bounce_back_time = d.pop("bounceBackTime", UNSET)

            _at = "additionalIdentifier"
            _additional_identifier = d.pop("additionalIdentifier", UNSET)
            additional_identifier: PayoutAdditionalIdentifier | Unset
            if isinstance(_additional_identifier, Unset):
                additional_identifier = UNSET
            else:
                additional_identifier = PayoutAdditionalIdentifier.from_dict(_additional_identifier)

            payment_order_qry_result = cls(
                transaction_utc_time=transaction_utc_time,
                trade=trade,
                source=source,
                destination=destination,
                out_trade_no=out_trade_no,
                trade_no=trade_no,
                status=status,
                sub_status=sub_status,
                response_code=response_code,
                response_msg=response_msg,
                reference=reference,
                redeem_code=redeem_code,
                notify_email=notify_email,
                notify_phone=notify_phone,
                funds_freeze_time=funds_freeze_time,
                funds_return_time=funds_return_time,
                pay_finish_time=pay_finish_time,
                expiry_time=expiry_time,
                bounce_back_time=bounce_back_time,
                additional_identifier=additional_identifier,
            )

            payment_order_qry_result.additional_properties = d
        except Exception as exc:
            raise _spec_violation("PaymentOrderQryResult", _at, exc) from exc
        return payment_order_qry_result

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


# The models this one refers to, imported after its class: models may refer to each other, which imports at the
# top of both cannot do, and names at module level cost its methods nothing per call (an import inside a method
# runs on every call).
from ..models.payout_additional_identifier import PayoutAdditionalIdentifier  # noqa: E402
from ..models.payout_amount_breakdown import PayoutAmountBreakdown  # noqa: E402
from ..models.payout_trade import PayoutTrade  # noqa: E402
