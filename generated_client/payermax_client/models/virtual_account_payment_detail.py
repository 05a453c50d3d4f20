from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="VirtualAccountPaymentDetail")


@_attrs_define
class VirtualAccountPaymentDetail:
    """The transfer in detail."""

    payee_info: VirtualAccountPayee
    """ The merchant's receiving (virtual) account. """
    payer_info: VirtualAccountPayer
    """ Who sent the transfer, as far as the bank reported it. """
    settle: VirtualAccountSettlement
    """ What the merchant is credited with. `trade.amount` (what the bank received) is `amount` plus `fee` and
    `tax` when all are in one currency.
     """
    trade: VirtualAccountTrade
    """ What the bank actually received. """
    remark: str | Unset = UNSET
    """ The memo the sender wrote on the transfer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payee_info = self.payee_info.to_dict()

        payer_info = self.payer_info.to_dict()

        settle = self.settle.to_dict()

        trade = self.trade.to_dict()

        remark = self.remark

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "payeeInfo": payee_info,
                "payerInfo": payer_info,
                "settle": settle,
                "trade": trade,
            }
        )
        if remark is not UNSET:
            field_dict["remark"] = remark

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "payeeInfo"
            payee_info = VirtualAccountPayee.from_dict(d.pop("payeeInfo"))

            _at = "payerInfo"
            payer_info = VirtualAccountPayer.from_dict(d.pop("payerInfo"))

            _at = "settle"
            settle = VirtualAccountSettlement.from_dict(d.pop("settle"))

            _at = "trade"
            trade = VirtualAccountTrade.from_dict(d.pop("trade"))

            _at = "remark"
            remark = d.pop("remark", UNSET)

            virtual_account_payment_detail = cls(
                payee_info=payee_info,
                payer_info=payer_info,
                settle=settle,
                trade=trade,
                remark=remark,
            )

            virtual_account_payment_detail.additional_properties = d
        except Exception as exc:
            raise _spec_violation("VirtualAccountPaymentDetail", _at, exc) from exc
        return virtual_account_payment_detail

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
from ..models.virtual_account_payee import VirtualAccountPayee  # noqa: E402
from ..models.virtual_account_payer import VirtualAccountPayer  # noqa: E402
from ..models.virtual_account_settlement import VirtualAccountSettlement  # noqa: E402
from ..models.virtual_account_trade import VirtualAccountTrade  # noqa: E402
