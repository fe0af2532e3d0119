"""Article rows: upsert by canonical URL, and the read functions the CLI and API use."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

ARTICLE_COLUMNS = (
    "url", "canonical_url", "source", "site", "title", "title_source", "text", "text_simplified", "author",
    "outlet", "editor", "lang", "script", "published_at", "fetched_at", "content_hash", "encoding", "quality",
    "raw_html", "raw_headers", "run_id",
)
_UPDATABLE = [c for c in ARTICLE_COLUMNS if c not in ("canonical_url", "source")]

UPSERT_SQL = f"""
INSERT INTO articles ({", ".join(ARTICLE_COLUMNS)})
VALUES ({", ".join("%(" + c + ")s" for c in ARTICLE_COLUMNS)})
ON CONFLICT (canonical_url) DO UPDATE SET
    {", ".join(f"{c} = EXCLUDED.{c}" for c in _UPDATABLE)}, updated_at = now()
WHERE articles.content_hash IS DISTINCT FROM EXCLUDED.content_hash
RETURNING id, (xmax = 0) AS inserted
"""

EXPORT_FIELDS = ("id", "url", "canonical_url", "source", "site", "title", "text", "author", "outlet",
                 "editor", "published_at", "lang", "script", "fetched_at", "first_seen_at", "updated_at",
                 "cluster_id", "relevant")


def compress_html(body: bytes) -> bytes:
    return zlib.compress(body, 6)


def decompress_html(blob: bytes | memoryview | None) -> bytes:
    return zlib.decompress(bytes(blob)) if blob else b""


def upsert_article(conn: psycopg.Connection, row: dict[str, Any]) -> tuple[int, str]:
    """Insert or update one article inside the caller's transaction; (id, new|updated|unchanged)."""
    params = {c: row.get(c) for c in ARTICLE_COLUMNS}
    params["quality"] = Jsonb(row.get("quality") or {})
    params["raw_headers"] = Jsonb(row.get("raw_headers") or {})
    got = conn.execute(UPSERT_SQL, params).fetchone()
    if got is not None:
        return got["id"], "new" if got["inserted"] else "updated"
    existing = conn.execute("SELECT id FROM articles WHERE canonical_url = %s", (row["canonical_url"],)).fetchone()
    return existing["id"], "unchanged"


def list_articles(conn: psycopg.Connection, *, source: str | None = None, since: datetime | None = None,
                  limit: int = 50) -> list[dict[str, Any]]:
    return conn.execute(
        """SELECT id, source, site, title, author, outlet, published_at, first_seen_at, url, cluster_id
           FROM articles
           WHERE (%(source)s::text IS NULL OR source = %(source)s)
             AND (%(since)s::timestamptz IS NULL OR first_seen_at >= %(since)s)
           ORDER BY first_seen_at DESC, id DESC LIMIT %(limit)s""",
        {"source": source, "since": since, "limit": limit},
    ).fetchall()


def get_article(conn: psycopg.Connection, key: str | int) -> dict[str, Any] | None:
    """By id, or by URL (either the fetched or the canonical one)."""
    if isinstance(key, int) or (isinstance(key, str) and key.isdigit()):
        return conn.execute("SELECT * FROM articles WHERE id = %s", (int(key),)).fetchone()
    from pipelines.urls import canonicalize

    return conn.execute(
        "SELECT * FROM articles WHERE canonical_url = %s OR url = %s OR canonical_url = %s ORDER BY id LIMIT 1",
        (key, key, canonicalize(key)),
    ).fetchone()


def iter_export(conn: psycopg.Connection, *, source: str | None = None, since: datetime | None = None
                ) -> Iterator[dict[str, Any]]:
    """Every article as an export record, streamed with a server-side cursor (constant memory)."""
    with conn.cursor(name="newsmon_export") as cur:
        cur.itersize = 500
        cur.execute(
            f"""SELECT {", ".join(EXPORT_FIELDS)} FROM articles
                WHERE (%(source)s::text IS NULL OR source = %(source)s)
                  AND (%(since)s::timestamptz IS NULL OR first_seen_at >= %(since)s)
                ORDER BY id""",
            {"source": source, "since": since},
        )
        yield from cur


def count_articles(conn: psycopg.Connection, source: str | None = None) -> int:
    row = conn.execute(
        "SELECT count(*) AS n FROM articles WHERE (%(s)s::text IS NULL OR source = %(s)s)", {"s": source}
    ).fetchone()
    return row["n"]


REEXTRACTED = ("title", "title_source", "text", "text_simplified", "author", "outlet", "editor", "lang",
               "script", "published_at", "content_hash", "encoding")


def iter_raw(conn: psycopg.Connection, *, source: str | None = None) -> Iterator[dict[str, Any]]:
    """Stored raw pages for re-extraction, streamed (the reader's transaction stays read-only)."""
    with conn.cursor(name="newsmon_raw") as cur:
        cur.itersize = 200
        cur.execute(
            """SELECT id, url, source, raw_html, raw_headers FROM articles
               WHERE raw_html IS NOT NULL AND (%(source)s::text IS NULL OR source = %(source)s) ORDER BY id""",
            {"source": source},
        )
        yield from cur


def update_extracted(conn: psycopg.Connection, article_id: int, row: dict[str, Any]) -> bool:
    """Write re-extracted fields; True when anything changed (identity and history stay)."""
    params = {c: row.get(c) for c in REEXTRACTED}
    params["quality"] = Jsonb(row.get("quality") or {})
    params["id"] = article_id
    got = conn.execute(
        f"""UPDATE articles SET {", ".join(f"{c} = %({c})s" for c in REEXTRACTED)}, quality = %(quality)s,
                   updated_at = now()
            WHERE id = %(id)s AND ({", ".join(REEXTRACTED)}, quality)
                  IS DISTINCT FROM ({", ".join(f"%({c})s" for c in REEXTRACTED)}, %(quality)s::jsonb)
            RETURNING id""",
        params,
    ).fetchone()
    return got is not None
