"""One adapter module per product that has payer pages or control endpoints (and one for ISV mode's
service providers).

Each module exposes ``PAGES`` (routes mounted at the root) and ``CONTROL`` (routes mounted under
``/emulator``), both lists of Starlette routes; ``app.py`` lists the modules it mounts.
"""
