from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="CurrentBalanceQueryResult")


@_attrs_define
class CurrentBalanceQueryResult:
    """The balances at `inquiryTime`."""

    account_real_time_types: list[RealTimeAccountBalance]
    """ One row per account type and currency. """
    inquiry_time: str
    """ The moment the balances were read. """
    error_code: str | Unset = UNSET
    """ Why the query failed, when it did. """
    error_msg: str | Unset = UNSET
    """ Explanation of `errorCode`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_real_time_types = []
        for account_real_time_types_item_data in self.account_real_time_types:
            account_real_time_types_item = account_real_time_types_item_data.to_dict()
            account_real_time_types.append(account_real_time_types_item)

        inquiry_time = self.inquiry_time

        error_code = self.error_code

        error_msg = self.error_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accountRealTimeTypes": account_real_time_types,
                "inquiryTime": inquiry_time,
            }
        )
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if error_msg is not UNSET:
            field_dict["errorMsg"] = error_msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "accountRealTimeTypes"
            account_real_time_types = []
            _account_real_time_types = d.pop("accountRealTimeTypes")
            for account_real_time_types_item_data in _account_real_time_types:
                account_real_time_types_item = RealTimeAccountBalance.from_dict(account_real_time_types_item_data)

                account_real_time_types.append(account_real_time_types_item)

            _at = "inquiryTime"
            inquiry_time = d.pop("inquiryTime")

            _at = "errorCode"
            error_code = d.pop("errorCode", UNSET)

            _at = "errorMsg"
            error_msg = d.pop("errorMsg", UNSET)

            current_balance_query_result = cls(
                account_real_time_types=account_real_time_types,
                inquiry_time=inquiry_time,
                error_code=error_code,
                error_msg=error_msg,
            )

            current_balance_query_result.additional_properties = d
        except Exception as exc:
            raise _spec_violation("CurrentBalanceQueryResult", _at, exc) from exc
        return current_balance_query_result

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
from ..models.real_time_account_balance import RealTimeAccountBalance  # noqa: E402
