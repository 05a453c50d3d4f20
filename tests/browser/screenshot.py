"""Make the dashboard's screenshot (``make screenshot``, writes docs/dashboard.png): an emulator with a little
shop's day in it (``scenes.py``), the root URL opened in headless Chromium."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from payermax_emulator.testing import EmulatorOptions, RunningEmulator
from tests.support.browser import chromium
from tests.support.paths import REPO

from .scenes import first_order, shop_day


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output", nargs="?", type=Path, default=REPO / "docs" / "dashboard.png")
    parser.add_argument("--width", type=int, default=1440)
    parser.add_argument("--height", type=int, default=1100)
    parser.add_argument("--record", action="store_true", help="the page of the first order instead of the overview")
    args = parser.parse_args(argv)
    with RunningEmulator.start(EmulatorOptions(time_scale=0.001, settle_after=0.5)) as emulator, chromium() as browser:
        shop_day(emulator)
        page = browser.new_page(viewport={"width": args.width, "height": args.height})
        page.goto(emulator.url + ("/dashboard/records/orders/" + first_order(emulator) if args.record else "/"))
        page.screenshot(path=str(args.output), full_page=False)
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
