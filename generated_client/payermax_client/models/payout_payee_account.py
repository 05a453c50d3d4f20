from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayoutPayeeAccount")


@_attrs_define
class PayoutPayeeAccount:
    """The payee's account at the receiving institution."""

    account_no: str = _attrs_field(repr=False)
    """ Account number, IBAN, wallet id, phone number or card number, as the payment method requires. """
    account_type: str | Unset = UNSET
    """ Kind of account; the allowed values depend on the country and payment method. """
    check_digit: str | Unset = UNSET
    """ Check digit of the account, where the country uses one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_no = self.account_no

        account_type = self.account_type

        check_digit = self.check_digit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountNo": account_no,
            }
        )
        if account_type is not UNSET:
            field_dict["accountType"] = account_type
        if check_digit is not UNSET:
            field_dict["checkDigit"] = check_digit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "accountNo"
            account_no = d.pop("accountNo")

            _at = "accountType"
            account_type = d.pop("accountType", UNSET)

            _at = "checkDigit"
            check_digit = d.pop("checkDigit", UNSET)

            payout_payee_account = cls(
                account_no=account_no,
                account_type=account_type,
                check_digit=check_digit,
            )

            payout_payee_account.additional_properties = d
        except Exception as exc:
            raise _spec_violation("PayoutPayeeAccount", _at, exc) from exc
        return payout_payee_account

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
