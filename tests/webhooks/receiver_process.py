"""A merchant's notification receiver as its own process, for the concurrent test: a Starlette app with the
webhook helper and a RedisDedupeStore, served by uvicorn on 127.0.0.1.

Its handler counts what it processed in the same redis-server (``processed`` hash: outTradeNo -> times,
``processed-by`` list of ``name:outTradeNo``) and takes a few milliseconds, as real work would, so that
deliveries of one notification to two processes overlap; duplicates are counted in ``duplicates``.

    python -m tests.webhooks.receiver_process --name A --port 8101 --redis-url redis://127.0.0.1:6379/0 \\
        --platform-key BASE64 --app-id APP_ID
"""

from __future__ import annotations

import argparse
import time

import redis
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route

from payermax_client.notifications import Notification
from payermax_signing import NotificationReceiver, VerifyingKey
from payermax_signing.redis_store import RedisDedupeStore
from payermax_signing.webhooks.starlette import notification_endpoint

WORK_SECONDS = 0.005


def build_app(name: str, redis_url: str, platform_key: VerifyingKey, app_id: str) -> Starlette:
    counters = redis.Redis.from_url(redis_url)
    receiver = NotificationReceiver(platform_key, app_id=app_id, dedupe=RedisDedupeStore(counters))

    def handle(notification: Notification) -> None:
        reference = str(getattr(notification.data, "out_trade_no", "?"))
        counters.hincrby("processed", reference, 1)
        time.sleep(WORK_SECONDS)
        counters.rpush("processed-by", f"{name}:{reference}")

    def duplicate(notification: Notification) -> None:
        counters.incr("duplicates")

    async def health(request: Request) -> PlainTextResponse:
        return PlainTextResponse(name)

    return Starlette(
        routes=[
            Route("/notify", notification_endpoint(receiver, handle, on_duplicate=duplicate), methods=["POST"]),
            Route("/health", health),
        ]
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--name", required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--redis-url", required=True)
    parser.add_argument("--platform-key", required=True, help="PayerMax's public key, base64")
    parser.add_argument("--app-id", required=True)
    args = parser.parse_args(argv)
    app = build_app(args.name, args.redis_url, VerifyingKey.load(args.platform_key), args.app_id)
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning", access_log=False)


if __name__ == "__main__":
    main()
