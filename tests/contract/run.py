"""Entry points of the contract suite (used by the Makefile).

python -m tests.contract.run uat        # `make contract-uat`: the suite against $PAYERMAX_BASE_URL
python -m tests.contract.run emulator   # the same target against an emulator started as a process
python -m tests.contract.run fuzz       # `make fuzz`: the long Schemathesis CLI campaign
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.support.paths import REPO

from .emulator_process import emulator_process
from .target import missing_variables

PYTHON = sys.executable


def uat() -> int:
    missing = missing_variables()
    if missing:
        print(
            "contract-uat skipped: set " + ", ".join(missing) + " to run the contract suite against PayerMax's UAT "
            "(base URL https://pay-gate-uat.payermax.com/aggregate-pay/api/gateway and your UAT app's keys)."
        )
        return 0
    print(f"contract suite against {os.environ['PAYERMAX_BASE_URL']}", flush=True)
    suites = [str(REPO / "tests/contract" / name) for name in ("target_suite.py", "sandbox_flow.py")]
    command = [PYTHON, "-m", "pytest", "-q", "-p", "no:cacheprovider", *suites]
    return subprocess.call(command, cwd=REPO)


def against_emulator() -> int:
    """Run `make contract-uat` - the very same target - against an emulator running as a separate process (refunds
    and payouts settle on their own, as in the sandbox, so that the sandbox flow sees their final statuses)."""
    with tempfile.TemporaryDirectory() as data_dir, emulator_process(Path(data_dir), "--settle-after", "0.2") as env:
        print(f"emulator started as a separate process: {env['PAYERMAX_BASE_URL']}", flush=True)
        make = shutil.which("make") or "make"
        return subprocess.call([make, "--no-print-directory", "contract-uat"], cwd=REPO, env={**os.environ, **env})


#: The stateful phase's line on links: "API Links:    7 covered / 7 selected / 7 total".
LINKS = re.compile(r"API Links:\s+(\d+) covered / (\d+) selected")
#: Where `make fuzz` writes its reports (git-ignored).
REPORTS = REPO / "build" / "fuzz"


def _working_tree() -> str:
    found = subprocess.run([shutil.which("git") or "git", "status", "--porcelain", "--untracked-files=all"], cwd=REPO,
                           capture_output=True, text=True, check=False)  # fmt: skip
    return found.stdout if found.returncode == 0 else ""


def _links(output: str) -> tuple[int, int] | None:
    found = LINKS.findall(output)
    return (int(found[-1][0]), int(found[-1][1])) if found else None


def fuzz(max_examples: int) -> int:
    """Every phase of the Schemathesis CLI (examples, coverage, fuzzing, stateful) against a fresh emulator.

    Fails when a check fails, when the stateful phase leaves a selected link uncovered, or when the run changed
    the working tree (reports go to the git-ignored build/fuzz/)."""
    before = _working_tree()
    REPORTS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as data_dir, emulator_process(Path(data_dir), "--settle-after", "-1") as env:
        command = [
            str(Path(PYTHON).parent / "schemathesis"), "run", str(REPO / "spec/openapi.yaml"),
            "--url", env["PAYERMAX_BASE_URL"], "--max-examples", str(max_examples), "--workers", "2",
            "--report", "junit", "--report-dir", str(REPORTS),
        ]  # fmt: skip
        hooks_env = {
            "PYTHONPATH": str(REPO),
            "SCHEMATHESIS_HOOKS": "tests.contract.hooks",
            "PAYERMAX_STATEFUL_SEEDS": "1",
        }
        print(
            "$ SCHEMATHESIS_HOOKS=tests.contract.hooks PAYERMAX_STATEFUL_SEEDS=1 " + " ".join(command[1:]), flush=True
        )
        process = subprocess.Popen(command, cwd=REPO, env={**os.environ, **env, **hooks_env}, stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, text=True)  # fmt: skip
        assert process.stdout is not None
        lines = []
        for line in process.stdout:
            sys.stdout.write(line)
            lines.append(line)
        status = process.wait()
    links = _links("".join(lines))
    problems = []
    if links is None:
        problems.append("the stateful phase reported no links")
    elif links[0] < links[1]:
        problems.append(f"the stateful phase covered {links[0]} of the {links[1]} links selected")
    if _working_tree() != before:
        problems.append("the run changed the working tree:\n" + _working_tree())
    summary = f"links covered/selected: {links[0]}/{links[1]}" if links else "links: none reported"
    print(f"fuzz summary: schemathesis exit {status}; {summary}; reports in {REPORTS.relative_to(REPO)}/")
    for problem in problems:
        print(f"FAILED: {problem}")
    return status or (1 if problems else 0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["uat", "emulator", "fuzz"])
    parser.add_argument("--max-examples", type=int, default=100, help="fuzz: cases per operation and mode")
    args = parser.parse_args(argv)
    if args.what == "uat":
        return uat()
    if args.what == "emulator":
        return against_emulator()
    return fuzz(args.max_examples)


if __name__ == "__main__":
    sys.exit(main())
