"""ISV mode: service providers, the sub-merchants they act for, and the tokens those sub-merchants grant.

A service provider is a merchant with its own app and key. Each of its sub-merchants grants it a merchant
auth token; the provider's calls for a sub-merchant name the sub-merchant in ``merchantNo``, the provider in
``spMerchantNo``, carry the token in the ``merchant_auth_token`` header
(``payermax_signing.protocol.MERCHANT_AUTH_TOKEN_HEADER``) and are signed with the provider's key.

The gateway's checks, after the signature (:meth:`ServiceProviders.acting_for`), in this order:

1. ``spMerchantNo`` is the merchant number of the app that signed, else ``MERCHANT_INVALID``;
2. ``merchantNo`` is one of that provider's sub-merchants, else ``MERCHANT_INVALID`` (a sub-merchant of
   another provider included);
3. the token header is present, else ``AUTHENTICATE_FAILED``;
4. it matches the token the sub-merchant granted (compared in constant time on SHA-256 digests), and that
   grant was not revoked, else ``AUTHENTICATE_FAILED``.

The call then acts as the sub-merchant: its own orders, balances and tokens, its notifications sent to its
notify URL (else the provider's), naming the provider's ``appId`` and ``spMerchantNo``. A call without
``spMerchantNo`` (absent, null or empty) is an ordinary call of the signing app, whatever headers it carries.

Only digests are stored; a token is answered once, when it is granted, and never logged or echoed.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from payermax_signing import VerifyingKey

from ..store.errors import BusinessError, params_invalid
from .merchants import MERCHANT_INVALID, Merchant, Merchants, NewSubMerchant, new_merchant_no

AUTHENTICATE_FAILED = "AUTHENTICATE_FAILED"
#: What a token chosen through the control API may be: visible ASCII, as an HTTP header value can carry it.
TOKEN_FORM = re.compile(r"[\x21-\x7e]{8,128}")
#: Compared against when a sub-merchant's grant was revoked, so that the check costs the same.
_NO_DIGEST = "0" * 64


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(24)


@dataclass(frozen=True)
class Grant:
    """A sub-merchant and the token it granted (answered once, when granted)."""

    merchant_no: str
    notify_url: str | None
    auth_token: str

    def answer(self) -> dict[str, Any]:
        return {"merchantNo": self.merchant_no, "notifyUrl": self.notify_url, "authToken": self.auth_token}


@dataclass(frozen=True)
class SubMerchantRequest:
    """A sub-merchant to add (or to grant a new token): every member optional."""

    merchant_no: str | None = None
    notify_url: str | None = None
    auth_token: str | None = None

    def __post_init__(self) -> None:
        if self.auth_token is not None and not TOKEN_FORM.fullmatch(self.auth_token):
            raise params_invalid("authToken must be 8 to 128 visible ASCII characters.")


def _stored(wanted: SubMerchantRequest, token: str) -> NewSubMerchant:
    return NewSubMerchant(wanted.merchant_no or new_merchant_no(), wanted.notify_url, digest(token))


class ServiceProviders:
    def __init__(self, merchants: Merchants) -> None:
        self._merchants = merchants

    def register(
        self,
        public_key: VerifyingKey,
        sub_merchants: Sequence[SubMerchantRequest],
        *,
        app_id: str | None = None,
        merchant_no: str | None = None,
        notify_url: str | None = None,
    ) -> tuple[Merchant, list[Grant]]:
        """Register (or update) a service provider's app and grant each of ``sub_merchants``, all or nothing."""
        tokens = [wanted.auth_token or new_token() for wanted in sub_merchants]
        subs = [_stored(wanted, token) for wanted, token in zip(sub_merchants, tokens, strict=True)]
        provider = self._merchants.register(
            public_key, app_id=app_id, merchant_no=merchant_no, notify_url=notify_url, sub_merchants=subs
        )
        return provider, [self._granted(provider.app_id, sub, token) for sub, token in zip(subs, tokens, strict=True)]

    def grant(self, sp_app_id: str, wanted: SubMerchantRequest) -> Grant:
        """Add a sub-merchant to the provider of ``sp_app_id``, or give one it has a new token (the old one
        stops working); ``MERCHANT_INVALID`` when the number is another merchant's."""
        token = wanted.auth_token or new_token()
        sub = _stored(wanted, token)
        self._merchants.save_sub_merchant(sp_app_id, sub)
        return self._granted(sp_app_id, sub, token)

    def _granted(self, sp_app_id: str, sub: NewSubMerchant, token: str) -> Grant:
        stored = self._merchants.sub_merchant(sp_app_id, sub.merchant_no)
        return Grant(sub.merchant_no, stored.merchant.notify_url if stored else sub.notify_url, token)

    def revoke(self, sp_app_id: str, merchant_no: str) -> None:
        """Withdraw a sub-merchant's grant: its token is refused from now on."""
        if not self._merchants.revoke(sp_app_id, merchant_no):
            raise BusinessError(MERCHANT_INVALID, "No such sub-merchant of this service provider.")

    def describe(self, sp_app_id: str) -> dict[str, Any]:
        """A provider and its sub-merchants, without tokens."""
        provider = self._merchants.get(sp_app_id)
        if provider is None:
            raise BusinessError(MERCHANT_INVALID, "No service provider with this appId.")
        subs = [
            {
                "merchantNo": sub.merchant.merchant_no,
                "notifyUrl": sub.merchant.notify_url,
                "granted": bool(sub.token_digest),
            }
            for sub in self._merchants.sub_merchants(sp_app_id)
        ]
        return {"appId": provider.app_id, "merchantNo": provider.merchant_no, "subMerchants": subs}

    def acting_for(self, provider: Merchant, envelope: Mapping[str, Any], token: str | None) -> Merchant:
        """Whom a call signed by ``provider``'s app acts for: the provider itself when the envelope has no
        ``spMerchantNo``, else the sub-merchant it names once the checks above pass."""
        sp_merchant_no = envelope.get("spMerchantNo")
        if sp_merchant_no in (None, ""):
            if envelope.get("merchantNo") not in (None, provider.merchant_no):
                raise BusinessError(MERCHANT_INVALID, "The merchantNo does not belong to this appId.")
            return provider
        if sp_merchant_no != provider.merchant_no:
            raise BusinessError(MERCHANT_INVALID, "The spMerchantNo does not belong to this appId.")
        merchant_no = envelope.get("merchantNo")
        sub = self._merchants.sub_merchant(provider.app_id, merchant_no) if isinstance(merchant_no, str) else None
        if sub is None:
            raise BusinessError(MERCHANT_INVALID, "The merchantNo is not a sub-merchant of this service provider.")
        if not token:
            raise BusinessError(AUTHENTICATE_FAILED, "The merchant_auth_token header is missing.")
        if not hmac.compare_digest(digest(token), sub.token_digest or _NO_DIGEST) or sub.token_digest is None:
            raise BusinessError(AUTHENTICATE_FAILED, "The merchant auth token is not valid for this sub-merchant.")
        return sub.merchant
