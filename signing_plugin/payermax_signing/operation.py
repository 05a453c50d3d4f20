"""The facts about one operation that travel with each request, as the generated client tags it.

``payermax_client`` attaches its ``OPERATION`` mapping (written from the spec by ``make generate``) to every
request under the ``payermax`` extension. This module reads it into an :class:`OperationInfo`; requests made
without the generated client carry only a name and a version, and get safe defaults (not idempotent, nothing
echoed, bodies withheld from logs because nothing says which members are secret).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

#: The request extension under which the generated client tags each request.
EXTENSION = "payermax"
#: Request extension holding the attempt number (1 for the first), set by the client on every attempt.
ATTEMPT_EXTENSION = "payermax_attempt"
#: Response extension where the auth leaves the decoded answer, so it is decoded once.
ANSWER_EXTENSION = "payermax_answer"
#: Request extension where the SDK's caller leaves the business ``data`` it sends (as a mapping), so the auth
#: need not decode it again for the echo check.
REQUEST_DATA_EXTENSION = "payermax_request_data"
LIST_MARK = "[]"


@attrs.frozen
class OperationInfo:
    """What the SDK knows about an operation.

    Attributes:
        name: the operation, e.g. ``orderQuery``.
        version: the envelope's ``version`` for it.
        idempotent: safe to repeat (``x-payermax-idempotent``): retried on ambiguous failures.
        echo: request member -> answer path that must repeat it (``x-payermax-echo``).
        sensitive: wire names of the members to hide from logs (``x-sensitive``); ``None`` when unknown.
        follow_up: the query telling the outcome of a call that is not safe to repeat.
        app_id_member: what the envelope calls the merchant application: ``appId``, or ``merchantAppId`` for
            the few operations whose envelope names it so (``addOrDelRiskNameList``, ``orderConfirm``).
    """

    name: str
    version: str
    idempotent: bool = False
    echo: Mapping[str, str] = attrs.field(factory=dict)
    sensitive: frozenset[str] | None = None
    follow_up: str | None = None
    app_id_member: str = "appId"

    @classmethod
    def from_tag(cls, tag: Mapping[str, Any]) -> OperationInfo:
        sensitive = tag.get("sensitive")
        return cls(
            name=str(tag["operation"]),
            version=str(tag["version"]),
            idempotent=tag.get("idempotent") is True,
            echo={str(k): str(v) for k, v in (tag.get("echo") or {}).items()},
            sensitive=frozenset(str(name) for name in sensitive) if sensitive is not None else None,
            follow_up=tag.get("follow_up") or None,
            app_id_member=str(tag.get("app_id_member") or "appId"),
        )

    def identifiers(self, data: Mapping[str, Any]) -> dict[str, str]:
        """The request's own identifiers: the members its answer would echo, as sent."""
        return {member: str(data[member]) for member in self.echo if data.get(member) not in (None, "")}


#: ``OperationInfo`` of each tag mapping seen, by identity (the generated ``OPERATION`` constants: a few dozen).
_INFO_BY_TAG: dict[int, tuple[Mapping[str, Any], OperationInfo]] = {}
_INFO_CACHE_LIMIT = 1024


def operation_info(tag: Mapping[str, Any]) -> OperationInfo:
    """``OperationInfo.from_tag(tag)``, read once per tag object: the generated client tags every request of an
    operation with the same module-level mapping, which is never changed."""
    cached = _INFO_BY_TAG.get(id(tag))
    if cached is not None and cached[0] is tag:  # the mapping is kept alive, so its id names it alone
        return cached[1]
    info = OperationInfo.from_tag(tag)
    if len(_INFO_BY_TAG) < _INFO_CACHE_LIMIT:
        _INFO_BY_TAG[id(tag)] = (tag, info)
    return info


def echoed_values(data: Any, path: str) -> list[Any]:
    """Every value at ``path`` (``outTradeNo``, ``tokenList[].userId``) in a decoded ``data``; absent or null
    members yield nothing."""
    found = [data]
    for segment in path.split("."):
        is_list = segment.endswith(LIST_MARK)
        name = segment.removesuffix(LIST_MARK)
        following = []
        for node in found:
            value = node.get(name) if isinstance(node, Mapping) else None
            if value is None:
                continue
            if not is_list:
                following.append(value)
            elif isinstance(value, list):
                following.extend(item for item in value if item is not None)
        found = following
    return found


def mismatched_echo(info: OperationInfo, request_data: Any, answer_data: Any) -> tuple[str, str] | None:
    """The first (request member, answer path) whose echo in the answer differs from the request, if any.

    Only members present on both sides are compared, as text (PayerMax may echo a number as a string) and
    ignoring case: PayerMax treats merchant numbers case-insensitively (``AAA`` and ``AAa`` name one order),
    and its answers may spell them either way.
    """
    if not isinstance(request_data, Mapping) or not isinstance(answer_data, Mapping):
        return None
    for member, path in info.echo.items():
        sent = request_data.get(member)
        if sent is None:
            continue
        for echoed in echoed_values(answer_data, path):
            if str(echoed).casefold() != str(sent).casefold():
                return member, path
    return None
