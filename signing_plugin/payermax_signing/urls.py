"""Operation URLs merged with a client's base URL once, not on every request.

httpx parses a relative URL and then re-parses the URL it merges with ``base_url`` for every request it builds
(two full parses, ~10 us each in pure Python). Every PayerMax operation is a fixed path under one base URL, so
the SDK merges each path once - exactly as httpx merges it - and hands httpx the absolute ``httpx.URL``, which
it takes as it is.
"""

from __future__ import annotations

import httpx

#: Merged URLs kept, at most (the gateway has a few dozen operations; anything beyond is merged by httpx).
_LIMIT = 4096
_merged: dict[tuple[int, str], tuple[httpx.URL, httpx.URL]] = {}


def absolute_url(http: httpx.Client | httpx.AsyncClient, url: str) -> httpx.URL | str:
    """``url`` merged with ``http.base_url`` as httpx would merge it; ``url`` itself when it is absolute (or
    when too many distinct URLs were seen)."""
    base = http.base_url
    found = _merged.get((id(base), url))
    if found is not None and found[0] is base:  # the base URL object is kept alive, so its id names it alone
        return found[1]
    relative = httpx.URL(url)
    if not relative.is_relative_url or len(_merged) >= _LIMIT:
        return url
    merged = base.copy_with(raw_path=base.raw_path + relative.raw_path.lstrip(b"/"))
    _merged[(id(base), url)] = (base, merged)
    return merged
