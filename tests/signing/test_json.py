"""``protocol.dumps`` and ``loads``: exact decimals, and the same bytes whether orjson or the json module
encodes (orjson is used when installed; the json module decides whatever orjson declines)."""

from __future__ import annotations

import dataclasses
import enum
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from payermax_signing import protocol
from payermax_signing.protocol import dumps, loads


@pytest.fixture(params=["orjson", "json"])
def encoder(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each test twice: with orjson (it is a dependency on CPython) and with the json module alone."""
    if request.param == "orjson":
        assert protocol._orjson is not None, "orjson is a dependency on CPython"
    else:
        monkeypatch.setattr(protocol, "_orjson", None)
    return str(request.param)


class _Str(str):
    pass


class _Colour(enum.Enum):
    RED = "red"


@dataclasses.dataclass
class _Point:
    x: int


PAYLOADS: list[Any] = [
    {"totalAmount": Decimal("12.34"), "currency": "USD", "data": {"list": [Decimal("1E+2"), Decimal("-0.00")]}},
    {"tiny": Decimal("0.000001"), "huge": Decimal("123456789012345678901234567890.5")},
    {"text": 'é \u2028 " \\ \n \x01 汉字 😀', "none": None, "yes": True, "n": -(2**63)},
    [1, "two", None, [], {}],
    "plain",
    0,
    {1: "a key that is not a string"},
    {"beyond 64 bits": 2**70},
    {"subclass": _Str("of str")},
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_both_encoders_give_the_same_compact_bytes(payload: Any) -> None:
    assert dumps(payload) == protocol._json_dumps(payload, None)


def test_decimals_are_numbers_with_exactly_their_digits(encoder: str) -> None:
    body = dumps({"a": Decimal("12.340"), "b": Decimal("1E+2"), "c": Decimal("-0.00")})
    assert body == b'{"a":12.340,"b":100,"c":-0.00}'
    assert loads(body) == {"a": Decimal("12.340"), "b": 100, "c": Decimal("-0.00")}


@pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("Infinity"), datetime.now(UTC), _Point(1), object()])
def test_what_json_cannot_hold_is_a_type_error_naming_the_type(encoder: str, value: Any) -> None:
    with pytest.raises(TypeError, match=f"cannot encode {type(value).__name__} as JSON"):
        dumps({"value": value})


def test_an_enum_member_is_encoded_by_its_value(encoder: str) -> None:
    assert dumps({"colour": _Colour.RED, "in": [_Colour.RED]}) == b'{"colour":"red","in":["red"]}'


def test_indented_json_is_for_people(encoder: str) -> None:
    assert dumps({"a": [Decimal("1.5")]}, indent=2) == b'{\n  "a": [\n    1.5\n  ]\n}'


_JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**64 - 1)
    | st.decimals(allow_nan=False, allow_infinity=False, places=4)
    | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)


@given(_JSON_VALUES)
def test_any_payload_encodes_alike_and_comes_back_exact(payload: Any) -> None:
    body = dumps(payload)
    assert body == protocol._json_dumps(payload, None)
    assert loads(body) == payload
