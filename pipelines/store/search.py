"""Full-text search over stored articles with PostgreSQL's own machinery and no server extension.

Documents are indexed as Python-made CJK bigrams + Latin words in `article_search.vector` (GIN);
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
from pipelines.monitor.tokenize import needles, tsquery, tsquery_all

# Only the newest CANDIDATES articles (by publication) containing all the query's tokens are
# ranked and phrase-checked: latency stays bounded for very common words (older matches are
# reachable with --since/--until). Candidates come from the GIN index with the tokens ANDed (exact
# at index level, no vector read); the planner is kept from two plans it wrongly prefers at 100k
# rows (it charges nothing for decompressing toasted vectors and estimates ANDed bigrams as
# independent): sequential scans, and parallel workers whose start-up cost dominates.
CANDIDATES = 500
_NO_MARKS = str.maketrans("", "", "\ue000\ue001")
MAX_BATCHES = 3  # a short phrase result reads at most this many more batches (1,500 articles): p99 budget
PLANNER_SETTINGS = {"enable_seqscan": "off", "max_parallel_workers_per_gather": "0"}
# for the candidates only: a region/type filter is joined by hash with the GIN matches instead of
# checking each filtered article's vector in a nested loop
CANDIDATE_SETTINGS = {"enable_nestloop": "off"}

def resolve_type(value: str, profile: Profile | None = None) -> str:
    """--type accepts the Chinese name, the English label or an alias."""
    ftype = (profile or default_profile()).fraud_type(value)
    return ftype.name if ftype else value


def snippet(text: str, query: str, *, width: int = 90, marks: tuple[str, str] = ("【", "】"),
            original: str | None = None) -> str:
    """A window around the first query match with every match wrapped in `marks`.

    Matches are found in the simplified text; when the article's own text has the same length
    (OpenCC converted it character by character) the window is cut from the original, so a
    traditional article is shown in its own script.
    """
    if not text:
        return ""
    # the marks are private-use characters callers turn into markup: a crawled page may contain them
    text = text.translate(_NO_MARKS)
    original = original.translate(_NO_MARKS) if original is not None else None
    norm = normalise(text, simplified=True)
    shown = norm
    if original is not None and len(original) == len(norm):
        shown = original
    elif len(text) == len(norm):
        shown = text
    parts = [re.escape(n) for n in sorted(needles(query), key=len, reverse=True) if n]
    spans = [m.span() for m in re.finditer("|".join(parts), norm)] if parts else []
    start = max(0, (spans[0][0] if spans else 0) - width // 3)
    end = min(len(shown), start + width)
    out, pos = [], start
    for a, b in spans:
        if a < start or b > end:
            continue
        out += [shown[pos:a], marks[0], shown[a:b], marks[1]]
        pos = b
    out.append(shown[pos:end])
    window = "".join(out).replace("\n", " ")
    return ("…" if start > 0 else "") + window + ("…" if end < len(shown) else "")


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
    phrase = tsq != tsquery_all(query)  # candidates already match exactly when there is no phrase
    params = {
        "q": tsq, "qa": tsquery_all(query), "source": source, "since": since, "until": until,
        "region": resolve_name(region) if region else None,
        "type": resolve_type(fraud_type) if fraud_type else None, "relevant": relevant,
        "cap": CANDIDATES, "limit": limit, "offset": offset,
    }
    clauses = []  # only the filters given: a semi-join per filter, planned with its own index
    if source:
        clauses.append("s.source = %(source)s")
    if since:
        clauses.append("s.at >= %(since)s")
    if until:
        clauses.append("s.at < %(until)s")
    if relevant is not None:
        clauses.append("s.relevant IS NOT DISTINCT FROM %(relevant)s")
    if region:
        clauses.append("""s.article_id IN (
            SELECT article_id FROM article_regions WHERE name = %(region)s
            UNION ALL SELECT article_id FROM article_regions WHERE province = %(region)s
            UNION ALL SELECT article_id FROM article_regions WHERE city = %(region)s)""")
    if fraud_type:
        clauses.append("s.article_id IN (SELECT article_id FROM article_types WHERE type = %(type)s)")
    filters = "".join(f"\n              AND {c}" for c in clauses)
    by_index = f"""
        SELECT s.article_id AS id, s.at FROM article_search s
        WHERE s.vector @@ to_tsquery('simple', %(qa)s) {filters}
          AND (%(after_at)s::timestamptz IS NULL OR (s.at, s.article_id) < (%(after_at)s, %(after_id)s))
        ORDER BY s.at DESC, s.article_id DESC LIMIT %(cap)s"""
    ranked = f"""
        WITH picked AS MATERIALIZED (  -- by primary key: the phrase is checked on these rows only
            SELECT s.article_id AS id, s.vector FROM article_search s WHERE s.article_id = ANY(%(ids)s)
        ),
        hits AS (
            SELECT p.id, a.cluster_id, ts_rank_cd(p.vector, to_tsquery('simple', %(q)s)) AS rank
            FROM picked p JOIN articles a ON a.id = p.id
            {"WHERE p.vector @@ to_tsquery('simple', %(q)s)" if phrase else ""}
        ),
        stories AS (
            SELECT id, rank,
                   {"count(*) OVER (PARTITION BY coalesce(cluster_id, -id))" if group else "1"} AS copies,
                   {"row_number() OVER (PARTITION BY coalesce(cluster_id, -id) ORDER BY rank DESC, id)" if group
                    else "1"} AS nth
            FROM hits
        ),
        page AS MATERIALIZED (  -- the page first, so only its articles' rows (and texts) are read
            SELECT id, rank, copies FROM stories WHERE nth = 1
            ORDER BY rank DESC, id DESC LIMIT %(limit)s OFFSET %(offset)s
        )
        SELECT a.id, a.title, a.url, a.source, a.site, a.outlet, a.published_at, a.first_seen_at, a.cluster_id,
               a.relevance, a.relevant, p.rank, p.copies{", a.text_simplified, a.text" if snippets else ""}
        FROM page p JOIN articles a ON a.id = p.id
        ORDER BY p.rank DESC, a.id DESC"""
    with conn.transaction():  # settings are transaction-local and restored before returning
        saved = [(name, _setting(conn.execute("SELECT current_setting(%s) AS v", (name,)).fetchone()))
                 for name in {**PLANNER_SETTINGS, **CANDIDATE_SETTINGS}]
        for name, value in {**PLANNER_SETTINGS, **CANDIDATE_SETTINGS}.items():
            conn.execute("SELECT set_config(%s, %s, true)", (name, value))
        batch = conn.execute(by_index, {**params, "after_at": None, "after_id": None}).fetchall()
        ids = [_col(r, "id", 0) for r in batch]
        for name, value in saved:
            if name in CANDIDATE_SETTINGS:
                conn.execute("SELECT set_config(%s, %s, true)", (name, value))
        rows = conn.execute(ranked, {**params, "ids": ids}).fetchall() if ids else []
        if phrase and len(batch) == CANDIDATES and len(rows) < limit:
            # a short page although the newest candidates were all read: the phrase's parts are
            # common but the phrase is not, so older exact matches may sit behind them
            more = _older_phrase_hits(conn, by_index, params, batch[-1])
            if more:
                rows = conn.execute(ranked, {**params, "ids": ids + more}).fetchall()
        for name, value in saved:
            conn.execute("SELECT set_config(%s, %s, true)", (name, value))
    if snippets:
        for row in rows:
            simplified, original = row.pop("text_simplified"), row.pop("text")
            row["snippet"] = snippet(simplified or original or "", query, marks=marks, original=original)
    return rows


def _older_phrase_hits(conn: psycopg.Connection, by_index: str, params: dict, last: object) -> list[int]:
    """Exact phrase matches among the next MAX_BATCHES batches of older candidates (newest first)."""
    after = (_col(last, "at", 1), _col(last, "id", 0))
    hits: list[int] = []
    for _ in range(MAX_BATCHES):
        batch = conn.execute(by_index, {**params, "after_at": after[0], "after_id": after[1]}).fetchall()
        if not batch:
            break
        ids = [_col(r, "id", 0) for r in batch]
        hits += [_col(r, "article_id", 0) for r in conn.execute(
            "SELECT article_id FROM article_search WHERE article_id = ANY(%s) "
            "AND vector @@ to_tsquery('simple', %s)", (ids, params["q"])).fetchall()]
        if len(hits) >= CANDIDATES or len(batch) < params["cap"]:
            break
        after = (_col(batch[-1], "at", 1), ids[-1])
    return hits[:CANDIDATES]


def _col(row: object, name: str, index: int) -> object:
    return row[name] if isinstance(row, dict) else row[index]  # dict_row or tuple rows


def _setting(row: object) -> str:
    return row["v"] if isinstance(row, dict) else row[0]  # dict_row or tuple rows


def count_matches(conn: psycopg.Connection, query: str) -> int:
    tsq = tsquery(query)
    if tsq is None:
        return 0
    return conn.execute("SELECT count(*) AS n FROM article_search WHERE vector @@ to_tsquery('simple', %s)",
                        (tsq,)).fetchone()["n"]
