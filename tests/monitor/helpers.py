"""Store articles the way the crawl does (upsert → cluster id → monitoring results)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

import psycopg

from pipelines.monitor import analyse
from pipelines.monitor.alerting import matching_webhooks
from pipelines.monitor.profiles import default_profile
from pipelines.monitor.text import simplify
from pipelines.store import articles
from pipelines.store.monitor import store_analysis


def add_article(conn: psycopg.Connection, url: str, title: str, text: str, *, source: str = "test",
                cluster_id: int | None = None, published: datetime | None = None, outlet: str | None = None,
                hooks: list[dict[str, Any]] | None = None) -> int:
    simplified = simplify(text)
    row = {"url": url, "canonical_url": url, "source": source, "site": url.split("/")[2], "title": title,
           "text": text, "text_simplified": simplified, "fetched_at": datetime.now(UTC), "outlet": outlet,
           "published_at": published, "content_hash": hashlib.sha256((title + text).encode()).hexdigest()}
    with conn.transaction():
        article_id, _ = articles.upsert_article(conn, row)
        if cluster_id is not None:
            conn.execute("UPDATE articles SET cluster_id = %s WHERE id = %s", (cluster_id, article_id))
        analysis = analyse(title, simplified)
        profile = default_profile()
        alerts = matching_webhooks(hooks or [], {profile.name: profile}, analysis, title, simplified, profile.name)
        result = {**analysis.to_dict(), "search_vector": analysis.search_vector, "alerts": alerts}
        store_analysis(conn, article_id, result)
    return article_id
