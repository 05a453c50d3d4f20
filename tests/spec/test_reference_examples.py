"""Every request, response and notification example on PayerMax's published pages validates against our
schemas - or spec/DEVIATIONS.md says why it cannot. Every published page is accounted for: transcribed
(scope.PAGES), not yet transcribed (scope.NOT_YET_TRANSCRIBED, its examples reported as skipped by name), or
not an API message (scope.NOT_MESSAGES)."""

from __future__ import annotations

import json

import pytest

from payermax_emulator.openapi import SpecDocument

from .deviations import example_exemptions
from .reference_docs import load_page, reference_dir
from .scope import NOT_MESSAGES, NOT_YET_TRANSCRIBED, PAGES, example_section
from .spec_fields import SpecWalker


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
    root = SpecWalker(spec, target.prefer).root(operation=target.operation, webhook=target.webhook, section=section)
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
    classes = [set(PAGES), set(NOT_YET_TRANSCRIBED), set(NOT_MESSAGES)]
    assert not (classes[0] & classes[1]) and not (classes[0] & classes[2]) and not (classes[1] & classes[2])
    unaccounted = sorted(published - set().union(*classes))
    assert not unaccounted, f"published pages in no list of tests/spec/scope.py: {unaccounted}"
    vanished = sorted(set().union(*classes) - published)
    assert not vanished, f"tests/spec/scope.py names pages that are not published: {vanished}"


def test_pages_not_yet_transcribed_are_not_in_the_spec(spec: SpecDocument) -> None:
    documented = [
        item["post"].get("externalDocs", {}).get("url", "")
        for group in ("paths", "webhooks")
        for item in spec.raw.get(group, {}).values()
    ]
    transcribed = [
        page
        for page in NOT_YET_TRANSCRIBED
        if any(url.endswith((f"/paths/{page[:-3]}/post", f"-{page[:-3]}/post")) for url in documented)
    ]
    assert not transcribed, f"now in the spec: move {transcribed} from NOT_YET_TRANSCRIBED to PAGES in scope.py"


def _pending_cases() -> list[tuple[str, str]]:
    return [(page, example.label) for page in NOT_YET_TRANSCRIBED for example in load_page(page).examples]


@pytest.mark.parametrize(("page", "label"), _pending_cases())
def test_example_of_a_page_not_yet_transcribed(page: str, label: str) -> None:
    pytest.skip(f"{page} / {label}: operation not yet transcribed (scope.NOT_YET_TRANSCRIBED)")
