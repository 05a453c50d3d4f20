"""One headless Chromium for the browser tests (Debian's, driven by Playwright).

Module-scoped, not session-scoped: while Playwright's sync API is open it keeps an event loop running in the
main thread, and the tests that call ``asyncio.run`` after it must not find one. All the browser tests are in
one module, so there is still one browser per test run."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from tests.support.browser import chromium, chromium_executable

if TYPE_CHECKING:
    from playwright.sync_api import Browser


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    executable = chromium_executable()
    with chromium(executable) as launched:
        yield launched
