from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.card_result_source import CardResultSource
from ..models.card_result_type import CardResultType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CardResult")


@_attrs_define
class CardResult:
    """The card used for a payment, as PayerMax reports it (numbers and names masked)."""

    card_org: str | Unset = UNSET
    """ Card scheme used (e.g. `VISA`); only on successful card payments. """
    country: str | Unset = UNSET
    """ Country of the card issuer. """
    card_type: str | Unset = UNSET
    """ `DEBIT`, `CREDIT` and so on. """
    total_card_org: list[str] | Unset = UNSET
    """ Every scheme the card belongs to (two for co-branded cards). """
    type_: CardResultType | Unset = UNSET
    """ `PAN` for a real card, `NETWORK_TOKEN` for a network token such as Apple Pay. """
    source: CardResultSource | Unset = UNSET
    """ Where the card data came from - `CARD`, `APPLEPAY`, `GOOGLEPAY_PAN`, `GOOGLEPAY_CRYPTOGRAM` or
    `NETWORK_TOKEN`. """
    card_bin_no: str | Unset = UNSET
    """ Bank identification number (first digits) of the card. """
    card_number: str | Unset = UNSET
    """ Masked card number. """
    card_holder_name: str | Unset = UNSET
    """ Masked card holder name. """
    card_last_4: str | Unset = UNSET
    """ Last four digits of the real card number. """
    card_expiration_year: str | Unset = UNSET
    """ Expiry year, two digits. """
    card_expiration_month: str | Unset = UNSET
    """ Expiry month, two digits. """
    card_identifier_no: str | Unset = UNSET
    """ Masked card number (card payments). """
    card_identifier_name: str | Unset = UNSET
    """ Masked card holder name (card payments). """
    payment_token_id: str | Unset = UNSET
    """ Token of the stored card, when the payment stored or used one. """
    three_ds_result: ThreeDSResult | Unset = UNSET
    """ Outcome of 3-D Secure authentication of a card payment. """
    avs_result: str | Unset = UNSET
    """ Address verification result. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        card_org = self.card_org

        country = self.country

        card_type = self.card_type

        total_card_org: list[str] | Unset = UNSET
        if not isinstance(self.total_card_org, Unset):
            total_card_org = self.total_card_org

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        source: str | Unset = UNSET
        if not isinstance(self.source, Unset):
            source = self.source.value

        card_bin_no = self.card_bin_no

        card_number = self.card_number

        card_holder_name = self.card_holder_name

        card_last_4 = self.card_last_4

        card_expiration_year = self.card_expiration_year

        card_expiration_month = self.card_expiration_month

        card_identifier_no = self.card_identifier_no

        card_identifier_name = self.card_identifier_name

        payment_token_id = self.payment_token_id

        three_ds_result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.three_ds_result, Unset):
            three_ds_result = self.three_ds_result.to_dict()

        avs_result = self.avs_result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if card_org is not UNSET:
            field_dict["cardOrg"] = card_org
        if country is not UNSET:
            field_dict["country"] = country
        if card_type is not UNSET:
            field_dict["cardType"] = card_type
        if total_card_org is not UNSET:
            field_dict["totalCardOrg"] = total_card_org
        if type_ is not UNSET:
            field_dict["type"] = type_
        if source is not UNSET:
            field_dict["source"] = source
        if card_bin_no is not UNSET:
            field_dict["cardBinNo"] = card_bin_no
        if card_number is not UNSET:
            field_dict["cardNumber"] = card_number
        if card_holder_name is not UNSET:
            field_dict["cardHolderName"] = card_holder_name
        if card_last_4 is not UNSET:
            field_dict["cardLast4"] = card_last_4
        if card_expiration_year is not UNSET:
            field_dict["cardExpirationYear"] = card_expiration_year
        if card_expiration_month is not UNSET:
            field_dict["cardExpirationMonth"] = card_expiration_month
        if card_identifier_no is not UNSET:
            field_dict["cardIdentifierNo"] = card_identifier_no
        if card_identifier_name is not UNSET:
            field_dict["cardIdentifierName"] = card_identifier_name
        if payment_token_id is not UNSET:
            field_dict["paymentTokenID"] = payment_token_id
        if three_ds_result is not UNSET:
            field_dict["threeDSResult"] = three_ds_result
        if avs_result is not UNSET:
            field_dict["avsResult"] = avs_result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "cardOrg"
            card_org = d.pop("cardOrg", UNSET)

            _at = "country"
            country = d.pop("country", UNSET)

            _at = "cardType"
            card_type = d.pop("cardType", UNSET)

            _at = "totalCardOrg"
            total_card_org = cast(list[str], d.pop("totalCardOrg", UNSET))

            _at = "type"
            _type_ = d.pop("type", UNSET)
            type_: CardResultType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = CardResultType(_type_)

            _at = "source"
            _source = d.pop("source", UNSET)
            source: CardResultSource | Unset
            if isinstance(_source, Unset):
                source = UNSET
            else:
                source = CardResultSource(_source)

            _at = "cardBinNo"
            card_bin_no = d.pop("cardBinNo", UNSET)

            _at = "cardNumber"
            card_number = d.pop("cardNumber", UNSET)

            _at = "cardHolderName"
            card_holder_name = d.pop("cardHolderName", UNSET)

            _at = "cardLast4"
            card_last_4 = d.pop("cardLast4", UNSET)

            _at = "cardExpirationYear"
            card_expiration_year = d.pop("cardExpirationYear", UNSET)

            _at = "cardExpirationMonth"
            card_expiration_month = d.pop("cardExpirationMonth", UNSET)

            _at = "cardIdentifierNo"
            card_identifier_no = d.pop("cardIdentifierNo", UNSET)

            _at = "cardIdentifierName"
            card_identifier_name = d.pop("cardIdentifierName", UNSET)

            _at = "paymentTokenID"
            payment_token_id = d.pop("paymentTokenID", UNSET)

            _at = "threeDSResult"
            _three_ds_result = d.pop("threeDSResult", UNSET)
            three_ds_result: ThreeDSResult | Unset
            if isinstance(_three_ds_result, Unset):
                three_ds_result = UNSET
            else:
                three_ds_result = ThreeDSResult.from_dict(_three_ds_result)

            _at = "avsResult"
            avs_result = d.pop("avsResult", UNSET)

            card_result = cls(
                card_org=card_org,
                country=country,
                card_type=card_type,
                total_card_org=total_card_org,
                type_=type_,
                source=source,
                card_bin_no=card_bin_no,
                card_number=card_number,
                card_holder_name=card_holder_name,
                card_last_4=card_last_4,
                card_expiration_year=card_expiration_year,
                card_expiration_month=card_expiration_month,
                card_identifier_no=card_identifier_no,
                card_identifier_name=card_identifier_name,
                payment_token_id=payment_token_id,
                three_ds_result=three_ds_result,
                avs_result=avs_result,
            )

            card_result.additional_properties = d
        except Exception as exc:
            raise _spec_violation("CardResult", _at, exc) from exc
        return card_result

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
from ..models.three_ds_result import ThreeDSResult  # noqa: E402
