"""PayerMax in a box: a stateful local emulator of the PayerMax gateway.

It needs the ``emulator`` extra (``pip install 'payermax-python[emulator]'``); without it, importing the
package says so in one line instead of failing on whichever dependency happens to be imported first.
"""

from importlib.util import find_spec

#: Modules of the ``emulator`` extra (pyproject.toml), by import name.
_EXTRA_MODULES = ("click", "jsonschema", "jsonschema_rs", "referencing", "starlette", "uvicorn", "yaml")
_missing = [name for name in _EXTRA_MODULES if find_spec(name) is None]
if _missing:
    raise ModuleNotFoundError(
        f"payermax_emulator needs the 'emulator' extra (missing: {', '.join(_missing)}): "
        "pip install 'payermax-python[emulator]'",
        name=_missing[0],
    )
