"""Full-text search over stored articles with PostgreSQL's own machinery and no server extension.

Documents are indexed as Python-made CJK bigrams + Latin words in `articles.search_vector` (GIN);
a query is tokenised the same way into a phrase tsquery, so results are exact substring matches
in either script (see pipelines.monitor.tokenize). Results are ranked (`ts_rank_cd`, title hits
weigh more), grouped by story cluster by default, and carry a highlighted snippet cut in Python
from the simplified text (ts_headline cannot see bigrams).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

import psycopg

from pipelines.monitor.profiles import Profile, default_profile
from pipelines.monitor.regions import resolve_name
from pipelines.monitor.text import normalise
from pipelines.monitor.tokenize import needles, tsquery

CANDIDATES = 2000  # rank at most this many newest matches: bounded latency for very common queries


def resolve_type(value: str, profile: Profile | None = None) -> str:
    """--type accepts the Chinese name, the English label or an alias."""
    ftype = (profile or default_profile()).fraud_type(value)
    return ftype.name if ftype else value


def snippet(text: str, query: str, *, width: int = 90, marks: tuple[str, str] = ("【", "】")) -> str:
    """A window of `text` around the first query match with every match wrapped in `marks`."""
    if not text:
        return ""
    norm = normalise(text, simplified=True)
    parts = [re.escape(n) for n in sorted(needles(query), key=len, reverse=True) if n]
    if len(norm) != len(text) or not parts:  # NFKC changed lengths: highlight on the normal form
        text = norm
    pattern = re.compile("|".join(parts), re.IGNORECASE) if parts else None
    first = pattern.search(norm) if pattern else None
    start = max(0, (first.start() if first else 0) - width // 3)
    end = min(len(text), start + width)
    window = text[start:end].replace("\n", " ")
    if pattern:
        window = pattern.sub(lambda m: f"{marks[0]}{m.group()}{marks[1]}", window)
    return ("…" if start > 0 else "") + window + ("…" if end < len(text) else "")


def search_articles(conn: psycopg.Connection, query: str, *, source: str | None = None,
                    since: datetime | None = None, until: datetime | None = None, region: str | None = None,
                    fraud_type: str | None = None, relevant: bool | None = None, group: bool = True,
                    limit: int = 20, offset: int = 0, marks: tuple[str, str] = ("【", "】"),
                    snippets: bool = True) -> list[dict[str, Any]]:
    """Ranked matches for `query` (either script) with filters; one row per story when `group`.

    Row keys: id, title, url, source, site, outlet, published_at, first_seen_at, cluster_id,
    relevance, relevant, rank, copies (matching articles in the story), snippet.
    Dates filter on published_at, falling back to first_seen_at.
    """
    tsq = tsquery(query)
    if tsq is None:
        return []
    params = {
        "q": tsq, "source": source, "since": since, "until": until,
        "region": resolve_name(region) if region else None,
        "type": resolve_type(fraud_type) if fraud_type else None, "relevant": relevant,
        "cap": CANDIDATES, "limit": limit, "offset": offset,
    }
    sql = f"""
        WITH q AS (SELECT to_tsquery('simple', %(q)s) AS q),
        hits AS (
            SELECT a.id, a.cluster_id, ts_rank_cd(a.search_vector, q.q) AS rank
            FROM articles a, q
            WHERE a.search_vector @@ q.q
              AND (%(source)s::text IS NULL OR a.source = %(source)s)
              AND (%(since)s::timestamptz IS NULL OR coalesce(a.published_at, a.first_seen_at) >= %(since)s)
              AND (%(until)s::timestamptz IS NULL OR coalesce(a.published_at, a.first_seen_at) < %(until)s)
              AND (%(relevant)s::boolean IS NULL OR a.relevant IS NOT DISTINCT FROM %(relevant)s)
              AND (%(region)s::text IS NULL OR EXISTS (
                    SELECT 1 FROM article_regions r WHERE r.article_id = a.id
                      AND %(region)s IN (r.name, r.province, r.city, r.country)))
              AND (%(type)s::text IS NULL OR EXISTS (
                    SELECT 1 FROM article_types t WHERE t.article_id = a.id AND t.type = %(type)s))
            ORDER BY a.id DESC LIMIT %(cap)s
        ),
        stories AS (
            SELECT id, rank,
                   {"count(*) OVER (PARTITION BY coalesce(cluster_id, -id))" if group else "1"} AS copies,
                   {"row_number() OVER (PARTITION BY coalesce(cluster_id, -id) ORDER BY rank DESC, id)" if group
                    else "1"} AS nth
            FROM hits
        )
        SELECT a.id, a.title, a.url, a.source, a.site, a.outlet, a.published_at, a.first_seen_at, a.cluster_id,
               a.relevance, a.relevant, s.rank, s.copies{", a.text_simplified, a.text" if snippets else ""}
        FROM stories s JOIN articles a ON a.id = s.id
        WHERE s.nth = 1
        ORDER BY s.rank DESC, a.id DESC
        LIMIT %(limit)s OFFSET %(offset)s"""
    rows = conn.execute(sql, params).fetchall()
    if snippets:
        for row in rows:
            body = row.pop("text_simplified") or row.pop("text") or ""
            row.pop("text", None)
            row["snippet"] = snippet(body, query, marks=marks)
    return rows


def count_matches(conn: psycopg.Connection, query: str) -> int:
    tsq = tsquery(query)
    if tsq is None:
        return 0
    return conn.execute("SELECT count(*) AS n FROM articles WHERE search_vector @@ to_tsquery('simple', %s)",
                        (tsq,)).fetchone()["n"]
