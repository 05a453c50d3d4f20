"""Schemathesis hooks and checks for a gateway that signs everything and answers errors with HTTP 200.

Used by the pytest suite (imported) and by the CLI::

    PYTHONPATH=. SCHEMATHESIS_HOOKS=tests.contract.hooks schemathesis run spec/openapi.yaml \\
        --url "$PAYERMAX_BASE_URL"

What it does:

- ``before_load_schema``: shows Schemathesis each request body as the operation's ``data`` only, so that
  generated and mutated values land in the business payload, never in the envelope;
- ``before_call``: signs every request of every phase - the stateful one included - with
  :class:`SigningAuth`, which wraps ``data`` in a fresh envelope (``version`` of the operation, a new
  ``requestTime`` per attempt, the target's ``appId``/``merchantNo``) and signs the final bytes with the
  merchant key (missing and broken signatures are tested in tests/emulator/test_gateway.py);
- three checks replace the built-in ones that assume REST status codes (switched off in
  ``schemathesis.toml``): every answer is signed and verifies with the platform key; negative data never
  gets ``APPLY_SUCCESS``; positive data is accepted, or refused only for a business reason - decided by
  asking the spec's own validator whether the body sent is valid, never by reading the message;
- with ``PAYERMAX_STATEFUL_SEEDS=1`` (``make fuzz``): ``map_case`` gives the positive stateful cases of the
  operations that start flows realistic data (``seeds.py``), flows start at those and at the steps the hooks
  prepare (``PREPARED``: a paid order to refund, an authorisation to capture or cancel, a plan to cancel), so
  that the stateful phase follows every link (``run.py`` fails the run when a selected link is never covered).
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

import requests
import schemathesis
from schemathesis import CheckContext, GenerationMode, HookContext, Response
from schemathesis.generation.meta import TestPhase
from schemathesis.specs.openapi import stateful as stateful_module

from generator.client_view import unwrap_request_envelopes
from payermax_emulator.http.validation import RequestValidator
from payermax_emulator.openapi import bundled_spec
from payermax_signing import MerchantCredentials, build_envelope
from payermax_signing.protocol import SIGN_HEADER, SUCCESS_CODE, loads

from .seeds import ROOTS, SEEDS, paid_card_order, subscription_plan
from .target import Target

SUCCESS = SUCCESS_CODE
#: Refusals a well-formed request can legitimately get: the gateway's state or rules say no.
BUSINESS_REFUSALS = frozenset(
    {
        "ORDER_NOT_EXIST", "ORDER_REPEAT", "ORDER_CLOSED", "AMOUNT_INVALID", "AMOUNT_LIMIT", "AMOUNT_LIMIT_MINIMUM",
        "AMOUNT_LIMIT_MAXIMUM", "CURRENCY_INVALID", "COUNTRY_INVALID", "CARD_INVALID", "CARD_EXPIRE_DATE_INVALID",
        "CARD_HOLDER_NAME_INVALID", "CVV_INVALID", "UNSUPPORT_CARD", "ACCOUNT_INVALID", "BALANCE_INSUFFICIENT",
        "REFUND_INSUFFICIENT_BALANCE", "PAYMENT_METHOD_NOT_EXIST", "PAYMENT_METHOD_SUSPEND", "PAYMENT_REJECTED",
        "ISSUER_PAYMENT_REJECTED", "CONTRACT_INVALID", "ONBOARD_ERROR", "PARAMS_INVALID", "AUTH_FAILED", "AUTH_EXPIRED",
        "OTP_VERIFY_FAILED", "OTP_VERIFY_LIMIT",
    }
)  # fmt: skip
_state: dict[str, Any] = {}
#: Calls made, by operation and generation mode (read by the tests and the fuzz summary).
CALLS: Counter[tuple[str, str]] = Counter()


def configure(target: Target) -> None:
    """Point the hooks at a gateway (the CLI reads the ``PAYERMAX_*`` variables instead)."""
    _state["target"] = target


def target() -> Target:
    if "target" not in _state:
        _state["target"] = Target.from_env()
    found: Target = _state["target"]
    return found


class SigningAuth(requests.auth.AuthBase):
    """Wrap the prepared body (``data``) in the envelope and sign the exact bytes that will be sent."""

    def __init__(
        self,
        credentials: MerchantCredentials,
        versions: dict[str, str],
        *,
        sign: bool = True,
        app_id_members: dict[str, str] | None = None,
    ) -> None:
        self.credentials = credentials
        self.versions = versions
        self.sign = sign
        self.app_id_members = app_id_members or {}  # operations whose envelope says merchantAppId

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        operation = urlsplit(request.url or "").path.rstrip("/").rsplit("/", 1)[-1]
        raw = request.body
        data = raw.encode("utf-8") if isinstance(raw, str) else raw if isinstance(raw, bytes) else None
        # No body at all (a negative case) becomes an envelope without `data`.
        body = build_envelope(
            data or None,
            version=self.versions.get(operation, "1.0"),
            credentials=self.credentials,
            app_id_member=self.app_id_members.get(operation, "appId"),
        )
        request.body = body
        request.headers["Content-Type"] = "application/json"
        request.headers["Content-Length"] = str(len(body))
        if self.sign:
            request.headers[SIGN_HEADER] = self.credentials.merchant_key.sign(body)
        return request


@schemathesis.hook
def before_load_schema(context: HookContext, raw_schema: dict[str, Any]) -> None:
    operations = unwrap_request_envelopes(raw_schema)
    _state["versions"] = {path.lstrip("/"): operation.version for path, operation in operations.items()}
    _state["app_id_members"] = {path.lstrip("/"): operation.app_id_member for path, operation in operations.items()}


@schemathesis.hook
def before_call(context: HookContext, case: schemathesis.Case[Any], kwargs: dict[str, Any]) -> None:
    kwargs["auth"] = SigningAuth(
        target().credentials, _state.get("versions", {}), app_id_members=_state.get("app_id_members", {})
    )
    mode = case.meta.generation.mode.value if case.meta is not None else "explicit"
    CALLS[(case.operation.label, mode)] += 1


SEEDED = os.environ.get("PAYERMAX_STATEFUL_SEEDS") == "1"


def _call(operation: str, data: dict[str, Any]) -> dict[str, Any]:
    """Call ``operation`` on the target (signed, like every request); the answer's ``data``, or ``{}``."""
    credentials = target().credentials
    body = build_envelope(json.dumps(data).encode(), version=_state["versions"][operation], credentials=credentials)
    headers = {"content-type": "application/json", SIGN_HEADER: credentials.merchant_key.sign(body)}
    answer = requests.post(f"{target().base_url}/{operation}", data=body, headers=headers, timeout=60)
    found = loads(answer.content).get("data")
    return found if isinstance(found, dict) else {}


def _paid_order() -> dict[str, Any]:
    data = paid_card_order({})
    _call("orderAndPay", data)
    return {"outTradeNo": data["outTradeNo"]}


def _authorisation() -> dict[str, Any]:
    data = {**paid_card_order({}), "captureMode": "MANUAL"}
    _call("orderAndPay", data)
    return {"outTradeNo": data["outTradeNo"]}


def _plan() -> dict[str, Any]:
    number = (_call("subscriptionCreate", subscription_plan({})).get("subscriptionPlan") or {}).get("subscriptionNo")
    return {"subscriptionNo": number} if number else {}


#: Flow starts that need something on the target first: the hooks make it and name it in the case (a link,
#: when the case follows one, replaces the name with its own), so that refund -> refundQuery, capture ->
#: refund / orderQuery, cancel -> orderQuery and subscriptionCancel -> subscriptionQuery are reachable from
#: every such step and not only two links deep.
PREPARED: dict[str, Callable[[], dict[str, Any]]] = {
    "POST /refund": _paid_order,
    "POST /capture": _authorisation,
    "POST /cancel": _authorisation,
    "POST /subscriptionCancel": _plan,
}
#: Where the CLI's stateful flows start.
CLI_ROOTS = ROOTS | set(PREPARED)

if SEEDED:
    # Schemathesis reads `userId` as a reference to a "User" that no operation creates and so never starts a
    # flow at orderAndPay, paymentOrderPay or createPaybylink; for PayerMax every one of these POSTs creates
    # something. Flows start at the seeded and prepared operations (tests/contract/test_stateful.py does the
    # same inside the test, with the seeded ones).
    stateful_module.is_likely_root_transition = lambda operation, node, produced_anywhere: operation.label in CLI_ROOTS

    @schemathesis.hook
    def map_case(context: HookContext, case: schemathesis.Case[Any]) -> schemathesis.Case[Any]:
        """Stateful cases of the operations that start flows get realistic data (the stateful phase is there to
        follow links; the other phases send the negative data)."""
        seed, prepare = SEEDS.get(case.operation.label), PREPARED.get(case.operation.label)
        stateful = case.meta is not None and case.meta.phase.name is TestPhase.STATEFUL
        if stateful and (seed is not None or prepare is not None):
            body = case.body if isinstance(case.body, dict) else {}
            body = seed(body) if seed is not None else body
            case.body = {**body, **prepare()} if prepare is not None else body
        return case


def _decoded(response: Response) -> dict[str, Any]:
    try:
        body = json.loads(response.content)
    except ValueError:
        raise AssertionError("the answer is not JSON") from None
    if not isinstance(body, dict):
        raise AssertionError("the answer is not a JSON object")
    return body


@schemathesis.check
def answers_are_signed(ctx: CheckContext, response: Response, case: schemathesis.Case[Any]) -> bool | None:
    """Every answer to an operation call carries a ``sign`` header that verifies over its exact bytes."""
    if case.method.upper() != "POST":
        return None  # probes with other methods (TRACE, GET...) are not operation calls
    signatures = response.headers.get(SIGN_HEADER) or response.headers.get(SIGN_HEADER.capitalize())
    signature = signatures[0] if isinstance(signatures, list) else signatures
    if not signature:
        raise AssertionError("the answer has no sign header")
    if not target().credentials.platform_key.verify(response.content, signature):
        raise AssertionError("the answer's sign header does not verify with the platform public key")
    return None


@schemathesis.check
def negative_data_is_refused(ctx: CheckContext, response: Response, case: schemathesis.Case[Any]) -> bool | None:
    """Data that breaks the spec never gets ``APPLY_SUCCESS``."""
    if case.meta is None or case.meta.generation.mode is not GenerationMode.NEGATIVE:
        return None
    if response.status_code != 200 or _decoded(response).get("code") != SUCCESS:
        return None
    # What was sent may no longer break the spec: the signing hook restores a removed `sign` header, a link
    # replaces a mutated member with the value it carries. The spec's validator has the last word.
    if not _sent_body_is_valid(case, response):
        raise AssertionError(f"data that breaks the spec was accepted: {case.meta.phase.data!r}")
    return None


@schemathesis.check
def positive_data_is_accepted_or_refused_for_a_business_reason(
    ctx: CheckContext, response: Response, case: schemathesis.Case[Any]
) -> bool | None:
    """Data that follows the spec is accepted, or refused because of the gateway's state or rules."""
    if case.meta is None or case.meta.generation.mode is not GenerationMode.POSITIVE or response.status_code != 200:
        return None
    answer = _decoded(response)
    code, msg = str(answer.get("code")), str(answer.get("msg", ""))
    if code == SUCCESS:
        return None
    if code not in BUSINESS_REFUSALS:
        raise AssertionError(f"valid data refused with {code}: {msg}")
    if not _sent_body_is_valid(case, response):
        raise AssertionError(f"the spec's validator refuses data generated as valid - spec and gateway disagree: {msg}")
    return None


def _validator() -> RequestValidator:
    if "validator" not in _state:
        _state["validator"] = RequestValidator(bundled_spec())
    found: RequestValidator = _state["validator"]
    return found


def _sent_body_is_valid(case: schemathesis.Case[Any], response: Response) -> bool:
    """The spec validator's own verdict on the envelope that was sent (the signed bytes)."""
    body = response.request.body
    try:
        envelope = loads(body if isinstance(body, bytes | str) else b"")
    except ValueError:
        return False
    return _validator().is_valid(case.operation.path.lstrip("/"), envelope)
