"""Scrapy stage that writes pages and articles to PostgreSQL in small batched transactions.

A batch is one transaction: an article row and its page row land together or not at all, so
a killed crawl leaves no half-written article. Outcomes feed the run's counters via stats.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

from pipelines.stage import Stage

from . import articles, clusters, monitor, pages
from .db import DatabaseError, connect, database_url

log = logging.getLogger(__name__)
BATCH_SIZE = 25
BATCH_SECONDS = 2.0
MAX_PENDING = 200  # pages held for retry while the database is unreachable (they carry their bodies)


def page_kind(item: Any) -> str:
    """What the URL is to later runs: article, list (followed for links), feed, sitemap, robots, skipped."""
    if item.kind == "not_modified":
        return item.known_kind or "list"
    if item.is_article:
        return "article"
    return "list" if item.kind == "html" else item.kind


class StorePipeline(Stage):
    def __init__(self, crawler: Any = None) -> None:
        super().__init__(crawler)
        self.conn: psycopg.Connection | None = None
        self.batch: list[Any] = []
        self.last_flush = time.monotonic()
        self.url = crawler.settings.get("NEWSMON_DATABASE_URL") if crawler is not None else None

    def open_spider(self) -> None:
        from . import open_db

        self.url = database_url(self.url)  # the embedded server when nothing is configured
        self.conn = open_db(self.url)  # migrates too: plain `scrapy crawl news` has no runner doing it

    def close_spider(self) -> None:
        try:
            self.flush()
            if self.batch:  # the database stayed away until the end of the crawl
                self.inc("newsmon/errors/database", len(self.batch))
                log.error("%d pages could not be stored: the database is unreachable", len(self.batch))
                self.batch = []
        finally:
            if self.conn is not None:
                self.conn.close()

    def process_item(self, item: Any) -> Any:
        if item.kind == "html" and item.status < 400:
            self.inc("newsmon/pages_fetched")
        self.batch.append(item)
        if len(self.batch) >= BATCH_SIZE or time.monotonic() - self.last_flush > BATCH_SECONDS:
            self.flush()
        return item

    def flush(self) -> None:
        batch, self.batch = self.batch, []
        self.last_flush = time.monotonic()
        if not batch:
            return
        try:
            self._write(batch)
            return
        except psycopg.OperationalError as exc:
            log.error("database write failed, reconnecting: %s", exc)
            self._reconnect()
        except Exception as exc:  # a bad row (or a bug in a stage) must not lose the whole batch
            log.error("batch write failed, retrying row by row: %s", exc)
            self._rollback()
        for index, item in enumerate(batch):  # second chance, row by row
            try:
                self._write([item])
            except psycopg.OperationalError as exc:
                # the database is (still) away: keep what is left for the next flush, within bounds
                self._rollback()
                rest = batch[index:]
                room = max(0, MAX_PENDING - len(self.batch))
                self.batch[:0] = rest[:room]
                if len(rest) > room:
                    self.inc("newsmon/errors/database", len(rest) - room)
                    log.error("database unreachable: %d pages dropped, %d kept for retry (%s)",
                              len(rest) - room, room, exc)
                return
            except Exception as exc:
                self._rollback()
                self.inc("newsmon/errors/database")
                log.error("could not store %s: %s", item.final_url, exc)

    def _rollback(self) -> None:
        try:
            if self.conn is not None and not self.conn.closed:
                self.conn.rollback()
        except psycopg.Error:
            pass

    def _reconnect(self) -> None:
        try:
            if self.conn is not None:
                self.conn.close()
            self.conn = connect(self.url)
        except DatabaseError as exc:
            log.error("%s", exc)

    def _write(self, batch: list[Any]) -> None:
        run_id = getattr(self.spider, "run_id", None)
        page_rows = []
        outcomes: list[tuple[Any, str]] = []
        stored: list[tuple[int, str, dict[str, Any]]] = []
        with self.conn.transaction():
            for item in batch:
                article_id = None
                if item.is_article and item.article is not None:
                    row = dict(item.article, source=item.source, fetched_at=item.fetched_at, run_id=run_id,
                               raw_html=articles.compress_html(item.body), raw_headers=item.headers)
                    article_id, outcome = articles.upsert_article(self.conn, row)
                    outcomes.append((item, outcome))
                    stored.append((article_id, outcome, row))
                page_rows.append({
                    "url": item.url[:4000], "source": item.source, "final_url": item.final_url[:4000],
                    "kind": page_kind(item),
                    "links": Jsonb(item.links[:1000]) if item.links is not None and not item.is_article else None,
                    "status": item.status, "fetched_at": item.fetched_at,
                    "etag": (item.headers.get("etag") or None), "last_modified": item.headers.get("last-modified"),
                    "content_hash": item.body_hash, "content_type": item.content_type,
                    "article_id": article_id, "run_id": run_id,
                })
            pages.record_pages(self.conn, page_rows)
            # story clustering in the same transaction: no article is ever visible without its cluster
            new_ids = {aid for aid, outcome, _ in stored if outcome == "new"}
            duplicates = sum(1 for a in clusters.assign_articles(self.conn, stored)
                             if a.duplicate and a.article_id in new_ids)
            # monitoring tags, figures, search vector and pending alerts, after clustering (story keys)
            monitor.store_batch(self.conn, stored)
        for item, outcome in outcomes:  # counted only once the transaction committed
            item.outcome = outcome
            self.inc(f"newsmon/articles_{outcome}")
        if duplicates:
            self.inc("newsmon/articles_duplicate", duplicates)
