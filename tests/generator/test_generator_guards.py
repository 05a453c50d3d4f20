"""What we change in openapi-python-client stays visible and pinned, and the generator refuses a spec whose
call-policy extensions do not hold."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from generator import decimal_property, overrides
from generator.operation_facts import OperationFactsError, operation_facts
from payermax_emulator.openapi import bundled_spec


def test_every_override_has_its_stock_template_recorded_and_the_diff_is_current() -> None:
    names = overrides.overridden()
    assert {"endpoint_module.py.jinja", "model.py.jinja", "client.py.jinja", "types.py.jinja"} <= set(names)
    assert overrides.problems() == []


def test_an_upstream_change_to_a_stock_template_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = overrides.installed_template
    monkeypatch.setattr(overrides, "installed_template", lambda name: (shipped(name) or "") + "# new upstream line\n")
    found = overrides.problems()
    assert any("ships a different model.py.jinja" in problem and "+# new upstream line" in problem for problem in found)


def test_the_recorded_diff_shows_our_edits() -> None:
    diff = overrides.DIFF_PATH.read_text(encoding="utf-8")
    assert "+++ templates/model.py.jinja" in diff and "_spec_violation" in diff
    assert "+++ templates/client.py.jinja" in diff and "DEFAULT_TIMEOUTS" in diff


def test_the_decimal_patch_refuses_another_generator_version(monkeypatch: pytest.MonkeyPatch) -> None:
    decimal_property.check_generator_version()  # the pinned version is installed
    monkeypatch.setattr(decimal_property, "installed_generator_version", lambda: "0.30.0")
    with pytest.raises(decimal_property.GeneratorVersionError, match=r"0\.29\.1.*0\.30\.0"):
        decimal_property.install()


def _spec() -> dict[str, Any]:
    return copy.deepcopy(bundled_spec().raw)


def test_every_operation_declares_whether_it_is_safe_to_repeat() -> None:
    spec = _spec()
    del spec["paths"]["/refund"]["post"]["x-payermax-idempotent"]
    with pytest.raises(OperationFactsError, match="refund: x-payermax-idempotent"):
        operation_facts(spec)


@pytest.mark.parametrize(
    ("echo", "message"),
    [({"outTradeNumber": "outTradeNo"}, "'outTradeNumber', not in OrderQueryRequest"),
     ({"outTradeNo": "tradeNo"}, "'tradeNo', not in OrderQueryResult")],
)  # fmt: skip
def test_echoes_must_name_real_members(echo: dict[str, str], message: str) -> None:
    spec = _spec()
    spec["paths"]["/orderQuery"]["post"]["x-payermax-echo"] = echo
    with pytest.raises(OperationFactsError, match=message):
        operation_facts(spec)


def test_creates_know_the_query_that_tells_their_outcome() -> None:
    facts = {fact.name: fact for fact in operation_facts(_spec()).values()}
    assert facts["orderAndPay"].follow_up == "orderQuery" and facts["refund"].follow_up == "refundQuery"
    assert facts["paymentOrderPay"].follow_up == "paymentOrderQry"
    assert all(fact.follow_up is None for fact in facts.values() if fact.idempotent)
    assert {"cardIdentifierNo", "cvv", "cardHolderFullName"} <= set(facts["orderAndPay"].sensitive)
