from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="PayoutPayeeDocument")


@_attrs_define
class PayoutPayeeDocument:
    """The payee's identity document; the accepted kinds depend on the country."""

    document_type: str | Unset = UNSET
    """ Kind of identity document. """
    document_id: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ Number of the identity document. """
    document_issue_date: str | Unset = UNSET
    """ Date the document was issued, `yyyy-MM-dd`. """
    document_expire_date: str | Unset = UNSET
    """ Date the document expires, `yyyy-MM-dd`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_type = self.document_type

        document_id = self.document_id

        document_issue_date = self.document_issue_date

        document_expire_date = self.document_expire_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if document_type is not UNSET:
            field_dict["documentType"] = document_type
        if document_id is not UNSET:
            field_dict["documentId"] = document_id
        if document_issue_date is not UNSET:
            field_dict["documentIssueDate"] = document_issue_date
        if document_expire_date is not UNSET:
            field_dict["documentExpireDate"] = document_expire_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "documentType"
            document_type = d.pop("documentType", UNSET)

            _at = "documentId"
            document_id = d.pop("documentId", UNSET)

            _at = "documentIssueDate"
            document_issue_date = d.pop("documentIssueDate", UNSET)

            _at = "documentExpireDate"
            document_expire_date = d.pop("documentExpireDate", UNSET)

            payout_payee_document = cls(
                document_type=document_type,
                document_id=document_id,
                document_issue_date=document_issue_date,
                document_expire_date=document_expire_date,
            )

            payout_payee_document.additional_properties = d
        except Exception as exc:
            raise _spec_violation("PayoutPayeeDocument", _at, exc) from exc
        return payout_payee_document

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
