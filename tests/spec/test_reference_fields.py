"""Every field of PayerMax's published tables is in our spec with the same requiredness, type, maxLength
and enum - or the difference is listed, with its reason, in spec/DEVIATIONS.md."""

from __future__ import annotations

import pytest

from payermax_emulator.openapi import SpecDocument

from .deviations import Mismatch, compare, field_deviations
from .reference_docs import load_page, reference_dir
from .scope import PAGES
from .spec_fields import SpecWalker

if not reference_dir().is_dir():
    pytest.skip(
        f"PayerMax's published reference pages are not at {reference_dir()} (the shared/ folder beside the"
        " repository, or $PAYERMAX_DOCS): nothing to compare the spec with",
        allow_module_level=True,
    )


def mismatches_for(spec: SpecDocument, page: str) -> list[Mismatch]:
    target = PAGES[page]
    walker = SpecWalker(spec, target.prefer)
    found: list[Mismatch] = []
    for row in load_page(page).fields:
        root = walker.root(
            operation=target.operation, webhook=target.webhook, schema=target.schema, section=row.section
        )
        facts = walker.field(root, row.path, target.variant)
        found.extend(compare(page, row, facts))
    return found


@pytest.mark.parametrize("page", sorted(PAGES))
def test_published_fields_match_the_spec(spec: SpecDocument, page: str) -> None:
    found = mismatches_for(spec, page)
    listed = {key: value for key, value in field_deviations().items() if key[0] == page}
    unexplained = [m for m in found if listed.get(m.key, ("", "", ""))[:2] != (m.published, m.ours)]
    stale = sorted(set(listed) - {m.key for m in found})
    message = []
    if unexplained:
        message.append("differences not listed in spec/DEVIATIONS.md (or listed with other values):")
        message.extend(m.as_row() for m in unexplained)
    if stale:
        message.append("rows in spec/DEVIATIONS.md that no longer differ:")
        message.extend(" | ".join(key) for key in stale)
    assert not message, "\n".join(message)


def test_deviation_rows_name_pages_in_scope() -> None:
    unknown = sorted({key[0] for key in field_deviations()} - set(PAGES))
    assert not unknown, f"DEVIATIONS.md names pages that are not transcribed: {unknown}"
