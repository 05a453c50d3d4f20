"""The pytest plugin of payermax-python: PayerMax in a box as fixtures (``payermax_pytest.plugin``).

pytest loads it by itself once the package is installed (entry point ``pytest11``); loading it imports nothing
but pytest, and no emulator starts until a test asks for one of its fixtures. ``-p no:payermax`` turns it off.
"""
