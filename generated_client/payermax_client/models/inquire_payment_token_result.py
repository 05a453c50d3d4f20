from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

T = TypeVar("T", bound="InquirePaymentTokenResult")


@_attrs_define
class InquirePaymentTokenResult:
    """The user's tokens that match the filters."""

    token_list: list[StoredPaymentToken]
    """ The tokens; empty or null when the user has none. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token_list = []
        for token_list_item_data in self.token_list:
            token_list_item = token_list_item_data.to_dict()
            token_list.append(token_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tokenList": token_list,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "tokenList"
            token_list = []
            _token_list = d.pop("tokenList")
            for token_list_item_data in _token_list:
                token_list_item = StoredPaymentToken.from_dict(token_list_item_data)

                token_list.append(token_list_item)

            inquire_payment_token_result = cls(
                token_list=token_list,
            )

            inquire_payment_token_result.additional_properties = d
        except Exception as exc:
            raise _spec_violation("InquirePaymentTokenResult", _at, exc) from exc
        return inquire_payment_token_result

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
from ..models.stored_payment_token import StoredPaymentToken  # noqa: E402
