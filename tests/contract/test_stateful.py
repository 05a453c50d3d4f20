"""Stateful runs through the spec's links: create -> query (orderAndPay -> orderQuery and -> refund ->
refundQuery, createPaybylink -> queryPaybylink, paymentOrderPay -> paymentOrderQry, quoteQuery -> exchange ->
exchangeQuery...), every step signed and checked. The entry operations are seeded with realistic data (a paid
card order, a valid payout, a quote of a pair the FX desk trades) so that the flows reach their queries;
everything after them comes from the links."""

from __future__ import annotations

import json
import os
from collections import Counter
from typing import Any

import hypothesis
import pytest
import schemathesis
from schemathesis import GenerationMode, HookContext
from schemathesis.config import SchemathesisConfig
from schemathesis.specs.openapi import stateful as stateful_module

from payermax_emulator.app import create_app
from payermax_emulator.core import Emulator
from payermax_emulator.openapi import spec_path
from payermax_emulator.settings import Settings
from payermax_signing import MerchantCredentials
from tests.support.paths import REPO

from . import hooks, seeds
from .target import Target

STEPS = int(os.environ.get("PAYERMAX_STATEFUL_EXAMPLES", "160"))
LINKED_QUERIES = {
    "POST /orderQuery",
    "POST /refundQuery",
    "POST /queryPaybylink",
    "POST /paymentOrderQry",
    "POST /exchange",
    "POST /exchangeQuery",
}
#: Operations of the pre-authorisation, subscription and tokenization flows that only links reach with valid data.
LINKED_STEPS = {"POST /capture", "POST /cancel", "POST /subscriptionQuery", "POST /subscriptionCancel",
                "POST /InquireApplyRequest"}  # fmt: skip

CONFIG = SchemathesisConfig.from_path(str(REPO / "schemathesis.toml"))
# Flows, not fuzzing: test_contract.py sends the negative data; here every step should be able to succeed.
CONFIG.projects.default.phases.stateful.generation.update(modes=[GenerationMode.POSITIVE])
# Always use the values the links carry (calibration would sometimes replace them with random ones).
CONFIG.projects.default.phases.stateful.link_calibration = False
schema = schemathesis.openapi.from_path(spec_path(), config=CONFIG)
EMULATOR = Emulator(Settings(settle_after=None, opening_float=(("USD", "100000000.00"),)))
APP = create_app(emulator=EMULATOR, worker=False)
TARGET = Target(EMULATOR.settings.gateway_url, MerchantCredentials.from_env(EMULATOR.environment()))
ANSWERS: Counter[tuple[str, str]] = Counter()


def refund_of_a_paid_order(body: dict[str, Any]) -> dict[str, Any]:
    """A full refund of a paid order this run placed (refunds start flows too: refund -> refundQuery)."""
    paid = EMULATOR.db.read(
        "SELECT out_trade_no, total_amount, currency FROM orders WHERE status = 'SUCCESS' AND out_trade_no LIKE 'FLOW_%'"
        " AND trade_token NOT IN (SELECT trade_token FROM refunds)"
        " AND trade_token NOT IN (SELECT trade_token FROM authorisations)"  # an authorisation refunds what it captured
        " ORDER BY created_ts DESC LIMIT 1"
    )
    if not paid:  # no paid order yet in this run: pay one, as a payer would have
        merchant = EMULATOR.test_merchant.merchant
        EMULATOR.collection.place_order(merchant, seeds.paid_card_order({}))
        return refund_of_a_paid_order(body)
    order = paid[0]
    return {
        "outRefundNo": seeds.unique(),
        "outTradeNo": order["out_trade_no"],
        "refundAmount": order["total_amount"],
        "refundCurrency": order["currency"],
    }


def capture_of_the_linked_order(body: dict[str, Any]) -> dict[str, Any]:
    """As ``seeds.capture_of_the_linked_order``, with the amount and currency of the order read from the store."""
    order = EMULATOR.db.read(
        "SELECT total_amount, currency FROM orders WHERE out_trade_no = ?", (str(body.get("outTradeNo")),)
    )
    if order:
        return {**body, "amount": order[0]["total_amount"], "currency": order[0]["currency"]}
    return seeds.capture_of_the_linked_order(body)


SEEDS = {**seeds.SEEDS, "POST /capture": capture_of_the_linked_order, "POST /refund": refund_of_a_paid_order}


@schema.hook
def map_case(context: HookContext, case: schemathesis.Case[Any]) -> schemathesis.Case[Any]:
    """Positive cases of the entry operations get realistic data; negative ones keep their mutations."""
    seed = SEEDS.get(case.operation.label)
    positive = case.meta is None or case.meta.generation.mode is GenerationMode.POSITIVE
    if seed is not None and positive and isinstance(case.body, dict):
        case.body = seed(case.body)
    return case


def _state_machine() -> Any:
    """Schemathesis's state machine, with flows starting at the seeded operations (``seeds.ROOTS``) only.

    Its dependency inference reads ``userId`` as a reference to a "User" resource that no operation creates,
    and so never starts a flow at orderAndPay, paymentOrderPay or createPaybylink; for PayerMax ``userId`` is
    the merchant's own customer id, and every one of these POSTs creates something. Every other operation with
    links is reached through them.
    """
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            stateful_module,
            "is_likely_root_transition",
            lambda operation, node, produced: operation.label in seeds.ROOTS,
        )
        return schema.as_state_machine()


class Workflow(_state_machine()):  # type: ignore[misc]
    def call(self, case: schemathesis.Case[Any], **kwargs: Any) -> schemathesis.Response:
        return case.call(app=APP, **kwargs)

    def validate_response(
        self, response: schemathesis.Response, case: schemathesis.Case[Any], *args: Any, **kwargs: Any
    ) -> None:
        super().validate_response(response, case, *args, **kwargs)
        ANSWERS[(case.operation.label, str(json.loads(response.content).get("code")))] += 1


def test_links_walk_create_then_query_flows() -> None:
    hooks.configure(TARGET)
    Workflow.run(
        settings=hypothesis.settings(
            max_examples=STEPS,
            stateful_step_count=12,
            deadline=None,
            suppress_health_check=list(hypothesis.HealthCheck),
        )
    )
    succeeded = {operation for (operation, code), count in ANSWERS.items() if code == "APPLY_SUCCESS"}
    assert succeeded >= LINKED_QUERIES, f"queries never reached through a link: {LINKED_QUERIES - succeeded}; {ANSWERS}"
    assert succeeded >= LINKED_STEPS, f"steps never reached through a link: {LINKED_STEPS - succeeded}; {ANSWERS}"
