from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.inquire_apply_request_request_token_scope import (
    InquireApplyRequestRequestTokenScope,
)

T = TypeVar("T", bound="InquireApplyRequestRequest")


@_attrs_define
class InquireApplyRequestRequest:
    """Which token application to look up."""

    user_id: str
    """ The merchant's id of the user the token is for, as given to `applyPaymentToken`. """
    token_scope: InquireApplyRequestRequestTokenScope
    """ Always `tokenAcq`. """
    request_id: str
    """ The `requestId` of the `applyPaymentToken` request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        token_scope = self.token_scope.value

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "tokenScope": token_scope,
                "requestId": request_id,
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
            _at = "userId"
            user_id = d.pop("userId")

            _at = "tokenScope"
            token_scope = InquireApplyRequestRequestTokenScope(d.pop("tokenScope"))

            _at = "requestId"
            request_id = d.pop("requestId")

            inquire_apply_request_request = cls(
                user_id=user_id,
                token_scope=token_scope,
                request_id=request_id,
            )

            inquire_apply_request_request.additional_properties = d
        except Exception as exc:
            raise _spec_violation("InquireApplyRequestRequest", _at, exc) from exc
        return inquire_apply_request_request

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
