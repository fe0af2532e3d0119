"""Fetched-page rows: one per URL, keeping the validators for conditional requests."""

from __future__ import annotations

from typing import Any

import psycopg

PAGE_SQL = """
INSERT INTO pages (url, source, final_url, kind, status, fetched_at, etag, last_modified, content_hash,
                   content_type, article_id, run_id)
VALUES (%(url)s, %(source)s, %(final_url)s, %(kind)s, %(status)s, %(fetched_at)s, %(etag)s,
        %(last_modified)s, %(content_hash)s, %(content_type)s, %(article_id)s, %(run_id)s)
ON CONFLICT (url) DO UPDATE SET
    source = EXCLUDED.source, final_url = EXCLUDED.final_url, kind = EXCLUDED.kind,
    status = EXCLUDED.status, fetched_at = EXCLUDED.fetched_at,
    etag = COALESCE(EXCLUDED.etag, pages.etag),
    last_modified = COALESCE(EXCLUDED.last_modified, pages.last_modified),
    content_hash = COALESCE(EXCLUDED.content_hash, pages.content_hash),
    content_type = EXCLUDED.content_type,
    article_id = COALESCE(EXCLUDED.article_id, pages.article_id), run_id = EXCLUDED.run_id
"""


def record_pages(conn: psycopg.Connection, rows: list[dict[str, Any]]) -> None:
    if rows:
        with conn.cursor() as cur:
            cur.executemany(PAGE_SQL, rows)


def page_counts(conn: psycopg.Connection, source: str) -> dict[str, int]:
    rows = conn.execute("SELECT kind, count(*) AS n FROM pages WHERE source = %s GROUP BY kind", (source,))
    return {r["kind"]: r["n"] for r in rows}
