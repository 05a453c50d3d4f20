from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.payout_risk_params_third_account_no_type import (
    PayoutRiskParamsThirdAccountNoType,
)
from ..money import decimal_from_json, decimal_to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayoutRiskParams")


@_attrs_define
class PayoutRiskParams:
    """What the merchant knows about the user requesting the payout, for PayerMax's risk checks."""

    register_name: str | Unset = UNSET
    """ Name of the holder of the user's account on the merchant's site or app. """
    register_no: str | Unset = UNSET
    """ The user's registration id on the merchant's site or app. """
    nick_name: str | Unset = UNSET
    """ The user's nickname on the merchant's site or app. """
    third_account_no_type: PayoutRiskParamsThirdAccountNoType | Unset = UNSET
    """ Kind of third-party account the user signed in with. """
    third_account_no: str | Unset = UNSET
    """ Id of that third-party account. """
    bind_email: str | Unset = UNSET
    """ E-mail address bound to the user's account. """
    bind_phone_no: str | Unset = UNSET
    """ Phone number bound to the user's account. """
    account_level: str | Unset = UNSET
    """ The user's account level. """
    vip_level: str | Unset = UNSET
    """ The user's VIP level. """
    reg_time: str | Unset = UNSET
    """ When the user registered, `yyyy-MM-dd HH:mm:ss`. """
    last_login_time: str | Unset = UNSET
    """ When the user last signed in or was last active, `yyyy-MM-dd HH:mm:ss`. """
    live_country: str | Unset = UNSET
    """ Country the user lives in. """
    tax_id: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ The user's tax number. """
    cum_payout_amount: Decimal | Unset = UNSET
    """ Total the merchant paid out to this user successfully over the last three months, in USD. """
    cum_payout_txn: str | Unset = UNSET
    """ Number of successful payouts to this user over the last three months. """
    account_balance: str | Unset = UNSET
    """ Current balance of the user's account on the merchant's side (coins, diamonds...). """
    express_merchant_id: str | Unset = UNSET
    """ On a marketplace, the seller's account registered on the platform. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        register_name = self.register_name

        register_no = self.register_no

        nick_name = self.nick_name

        third_account_no_type: str | Unset = UNSET
        if not isinstance(self.third_account_no_type, Unset):
            third_account_no_type = self.third_account_no_type.value

        third_account_no = self.third_account_no

        bind_email = self.bind_email

        bind_phone_no = self.bind_phone_no

        account_level = self.account_level

        vip_level = self.vip_level

        reg_time = self.reg_time

        last_login_time = self.last_login_time

        live_country = self.live_country

        tax_id = self.tax_id

        cum_payout_amount: str | Unset = UNSET
        if not isinstance(self.cum_payout_amount, Unset):
            cum_payout_amount = decimal_to_json(self.cum_payout_amount)

        cum_payout_txn = self.cum_payout_txn

        account_balance = self.account_balance

        express_merchant_id = self.express_merchant_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if register_name is not UNSET:
            field_dict["registerName"] = register_name
        if register_no is not UNSET:
            field_dict["registerNo"] = register_no
        if nick_name is not UNSET:
            field_dict["nickName"] = nick_name
        if third_account_no_type is not UNSET:
            field_dict["thirdAccountNoType"] = third_account_no_type
        if third_account_no is not UNSET:
            field_dict["thirdAccountNo"] = third_account_no
        if bind_email is not UNSET:
            field_dict["bindEmail"] = bind_email
        if bind_phone_no is not UNSET:
            field_dict["bindPhoneNo"] = bind_phone_no
        if account_level is not UNSET:
            field_dict["accountLevel"] = account_level
        if vip_level is not UNSET:
            field_dict["vipLevel"] = vip_level
        if reg_time is not UNSET:
            field_dict["regTime"] = reg_time
        if last_login_time is not UNSET:
            field_dict["lastLoginTime"] = last_login_time
        if live_country is not UNSET:
            field_dict["liveCountry"] = live_country
        if tax_id is not UNSET:
            field_dict["taxId"] = tax_id
        if cum_payout_amount is not UNSET:
            field_dict["cumPayoutAmount"] = cum_payout_amount
        if cum_payout_txn is not UNSET:
            field_dict["cumPayoutTxn"] = cum_payout_txn
        if account_balance is not UNSET:
            field_dict["accountBalance"] = account_balance
        if express_merchant_id is not UNSET:
            field_dict["expressMerchantID"] = express_merchant_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "registerName"
            register_name = d.pop("registerName", UNSET)

            _at = "registerNo"
            register_no = d.pop("registerNo", UNSET)

            _at = "nickName"
            nick_name = d.pop("nickName", UNSET)

            _at = "thirdAccountNoType"
            _third_account_no_type = d.pop("thirdAccountNoType", UNSET)
            third_account_no_type: PayoutRiskParamsThirdAccountNoType | Unset
            if isinstance(_third_account_no_type, Unset):
                third_account_no_type = UNSET
            else:
                third_account_no_type = PayoutRiskParamsThirdAccountNoType(_third_account_no_type)

            _at = "thirdAccountNo"
            third_account_no = d.pop("thirdAccountNo", UNSET)

            _at = "bindEmail"
            bind_email = d.pop("bindEmail", UNSET)

            _at = "bindPhoneNo"
            bind_phone_no = d.pop("bindPhoneNo", UNSET)

            _at = "accountLevel"
            account_level = d.pop("accountLevel", UNSET)

            _at = "vipLevel"
            vip_level = d.pop("vipLevel", UNSET)

            _at = "regTime"
            reg_time = d.pop("regTime", UNSET)

            _at = "lastLoginTime"
            last_login_time = d.pop("lastLoginTime", UNSET)

            _at = "liveCountry"
            live_country = d.pop("liveCountry", UNSET)

            _at = "taxId"
            tax_id = d.pop("taxId", UNSET)

            _at = "cumPayoutAmount"
            _cum_payout_amount = d.pop("cumPayoutAmount", UNSET)
            cum_payout_amount: Decimal | Unset
            if isinstance(_cum_payout_amount, Unset):
                cum_payout_amount = UNSET
            else:
                cum_payout_amount = decimal_from_json(_cum_payout_amount)

            _at = "cumPayoutTxn"
            cum_payout_txn = d.pop("cumPayoutTxn", UNSET)

            _at = "accountBalance"
            account_balance = d.pop("accountBalance", UNSET)

            _at = "expressMerchantID"
            express_merchant_id = d.pop("expressMerchantID", UNSET)

            payout_risk_params = cls(
                register_name=register_name,
                register_no=register_no,
                nick_name=nick_name,
                third_account_no_type=third_account_no_type,
                third_account_no=third_account_no,
                bind_email=bind_email,
                bind_phone_no=bind_phone_no,
                account_level=account_level,
                vip_level=vip_level,
                reg_time=reg_time,
                last_login_time=last_login_time,
                live_country=live_country,
                tax_id=tax_id,
                cum_payout_amount=cum_payout_amount,
                cum_payout_txn=cum_payout_txn,
                account_balance=account_balance,
                express_merchant_id=express_merchant_id,
            )

            payout_risk_params.additional_properties = d
        except Exception as exc:
            raise _spec_violation("PayoutRiskParams", _at, exc) from exc
        return payout_risk_params

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
