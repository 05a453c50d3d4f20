from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from payermax_signing.errors import spec_violation as _spec_violation

from ..models.authorization_type import AuthorizationType
from ..models.capture_mode import CaptureMode
from ..models.direct_payment_order_request_integrate import (
    DirectPaymentOrderRequestIntegrate,
)
from ..models.direct_payment_order_request_os_type import (
    DirectPaymentOrderRequestOsType,
)
from ..models.direct_payment_order_request_terminal_type import (
    DirectPaymentOrderRequestTerminalType,
)
from ..money import decimal_from_json, decimal_to_json
from ..types import UNSET, Unset

T = TypeVar("T", bound="DirectPaymentOrderRequest")


@_attrs_define
class DirectPaymentOrderRequest:
    """An order whose payment details the merchant collected itself. Card data may only be sent by PCI-DSS
    certified merchants; a stored card is charged with `paymentDetail.paymentTokenID` instead. A Drop-in
    payment is this shape too, with the component's `paymentToken` and `sessionKey` as `paymentDetail`.

    """

    out_trade_no: str
    """ The merchant's own order number. Unique per merchant; letters, digits and underscores only, and
    compared case-insensitively (`AAA` and `AAa` are the same order).
     """
    subject: str
    """ Order title or product summary shown to the payer; avoid a purely numeric value. At most 43
    characters when the payer uses Pix (Brazil).
     """
    total_amount: Decimal
    """ Amount to collect, in major units of `currency`. How many decimals are allowed depends on the
    currency; risk limits per industry apply.
     """
    currency: str
    """ Currency of `totalAmount`; must be activated in the merchant's contract. """
    country: str
    """ Country of the payment; must match the payment method's country. """
    user_id: str
    """ The merchant's own unique id of the payer. """
    payment_detail: DirectPaymentDetail | DropinPaymentDetail
    """ How the payer pays: the payment details the merchant collected (`DirectPaymentDetail`), or the
    one-time `paymentToken` of PayerMax's Drop-in component with its session (`DropinPaymentDetail`).
    A detail with a `paymentToken` is a Drop-in one, any other a direct one.
     """
    terminal_type: DirectPaymentOrderRequestTerminalType
    """ Kind of terminal the payer uses. """
    front_callback_url: str
    """ Where the payer returns after a payment that had to leave the merchant's pages (3-D Secure, wallet,
    bank); http(s) or the merchant app's scheme. Required for Direct_Payment.
     """
    integrate: DirectPaymentOrderRequestIntegrate = DirectPaymentOrderRequestIntegrate.DIRECT_PAYMENT
    """ Integration mode; `Direct_Payment` when the merchant sends the payment details. """
    expire_time: str | Unset = UNSET
    """ Seconds until the unpaid order is closed. Values under 1800 (30 minutes) count as 1800, values over
    86400 (24 hours) as 86400. When absent, the closing time depends on the payment methods tried
    (30 minutes for direct card, Apple Pay and Google Pay payments).
     """
    referral_code: str | Unset = UNSET
    """ A device id or fingerprint that helps PayerMax recommend payment methods. """
    mit_management_url: str | Unset = UNSET
    """ Page of the merchant where the payer manages the subscription. """
    subscription_plan: SubscriptionPlan | Unset = UNSET
    """ Recurring-payment plan started by this order. When PayerMax manages the plan, give only
    `subscriptionNo` (from `subscriptionCreate`): this first payment activates the plan, and must use the
    plan's `userId`, `subject` and currency, `paymentDetail.tokenForFutureUse` `true` and `mitType`
    `SCHEDULED`. When the merchant manages the plan, give everything but `subscriptionNo`.
     """
    goods_details: list[GoodsDetail] | Unset = UNSET
    """ What is being paid for; expected from e-commerce merchants. """
    sub_merchant: SubMerchant | Unset = UNSET
    """ The platform merchant's own sub-merchant on whose behalf the order is placed. """
    shipping_info: ShippingInfo | Unset = UNSET
    """ Where the goods are shipped. When present, its required members must be filled. """
    billing_info: BillingInfo | Unset = UNSET
    """ Billing address of the card holder. When present, its required members must be filled. """
    env_info: EnvInfo | Unset = UNSET
    """ The payer's device, as far as the merchant knows it. """
    language: str | Unset = UNSET
    """ Language of pages PayerMax shows the payer (3-D Secure, redirects), e.g. `en`. """
    risk_params: RiskParams | Unset = UNSET
    """ Free-form risk data the merchant shares with PayerMax's risk engine (registration name and time,
    country of residence, payer account and so on). Optional unless custom risk rules are agreed.
     """
    os_type: DirectPaymentOrderRequestOsType | Unset = UNSET
    """ Operating system of a `WAP` or `APP` terminal. """
    reference: str | Unset = UNSET
    """ Free data of the merchant, returned unchanged in the query answer and the notification. """
    notify_url: str | Unset = UNSET
    """ Where to send this order's payment notification; overrides the dashboard setting. """
    capture_mode: CaptureMode | Unset = UNSET
    """ How the money of a card payment is taken: `MANUAL` makes the order an authorisation that only holds
    the money until `capture` (or `cancel`). Without it the payment is an ordinary sale.
     """
    authorization_type: AuthorizationType | Unset = UNSET
    """ Kind of authorisation: `FINAL_AUTH`, a hold for the final amount (the only documented kind). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out_trade_no = self.out_trade_no

        integrate = self.integrate.value

        subject = self.subject

        total_amount = decimal_to_json(self.total_amount)

        currency = self.currency

        country = self.country

        user_id = self.user_id

        payment_detail: dict[str, Any]
        if isinstance(self.payment_detail, DirectPaymentDetail):
            payment_detail = self.payment_detail.to_dict()
        else:
            payment_detail = self.payment_detail.to_dict()

        terminal_type = self.terminal_type.value

        front_callback_url = self.front_callback_url

        expire_time = self.expire_time

        referral_code = self.referral_code

        mit_management_url = self.mit_management_url

        subscription_plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.subscription_plan, Unset):
            subscription_plan = self.subscription_plan.to_dict()

        goods_details: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.goods_details, Unset):
            goods_details = []
            for goods_details_item_data in self.goods_details:
                goods_details_item = goods_details_item_data.to_dict()
                goods_details.append(goods_details_item)

        sub_merchant: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sub_merchant, Unset):
            sub_merchant = self.sub_merchant.to_dict()

        shipping_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipping_info, Unset):
            shipping_info = self.shipping_info.to_dict()

        billing_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_info, Unset):
            billing_info = self.billing_info.to_dict()

        env_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env_info, Unset):
            env_info = self.env_info.to_dict()

        language = self.language

        risk_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.risk_params, Unset):
            risk_params = self.risk_params.to_dict()

        os_type: str | Unset = UNSET
        if not isinstance(self.os_type, Unset):
            os_type = self.os_type.value

        reference = self.reference

        notify_url = self.notify_url

        capture_mode: str | Unset = UNSET
        if not isinstance(self.capture_mode, Unset):
            capture_mode = self.capture_mode.value

        authorization_type: str | Unset = UNSET
        if not isinstance(self.authorization_type, Unset):
            authorization_type = self.authorization_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "outTradeNo": out_trade_no,
                "integrate": integrate,
                "subject": subject,
                "totalAmount": total_amount,
                "currency": currency,
                "country": country,
                "userId": user_id,
                "paymentDetail": payment_detail,
                "terminalType": terminal_type,
                "frontCallbackUrl": front_callback_url,
            }
        )
        if expire_time is not UNSET:
            field_dict["expireTime"] = expire_time
        if referral_code is not UNSET:
            field_dict["referralCode"] = referral_code
        if mit_management_url is not UNSET:
            field_dict["mitManagementUrl"] = mit_management_url
        if subscription_plan is not UNSET:
            field_dict["subscriptionPlan"] = subscription_plan
        if goods_details is not UNSET:
            field_dict["goodsDetails"] = goods_details
        if sub_merchant is not UNSET:
            field_dict["subMerchant"] = sub_merchant
        if shipping_info is not UNSET:
            field_dict["shippingInfo"] = shipping_info
        if billing_info is not UNSET:
            field_dict["billingInfo"] = billing_info
        if env_info is not UNSET:
            field_dict["envInfo"] = env_info
        if language is not UNSET:
            field_dict["language"] = language
        if risk_params is not UNSET:
            field_dict["riskParams"] = risk_params
        if os_type is not UNSET:
            field_dict["osType"] = os_type
        if reference is not UNSET:
            field_dict["reference"] = reference
        if notify_url is not UNSET:
            field_dict["notifyUrl"] = notify_url
        if capture_mode is not UNSET:
            field_dict["captureMode"] = capture_mode
        if authorization_type is not UNSET:
            field_dict["authorizationType"] = authorization_type

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

            _at = "integrate"
            integrate = DirectPaymentOrderRequestIntegrate(d.pop("integrate"))

            _at = "subject"
            subject = d.pop("subject")

            _at = "totalAmount"
            total_amount = decimal_from_json(d.pop("totalAmount"))

            _at = "currency"
            currency = d.pop("currency")

            _at = "country"
            country = d.pop("country")

            _at = "userId"
            user_id = d.pop("userId")

            _at = "paymentDetail"

            def _parse_payment_detail(data: object) -> DirectPaymentDetail | DropinPaymentDetail:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    payment_detail_type_0 = DirectPaymentDetail.from_dict(data)

                    return payment_detail_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                payment_detail_type_1 = DropinPaymentDetail.from_dict(data)

                return payment_detail_type_1

            payment_detail = _parse_payment_detail(d.pop("paymentDetail"))

            _at = "terminalType"
            terminal_type = DirectPaymentOrderRequestTerminalType(d.pop("terminalType"))

            _at = "frontCallbackUrl"
            front_callback_url = d.pop("frontCallbackUrl")

            _at = "expireTime"
            expire_time = d.pop("expireTime", UNSET)

            _at = "referralCode"
            referral_code = d.pop("referralCode", UNSET)

            _at = "mitManagementUrl"
            mit_management_url = d.pop("mitManagementUrl", UNSET)

            _at = "subscriptionPlan"
            _subscription_plan = d.pop("subscriptionPlan", UNSET)
            subscription_plan: SubscriptionPlan | Unset
            if isinstance(_subscription_plan, Unset):
                subscription_plan = UNSET
            else:
                subscription_plan = SubscriptionPlan.from_dict(_subscription_plan)

            _at = "goodsDetails"
            _goods_details = d.pop("goodsDetails", UNSET)
            goods_details: list[GoodsDetail] | Unset = UNSET
            if _goods_details is not UNSET:
                goods_details = []
                for goods_details_item_data in _goods_details:
                    goods_details_item = GoodsDetail.from_dict(goods_details_item_data)

                    goods_details.append(goods_details_item)

            _at = "subMerchant"
            _sub_merchant = d.pop("subMerchant", UNSET)
            sub_merchant: SubMerchant | Unset
            if isinstance(_sub_merchant, Unset):
                sub_merchant = UNSET
            else:
                sub_merchant = SubMerchant.from_dict(_sub_merchant)

            _at = "shippingInfo"
            _shipping_info = d.pop("shippingInfo", UNSET)
            shipping_info: ShippingInfo | Unset
            if isinstance(_shipping_info, Unset):
                shipping_info = UNSET
            else:
                shipping_info = ShippingInfo.from_dict(_shipping_info)

            _at = "billingInfo"
            _billing_info = d.pop("billingInfo", UNSET)
            billing_info: BillingInfo | Unset
            if isinstance(_billing_info, Unset):
                billing_info = UNSET
            else:
                billing_info = BillingInfo.from_dict(_billing_info)

            _at = "envInfo"
            _env_info = d.pop("envInfo", UNSET)
            env_info: EnvInfo | Unset
            if isinstance(_env_info, Unset):
                env_info = UNSET
            else:
                env_info = EnvInfo.from_dict(_env_info)

            _at = "language"
            language = d.pop("language", UNSET)

            _at = "riskParams"
            _risk_params = d.pop("riskParams", UNSET)
            risk_params: RiskParams | Unset
            if isinstance(_risk_params, Unset):
                risk_params = UNSET
            else:
                risk_params = RiskParams.from_dict(_risk_params)

            _at = "osType"
            _os_type = d.pop("osType", UNSET)
            os_type: DirectPaymentOrderRequestOsType | Unset
            if isinstance(_os_type, Unset):
                os_type = UNSET
            else:
                os_type = DirectPaymentOrderRequestOsType(_os_type)

            _at = "reference"
            reference = d.pop("reference", UNSET)

            _at = "notifyUrl"
            notify_url = d.pop("notifyUrl", UNSET)

            _at = "captureMode"
            _capture_mode = d.pop("captureMode", UNSET)
            capture_mode: CaptureMode | Unset
            if isinstance(_capture_mode, Unset):
                capture_mode = UNSET
            else:
                capture_mode = CaptureMode(_capture_mode)

            _at = "authorizationType"
            _authorization_type = d.pop("authorizationType", UNSET)
            authorization_type: AuthorizationType | Unset
            if isinstance(_authorization_type, Unset):
                authorization_type = UNSET
            else:
                authorization_type = AuthorizationType(_authorization_type)

            direct_payment_order_request = cls(
                out_trade_no=out_trade_no,
                integrate=integrate,
                subject=subject,
                total_amount=total_amount,
                currency=currency,
                country=country,
                user_id=user_id,
                payment_detail=payment_detail,
                terminal_type=terminal_type,
                front_callback_url=front_callback_url,
                expire_time=expire_time,
                referral_code=referral_code,
                mit_management_url=mit_management_url,
                subscription_plan=subscription_plan,
                goods_details=goods_details,
                sub_merchant=sub_merchant,
                shipping_info=shipping_info,
                billing_info=billing_info,
                env_info=env_info,
                language=language,
                risk_params=risk_params,
                os_type=os_type,
                reference=reference,
                notify_url=notify_url,
                capture_mode=capture_mode,
                authorization_type=authorization_type,
            )

            direct_payment_order_request.additional_properties = d
        except Exception as exc:
            raise _spec_violation("DirectPaymentOrderRequest", _at, exc) from exc
        return direct_payment_order_request

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
from ..models.billing_info import BillingInfo  # noqa: E402
from ..models.direct_payment_detail import DirectPaymentDetail  # noqa: E402
from ..models.dropin_payment_detail import DropinPaymentDetail  # noqa: E402
from ..models.env_info import EnvInfo  # noqa: E402
from ..models.goods_detail import GoodsDetail  # noqa: E402
from ..models.risk_params import RiskParams  # noqa: E402
from ..models.shipping_info import ShippingInfo  # noqa: E402
from ..models.sub_merchant import SubMerchant  # noqa: E402
from ..models.subscription_plan import SubscriptionPlan  # noqa: E402
