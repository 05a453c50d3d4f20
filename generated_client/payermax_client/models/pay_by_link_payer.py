from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayByLinkPayer")


@_attrs_define
class PayByLinkPayer:
    """The payer of a link payment, as given when the link was created. Note the spelling `userName` here
    against `username` in `createPaybylink`.

    """

    user_id: str | Unset = UNSET
    """ The merchant's id of the payer. """
    user_name: str | Unset = UNSET
    """ The payer's name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        user_name = self.user_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if user_name is not UNSET:
            field_dict["userName"] = user_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "userId"
            user_id = d.pop("userId", UNSET)

            _at = "userName"
            user_name = d.pop("userName", UNSET)

            pay_by_link_payer = cls(
                user_id=user_id,
                user_name=user_name,
            )

            pay_by_link_payer.additional_properties = d
        except Exception as exc:
            raise _spec_violation("PayByLinkPayer", _at, exc) from exc
        return pay_by_link_payer

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
