"""The SDK and the webhooks package import no web framework and no Redis client: merchants install only the
extra they use."""

from __future__ import annotations

import subprocess
import sys

OPTIONAL = ("starlette", "fastapi", "flask", "werkzeug", "django", "redis")


def test_no_framework_is_imported_until_its_adapter_is() -> None:
    script = (
        "import sys, payermax_signing, payermax_signing.webhooks, payermax_signing.dedupe;"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({OPTIONAL!r})))"
    )
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120)
    assert loaded.stdout.strip() == "[]"
    script = "import sys, payermax_signing.webhooks.flask; print('flask' in sys.modules, 'django' in sys.modules)"
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120)
    assert loaded.stdout.strip() == "True False"
