"""Property: whatever a client sends to any gateway operation - data Schemathesis generates from the spec, then
spoiled with hostile values - the answer is signed, is never ``SYSTEM_ERROR`` and never quotes a card number
or a holder's name; the emulator logs no error (an unexpected exception would be one)."""

from __future__ import annotations

import logging
import os
from decimal import Decimal
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from payermax_emulator.openapi import spec_path
from payermax_signing import build_envelope
from payermax_signing.protocol import SIGN_HEADER, dumps
from tests.contract import hooks  # noqa: F401 - its before_load_schema shows Schemathesis each body as `data`
from tests.support.gateway import Gateway

EXAMPLES = int(os.environ.get("PAYERMAX_PROPERTY_EXAMPLES", "15"))  # per operation
CARD, HOLDER = "4111111111111111", "JANE SECRETHOLDER"
schema = schemathesis.openapi.from_path(spec_path())
OPERATIONS = sorted(schema.raw_schema["paths"])

HOSTILE = st.one_of(
    st.sampled_from(
        [
            CARD,
            HOLDER,
            "9" * 5000,
            "١٢٣٤",
            "²",
            "74.99\n",
            "ORDER\n",
            "NaN",
            "Infinity",
            "-1",
            "1e999999",
            "\r\n",
            "\x00",
            "é" * 300,
            "http://[::1/x",
            "https://x.example/\r\nA: b",
            "XXX",
            "ZZ",
            "",
            " ",
            True,
            None,
            [],
            {},
            {"cardIdentifierNo": CARD},
            [CARD, HOLDER],
            -1,
            0,
            10**30,
            2**63,
            Decimal("1e-999"),
            Decimal("1E+30"),
            Decimal("-0.0000"),
            Decimal("123456789012345678901234567890.123456789"),
        ]
    ),
    st.text(max_size=40),
    st.integers(),
    st.decimals(allow_nan=False, allow_infinity=False),
)


def _leaves(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(node, dict):
        return [path, *(leaf for key, value in node.items() for leaf in _leaves(value, (*path, key)))]
    if isinstance(node, list):
        return [path, *(leaf for index, value in enumerate(node) for leaf in _leaves(value, (*path, index)))]
    return [path]


def _replace(node: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(node, dict):
        return {**node, head: _replace(node[head], rest, value)}
    copy = list(node)
    copy[head] = _replace(copy[head], rest, value)
    return copy


@st.composite
def hostile_data(draw: st.DrawFn, path: str) -> Any:
    case = draw(schema[path]["POST"].as_strategy())
    data: Any = case.body if isinstance(case.body, dict) else {}
    for _ in range(draw(st.integers(min_value=0, max_value=3))):
        spot = draw(st.sampled_from(_leaves(data)))
        if draw(st.booleans()) and isinstance(data, dict) and spot == ():
            member = draw(st.sampled_from(["cardIdentifierNo", "notifyUrl", "currency", "x" * 70]))
            data = {**data, member: draw(HOSTILE)}
        else:
            data = _replace(data, spot, draw(HOSTILE))
    return data


@pytest.mark.parametrize("path", OPERATIONS)
def test_no_request_gets_a_system_error_an_unsigned_answer_or_an_echo(
    gateway_session: Gateway, caplog: pytest.LogCaptureFixture, path: str
) -> None:
    gateway, operation = gateway_session, path.lstrip("/")
    caplog.set_level(logging.WARNING, logger="payermax_emulator")
    sent = 0

    @settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(hostile_data(path))
    def check(data: Any) -> None:
        nonlocal sent
        body = build_envelope(dumps(data), version="1.5", credentials=gateway.credentials)
        headers = {"content-type": "application/json", SIGN_HEADER: gateway.credentials.merchant_key.sign(body)}
        response = httpx.post(f"{gateway.emulator.settings.gateway_url}/{operation}", content=body, headers=headers,
                              timeout=60)  # fmt: skip
        assert response.status_code == 200
        assert gateway.credentials.platform_key.verify(response.content, response.headers[SIGN_HEADER])
        answer = response.json()
        assert answer["code"] != "SYSTEM_ERROR", (operation, answer)
        assert CARD not in response.text, (operation, answer)  # answers show cards masked, refusals never quote
        assert HOLDER not in str(answer.get("msg")), (operation, answer)
        sent += 1

    check()
    assert sent >= min(EXAMPLES, 5)
    errors = [record.getMessage() for record in caplog.records if record.levelno >= logging.ERROR]
    assert not errors, errors[:3]
