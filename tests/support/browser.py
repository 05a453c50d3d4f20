"""A real browser for the tests: Playwright driving Debian's Chromium (``apt-get install -y chromium``; never
``playwright install``, which downloads a browser build), headless, with background networking off so that
the browser talks to nothing but the pages a test opens on 127.0.0.1."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from .tools import required

if TYPE_CHECKING:
    from playwright.sync_api import Browser

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]  # fmt: skip


def chromium_executable() -> str:
    """Debian's Chromium; skips the test when it is missing locally, fails in CI (``.ci/run`` installs it)."""
    executable = CHROMIUM if os.path.exists(CHROMIUM) else shutil.which("chromium")
    return required(executable, "chromium is not installed (apt-get install -y chromium; .ci/run installs it)")


@contextmanager
def chromium(executable: str | None = None) -> Iterator[Browser]:
    """One headless Chromium for the block."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable or chromium_executable(), args=FLAGS)
        try:
            yield browser
        finally:
            browser.close()
