"""Child processes the tests start on 127.0.0.1, the way ``payermax_emulator.testing`` starts the emulator:
waited for with a generous deadline, their output shown when they do not start, tried on another port when
another process took the free one first."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

from payermax_emulator.testing.runner import answers, child_process, on_a_free_port

from .paths import REPO

__all__ = ["answers", "on_free_port"]


@contextmanager
def on_free_port(
    command: Callable[[int], Sequence[str]],
    log: Path,
    ready: Callable[[int], bool],
    *,
    what: str,
    env: Mapping[str, str] | None = None,
) -> Iterator[int]:
    """Run ``command(port)`` in the repository (in ``env``, default this process's) on a free port until the
    block ends, once ``ready(port)`` says it serves; its output goes to ``log``. Yields the port."""

    @contextmanager
    def started(port: int) -> Iterator[int]:
        with child_process(command(port), log, functools.partial(ready, port), what=what, env=env, cwd=REPO):
            yield port

    with on_a_free_port(started) as port:
        yield port
