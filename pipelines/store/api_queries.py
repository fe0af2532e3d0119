"""Read queries behind the HTTP API that the CLI does not need (keyset-paged article listing)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import psycopg

LIST_FIELDS = ("id", "source", "site", "url", "title", "author", "outlet", "published_at", "first_seen_at",
               "updated_at", "lang", "script", "cluster_id", "relevant")


def page_articles(conn: psycopg.Connection, *, source: str | None = None, since: datetime | None = None,
                  limit: int = 50, after: tuple[datetime, int] | None = None) -> list[dict[str, Any]]:
    """Newest first, keyset-paged on (first_seen_at, id) so pages stay stable while crawls insert.

    Text queries go to pipelines.store.search (the indexed full-text search), not here.
    """
    return conn.execute(
        f"""SELECT {", ".join(LIST_FIELDS)} FROM articles
            WHERE (%(source)s::text IS NULL OR source = %(source)s)
              AND (%(since)s::timestamptz IS NULL OR first_seen_at >= %(since)s)
              AND (%(a_ts)s::timestamptz IS NULL OR (first_seen_at, id) < (%(a_ts)s, %(a_id)s))
            ORDER BY first_seen_at DESC, id DESC LIMIT %(limit)s""",
        {"source": source, "since": since, "limit": limit,
         "a_ts": after[0] if after else None, "a_id": after[1] if after else None},
    ).fetchall()


def get_article_by_id(conn: psycopg.Connection, article_id: int) -> dict[str, Any] | None:
    """One article without its stored raw HTML (the API returns JSON)."""
    row = conn.execute("SELECT * FROM articles WHERE id = %s", (article_id,)).fetchone()
    if row is not None:
        row.pop("raw_html", None)
    return row
