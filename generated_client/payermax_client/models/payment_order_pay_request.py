from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.payment_order_pay_request_clearing_rail import (
    PaymentOrderPayRequestClearingRail,
)
from ..models.payout_purpose import PayoutPurpose
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentOrderPayRequest")


@_attrs_define
class PaymentOrderPayRequest:
    """A payout order."""

    out_trade_no: str
    """ The merchant's own number for this payout; unique, letters, digits and underscores only. """
    country: str
    """ Country the payout goes to. """
    trade: PayoutTrade
    """ The payout amount as the merchant ordered it. """
    payee_info: PayoutPayee
    """ Who receives the payout. Which members are needed depends on the country and payment method
    (PayerMax's payout application template lists them).
     """
    charge_option: str | Unset = UNSET
    """ Who bears the fees; whether it is needed depends on the payment method (see PayerMax's payout application
    template). """
    clearing_rail: PaymentOrderPayRequestClearingRail | Unset = UNSET
    """ Clearing network of a bank payout, as contracted: `SWIFT`, `SEPA` or `LOCAL` (local banks). """
    user_id: str | Unset = UNSET
    """ The merchant's own id of the user being paid; one id per user. """
    source_account: str | Unset = UNSET
    """ Currency of the merchant balance to debit. """
    destination_currency: str | Unset = UNSET
    """ Currency the payee receives; needed only where PayerMax's payment-method list gives a choice,
    otherwise the local currency is used.
     """
    payer_info: PayoutPayer | Unset = UNSET
    """ The company on whose behalf the merchant pays out (platforms paying for their sub-merchants). """
    risk_params: PayoutRiskParams | Unset = UNSET
    """ What the merchant knows about the user requesting the payout, for PayerMax's risk checks. """
    expiry_days: str | Unset = UNSET
    """ Days a FawryCash pick-up code stays valid, `1` to `15` (1 = 24 hours); anything else means 7. """
    remark: str | Unset = UNSET
    """ Note travelling with the payout (English letters, digits, hyphens, spaces, dots); channels may truncate or
    replace it. """
    reference: str | Unset = UNSET
    """ Free data of the merchant, returned unchanged in the payout notification and query. """
    notify_url: str | Unset = UNSET
    """ Where to send this payout's result notification; overrides the dashboard setting. """
    notify_email: str | Unset = UNSET
    """ E-mail address of the payee for the payment method's own messages (e.g. FAWRY pick-up codes). """
    notify_phone: str | Unset = UNSET
    """ Phone number of the payee for the payment method's own messages. """
    purpose: PayoutPurpose | Unset = UNSET
    """ Purpose of the payout: `ISUBIL` utility bills; `EPTOUR` tourism; `EPTKAG` travel tickets or agency
    fees; `ISPAYR` salaries; `ISPAYRA` agents' salaries; `ISGDDS` purchase or sale of goods; `ISSCVE`
    purchase or sale of services; `ISSUPP` supplier payment; `ISLOGS` logistics and transport; `INCEN`
    incentives, promotions, user acquisition; `GAME` gaming equipment, coins and items; `SAMENM` transfer
    between the company's own accounts; `PAYCMSN` reimbursements, benefits, commissions; `SAMENMC` to a
    legal representative's, shareholder's or director's personal account; `AGOPEXP` outsourced operations;
    `ADEXP` advertising; `RFND` returned goods; `SMCNTST` sub-merchant settlement; `LGTEP` supplier
    payment - logistics; `GOODPAY` supplier payment - goods; `SINVEST` stock investment; `FINVEST` fund
    investment; `TAXPAY` taxes; `LOANPAY` loan payment; `OTHER` anything else.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_trade_no = self.out_trade_no

        country = self.country

        trade = self.trade.to_dict()

        payee_info = self.payee_info.to_dict()

        charge_option = self.charge_option

        clearing_rail: str | Unset = UNSET
        if not isinstance(self.clearing_rail, Unset):
            clearing_rail = self.clearing_rail.value

        user_id = self.user_id

        source_account = self.source_account

        destination_currency = self.destination_currency

        payer_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payer_info, Unset):
            payer_info = self.payer_info.to_dict()

        risk_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.risk_params, Unset):
            risk_params = self.risk_params.to_dict()

        expiry_days = self.expiry_days

        remark = self.remark

        reference = self.reference

        notify_url = self.notify_url

        notify_email = self.notify_email

        notify_phone = self.notify_phone

        purpose: str | Unset = UNSET
        if not isinstance(self.purpose, Unset):
            purpose = self.purpose.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outTradeNo": out_trade_no,
                "country": country,
                "trade": trade,
                "payeeInfo": payee_info,
            }
        )
        if charge_option is not UNSET:
            field_dict["chargeOption"] = charge_option
        if clearing_rail is not UNSET:
            field_dict["clearingRail"] = clearing_rail
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if source_account is not UNSET:
            field_dict["sourceAccount"] = source_account
        if destination_currency is not UNSET:
            field_dict["destinationCurrency"] = destination_currency
        if payer_info is not UNSET:
            field_dict["payerInfo"] = payer_info
        if risk_params is not UNSET:
            field_dict["riskParams"] = risk_params
        if expiry_days is not UNSET:
            field_dict["expiryDays"] = expiry_days
        if remark is not UNSET:
            field_dict["remark"] = remark
        if reference is not UNSET:
            field_dict["reference"] = reference
        if notify_url is not UNSET:
            field_dict["notifyUrl"] = notify_url
        if notify_email is not UNSET:
            field_dict["notifyEmail"] = notify_email
        if notify_phone is not UNSET:
            field_dict["notifyPhone"] = notify_phone
        if purpose is not UNSET:
            field_dict["purpose"] = purpose

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        # A message that breaks the spec raises SpecViolationError naming the member (`_at`), never its value.
        _at = ""
        try:
            # PayerMax may write `null` for a member it has no value for: treat it as absent.
            d = {key: value for key, value in src_dict.items() if value is not None}
            _at = "outTradeNo"
            out_trade_no = d.pop("outTradeNo")

            _at = "country"
            country = d.pop("country")

            _at = "trade"
            trade = PayoutTrade.from_dict(d.pop("trade"))

            _at = "payeeInfo"
            payee_info = PayoutPayee.from_dict(d.pop("payeeInfo"))

            _at = "chargeOption"
            charge_option = d.pop("chargeOption", UNSET)

            _at = "clearingRail"
            _clearing_rail = d.pop("clearingRail", UNSET)
            clearing_rail: PaymentOrderPayRequestClearingRail | Unset
            if isinstance(_clearing_rail, Unset):
                clearing_rail = UNSET
            else:
                clearing_rail = PaymentOrderPayRequestClearingRail(_clearing_rail)

            _at = "userId"
            user_id = d.pop("userId", UNSET)

            _at = "sourceAccount"
            source_account = d.pop("sourceAccount", UNSET)

            _at = "destinationCurrency"
            destination_currency = d.pop("destinationCurrency", UNSET)

            _at = "payerInfo"
            _payer_info = d.pop("payerInfo", UNSET)
            payer_info: PayoutPayer | Unset
            if isinstance(_payer_info, Unset):
                payer_info = UNSET
            else:
                payer_info = PayoutPayer.from_dict(_payer_info)

            _at = "riskParams"
            _risk_params = d.pop("riskParams", UNSET)
            risk_params: PayoutRiskParams | Unset
            if isinstance(_risk_params, Unset):
                risk_params = UNSET
            else:
                risk_params = PayoutRiskParams.from_dict(_risk_params)

            _at = "expiryDays"
            expiry_days = d.pop("expiryDays", UNSET)

            _at = "remark"
            remark = d.pop("remark", UNSET)

            _at = "reference"
            reference = d.pop("reference", UNSET)

            _at = "notifyUrl"
            notify_url = d.pop("notifyUrl", UNSET)

            _at = "notifyEmail"
            notify_email = d.pop("notifyEmail", UNSET)

            _at = "notifyPhone"
            notify_phone = d.pop("notifyPhone", UNSET)

            _at = "purpose"
            _purpose = d.pop("purpose", UNSET)
            purpose: PayoutPurpose | Unset
            if isinstance(_purpose, Unset):
                purpose = UNSET
            else:
                purpose = PayoutPurpose(_purpose)

            payment_order_pay_request = cls(
                out_trade_no=out_trade_no,
                country=country,
                trade=trade,
                payee_info=payee_info,
                charge_option=charge_option,
                clearing_rail=clearing_rail,
                user_id=user_id,
                source_account=source_account,
                destination_currency=destination_currency,
                payer_info=payer_info,
                risk_params=risk_params,
                expiry_days=expiry_days,
                remark=remark,
                reference=reference,
                notify_url=notify_url,
                notify_email=notify_email,
                notify_phone=notify_phone,
                purpose=purpose,
            )

            payment_order_pay_request.additional_properties = d
        except Exception as exc:
            raise _spec_violation("PaymentOrderPayRequest", _at, exc) from exc
        return payment_order_pay_request

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
from ..models.payout_payee import PayoutPayee  # noqa: E402
from ..models.payout_payer import PayoutPayer  # noqa: E402
from ..models.payout_risk_params import PayoutRiskParams  # noqa: E402
from ..models.payout_trade import PayoutTrade  # noqa: E402
