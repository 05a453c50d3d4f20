"""Every request, response and notification example on PayerMax's published pages validates against our
schemas - or spec/DEVIATIONS.md says why it cannot. Every published page is accounted for: transcribed
(scope.PAGES: an operation, a webhook, or the component documenting a page that is no API call) or not an API
message (scope.NOT_MESSAGES)."""

from __future__ import annotations

import json

import pytest

from payermax_emulator.openapi import SpecDocument

from .deviations import example_exemptions
from .reference_docs import load_page, reference_dir
from .scope import NOT_MESSAGES, PAGES, example_section
from .spec_fields import SpecWalker

if not reference_dir().is_dir():
    pytest.skip(
        f"PayerMax's published reference pages are not at {reference_dir()} (the shared/ folder beside the"
        " repository, or $PAYERMAX_DOCS): nothing to compare the spec with",
        allow_module_level=True,
    )


def _cases() -> list[tuple[str, str]]:
    cases = []
    for page in sorted(PAGES):
        for example in load_page(page).examples:
            cases.append((page, example.label))
    return cases


@pytest.mark.parametrize(("page", "label"), _cases())
def test_published_example_validates(spec: SpecDocument, page: str, label: str) -> None:
    target = PAGES[page]
    example = next(e for e in load_page(page).examples if e.label == label)
    section = example_section(target, example.kind)
    root = SpecWalker(spec, target.prefer).root(
        operation=target.operation, webhook=target.webhook, schema=target.schema, section=section
    )
    pointer = root["$ref"]
    errors = sorted(spec.validator(pointer).iter_errors(json.loads(example.text)), key=str)
    exempt = example_exemptions().get((page, label))
    if exempt is not None:
        assert errors, f"{page} / {label} now validates: remove its row from spec/DEVIATIONS.md"
        return
    details = "\n".join(f"  at {'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}" for e in errors)
    assert not errors, f"{page} / {label} does not validate against {pointer}:\n{details}"


def test_exempted_examples_exist() -> None:
    known = set(_cases())
    unknown = sorted(set(example_exemptions()) - known)
    assert not unknown, f"DEVIATIONS.md exempts examples that do not exist: {unknown}"


def test_every_published_page_is_accounted_for() -> None:
    published = {path.name for path in reference_dir().glob("*.md")}
    assert not set(PAGES) & set(NOT_MESSAGES), "a page is both transcribed and no API message"
    listed = set(PAGES) | set(NOT_MESSAGES)
    unaccounted = sorted(published - listed)
    assert not unaccounted, f"published pages in no list of tests/spec/scope.py: {unaccounted}"
    vanished = sorted(listed - published)
    assert not vanished, f"tests/spec/scope.py names pages that are not published: {vanished}"
