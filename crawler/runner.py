"""Run crawls of configured sources now, in this process, and record them as crawl runs.

Used by `newsmon crawl` (all chosen sources in one reactor, with live progress) and by the
service, which runs this in a child process per crawl so a crash never takes the service down.
Each source is crawled under its PostgreSQL advisory lock; a source already being crawled
anywhere gets a `skipped` run instead of a second, overlapping crawl.
"""

from __future__ import annotations

import logging
import os
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.settings import Settings
from scrapy.utils.project import get_project_settings
from scrapy.utils.reactor import install_reactor, is_reactor_installed

from crawler.spiders.news import NewsSpider
from newsmon.config import Source
from pipelines.store import connect, database_url, open_db
from pipelines.store import runs as run_store
from pipelines.store import sources as source_store

PROGRESS_SECONDS = 1.0


@dataclass
class RunResult:
    source: str
    run_id: int | None
    status: str
    counters: dict[str, int] = field(default_factory=dict)
    errors_by_kind: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    error: str | None = None


class _LogTail(logging.Handler):
    """Keeps the last warnings/errors of each source's crawl for the run's log excerpt."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.lines: dict[str, deque[str]] = {}
        self.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        spider = getattr(record, "spider", None)
        name = getattr(getattr(spider, "source", None), "name", "*")
        try:
            self.lines.setdefault(name, deque(maxlen=200)).append(self.format(record))
        except Exception:  # logging must never break a crawl
            pass

    def excerpt(self, source: str) -> str:
        return "\n".join([*self.lines.get(source, ()), *self.lines.get("*", ())])


def source_settings(base: Settings, source: Source, db_url: str) -> Settings:
    settings = base.copy()
    settings.set("NEWSMON_DATABASE_URL", db_url, priority="cmdline")
    settings.set("DOWNLOAD_DELAY", source.download_delay, priority="cmdline")
    settings.set("AUTOTHROTTLE_START_DELAY", max(source.download_delay, 0.05), priority="cmdline")
    settings.set("CONCURRENT_REQUESTS_PER_DOMAIN", source.concurrency, priority="cmdline")
    settings.set("ROBOTSTXT_OBEY", source.obey_robots, priority="cmdline")
    settings.set("CLOSESPIDER_TIMEOUT", source.time_limit, priority="cmdline")
    return settings


def counters_from_stats(stats: dict[str, Any]) -> tuple[dict[str, int], dict[str, int]]:
    """(run counters, errors by kind) from a crawler's Scrapy stats."""
    errors: dict[str, int] = {}
    for key, value in stats.items():
        if key.startswith("newsmon/errors/"):
            errors[key.rsplit("/", 1)[1]] = errors.get(key.rsplit("/", 1)[1], 0) + int(value)
        elif key.startswith("spider_exceptions/"):
            kind = "spider_" + key.rsplit("/", 1)[1]
            errors[kind] = errors.get(kind, 0) + int(value)
    counters = {
        "pages_fetched": int(stats.get("newsmon/pages_fetched", 0)),
        "pages_not_modified": int(stats.get("downloader/response_status_count/304", 0)),
        "articles_new": int(stats.get("newsmon/articles_new", 0)),
        "articles_updated": int(stats.get("newsmon/articles_updated", 0)),
        "articles_unchanged": int(stats.get("newsmon/articles_unchanged", 0)),
        "articles_duplicate": int(stats.get("newsmon/articles_duplicate", 0)),
        "errors": sum(errors.values()),
    }
    return counters, errors


def run_status(finish_reason: str | None, counters: dict[str, int], errors: dict[str, int]) -> str:
    if finish_reason == "closespider_timeout":
        return "timeout"
    if finish_reason == "shutdown":
        return "interrupted"
    if finish_reason not in ("finished", "closespider_pagecount", "closespider_itemcount"):
        return "failed"
    fetched_anything = counters["pages_fetched"] or counters["pages_not_modified"]
    if not fetched_anything and errors:
        return "failed"
    return "ok"


def crawl(sources: list[Source], *, db_url: str | None = None, trigger: str = "manual",
          progress: Callable[[list[dict[str, Any]], bool], None] | None = None,
          log_level: str = "WARNING", install_signal_handlers: bool = True, wait: bool = False,
          run_ids: dict[str, int] | None = None, lock_held: bool = False,
          refresh_all: bool = False) -> list[RunResult]:
    """Crawl the sources concurrently in this process; returns one RunResult per source.

    wait: block until a source's lock is free instead of recording a `skipped` run.
    run_ids: runs already created by the caller (the service returns the id before the crawl starts).
    lock_held: the caller (the service) holds the sources' locks in its own session for this crawl.
    refresh_all: re-check known articles of any age (normally only those younger than refresh_age).
    """
    db_url = database_url(db_url)  # starts the embedded server when no URL is configured
    admin = open_db(db_url, autocommit=True)
    source_store.sync_sources(admin, sources)
    # without scrapy.cfg in the working directory Scrapy would silently drop our settings and pipelines
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    base = get_project_settings()
    base.set("LOG_LEVEL", log_level, priority="cmdline")
    process = CrawlerProcess(base)
    if not is_reactor_installed():  # every per-source Crawler below expects it
        install_reactor(base["TWISTED_REACTOR"], base["ASYNCIO_EVENT_LOOP"])
    tail = _LogTail()
    logging.getLogger().addHandler(tail)

    results: list[RunResult] = []
    active: list[tuple[Source, int, Crawler, Any, float]] = []
    for source in sources:
        given_id = (run_ids or {}).get(source.name)
        lock_conn = None if lock_held else connect(db_url, autocommit=True)
        if lock_conn is not None and wait:
            run_store.wait_source_lock(lock_conn, source.name)
        elif lock_conn is not None and not run_store.try_source_lock(lock_conn, source.name):
            lock_conn.close()
            reason = "another crawl of this source is running"
            if given_id is not None:
                run_store.finish_run(admin, given_id, "skipped", {}, error=reason)
                run_id = given_id
            else:
                run_id = run_store.record_skipped(admin, source.name, trigger, reason)
            results.append(RunResult(source.name, run_id, "skipped", error="already running elsewhere"))
            continue
        run_id = given_id if given_id is not None else run_store.start_run(admin, source.name, trigger)
        crawler = Crawler(NewsSpider, source_settings(base, source, db_url))
        process.crawl(crawler, source=source, run_id=run_id, refresh_all=refresh_all)
        active.append((source, run_id, crawler, lock_conn, time.monotonic()))

    def report(final: bool = False) -> None:
        if progress is None:
            return
        rows = []
        for source, run_id, crawler, _lock, started in active:
            stats = crawler.stats.get_stats() if crawler.stats else {}
            counters, _ = counters_from_stats(stats)
            rows.append({"source": source.name, "run_id": run_id, "seconds": time.monotonic() - started,
                         "done": "finish_reason" in stats, **counters})
        progress(rows, final)

    if active:
        from twisted.internet import task

        ticker = task.LoopingCall(report)
        ticker.start(PROGRESS_SECONDS, now=False)
        try:
            process.start(install_signal_handlers=install_signal_handlers)
        finally:
            if ticker.running:
                ticker.stop()
        report(final=True)

    for source, run_id, crawler, lock_conn, started in active:
        stats = crawler.stats.get_stats() if crawler.stats else {}
        counters, errors = counters_from_stats(stats)
        reason = stats.get("finish_reason")
        status = run_status(reason, counters, errors)
        error = None if status == "ok" else (f"crawl ended: {reason}" if reason else "crawl did not start")
        if status == "failed" and errors:
            error = "no page could be fetched: " + ", ".join(f"{k}×{v}" for k, v in sorted(errors.items()))
        run_store.finish_run(admin, run_id, status, counters, errors, _jsonable(stats), error,
                             tail.excerpt(source.name))
        if lock_conn is not None:
            run_store.release_source_lock(lock_conn, source.name)
            lock_conn.close()
        results.append(RunResult(source.name, run_id, status, counters, errors, time.monotonic() - started, error))
    logging.getLogger().removeHandler(tail)
    admin.close()
    order = {s.name: i for i, s in enumerate(sources)}
    return sorted(results, key=lambda r: order.get(r.source, 0))


def _jsonable(stats: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for k, v in stats.items():
        out[k] = v if isinstance(v, int | float | str | bool) or v is None else str(v)
    return out
