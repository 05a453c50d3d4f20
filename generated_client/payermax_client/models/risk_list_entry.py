from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.risk_list_duration import RiskListDuration
from ..models.risk_list_type import RiskListType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RiskListEntry")


@_attrs_define
class RiskListEntry:
    """One entry of a block list."""

    key: RiskListType
    """ Which block list an entry belongs to, and so what its `value` is: `NEG0001` a card (first six and last
    four digits, `123456-4321`), `NEG0002` a user id of the merchant, `NEG0003` an IP address, `NEG0004` a
    card BIN, `NEG0005` the issuing country of cards (upper-case country code).
     """
    value: str
    """ The listed card (`123456-4321`), user id, IP address, BIN or country code, by `key`. """
    expire_type: RiskListDuration | Unset = UNSET
    """ How long an entry stays listed: `DAY` (1 day), `WEEK` (7), `MONTH` (30), `HALFYEAR` (180), `YEAR`
    (365) or `FOREVER`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key.value

        value = self.value

        expire_type: str | Unset = UNSET
        if not isinstance(self.expire_type, Unset):
            expire_type = self.expire_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "value": value,
            }
        )
        if expire_type is not UNSET:
            field_dict["expireType"] = expire_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "key"
            key = RiskListType(d.pop("key"))

            _at = "value"
            value = d.pop("value")

            _at = "expireType"
            _expire_type = d.pop("expireType", UNSET)
            expire_type: RiskListDuration | Unset
            if isinstance(_expire_type, Unset):
                expire_type = UNSET
            else:
                expire_type = RiskListDuration(_expire_type)

            risk_list_entry = cls(
                key=key,
                value=value,
                expire_type=expire_type,
            )

            risk_list_entry.additional_properties = d
        except Exception as exc:
            raise _spec_violation("RiskListEntry", _at, exc) from exc
        return risk_list_entry

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
