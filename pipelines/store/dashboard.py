"""Read queries behind the web dashboard (scheduler.web) that the CLI and JSON API do not need.

A *story* is a cluster, or a lone article when it has no cluster (key `coalesce(cluster_id, -id)`,
as in pipelines.store.monitor). A story's time is its earliest member's publication time, else
first-seen time — the same definition `newsmon stats` uses, so the dashboard and the CLI agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import psycopg

from pipelines.monitor.regions import resolve_name

from .monitor import STORY_KEY_SQL

STORY_AT_SQL = "coalesce(a.published_at, a.first_seen_at)"


def story_counts(conn: psycopg.Connection, windows: dict[str, datetime], until: datetime) -> dict[str, int]:
    """Relevant stories whose time falls in [start, until) for each named window start."""
    if not windows:
        return {}
    names = list(windows)
    cols = ", ".join(f"count(*) FILTER (WHERE at >= %(w{i})s AND at < %(until)s) AS w{i}" for i in range(len(names)))
    row = conn.execute(
        f"""SELECT {cols} FROM (
                SELECT {STORY_KEY_SQL} AS story, min({STORY_AT_SQL}) AS at
                FROM articles a WHERE a.relevant GROUP BY 1) s""",
        {"until": until, **{f"w{i}": windows[n] for i, n in enumerate(names)}},
    ).fetchone()
    return {n: int(row[f"w{i}"]) for i, n in enumerate(names)}


def daily_by_type(conn: psycopg.Connection, since: datetime, until: datetime, tz: str) -> list[dict[str, Any]]:
    """Relevant stories per local day and main fraud type (type None = no type).

    Each story counts once, under the type with the highest score among its relevant members, so
    the stacked bars add up to the number of stories.
    """
    return conn.execute(
        f"""WITH m AS (
                SELECT a.id, {STORY_KEY_SQL} AS story, {STORY_AT_SQL} AS at FROM articles a WHERE a.relevant
            ), s AS (
                SELECT story, min(at) AS at FROM m GROUP BY story
            ), t AS (
                SELECT DISTINCT ON (m.story) m.story, t.type FROM m JOIN article_types t ON t.article_id = m.id
                ORDER BY m.story, t.score DESC, t.type
            )
            SELECT (s.at AT TIME ZONE %(tz)s)::date AS day, t.type, count(*)::int AS stories
            FROM s LEFT JOIN t ON t.story = s.story
            WHERE s.at >= %(since)s AND s.at < %(until)s
            GROUP BY 1, 2 ORDER BY 1, 2 NULLS LAST""",
        {"since": since, "until": until, "tz": tz},
    ).fetchall()


def type_labels(conn: psycopg.Connection) -> dict[str, str | None]:
    """Fraud types seen in stored articles with their English labels (for filters and legends)."""
    rows = conn.execute("SELECT type, max(label) AS label FROM article_types GROUP BY type ORDER BY type").fetchall()
    return {r["type"]: r["label"] for r in rows}


def source_names(conn: psycopg.Connection) -> list[str]:
    return [r["name"] for r in conn.execute("SELECT name FROM sources ORDER BY name").fetchall()]


def last_runs(conn: psycopg.Connection) -> dict[str, dict[str, Any]]:
    """Each source's latest run with its counters (the sources page shows pages/articles of it)."""
    rows = conn.execute(
        """SELECT DISTINCT ON (source) id, source, trigger, status, started_at, finished_at, pages_fetched,
                  pages_not_modified, articles_new, articles_updated, articles_unchanged, articles_duplicate,
                  errors, error
           FROM crawl_runs ORDER BY source, id DESC""").fetchall()
    return {r["source"]: r for r in rows}


def list_runs(conn: psycopg.Connection, *, source: str | None = None, status: str | None = None,
              trigger: str | None = None, since: datetime | None = None, until: datetime | None = None,
              before: int | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """Runs newest first, filtered, keyset-paged on id (`before` = the last id of the previous page)."""
    return conn.execute(
        """SELECT id, source, trigger, status, started_at, finished_at, pages_fetched, pages_not_modified,
                  articles_new, articles_updated, articles_unchanged, articles_duplicate, errors, error,
                  EXTRACT(EPOCH FROM (COALESCE(finished_at, now()) - started_at))::float8 AS seconds
           FROM crawl_runs
           WHERE (%(source)s::text IS NULL OR source = %(source)s)
             AND (%(status)s::text IS NULL OR status = %(status)s)
             AND (%(trigger)s::text IS NULL OR trigger = %(trigger)s)
             AND (%(since)s::timestamptz IS NULL OR started_at >= %(since)s)
             AND (%(until)s::timestamptz IS NULL OR started_at < %(until)s)
             AND (%(before)s::bigint IS NULL OR id < %(before)s)
           ORDER BY id DESC LIMIT %(limit)s""",
        {"source": source, "status": status, "trigger": trigger, "since": since, "until": until,
         "before": before, "limit": limit},
    ).fetchall()


STORY_COLUMNS = """
    st.story, st.cluster_id, st.copies, st.at, a.id, a.source, a.site, a.url, a.relevant,
    coalesce(nullif(c.title, ''), a.title) AS title, coalesce(c.member_count, 1) AS size,
    coalesce(c.site_count, 1) AS site_count,
    coalesce(c.original_outlet, nullif(btrim(a.outlet), ''), a.site) AS first_outlet,
    coalesce(c.first_seen_at, a.first_seen_at) AS first_seen"""


def list_stories(conn: psycopg.Connection, *, source: str | None = None, since: datetime | None = None,
                 until: datetime | None = None, region: str | None = None, fraud_type: str | None = None,
                 relevant: bool | None = None, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
    """Stories newest first (no search words), one row per story with its size and first outlet.

    A story is listed when one of its members passes every filter; `copies` counts those members,
    `id` is the first of them. Dates filter on the member's publication (else first-seen) time.
    Every row carries `total`, the number of matching stories.
    """
    clauses = []
    if source:
        clauses.append("a.source = %(source)s")
    if since:
        clauses.append(f"{STORY_AT_SQL} >= %(since)s")
    if until:
        clauses.append(f"{STORY_AT_SQL} < %(until)s")
    if relevant is not None:
        clauses.append("a.relevant IS NOT DISTINCT FROM %(relevant)s")
    if region:
        clauses.append("""a.id IN (SELECT article_id FROM article_regions
                                   WHERE name = %(region)s OR province = %(region)s OR city = %(region)s)""")
    if fraud_type:
        clauses.append("a.id IN (SELECT article_id FROM article_types WHERE type = %(type)s)")
    where = " AND ".join(clauses) or "true"
    return conn.execute(
        f"""WITH hits AS (
                SELECT a.id, a.cluster_id, {STORY_KEY_SQL} AS story, {STORY_AT_SQL} AS at, a.first_seen_at
                FROM articles a WHERE {where}
            ), st AS (
                SELECT story, min(cluster_id) AS cluster_id, count(*)::int AS copies, min(at) AS at,
                       (array_agg(id ORDER BY first_seen_at, id))[1] AS first_id, count(*) OVER () AS total
                FROM hits GROUP BY story
                ORDER BY min(at) DESC, story DESC LIMIT %(limit)s OFFSET %(offset)s
            )
            SELECT {STORY_COLUMNS}, st.total
            FROM st JOIN articles a ON a.id = st.first_id LEFT JOIN clusters c ON c.id = st.cluster_id
            ORDER BY st.at DESC, st.story DESC""",
        {"source": source, "since": since, "until": until, "relevant": relevant,
         "region": resolve_name(region) if region else None, "type": fraud_type, "limit": limit, "offset": offset},
    ).fetchall()


def story_summaries(conn: psycopg.Connection, article_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """Story size, first outlet and first-seen time for the stories of these articles (search hits)."""
    if not article_ids:
        return {}
    rows = conn.execute(
        f"""WITH st AS (
                SELECT a.id AS first_id, {STORY_KEY_SQL} AS story, a.cluster_id, 1 AS copies,
                       {STORY_AT_SQL} AS at
                FROM articles a WHERE a.id = ANY(%(ids)s)
            )
            SELECT {STORY_COLUMNS} FROM st JOIN articles a ON a.id = st.first_id
            LEFT JOIN clusters c ON c.id = st.cluster_id""",
        {"ids": list(article_ids)},
    ).fetchall()
    return {r["id"]: r for r in rows}


def story_members(conn: psycopg.Connection, article_ids: Sequence[int]) -> dict[int, dict[str, Any]]:
    """Per member: what the story page shows beyond clusters.get_cluster (quality, tags, raw page)."""
    if not article_ids:
        return {}
    rows = conn.execute(
        """SELECT id, source, lang, script, encoding, relevant, relevance, similarity, duplicate_of, quality,
                  cluster_id, (raw_html IS NOT NULL) AS has_raw
           FROM articles WHERE id = ANY(%s)""", (list(article_ids),)).fetchall()
    return {r["id"]: r for r in rows}


def story_figures(conn: psycopg.Connection, article_ids: Sequence[int], limit: int = 60) -> list[dict[str, Any]]:
    """Key figures of the story's members, each distinct (value, unit, subject) once, in text order."""
    return conn.execute(
        """SELECT value, unit, subject, min(sentence) AS sentence, count(DISTINCT article_id)::int AS copies
           FROM key_figures WHERE article_id = ANY(%s)
           GROUP BY value, unit, subject ORDER BY min(id) LIMIT %s""", (list(article_ids), limit)).fetchall()


def story_indicators(conn: psycopg.Connection, article_ids: Sequence[int]) -> list[dict[str, Any]]:
    """Scam indicators (phone numbers, URLs, apps) named by any member."""
    return conn.execute(
        """SELECT kind, value, bool_or(official) AS official FROM scam_indicators WHERE article_id = ANY(%s)
           GROUP BY kind, value ORDER BY kind, value""", (list(article_ids),)).fetchall()


def raw_page(conn: psycopg.Connection, article_id: int) -> dict[str, Any] | None:
    """The stored raw HTML (compressed) and what is needed to decode it."""
    return conn.execute(
        "SELECT id, url, encoding, raw_html, raw_headers FROM articles WHERE id = %s", (article_id,)).fetchone()
