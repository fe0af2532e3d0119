"""Dashboard pages of `newsmon serve`: server-rendered Jinja2, mounted at / next to the JSON API.

Pages: / (overview), /ui/sources, /ui/runs, /ui/runs/{id}, /ui/stories, /ui/stories/{cluster},
/ui/articles/{id}, /ui/articles/{id}/raw (stored page, cleaned, for a sandboxed iframe), /ui/login.
Every page works without JavaScript; /ui/static/app.js only makes "Crawl now" show live progress.
Auth and CSRF: see scheduler.web.auth. Data comes from pipelines.store only (no SQL here).
"""

# no `from __future__ import annotations`: FastAPI must resolve the closure-local `Reader` dependency

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any
from urllib.parse import parse_qs, urlencode
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from pipelines.store import articles as article_store
from pipelines.store import clusters as cluster_store
from pipelines.store import dashboard as dash
from pipelines.store import monitor as monitor_store
from pipelines.store import runs as run_store
from pipelines.store import search as search_store
from pipelines.store import service as service_store
from pipelines.store import sources as source_store

from .. import schedules
from ..launcher import Busy
from . import auth, views

if TYPE_CHECKING:
    from ..service import Service

HERE = Path(__file__).resolve().parent
PAGE_SIZE = 20
CHART_DAYS = 30
PAGE_CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
            "frame-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
# the stored page: no script at all, no network at all, framed only by our own story page
RAW_CSP = ("sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; "
           "base-uri 'none'; frame-ancestors 'self'")
RUN_STATUSES = run_store.STATUSES
TRIGGERS = ("schedule", "api", "manual", "demo")


class Viewer:
    """Who is looking: logged in (session cookie), bearer client, or anonymous with open reads."""

    def __init__(self, token: str | None, nonce: str | None, bearer: bool, open_read: bool) -> None:
        self.token, self.nonce, self.bearer, self.open_read = token, nonce, bearer, open_read

    @property
    def logged_in(self) -> bool:
        return self.nonce is not None

    @property
    def can_write(self) -> bool:
        return self.logged_in or self.bearer

    @property
    def csrf(self) -> str:
        return auth.csrf_token(self.token, self.nonce) if self.token and self.nonce else ""


def mount(app: FastAPI, service: "Service") -> None:
    """Add the dashboard (pages and /ui/static) to the service's FastAPI app."""
    app.mount("/ui/static", StaticFiles(directory=HERE / "static"), name="ui-static")
    app.include_router(build_router(service))


def build_router(service: "Service") -> APIRouter:
    templates = Jinja2Templates(directory=HERE / "templates")
    env = templates.env
    env.filters.update(dt=views.fmt_dt, secs=views.fmt_seconds, figure=views.fmt_figure,
                       highlight=views.highlight, similarity=views.similarity_label, flags=views.quality_flags)
    env.globals.update(ago=views.fmt_ago, paragraphs=views.paragraphs)
    router = APIRouter(include_in_schema=False)

    def settings() -> dict[str, Any]:
        return schedules.service_settings(service.config)

    def tz() -> ZoneInfo:
        return ZoneInfo(settings()["timezone"])

    def api_token() -> str | None:
        return os.environ.get(settings()["api_token_env"]) or None

    def viewer(request: Request) -> Viewer:
        token = api_token()
        return Viewer(token, auth.session_nonce(token, request.cookies.get(auth.COOKIE)),
                      auth.bearer_ok(token, request.headers.get("authorization")), bool(settings()["open_read"]))

    def reader(request: Request) -> Viewer:
        """Dependency of every read page: open reads, a session or the bearer token; else log in."""
        v = viewer(request)
        if v.open_read or v.can_write:
            return v
        if request.url.path.endswith("/progress"):
            raise HTTPException(401, "log in first")
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise HTTPException(303, "log in first", headers={"Location": "/ui/login?" + urlencode({"next": target})})

    Reader = Annotated[Viewer, Depends(reader)]

    def conn_ctx() -> Any:
        return service.pool.connection()

    def render(request: Request, name: str, ctx: dict[str, Any], status: int = 200,
               v: Viewer | None = None) -> HTMLResponse:
        v = v or viewer(request)
        base = {"viewer": v, "tz": tz(), "tzname": settings()["timezone"], "now": datetime.now(UTC),
                "path": request.url.path, "token_env": settings()["api_token_env"]}
        resp = templates.TemplateResponse(request, name, {**base, **ctx}, status_code=status)
        secure_headers(resp, PAGE_CSP)
        return resp

    # ------------------------------------------------------------------ overview
    @router.get("/", response_class=HTMLResponse)
    def overview(request: Request, v: Reader) -> HTMLResponse:
        now = datetime.now(UTC)
        zone = tz()
        starts, end = views.windows(now, zone)
        first_day = (end - timedelta(days=CHART_DAYS)).date()
        with conn_ctx() as conn:
            counts = dash.story_counts(conn, starts, end)
            daily = dash.daily_by_type(conn, starts["30d"], end, settings()["timezone"])
            labels = dash.type_labels(conn)
            regions = monitor_store.stats(conn, by="region", since=starts["30d"], until=end)[:10]
            rows = source_rows(conn, now)
        chart = views.stacked_chart(daily, first_day, CHART_DAYS, labels)
        return render(request, "overview.html", {
            "counts": counts, "chart": chart, "regions": regions, "attention": views.attention(rows, now),
            "since_30d": starts["30d"].date(), "sources_total": len(rows),
            "days": {k: d.date().isoformat() for k, d in starts.items()}}, v=v)

    # ------------------------------------------------------------------ sources
    def source_rows(conn: Any, now: datetime) -> list[dict[str, Any]]:
        config = service.config
        overview_rows = source_store.source_overview(conn)
        state = service_store.schedule_state(conn)
        computed = schedules.next_runs(config, state, now)
        live = service.next_run_times()
        running = {r["source"]: r for r in service.launcher.running()}
        last = dash.last_runs(conn)
        out = []
        for s in config.sources:
            h = overview_rows.get(s.name, {})
            out.append({
                "name": s.name, "enabled": s.enabled, "schedule": s.schedule,
                "interval": schedules.plan(s, config, None, now).interval,
                "next_run": (live.get(s.name) or computed[s.name]["next_run"]) if s.enabled else None,
                "backoff_until": computed[s.name]["backoff_until"],
                "running": s.name in running or (last.get(s.name) or {}).get("status") == "running",
                "consecutive_failures": h.get("consecutive_failures", 0),
                "last_success_at": h.get("last_success_at"), "last_error": h.get("last_error"),
                "articles": h.get("articles", 0), "last_run": last.get(s.name)})
        return out

    @router.get("/ui/sources", response_class=HTMLResponse)
    def sources_page(request: Request, v: Reader, notice: str | None = None) -> HTMLResponse:
        now = datetime.now(UTC)
        with conn_ctx() as conn:
            rows = source_rows(conn, now)
        return render(request, "sources.html", {"sources": rows, "notice": notice,
                                                "token_set": api_token() is not None}, v=v)

    @router.post("/ui/sources/{name}/crawl")
    async def crawl_now(request: Request, name: str) -> Response:
        """"Crawl now": session + CSRF token (header or form field), or the bearer token."""
        v = viewer(request)
        wants_json = "application/json" in request.headers.get("accept", "")
        if not v.token:
            return refuse(request, 403, f"API token not configured: set ${settings()['api_token_env']}", wants_json)
        if not v.bearer:
            if not same_site(request):
                return refuse(request, 403, "cross-site request refused", wants_json)
            given = request.headers.get(auth.CSRF_HEADER) or (await form(request)).get(auth.CSRF_FIELD)
            if not v.logged_in:
                return refuse(request, 401, "log in first", wants_json)
            if not auth.csrf_ok(v.token, v.nonce, given):
                return refuse(request, 403, "missing or wrong CSRF token (reload the page)", wants_json)
        try:
            run_id = await run_in_threadpool(service.trigger, name, "api")
        except KeyError:
            return refuse(request, 404, f"no source named {name!r} in the config", wants_json)
        except Busy as exc:
            if wants_json:
                return JSONResponse({"detail": str(exc)}, status_code=409)
            return RedirectResponse("/ui/sources?" + urlencode({"notice": f"{name}: {exc}"}), status_code=303)
        if wants_json:
            return JSONResponse({"run_id": run_id, "source": name, "status": "running",
                                 "run_url": f"/ui/runs/{run_id}", "progress_url": f"/ui/runs/{run_id}/progress"},
                                status_code=202)
        return RedirectResponse(f"/ui/runs/{run_id}", status_code=303)

    # ------------------------------------------------------------------ runs
    @router.get("/ui/runs", response_class=HTMLResponse)
    def runs_page(request: Request, v: Reader, source: str | None = None, status: str | None = None,
                  trigger: str | None = None, since: str | None = None, until: str | None = None,
                  before: Annotated[int | None, Query(ge=1)] = None) -> HTMLResponse:
        zone = tz()
        d_since, d_until, errors = parse_day(since, "from", zone), parse_day(until, "to", zone), []
        for d in (d_since, d_until):
            if isinstance(d, str):
                errors.append(d)
        with conn_ctx() as conn:
            rows = [] if errors else dash.list_runs(
                conn, source=source or None, status=status if status in RUN_STATUSES else None,
                trigger=trigger if trigger in TRIGGERS else None,
                since=d_since if isinstance(d_since, datetime) else None,
                until=d_until + timedelta(days=1) if isinstance(d_until, datetime) else None,
                before=before, limit=50)
            names = dash.source_names(conn)
        filters = {"source": source or "", "status": status or "", "trigger": trigger or "", "since": since or "",
                   "until": until or ""}
        nxt = None
        if len(rows) == 50:
            nxt = "/ui/runs?" + urlencode({**{k: x for k, x in filters.items() if x}, "before": rows[-1]["id"]})
        return render(request, "runs.html", {"runs": rows, "filters": filters, "sources": names, "errors": errors,
                                             "statuses": RUN_STATUSES, "triggers": TRIGGERS, "next_url": nxt}, v=v)

    @router.get("/ui/runs/{run_id}", response_class=HTMLResponse)
    def run_page(request: Request, run_id: int, v: Reader) -> HTMLResponse:
        with conn_ctx() as conn:
            row = run_store.get_run(conn, run_id)
        if row is None:
            return render(request, "error.html", {"title": "No such run", "message": f"No crawl run {run_id}."},
                          status=404, v=v)
        errors = sorted((row.get("errors_by_kind") or {}).items(), key=lambda kv: (-int(kv[1]), kv[0]))
        return render(request, "run.html", {"run": row, "errors_by_kind": errors,
                                            "counters": run_store.COUNTERS}, v=v)

    @router.get("/ui/runs/{run_id}/progress")
    def run_progress(run_id: int, v: Reader) -> JSONResponse:
        """What app.js polls while a run is on (the JSON API's /runs/{id} wants the bearer token)."""
        with conn_ctx() as conn:
            row = run_store.get_run(conn, run_id)
        if row is None:
            raise HTTPException(404, f"no crawl run with id {run_id}")
        body = {"id": row["id"], "source": row["source"], "status": row["status"],
                "seconds": round(row["seconds"] or 0, 1), "error": row.get("error"),
                **{c: row[c] for c in run_store.COUNTERS}}
        return JSONResponse(body, headers={"Cache-Control": "no-store"})

    # ------------------------------------------------------------------ stories
    @router.get("/ui/stories", response_class=HTMLResponse)
    def stories_page(request: Request, v: Reader, q: Annotated[str, Query(max_length=200)] = "",
                     source: str = "", since: str = "", until: str = "", region: str = "",
                     type: str = "", relevant: str = "",
                     page: Annotated[int, Query(ge=1, le=500)] = 1) -> HTMLResponse:
        zone = tz()
        d_since, d_until = parse_day(since, "from", zone), parse_day(until, "to", zone)
        errors = [d for d in (d_since, d_until) if isinstance(d, str)]
        kw: dict[str, Any] = {
            "source": source or None,
            "since": d_since if isinstance(d_since, datetime) else None,
            "until": d_until + timedelta(days=1) if isinstance(d_until, datetime) else None,
            "region": region.strip() or None, "fraud_type": type or None,
            "relevant": True if relevant else None}
        offset = (page - 1) * PAGE_SIZE
        total = None
        results: list[dict[str, Any]] = []
        with conn_ctx() as conn:
            labels = dash.type_labels(conn)
            names = dash.source_names(conn)
            if not errors and q.strip():
                hits = search_store.search_articles(conn, q.strip(), **kw, group=True, limit=PAGE_SIZE + 1,
                                                    offset=offset, marks=views.MARKS)
                info = dash.story_summaries(conn, [h["id"] for h in hits[:PAGE_SIZE]])
                for h in hits[:PAGE_SIZE]:
                    s = info.get(h["id"], {})
                    results.append({**s, **{k: h[k] for k in ("id", "cluster_id", "source", "site", "url")},
                                    "title": s.get("title") or h.get("title"), "snippet": h.get("snippet"),
                                    "copies": h.get("copies", 1), "relevant": h.get("relevant")})
                has_next = len(hits) > PAGE_SIZE
            elif not errors:
                results = dash.list_stories(conn, **kw, limit=PAGE_SIZE, offset=offset)
                total = results[0]["total"] if results else 0
                has_next = total > offset + PAGE_SIZE
            else:
                has_next = False
        filters = {"q": q, "source": source, "since": since, "until": until, "region": region, "type": type,
                   "relevant": relevant}
        keep = {k: x for k, x in filters.items() if x}
        pages = views.page_numbers(page, has_next)
        links = {k: "/ui/stories?" + urlencode({**keep, "page": n}) if n else None
                 for k, n in (("prev", pages["prev"]), ("next", pages["next"]))}
        return render(request, "stories.html", {
            "results": results, "filters": filters, "labels": labels, "sources": names, "errors": errors,
            "total": total, "page": page, "links": links, "searched": bool(q.strip())}, v=v)

    @router.get("/ui/stories/{cluster_id}", response_class=HTMLResponse)
    def story_page(request: Request, cluster_id: int, v: Reader,
                   raw: Annotated[int | None, Query(ge=1)] = None) -> HTMLResponse:
        with conn_ctx() as conn:
            cluster = cluster_store.get_cluster(conn, cluster_id)
            if cluster is None or not cluster["members"]:
                return render(request, "error.html", {"title": "No such story",
                                                      "message": f"No story cluster {cluster_id}."}, status=404, v=v)
            ctx = story_context(conn, cluster, cluster["members"], monitor_store.cluster_tags(conn, cluster_id))
        return render(request, "story.html", {**ctx, "raw_id": raw}, v=v)

    @router.get("/ui/articles/{article_id}", response_class=HTMLResponse)
    def article_page(request: Request, article_id: int, v: Reader,
                     raw: Annotated[int | None, Query(ge=1)] = None) -> Response:
        with conn_ctx() as conn:
            row = article_store.get_article(conn, article_id)
            if row is None:
                return render(request, "error.html", {"title": "No such article",
                                                      "message": f"No article {article_id}."}, status=404, v=v)
            if row["cluster_id"] is not None:
                return RedirectResponse(f"/ui/stories/{row['cluster_id']}#a{article_id}", status_code=303)
            member = {k: row.get(k) for k in ("id", "site", "outlet", "author", "title", "url", "published_at",
                                              "first_seen_at", "duplicate_of")}
            member.update(jaccard=1.0, containment=1.0)
            cluster = {"id": None, "title": row["title"], "original_outlet": row["outlet"] or row["site"],
                       "first_seen_at": row["first_seen_at"], "first_article_id": article_id,
                       "earliest_published_at": row["published_at"], "member_count": 1, "site_count": 1}
            tags = monitor_store.article_tags(conn, article_id)
            tags = {**tags, "regions": tags.get("regions", [])}
            ctx = story_context(conn, cluster, [member], tags)
        return render(request, "story.html", {**ctx, "raw_id": raw}, v=v)

    def story_context(conn: Any, cluster: dict[str, Any], members: list[dict[str, Any]],
                      tags: dict[str, Any]) -> dict[str, Any]:
        ids = [m["id"] for m in members]
        extra = dash.story_members(conn, ids)
        for m in members:
            m.update({k: x for k, x in (extra.get(m["id"]) or {}).items() if k not in m})
        # the text shown is the earliest published copy (who had the story first), not the first stored
        # one: parallel crawls store a content farm's copy first as often as the original
        first = article_store.get_article(conn, cluster.get("earliest_article_id") or cluster["first_article_id"]
                                          or ids[0])
        return {"cluster": cluster, "members": members, "first": first, "tags": tags,
                "labels": dash.type_labels(conn), "figures": dash.story_figures(conn, ids),
                "indicators": dash.story_indicators(conn, ids)}

    @router.get("/ui/articles/{article_id}/raw")
    def raw_page(article_id: int, v: Reader) -> Response:
        """The stored HTML made inert, for `<iframe sandbox="">` on the story page."""
        with conn_ctx() as conn:
            row = dash.raw_page(conn, article_id)
        if row is None or not row["raw_html"]:
            raise HTTPException(404, "no stored page for this article")
        body = views.clean_raw_html(article_store.decompress_html(row["raw_html"]), row["encoding"])
        resp = HTMLResponse(body)
        secure_headers(resp, RAW_CSP, frame="SAMEORIGIN")
        return resp

    # ------------------------------------------------------------------ login
    @router.get("/ui/login", response_class=HTMLResponse)
    def login_page(request: Request, next: str = "/") -> HTMLResponse:
        return render(request, "login.html", {"next": auth.safe_next(next), "error": None,
                                              "token_set": api_token() is not None})

    @router.post("/ui/login", response_class=HTMLResponse)
    async def login(request: Request) -> Response:
        data = await form(request)
        target = auth.safe_next(data.get("next"))
        token = api_token()
        if not same_site(request):
            return refuse(request, 403, "cross-site request refused", False)
        if token is None:
            return render(request, "login.html", {"next": target, "error": "The service has no API token "
                                                  f"(${settings()['api_token_env']} is unset).", "token_set": False},
                          status=403)
        if not auth.token_ok(token, data.get("token")):
            return render(request, "login.html", {"next": target, "error": "Wrong token.", "token_set": True},
                          status=401)
        resp = RedirectResponse(target, status_code=303)
        resp.set_cookie(auth.COOKIE, auth.new_session(token), max_age=auth.SESSION_SECONDS, path="/",
                        httponly=True, samesite="strict", secure=request.url.scheme == "https")
        return resp

    @router.post("/ui/logout")
    async def logout(request: Request) -> Response:
        v = viewer(request)
        data = await form(request)
        if v.logged_in and not (same_site(request) and auth.csrf_ok(v.token, v.nonce, data.get(auth.CSRF_FIELD))):
            return refuse(request, 403, "missing or wrong CSRF token", False)
        resp = RedirectResponse("/ui/login", status_code=303)
        resp.delete_cookie(auth.COOKIE, path="/", httponly=True, samesite="strict")
        return resp

    def refuse(request: Request, status: int, message: str, wants_json: bool) -> Response:
        if wants_json:
            return JSONResponse({"detail": message}, status_code=status)
        return render(request, "error.html", {"title": "Refused", "message": message}, status=status)

    return router


def secure_headers(resp: Response, csp: str, frame: str = "DENY") -> None:
    resp.headers["Content-Security-Policy"] = csp
    resp.headers["X-Content-Type-Options"] = "nosniff"
    resp.headers["X-Frame-Options"] = frame
    # same-origin, not no-referrer: with no-referrer Chromium sends `Origin: null` on our own form POSTs
    resp.headers["Referrer-Policy"] = "same-origin"
    resp.headers["Cache-Control"] = "no-store"


def same_site(request: Request) -> bool:
    return auth.same_origin(request.headers.get("origin"), request.headers.get("sec-fetch-site"),
                            request.url.scheme, request.headers.get("host"))


async def form(request: Request) -> dict[str, str]:
    """A urlencoded form body (no python-multipart dependency for two small forms)."""
    if "application/x-www-form-urlencoded" not in request.headers.get("content-type", ""):
        return {}
    body = await request.body()
    if len(body) > 10_000:
        return {}
    return {k: vs[0] for k, vs in parse_qs(body.decode("utf-8", "replace")).items() if vs}


def parse_day(value: str | None, what: str, tz: ZoneInfo) -> datetime | str | None:
    """A YYYY-MM-DD filter as local midnight; a message when it is not a date."""
    if not value:
        return None
    try:
        d = date.fromisoformat(value.strip())
    except ValueError:
        return f"'{what}' is not a date (YYYY-MM-DD): {value[:40]}"
    return datetime(d.year, d.month, d.day, tzinfo=tz)
