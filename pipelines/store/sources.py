"""The configured sources as the database knows them, with their health."""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg.types.json import Jsonb


def sync_sources(conn: psycopg.Connection, sources: list[Any]) -> None:
    """Upsert the configured sources (rows of removed sources stay: their runs and articles keep a name)."""
    with conn.cursor() as cur:
        cur.executemany(
            """INSERT INTO sources (name, config, enabled) VALUES (%s, %s, %s)
               ON CONFLICT (name) DO UPDATE SET config = EXCLUDED.config, enabled = EXCLUDED.enabled,
                   updated_at = now()
               WHERE sources.config IS DISTINCT FROM EXCLUDED.config OR sources.enabled <> EXCLUDED.enabled""",
            [(s.name, Jsonb(s.to_dict()), s.enabled) for s in sources],
        )
    conn.commit() if not conn.autocommit else None


def source_overview(conn: psycopg.Connection) -> dict[str, dict[str, Any]]:
    """Per source: health, last run and article count."""
    rows = conn.execute(
        """SELECT s.name, s.enabled, s.consecutive_failures, s.last_success_at, s.last_error,
                  r.id AS last_run_id, r.status AS last_status, r.started_at AS last_started_at,
                  r.finished_at AS last_finished_at, r.articles_new AS last_articles_new,
                  (SELECT count(*) FROM articles a WHERE a.source = s.name) AS articles
           FROM sources s
           LEFT JOIN LATERAL (SELECT * FROM crawl_runs WHERE source = s.name ORDER BY id DESC LIMIT 1) r ON true
           ORDER BY s.name"""
    ).fetchall()
    return {r["name"]: r for r in rows}
