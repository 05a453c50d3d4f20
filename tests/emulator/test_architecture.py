"""The emulator's modules import one another in one direction only: no cycle, counting the imports made
inside functions (those under ``if TYPE_CHECKING:`` aside). The layers themselves are import-linter
contracts in pyproject.toml (``make lint``)."""

from __future__ import annotations

import grimp

from tests.support.graphs import cycles

PACKAGE = "payermax_emulator"


def test_no_import_cycle_among_emulator_modules() -> None:
    graph = grimp.build_graph(PACKAGE, exclude_type_checking_imports=True)
    modules = graph.modules
    assert len(modules) > 30, f"the import graph of {PACKAGE} looks empty: {sorted(modules)}"
    edges = {module: graph.find_modules_directly_imported_by(module) for module in modules}
    assert sum(map(len, edges.values())) > len(modules), "the import graph has (almost) no edges"
    assert cycles(edges) == []


def test_cycle_finder_finds_cycles() -> None:
    """The check above can fail: the same finder reports a cycle through a function-level import."""
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": {"e"}}
    assert cycles(edges) == [["a", "b", "c"], ["e"]]
