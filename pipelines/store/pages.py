"""Fetched-page rows: one per URL, keeping the validators for conditional requests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg

PAGE_SQL = """
INSERT INTO pages (url, source, final_url, kind, status, fetched_at, etag, last_modified, content_hash,
                   content_type, article_id, run_id, links, last_changed_at)
VALUES (%(url)s, %(source)s, %(final_url)s, %(kind)s, %(status)s, %(fetched_at)s, %(etag)s,
        %(last_modified)s, %(content_hash)s, %(content_type)s, %(article_id)s, %(run_id)s, %(links)s,
        %(fetched_at)s)
ON CONFLICT (url) DO UPDATE SET
    source = EXCLUDED.source, final_url = COALESCE(EXCLUDED.final_url, pages.final_url),
    kind = EXCLUDED.kind, status = EXCLUDED.status, fetched_at = EXCLUDED.fetched_at,
    etag = COALESCE(EXCLUDED.etag, pages.etag),
    last_modified = COALESCE(EXCLUDED.last_modified, pages.last_modified),
    content_hash = COALESCE(EXCLUDED.content_hash, pages.content_hash),
    content_type = COALESCE(EXCLUDED.content_type, pages.content_type),
    article_id = COALESCE(EXCLUDED.article_id, pages.article_id), run_id = EXCLUDED.run_id,
    links = COALESCE(EXCLUDED.links, pages.links),
    last_changed_at = CASE WHEN EXCLUDED.content_hash IS DISTINCT FROM pages.content_hash
                            AND EXCLUDED.content_hash IS NOT NULL
                           THEN EXCLUDED.fetched_at ELSE pages.last_changed_at END
"""


def record_pages(conn: psycopg.Connection, rows: list[dict[str, Any]]) -> None:
    if rows:
        with conn.cursor() as cur:
            cur.executemany(PAGE_SQL, rows)


@dataclass(frozen=True)
class KnownPage:
    kind: str
    etag: str | None
    last_modified: str | None
    content_hash: str | None
    links: list[str]
    article_time: datetime | None  # published (else first seen) time of the article on this URL


def known_pages(conn: psycopg.Connection, source: str) -> dict[str, KnownPage]:
    """What earlier runs learnt about this source's URLs: the basis of conditional re-crawls."""
    rows = conn.execute(
        """SELECT p.url, p.final_url, p.kind, p.etag, p.last_modified, p.content_hash, p.links,
                  COALESCE(a.published_at, a.first_seen_at) AS article_time
           FROM pages p LEFT JOIN articles a ON a.id = p.article_id
           WHERE p.source = %s AND p.status IN (200, 203, 304)""",
        (source,),
    )
    known: dict[str, KnownPage] = {}
    for r in rows:
        page = KnownPage(r["kind"], r["etag"], r["last_modified"], r["content_hash"], r["links"] or [],
                         r["article_time"])
        known[r["url"]] = page
        if r["final_url"] and r["final_url"] != r["url"]:
            known.setdefault(r["final_url"], page)  # linked directly at its redirect target next time
    return known
