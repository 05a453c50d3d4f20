"""What products and control adapters are declared with: records (``kit.Record``, ``kit.MerchantNumbered``),
due-time moves (``kit.when_due``) and control routes (``http.web.control_route``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from starlette.routing import Route

from payermax_emulator.core import Emulator
from payermax_emulator.http.adapters import disputes, rfi
from payermax_emulator.kit import MerchantNumbered, Product, Record, Table, when_due
from payermax_emulator.settings import Settings
from payermax_emulator.store.codec import columns


@dataclass
class Gadget(Record, MerchantNumbered):
    gadget_no: str
    out_trade_no: str
    out_trade_no_key: str = field(default="", kw_only=True)
    due_ts: float | None


GADGETS = Table(Gadget, "gadgets", "The gadget", "status, due_ts", unique="app_id, out_trade_no_key")


def test_a_record_keeps_its_key_first_and_derives_the_merchant_key() -> None:
    gadget = Gadget("G1", "order_1", None, app_id="APP", status="NEW", doc={})
    assert gadget.out_trade_no_key == "ORDER_1"
    assert GADGETS.key == "gadget_no"
    assert [column.name for column in columns(Gadget)] == [
        "gadget_no", "out_trade_no", "due_ts", "app_id", "status", "doc", "out_trade_no_key",
    ]  # fmt: skip


@dataclass(eq=False)
class Gadgets(Product):
    tables: ClassVar = (GADGETS,)
    seen: list[str] = field(default_factory=list)

    @when_due(GADGETS, "NEW", "due_ts")
    @when_due(GADGETS, "OLD", "due_ts")
    def _retire(self, gadget_no: str) -> None:
        self.seen.append(gadget_no)

    @when_due(GADGETS, "NEW", "due_ts", at=lambda now: 0.0)
    def _first_written_first_listed(self, gadget_no: str) -> None:
        raise AssertionError("not called here")


def test_due_moves_are_listed_in_the_order_written_with_the_tables_key(tmp_path: Path) -> None:
    gadgets = Gadgets(Emulator(Settings(data_dir=tmp_path)).services)
    moves = gadgets.due()
    assert [(move.table, move.key, move.status, move.then.__name__) for move in moves] == [
        ("gadgets", "gadget_no", "NEW", "_retire"),
        ("gadgets", "gadget_no", "OLD", "_retire"),
        ("gadgets", "gadget_no", "NEW", "_first_written_first_listed"),
    ]
    moves[1].then("G1")
    assert gadgets.seen == ["G1"]


def _listed(routes: list[Route]) -> dict[str, tuple[set[str], str]]:
    """Each route's methods and the module ``GET /emulator`` names for it."""
    listed = {}
    for route in routes:
        handler = route.endpoint.__wrapped__  # type: ignore[attr-defined]
        listed[route.path] = (route.methods or set(), handler.__module__)
    return listed


def test_control_routes_are_named_by_the_adapter_that_declares_them() -> None:
    listed = _listed(rfi.CONTROL)
    assert listed["/rfis/{rfiNo}/pass"] == ({"POST"}, rfi.__name__)
    assert "GET" in listed["/rfis/{rfiNo}"][0]
    assert _listed(disputes.CONTROL)["/disputes/{caseId}/resolve"] == ({"POST"}, disputes.__name__)
