"""HTTP API of `newsmon serve` (FastAPI, same process as the scheduler; docs at /docs).

Every read and write goes through functions in pipelines.store; this module holds no SQL.
Auth: `Authorization: Bearer <token>` where the token is the value of the environment variable
named by `[service] api_token_env` (default NEWSMON_API_TOKEN). Triggering a crawl always needs
it (disabled when the variable is unset); read endpoints need it unless `[service] open_read =
true`. /health is always open (container health checks).
"""

from __future__ import annotations

import base64
import hmac
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Annotated, Any

import psycopg
from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from pipelines.store import api_queries
from pipelines.store import runs as run_store
from pipelines.store import search as search_store
from pipelines.store import service as service_store
from pipelines.store import sources as source_store

from . import schedules
from .launcher import Busy
from .web import mount as mount_dashboard

if TYPE_CHECKING:
    from .service import Service


class TriggerResponse(BaseModel):
    run_id: int
    source: str
    status: str = "running"


def encode_cursor(row: dict[str, Any]) -> str:
    raw = f"{row['first_seen_at'].isoformat()}|{row['id']}"
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        ts, ident = raw.rsplit("|", 1)
        return datetime.fromisoformat(ts), int(ident)
    except (ValueError, UnicodeDecodeError):
        raise HTTPException(400, "bad cursor: pass the next_cursor of a previous page") from None


def encode_offset(offset: int) -> str:
    return base64.urlsafe_b64encode(f"rank|{offset}".encode()).decode().rstrip("=")


def decode_offset(cursor: str) -> int:
    try:
        kind, value = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode().split("|", 1)
        if kind != "rank":
            raise ValueError(kind)
        return max(0, int(value))
    except (ValueError, UnicodeDecodeError):
        raise HTTPException(400, "bad cursor: pass the next_cursor of a previous page of this search") from None


def db(request: Request) -> Iterator[psycopg.Connection]:
    """A pooled connection per request (the pool belongs to the service)."""
    with request.app.state.service.pool.connection() as conn:
        yield conn


Conn = Annotated[psycopg.Connection, Depends(db)]


def create_app(service: Service) -> FastAPI:
    app = FastAPI(title="newsmon", version="0.1.0",
                  description="News monitoring service: sources, crawl runs and stored articles.")
    app.state.service = service

    @app.middleware("http")
    async def reject_nul(request: Request, call_next: Any) -> Any:
        """PostgreSQL text cannot hold NUL: refuse it in any parameter with a 400, not a 500."""
        raw = (request.url.path + "?" + request.url.query).lower()
        if "%00" in raw or "\x00" in raw:
            return JSONResponse({"detail": "request parameters must not contain NUL characters"}, status_code=400)
        return await call_next(request)

    def settings() -> dict[str, Any]:
        return schedules.service_settings(service.config)

    def check_token(authorization: str | None) -> None:
        env = settings()["api_token_env"]
        token = os.environ.get(env)
        if not token:
            raise HTTPException(403, f"API token not configured: set ${env} for the service")
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not authorization or not hmac.compare_digest(given.encode(), token.encode()):
            raise HTTPException(401, "missing or wrong bearer token", headers={"WWW-Authenticate": "Bearer"})

    def require_write(authorization: Annotated[str | None, Header()] = None) -> None:
        check_token(authorization)

    def require_read(authorization: Annotated[str | None, Header()] = None) -> None:
        if not settings()["open_read"]:
            check_token(authorization)

    @app.get("/health", summary="Scheduler alive, database reachable, last tick")
    def health() -> JSONResponse:
        status = service.status()
        try:
            with service.pool.connection(timeout=3) as conn:
                db_ok = service_store.ping(conn)
            db_error = None
        except Exception as exc:  # noqa: BLE001 - any failure means "not reachable"
            db_ok, db_error = False, str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        ok = db_ok and status["alive"]
        body = {"status": "ok" if ok else "unhealthy", "database": {"reachable": db_ok, "error": db_error},
                "scheduler": status}
        return JSONResponse(_jsonable(body), status_code=200 if ok else 503)

    @app.get("/sources", dependencies=[Depends(require_read)],
             summary="Configured sources with health, back-off and next run")
    def sources(conn: Conn) -> list[dict[str, Any]]:
        config = service.config
        overview = source_store.source_overview(conn)
        state = service_store.schedule_state(conn)
        computed = schedules.next_runs(config, state, datetime.now(UTC))
        live = service.next_run_times()
        running = {r["source"]: r for r in service.launcher.running()}
        out = []
        for s in config.sources:
            h = overview.get(s.name, {})
            out.append({
                "name": s.name, "config": s.to_dict(), "enabled": s.enabled,
                "next_run": live.get(s.name, computed[s.name]["next_run"]) if s.enabled else None,
                "backoff_until": computed[s.name]["backoff_until"],
                "running": s.name in running or run_store.source_lock_held(conn, s.name),
                "active_run": running.get(s.name),
                "consecutive_failures": h.get("consecutive_failures", 0), "last_success_at": h.get("last_success_at"),
                "last_error": h.get("last_error"), "last_run_id": h.get("last_run_id"),
                "last_status": h.get("last_status"), "articles": h.get("articles", 0)})
        return _jsonable(out)

    @app.post("/sources/{name}/crawl", status_code=202, response_model=TriggerResponse,
              dependencies=[Depends(require_write)],
              responses={404: {"description": "unknown source"}, 409: {"description": "already running"}},
              summary="Crawl a source now; returns the run id")
    def trigger(name: str) -> TriggerResponse:
        try:
            run_id = service.trigger(name, "api")
        except KeyError:
            raise HTTPException(404, f"no source named {name!r} in the config") from None
        except Busy as exc:
            raise HTTPException(409, str(exc)) from None
        return TriggerResponse(run_id=run_id, source=name)

    @app.get("/runs", dependencies=[Depends(require_read)], summary="Recent crawl runs, newest first")
    def runs(conn: Conn, source: str | None = None,
             limit: Annotated[int, Query(ge=1, le=1000)] = 50) -> list[dict[str, Any]]:
        rows = run_store.list_runs(conn, limit, source)
        for row in rows:
            row.pop("log_excerpt", None)
            row.pop("stats", None)
        return _jsonable(rows)

    @app.get("/runs/{run_id}", dependencies=[Depends(require_read)], summary="One run with log excerpt")
    def run(run_id: int, conn: Conn) -> dict[str, Any]:
        row = run_store.get_run(conn, run_id)
        if row is None:
            raise HTTPException(404, f"no crawl run with id {run_id}")
        return _jsonable(row)

    @app.get("/articles", dependencies=[Depends(require_read)],
             summary="Articles newest first, or ranked full-text matches for q; page with next_cursor")
    def articles(conn: Conn, source: str | None = None, since: datetime | None = None,
                 q: Annotated[str | None, Query(max_length=200)] = None,
                 limit: Annotated[int, Query(ge=1, le=500)] = 50, cursor: str | None = None,
                 group: bool = False) -> dict[str, Any]:
        if since is not None and since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        if q and q.strip():
            # the indexed Chinese full-text search (either script), ranked; paged by rank position
            offset = decode_offset(cursor) if cursor else 0
            rows = search_store.search_articles(conn, q, source=source, since=since, group=group, limit=limit,
                                                offset=offset)
            nxt = encode_offset(offset + limit) if len(rows) == limit else None
            return _jsonable({"items": rows, "next_cursor": nxt})
        after = decode_cursor(cursor) if cursor else None
        rows = api_queries.page_articles(conn, source=source, since=since, limit=limit, after=after)
        nxt = encode_cursor(rows[-1]) if len(rows) == limit else None
        return _jsonable({"items": rows, "next_cursor": nxt})

    @app.get("/articles/{article_id}", dependencies=[Depends(require_read)], summary="One article")
    def article(article_id: int, conn: Conn) -> dict[str, Any]:
        row = api_queries.get_article_by_id(conn, article_id)
        if row is None:
            raise HTTPException(404, f"no article with id {article_id}")
        return _jsonable(row)

    mount_dashboard(app, service)  # HTML pages at / and /ui/ (scheduler/web)
    return app


def _jsonable(value: Any) -> Any:
    from fastapi.encoders import jsonable_encoder

    return jsonable_encoder(value, custom_encoder={memoryview: lambda _: None, bytes: lambda _: None})
