"""Every kind of error the two validators produce goes through the one function that words refusals
(``validation.refusal``): the message names the field and the rule, never the value sent."""

from __future__ import annotations

from typing import Any

import jsonschema_rs
import pytest
from jsonschema import Draft202012Validator, FormatChecker

from payermax_emulator.http.validation import RS_KINDS, RequestValidator, fast_message, message
from payermax_emulator.openapi import SpecDocument, bundled_spec

SECRET = "4111111111111111"  # stands for a card number, a CVV or a holder's name: it must never come back
GENERIC = "is invalid ("  # the wording of a rule refusal() does not know

SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "constant": {"const": "1.0"},
        "forbidden": {"not": {"required": ["cvv"]}},
        "email": {"type": "string", "format": "email"},
        "conditional": {"if": {"required": ["kind"]}, "then": {"required": ["detail"]}},
        "either": {"anyOf": [{"required": ["a"]}, {"required": ["b"]}]},
        "shape": {"anyOf": [{"type": "string", "maxLength": 2}, {"type": "integer"}]},
        "one": {"oneOf": [{"type": "string"}, {"type": "string", "minLength": 1}]},
        "digits": {"type": "string", "pattern": "^[0-9]{3}$"},
        "short": {"type": "string", "maxLength": 4},
        "long": {"type": "string", "minLength": 40},
        "choice": {"enum": ["CARD", "WALLET"]},
        "typed": {"type": "integer"},
        "closed": {"type": "object", "properties": {"known": {}}, "additionalProperties": False},
        "positive": {"type": "number", "minimum": 1},
        "below": {"type": "number", "exclusiveMaximum": 10},
        "even": {"type": "integer", "multipleOf": 2},
        "list": {"type": "array", "minItems": 2, "uniqueItems": True},
        "nothing": False,
    },
    "required": ["present"],
}

#: (instance, the field it names, the rule) - each instance carries the secret where the value goes.
CASES: list[tuple[dict[str, Any], str, str]] = [
    ({"constant": SECRET}, "constant", "const"),
    ({"forbidden": {"cvv": SECRET}}, "forbidden", "not"),
    ({"email": SECRET}, "email", "format"),
    ({"conditional": {"kind": SECRET}}, "conditional.detail", "required"),
    ({"either": {"c": SECRET}}, "either.a or either.b", "anyOf"),
    ({"shape": [SECRET]}, "shape", "anyOf"),
    ({"one": SECRET}, "one", "oneOf"),
    ({"digits": SECRET}, "digits", "pattern"),
    ({"short": SECRET}, "short", "maxLength"),
    ({"long": SECRET}, "long", "minLength"),
    ({"choice": SECRET}, "choice", "enum"),
    ({"typed": SECRET}, "typed", "type"),
    ({"closed": {SECRET: SECRET}}, "closed", "additionalProperties"),
    ({"positive": -4111111111111111}, "positive", "minimum"),
    ({"below": 4111111111111111}, "below", "exclusiveMaximum"),
    ({"even": 4111111111111111}, "even", "multipleOf"),
    ({"list": [SECRET]}, "list", "minItems"),
    ({"list": [SECRET, SECRET]}, "list", "uniqueItems"),
    ({"nothing": SECRET}, "nothing", "false"),
    ({}, "present", "required"),
]


def _check(text: str, field: str) -> None:
    assert SECRET not in text and "411111" not in text, text
    assert GENERIC not in text, f"a rule worded generically: {text}"
    for name in field.split(" or "):
        assert name in text, f"{name} not named in {text!r}"


@pytest.mark.parametrize(("case", "field", "rule"), CASES, ids=[rule + ":" + field for _, field, rule in CASES])
def test_every_jsonschema_error_is_worded_without_the_value(case: dict[str, Any], field: str, rule: str) -> None:
    instance = case if rule == "required" and not case else {"present": True, **case}
    errors = list(Draft202012Validator(SCHEMA, format_checker=FormatChecker()).iter_errors(instance))
    assert [error.validator for error in errors] == [None if rule == "false" else rule]
    # jsonschema's error for a `false` schema has no path (RequestValidator words jsonschema_rs's instead)
    _check(message(errors[0]), "body" if rule == "false" else field)


@pytest.mark.parametrize(("case", "field", "rule"), CASES, ids=[rule + ":" + field for _, field, rule in CASES])
def test_every_jsonschema_rs_error_is_worded_without_the_value(case: dict[str, Any], field: str, rule: str) -> None:
    instance = case if rule == "required" and not case else {"present": True, **case}
    errors = list(jsonschema_rs.Draft202012Validator(SCHEMA, validate_formats=True).iter_errors(instance))
    assert len(errors) == 1
    kind = RS_KINDS[type(errors[0].kind).__name__]
    if rule != "required" or case:  # if/then reports the inner `required`, like jsonschema
        assert kind == rule
    _check(fast_message(errors[0]), field)


def test_every_kind_jsonschema_rs_can_report_has_a_rule() -> None:
    kinds = {name for name in dir(jsonschema_rs.ValidationErrorKind) if name[0].isupper()}
    not_from_a_schema = {"BacktrackLimitExceeded", "Custom", "FromUtf8", "Referencing", "RegexEngineFailure"}
    assert kinds - not_from_a_schema <= set(RS_KINDS), kinds - not_from_a_schema - set(RS_KINDS)


def _card_order(**changes: Any) -> dict[str, Any]:
    data = {
        "outTradeNo": "ORDER1",
        "integrate": "Direct_Payment",
        "subject": "Skirt",
        "totalAmount": "74.99",
        "currency": "USD",
        "country": "US",
        "userId": "u1",
        "terminalType": "WEB",
        "frontCallbackUrl": "https://shop.example.com/return",
        "paymentDetail": {
            "paymentMethodType": "CARD",
            "cardInfo": {
                "cardIdentifierNo": SECRET,
                "cardHolderFullName": "JANE SECRETHOLDER",
                "cardExpirationMonth": "12",
                "cardExpirationYear": "39",
                "cvv": "987",
            },
            "buyerInfo": {"clientIp": "203.0.113.7", "userAgent": "Mozilla/5.0"},
        },
        **changes,
    }
    return {"version": "1.5", "keyVersion": "1", "requestTime": "2026-01-01T00:00:00.000+00:00",
            "appId": "a" * 32, "merchantNo": "P01", "data": data}  # fmt: skip


@pytest.mark.parametrize("field", ["outTradeNo", "totalAmount"])
def test_where_the_validators_disagree_the_fallback_names_the_field_only(field: str) -> None:
    """A trailing newline passes Python's ``$`` but not ECMA-262's: jsonschema accepts what jsonschema_rs refuses,
    and the message comes from jsonschema_rs's error - before, it echoed the whole ``data`` with the card."""
    spec = bundled_spec()
    validator = RequestValidator(spec)
    envelope = _card_order(**{field: "74.99\n" if field == "totalAmount" else "ORDER1\n"})
    assert not list(spec.validator(validator.pointer("orderAndPay")).iter_errors(envelope))  # they do disagree
    problem = validator.problem("orderAndPay", envelope)
    assert problem == f"data.{field} is invalid, its format is not accepted."


@pytest.mark.parametrize("integrate", [[None], {"a": 1}, None, 7])
def test_a_discriminator_that_is_not_a_string_is_a_refusal_not_a_bug(integrate: Any) -> None:
    """``integrate`` picks the order's branch; a list or an object there (unhashable) once raised a TypeError
    inside the message wording - a SYSTEM_ERROR found by the gateway's property test."""
    problem = RequestValidator(bundled_spec()).problem("orderAndPay", _card_order(integrate=integrate, currency=[None]))
    assert problem is not None
    assert problem.startswith("data.")


def test_a_valid_request_has_no_problem() -> None:
    validator = RequestValidator(bundled_spec())
    assert validator.is_valid("orderAndPay", _card_order())
    assert validator.problem("orderAndPay", _card_order()) is None


def test_a_spec_with_the_schema_words_through_the_same_function() -> None:
    raw = {
        "openapi": "3.1.0",
        "paths": {"/op": {"post": {"requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/R"}}}}}}},
        "components": {"schemas": {"R": SCHEMA}},
    }  # fmt: skip
    validator = RequestValidator(SpecDocument(raw))
    for case, field, rule in CASES:
        instance = case if rule == "required" and not case else {"present": True, **case}
        problem = validator.problem("op", instance)
        if rule == "format":  # the spec's validators treat formats as annotations (format: decimal, int64)
            assert problem is None
            continue
        assert problem is not None and SECRET not in problem, (rule, problem)
        _check(problem, field)
