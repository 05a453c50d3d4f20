from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.pay_by_link_payment_status import PayByLinkPaymentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayByLinkPayment")


@_attrs_define
class PayByLinkPayment:
    """A payment made (or attempted) through a link."""

    out_trade_no: str | Unset = UNSET
    """ Order number of the payment; empty while the link has not been opened. """
    status: PayByLinkPaymentStatus | Unset = UNSET
    """ State of a payment made through a link: `PENDING` while in progress, `SUCCESS` once paid, `CLOSE`
    when it was closed unpaid.
     """
    complete_at: str | Unset = UNSET
    """ When the payment succeeded; only for `SUCCESS`. """
    user_info: PayByLinkPayer | Unset = UNSET
    """ The payer of a link payment, as given when the link was created. Note the spelling `userName` here
    against `username` in `createPaybylink`.
     """
    payment_details: list[PaymentDetailResult] | Unset = UNSET
    """ How the payer paid; only for successful payments. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_trade_no = self.out_trade_no

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        complete_at = self.complete_at

        user_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_info, Unset):
            user_info = self.user_info.to_dict()

        payment_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.payment_details, Unset):
            payment_details = []
            for payment_details_item_data in self.payment_details:
                payment_details_item = payment_details_item_data.to_dict()
                payment_details.append(payment_details_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if out_trade_no is not UNSET:
            field_dict["outTradeNo"] = out_trade_no
        if status is not UNSET:
            field_dict["status"] = status
        if complete_at is not UNSET:
            field_dict["completeAt"] = complete_at
        if user_info is not UNSET:
            field_dict["userInfo"] = user_info
        if payment_details is not UNSET:
            field_dict["paymentDetails"] = payment_details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "outTradeNo"
            out_trade_no = d.pop("outTradeNo", UNSET)

            _at = "status"
            _status = d.pop("status", UNSET)
            status: PayByLinkPaymentStatus | Unset
            if isinstance(_status, Unset):
                status = UNSET
            else:
                status = PayByLinkPaymentStatus(_status)

            _at = "completeAt"
            complete_at = d.pop("completeAt", UNSET)

            _at = "userInfo"
            _user_info = d.pop("userInfo", UNSET)
            user_info: PayByLinkPayer | Unset
            if isinstance(_user_info, Unset):
                user_info = UNSET
            else:
                user_info = PayByLinkPayer.from_dict(_user_info)

            _at = "paymentDetails"
            _payment_details = d.pop("paymentDetails", UNSET)
            payment_details: list[PaymentDetailResult] | Unset = UNSET
            if _payment_details is not UNSET:
                payment_details = []
                for payment_details_item_data in _payment_details:
                    payment_details_item = PaymentDetailResult.from_dict(payment_details_item_data)

                    payment_details.append(payment_details_item)

            pay_by_link_payment = cls(
                out_trade_no=out_trade_no,
                status=status,
                complete_at=complete_at,
                user_info=user_info,
                payment_details=payment_details,
            )

            pay_by_link_payment.additional_properties = d
        except Exception as exc:
            raise _spec_violation("PayByLinkPayment", _at, exc) from exc
        return pay_by_link_payment

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
from ..models.pay_by_link_payer import PayByLinkPayer  # noqa: E402
from ..models.payment_detail_result import PaymentDetailResult  # noqa: E402
