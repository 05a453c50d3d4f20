from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

T = TypeVar("T", bound="ApplyDropinSessionResult")


@_attrs_define
class ApplyDropinSessionResult:
    """The keys that initialise the Drop-in component in the payer's browser."""

    session_key: str
    """ Key of this session; also sent with the order (`paymentDetail.sessionKey`). """
    client_key: str
    """ Key the browser component is created with. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_key = self.session_key

        client_key = self.client_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sessionKey": session_key,
                "clientKey": client_key,
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
            _at = "sessionKey"
            session_key = d.pop("sessionKey")

            _at = "clientKey"
            client_key = d.pop("clientKey")

            apply_dropin_session_result = cls(
                session_key=session_key,
                client_key=client_key,
            )

            apply_dropin_session_result.additional_properties = d
        except Exception as exc:
            raise _spec_violation("ApplyDropinSessionResult", _at, exc) from exc
        return apply_dropin_session_result

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
