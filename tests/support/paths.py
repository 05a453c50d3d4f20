"""Where things are: the repository, and the signature vectors of other SDKs."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
#: Bodies signed by PayerMax's Java, PHP and Go SDKs, with the key pair that signed them.
VECTORS = REPO / "tests" / "signing" / "vectors"
