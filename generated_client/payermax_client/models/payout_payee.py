from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.payout_payee_payee_gender import PayoutPayeePayeeGender
from ..models.payout_payee_payee_type import PayoutPayeePayeeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayoutPayee")


@_attrs_define
class PayoutPayee:
    """Who receives the payout. Which members are needed depends on the country and payment method
    (PayerMax's payout application template lists them).

    """

    payment_method_type: str
    """ How the money is paid: `WALLET` (name the wallet in `targetOrg`), `CASH` (name the cash-out
    network), `CARD` (no `targetOrg`; the card number decides), `BANK_TRANSFER` (by country: either the
    bank in `targetOrg`, or recognised from the account number or `bankInfo.bankCode`), `ATM_CARD`
    (name the bank), `CARRIER_BILLING` (name the carrier, or let the phone number prefix decide),
    `REALTIME-PAYMENT` (name the bank or the clearing system, e.g. FPS or PAYNOW).
     """
    account_info: PayoutPayeeAccount
    """ The payee's account at the receiving institution. """
    target_org: str | Unset = UNSET
    """ PayerMax's code of the receiving institution; required or not depending on `paymentMethodType` and country.
    """
    payee_type: PayoutPayeePayeeType | Unset = UNSET
    """ `PERSONAL` (the default) or `CORPORATION`; empty counts as not given. """
    bank_info: PayoutPayeeBank | Unset = UNSET
    """ The payee's bank, for bank payouts. """
    name: PayoutPayeeName | Unset = UNSET
    """ The payee's name: English letters, spaces, commas, hyphens and dots; which parts are needed depends
    on the country and payment method.
     """
    document: PayoutPayeeDocument | Unset = UNSET
    """ The payee's identity document; the accepted kinds depend on the country. """
    address: PayoutPayeeAddress | Unset = UNSET
    """ The payee's address. """
    payee_phone: str | Unset = UNSET
    """ Payee's mobile number; its expected form depends on the country and payment method. """
    birth_date: str | Unset = UNSET
    """ Payee's date of birth, `yyyy-MM-dd`. """
    email: str | Unset = UNSET
    """ Payee's e-mail address. """
    payee_nationality: str | Unset = UNSET
    """ Payee's nationality. """
    payee_gender: PayoutPayeePayeeGender | Unset = UNSET
    """ Payee's gender: `F` female, `M` male. """
    payee_birth_country: str | Unset = UNSET
    """ Payee's country of birth. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        payment_method_type = self.payment_method_type

        account_info = self.account_info.to_dict()

        target_org = self.target_org

        payee_type: str | Unset = UNSET
        if not isinstance(self.payee_type, Unset):
            payee_type = self.payee_type.value

        bank_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bank_info, Unset):
            bank_info = self.bank_info.to_dict()

        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        document: dict[str, Any] | Unset = UNSET
        if not isinstance(self.document, Unset):
            document = self.document.to_dict()

        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        payee_phone = self.payee_phone

        birth_date = self.birth_date

        email = self.email

        payee_nationality = self.payee_nationality

        payee_gender: str | Unset = UNSET
        if not isinstance(self.payee_gender, Unset):
            payee_gender = self.payee_gender.value

        payee_birth_country = self.payee_birth_country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paymentMethodType": payment_method_type,
                "accountInfo": account_info,
            }
        )
        if target_org is not UNSET:
            field_dict["targetOrg"] = target_org
        if payee_type is not UNSET:
            field_dict["payeeType"] = payee_type
        if bank_info is not UNSET:
            field_dict["bankInfo"] = bank_info
        if name is not UNSET:
            field_dict["name"] = name
        if document is not UNSET:
            field_dict["document"] = document
        if address is not UNSET:
            field_dict["address"] = address
        if payee_phone is not UNSET:
            field_dict["payeePhone"] = payee_phone
        if birth_date is not UNSET:
            field_dict["birthDate"] = birth_date
        if email is not UNSET:
            field_dict["email"] = email
        if payee_nationality is not UNSET:
            field_dict["payeeNationality"] = payee_nationality
        if payee_gender is not UNSET:
            field_dict["payeeGender"] = payee_gender
        if payee_birth_country is not UNSET:
            field_dict["payeeBirthCountry"] = payee_birth_country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "paymentMethodType"
            payment_method_type = d.pop("paymentMethodType")

            _at = "accountInfo"
            account_info = PayoutPayeeAccount.from_dict(d.pop("accountInfo"))

            _at = "targetOrg"
            target_org = d.pop("targetOrg", UNSET)

            _at = "payeeType"
            _payee_type = d.pop("payeeType", UNSET)
            payee_type: PayoutPayeePayeeType | Unset
            if isinstance(_payee_type, Unset):
                payee_type = UNSET
            else:
                payee_type = PayoutPayeePayeeType(_payee_type)

            _at = "bankInfo"
            _bank_info = d.pop("bankInfo", UNSET)
            bank_info: PayoutPayeeBank | Unset
            if isinstance(_bank_info, Unset):
                bank_info = UNSET
            else:
                bank_info = PayoutPayeeBank.from_dict(_bank_info)

            _at = "name"
            _name = d.pop("name", UNSET)
            name: PayoutPayeeName | Unset
            if isinstance(_name, Unset):
                name = UNSET
            else:
                name = PayoutPayeeName.from_dict(_name)

            _at = "document"
            _document = d.pop("document", UNSET)
            document: PayoutPayeeDocument | Unset
            if isinstance(_document, Unset):
                document = UNSET
            else:
                document = PayoutPayeeDocument.from_dict(_document)

            _at = "address"
            _address = d.pop("address", UNSET)
            address: PayoutPayeeAddress | Unset
            if isinstance(_address, Unset):
                address = UNSET
            else:
                address = PayoutPayeeAddress.from_dict(_address)

            _at = "payeePhone"
            payee_phone = d.pop("payeePhone", UNSET)

            _at = "birthDate"
            birth_date = d.pop("birthDate", UNSET)

            _at = "email"
            email = d.pop("email", UNSET)

            _at = "payeeNationality"
            payee_nationality = d.pop("payeeNationality", UNSET)

            _at = "payeeGender"
            _payee_gender = d.pop("payeeGender", UNSET)
            payee_gender: PayoutPayeePayeeGender | Unset
            if isinstance(_payee_gender, Unset):
                payee_gender = UNSET
            else:
                payee_gender = PayoutPayeePayeeGender(_payee_gender)

            _at = "payeeBirthCountry"
            payee_birth_country = d.pop("payeeBirthCountry", UNSET)

            payout_payee = cls(
                payment_method_type=payment_method_type,
                account_info=account_info,
                target_org=target_org,
                payee_type=payee_type,
                bank_info=bank_info,
                name=name,
                document=document,
                address=address,
                payee_phone=payee_phone,
                birth_date=birth_date,
                email=email,
                payee_nationality=payee_nationality,
                payee_gender=payee_gender,
                payee_birth_country=payee_birth_country,
            )

            payout_payee.additional_properties = d
        except Exception as exc:
            raise _spec_violation("PayoutPayee", _at, exc) from exc
        return payout_payee

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
from ..models.payout_payee_account import PayoutPayeeAccount  # noqa: E402
from ..models.payout_payee_address import PayoutPayeeAddress  # noqa: E402
from ..models.payout_payee_bank import PayoutPayeeBank  # noqa: E402
from ..models.payout_payee_document import PayoutPayeeDocument  # noqa: E402
from ..models.payout_payee_name import PayoutPayeeName  # noqa: E402
