"""The products: PayerMax's business rules, one module per product, free of HTTP.

Each product is a :class:`~payermax_emulator.kit.Product` built by the composition (``core.Emulator``)
with the services it may use and the products it builds on; importing this package registers nothing.
"""
