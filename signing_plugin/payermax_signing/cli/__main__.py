"""``python -m payermax_signing.cli``: the ``payermax`` command."""

from . import main

main()
