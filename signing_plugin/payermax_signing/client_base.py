"""The machinery behind ``payermax_client.PayerMax`` and ``AsyncPayerMax``.

The generated classes only declare their resources (one per tag of the spec) in ``_bind``; everything else
lives here: building the settings, the ``httpx`` client with the deadline transport, the
:class:`~payermax_signing.caller.Caller`, closing, context management and ISV sub-merchant views.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType
from typing import Any, ClassVar, Self, Unpack

import attrs
import httpx

from .auth import PayerMaxAuth
from .caller import AsyncCaller, Caller
from .credentials import MerchantCredentials
from .deadline import AsyncDeadlineTransport, DeadlineTransport
from .errors import ConfigurationError
from .logs import configure_from_env
from .settings import ClientOptions, ClientSettings

#: httpx options the client sets itself.
_RESERVED_HTTPX_ARGS = frozenset({"auth", "base_url", "timeout", "transport"})


def _httpx_options(settings: ClientSettings, httpx_args: Mapping[str, Any] | None) -> dict[str, Any]:
    extra = dict(httpx_args or {})
    reserved = sorted(_RESERVED_HTTPX_ARGS & set(extra))
    if reserved:
        raise ConfigurationError(f"httpx_args may not set {', '.join(reserved)}: the client sets them")
    return {"base_url": settings.base_url, "timeout": settings.timeouts.per_step(), **extra}


class _Base:
    #: PayerMax's servers by label (``UAT``, ``PRODUCTION``), from the spec.
    servers: ClassVar[Mapping[str, str]] = {}
    settings: ClientSettings

    @staticmethod
    def _settings(
        servers: Mapping[str, str], credentials: MerchantCredentials | None, options: ClientOptions
    ) -> ClientSettings:
        configure_from_env(options.get("environ"))
        return ClientSettings.resolve(servers, credentials, **options)

    def _sub_merchant_settings(self, merchant_no: str, auth_token: str) -> ClientSettings:
        credentials = self.settings.credentials.acting_for(merchant_no, auth_token=auth_token)
        return attrs.evolve(self.settings, credentials=credentials)

    def __repr__(self) -> str:
        credentials = self.settings.credentials
        isv = f", sp_merchant_no={credentials.sp_merchant_no!r}" if credentials.sp_merchant_no else ""
        return (
            f"{type(self).__name__}(base_url={self.settings.base_url!r}, app_id={credentials.app_id!r}, "
            f"merchant_no={credentials.merchant_no!r}{isv})"
        )


class BaseClient(_Base):
    """A synchronous PayerMax client; use it as a context manager or call :meth:`close`.

    Args:
        credentials: who calls (else built from the pieces below, else from ``PAYERMAX_*`` variables).
        app_id, merchant_no, merchant_private_key, platform_public_key: the pieces of the credentials;
            keys as bare base64 or PEM text, or loaded key objects.
        sp_merchant_no, merchant_auth_token: ISV mode (see :meth:`for_merchant`).
        base_url: the gateway, e.g. ``https://pay-gate-uat.payermax.com/aggregate-pay/api/gateway``.
        environment: ``"uat"`` or ``"production"`` instead of a base URL.
        timeout: :class:`~payermax_signing.timeouts.Timeouts`, or seconds for the whole call.
        retry: :class:`~payermax_signing.retry.RetryPolicy` (``RetryPolicy.never()`` turns retries off).
        transport: an httpx transport to send through (tests, proxies); the deadline rules wrap it.
        httpx_args: more ``httpx.Client`` options (``verify``, ``proxy``, ``limits``, ``headers``...).
        environ: read these variables instead of ``os.environ``.
    """

    def __init__(
        self,
        credentials: MerchantCredentials | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        httpx_args: Mapping[str, Any] | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        settings = self._settings(type(self).servers, credentials, options)
        http = httpx.Client(transport=DeadlineTransport(transport), **_httpx_options(settings, httpx_args))
        self._attach(http, settings, owns_http=True)

    def _attach(self, http: httpx.Client, settings: ClientSettings, *, owns_http: bool) -> None:
        self.settings = settings
        self._http = http
        self._owns_http = owns_http
        auth = PayerMaxAuth(settings.credentials)
        self._bind(Caller(http, auth, timeouts=settings.timeouts, retry=settings.retry))

    def _bind(self, caller: Caller) -> None:
        """Attach the resources (generated subclasses)."""

    def for_merchant(self, merchant_no: str, *, auth_token: str) -> Self:
        """ISV mode: a client for one sub-merchant, sharing this client's connections, keys and settings.

        Requests name the sub-merchant in ``merchantNo``, this service provider in ``spMerchantNo``, and
        carry ``auth_token`` in the ``merchant_auth_token`` header. Closing the view leaves this client open.
        """
        view = object.__new__(type(self))
        view._attach(self._http, self._sub_merchant_settings(merchant_no, auth_token), owns_http=False)
        return view

    def close(self) -> None:
        """Close the connections (a no-op on :meth:`for_merchant` views)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


class AsyncBaseClient(_Base):
    """The asynchronous twin of :class:`BaseClient` (same arguments; ``async with`` or ``await aclose()``)."""

    def __init__(
        self,
        credentials: MerchantCredentials | None = None,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        httpx_args: Mapping[str, Any] | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        settings = self._settings(type(self).servers, credentials, options)
        http = httpx.AsyncClient(transport=AsyncDeadlineTransport(transport), **_httpx_options(settings, httpx_args))
        self._attach(http, settings, owns_http=True)

    def _attach(self, http: httpx.AsyncClient, settings: ClientSettings, *, owns_http: bool) -> None:
        self.settings = settings
        self._http = http
        self._owns_http = owns_http
        auth = PayerMaxAuth(settings.credentials)
        self._bind(AsyncCaller(http, auth, timeouts=settings.timeouts, retry=settings.retry))

    def _bind(self, caller: AsyncCaller) -> None:
        """Attach the resources (generated subclasses)."""

    def for_merchant(self, merchant_no: str, *, auth_token: str) -> Self:
        """ISV mode: see :meth:`BaseClient.for_merchant`."""
        view = object.__new__(type(self))
        view._attach(self._http, self._sub_merchant_settings(merchant_no, auth_token), owns_http=False)
        return view

    async def aclose(self) -> None:
        """Close the connections (a no-op on :meth:`for_merchant` views)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        await self.aclose()
