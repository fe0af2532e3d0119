"""Store articles the way StorePipeline does: upsert and cluster assignment in one transaction."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import psycopg

from pipelines.normalise import content_hash
from pipelines.store import articles, clusters


def article_row(url: str, text: str, *, site: str | None = None, outlet: str | None = None,
                published_at: datetime | None = None, title: str = "标题") -> dict[str, Any]:
    return {"url": url, "canonical_url": url, "source": "test", "site": site or url.split("/")[2],
            "title": title, "text": text, "text_simplified": None, "outlet": outlet,
            "published_at": published_at, "fetched_at": datetime.now(UTC),
            "content_hash": content_hash(title, text)}


def store(conn: psycopg.Connection, url: str, text: str, **kw: Any) -> tuple[str, clusters.Assignment | None]:
    row = article_row(url, text, **kw)
    with conn.transaction():
        article_id, outcome = articles.upsert_article(conn, row)
        placed = clusters.assign_articles(conn, [(article_id, outcome, row)])
    return outcome, (placed[0] if placed else None)
