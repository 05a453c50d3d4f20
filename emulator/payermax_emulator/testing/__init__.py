"""PayerMax in a box for your tests: start an emulator, get its test merchant and clients, drive it.

::

    from payermax_emulator.testing import EmulatorOptions, RunningEmulator

    with RunningEmulator.start(EmulatorOptions(mode="thread")) as emulator:
        with emulator.client() as payermax:
            order = payermax.collection.order_and_pay(...)
        emulator.complete_payment(order_no)
        emulator.sink.wait_for("PAYMENT")

With pytest, the plugin ``payermax_pytest`` (installed with this package) hands these out as fixtures.
"""

from .handle import ControlError, RunningEmulator
from .runner import MODES, EmulatorOptions, EmulatorStartError
from .sink import NotificationSink, ReceivedNotification

__all__ = [
    "MODES",
    "ControlError",
    "EmulatorOptions",
    "EmulatorStartError",
    "NotificationSink",
    "ReceivedNotification",
    "RunningEmulator",
]
