from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..types import UNSET, Unset

T = TypeVar("T", bound="CaseReplayRequest")


@_attrs_define
class CaseReplayRequest:
    """The merchant's reply to a case (give `caseId`) or to a batch of cases (give `batchId`). The member
    not used must be left out, empty or null.

    """

    out_user_id: str
    """ The merchant's id of the paying user of the disputed payment. """
    response_content: str
    """ The merchant's statement about the case. """
    case_id: str | Unset = UNSET
    """ Case number; required when replying to a single case, empty when replying to a batch. """
    batch_id: str | Unset = UNSET
    """ Batch number; required when replying to a batch of cases, empty when replying to a single case. """
    representment_file: list[str] | Unset = UNSET
    """ Download links to the evidence files. Each link must end in a file name with one of the
    extensions PNG, JPG, ZIP, DOC, XLS or PDF, without Chinese or special characters; name the files
    after the case number (or the batch number), e.g. `https://host/O20211118090801.ZIP`.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_user_id = self.out_user_id

        response_content = self.response_content

        case_id = self.case_id

        batch_id = self.batch_id

        representment_file: list[str] | Unset = UNSET
        if not isinstance(self.representment_file, Unset):
            representment_file = self.representment_file

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outUserId": out_user_id,
                "responseContent": response_content,
            }
        )
        if case_id is not UNSET:
            field_dict["caseId"] = case_id
        if batch_id is not UNSET:
            field_dict["batchId"] = batch_id
        if representment_file is not UNSET:
            field_dict["representmentFile"] = representment_file

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "outUserId"
            out_user_id = d.pop("outUserId")

            _at = "responseContent"
            response_content = d.pop("responseContent")

            _at = "caseId"
            case_id = d.pop("caseId", UNSET)

            _at = "batchId"
            batch_id = d.pop("batchId", UNSET)

            _at = "representmentFile"
            representment_file = cast(list[str], d.pop("representmentFile", UNSET))

            case_replay_request = cls(
                out_user_id=out_user_id,
                response_content=response_content,
                case_id=case_id,
                batch_id=batch_id,
                representment_file=representment_file,
            )

            case_replay_request.additional_properties = d
        except Exception as exc:
            raise _spec_violation("CaseReplayRequest", _at, exc) from exc
        return case_replay_request

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
