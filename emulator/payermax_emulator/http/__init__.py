"""The HTTP adapters: the gateway, the control API, the payer's pages and the notification delivery.

Everything here translates between HTTP and the composed emulator (``core.Emulator``); no business rule
lives in this package. One adapter module per product that has pages or control endpoints (``adapters/``).
"""
