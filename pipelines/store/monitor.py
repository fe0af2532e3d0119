"""Monitoring rows: per-article relevance and tags, key figures, scam indicators, search vector,
story-level (cluster) tags, stats, and webhook alerts with durable, retried delivery.

Alerts: the crawl only inserts `pending` rows (one per webhook and story, enforced by a unique
key); `deliver_pending` POSTs them later, one row lock per alert, and records every attempt, so a
dead receiver never blocks crawling and a restart loses nothing (pending rows are simply picked
up again).
"""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

log = logging.getLogger(__name__)

STORY_KEY_SQL = "coalesce(a.cluster_id, -a.id)"  # a story: the cluster, or the article when unclustered
USER_AGENT = "newsmon-alerts/0.1"


# ---------------------------------------------------------------- per-article results

def store_analysis(conn: psycopg.Connection, article_id: int, result: dict[str, Any]) -> None:
    """Replace the article's monitoring results (inside the caller's transaction)."""
    conn.execute(
        """UPDATE articles SET relevance = %s, relevant = %s, matched_terms = %s, monitor_profile = %s WHERE id = %s""",
        (result["relevance"], result["relevant"], result.get("matched_terms") or [], result.get("profile"), article_id),
    )
    conn.execute(
        """INSERT INTO article_search (article_id, source, at, relevant, vector)
           SELECT id, source, coalesce(published_at, first_seen_at), relevant, %s::tsvector FROM articles WHERE id = %s
           ON CONFLICT (article_id) DO UPDATE SET source = EXCLUDED.source, at = EXCLUDED.at,
               relevant = EXCLUDED.relevant, vector = EXCLUDED.vector""",
        (result.get("search_vector") or "", article_id),
    )
    for table in ("article_types", "article_regions", "key_figures", "scam_indicators"):
        conn.execute(f"DELETE FROM {table} WHERE article_id = %s", (article_id,))
    with conn.cursor() as cur:
        if result.get("types"):
            cur.executemany(
                "INSERT INTO article_types (article_id, type, label, score) VALUES (%s, %s, %s, %s)",
                [(article_id, t["name"], t.get("label"), t["score"]) for t in result["types"]])
        if result.get("regions"):
            cur.executemany(
                """INSERT INTO article_regions (article_id, name, level, province, city, country, mentions)
                   VALUES (%s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING""",
                [(article_id, r["name"], r["level"], r.get("province"), r.get("city"), r.get("country") or "",
                  r.get("mentions", 1)) for r in result["regions"]])
        if result.get("figures"):
            cur.executemany(
                """INSERT INTO key_figures (article_id, value, unit, subject, raw, sentence)
                   VALUES (%s, %s, %s, %s, %s, %s)""",
                [(article_id, f["value"], f["unit"], f["subject"], f.get("raw"), f.get("sentence"))
                 for f in result["figures"]])
        if result.get("indicators"):
            cur.executemany(
                """INSERT INTO scam_indicators (article_id, kind, value, official, sentence)
                   VALUES (%s, %s, %s, %s, %s) ON CONFLICT DO NOTHING""",
                [(article_id, i["kind"], i["value"], i["official"], i.get("sentence")) for i in result["indicators"]])
    if result.get("alerts"):  # already filtered by each webhook's own profile and minimum score
        enqueue_alerts(conn, article_id, result["alerts"])


def store_batch(conn: psycopg.Connection, stored: Iterable[tuple[int, str, dict[str, Any]]]) -> int:
    """The store pipeline's hook: results for new and changed articles of a batch (after clustering).

    Each article's results are written under a savepoint: tags are derived data (`newsmon profile
    reindex` rebuilds them), so a failure here is logged and never costs the article itself."""
    n = 0
    for article_id, outcome, row in stored:
        result = row.get("monitor")
        if result and outcome != "unchanged":
            try:
                with conn.transaction():
                    store_analysis(conn, article_id, result)
                n += 1
            except psycopg.Error as exc:
                log.error("monitoring results for article %s not stored: %s", article_id, exc)
    return n


def article_tags(conn: psycopg.Connection, article_id: int) -> dict[str, Any]:
    """Everything stored for one article (for `articles show`, the API and tests)."""
    a = conn.execute("SELECT relevance, relevant, matched_terms, monitor_profile, cluster_id FROM articles WHERE id = %s",
                     (article_id,)).fetchone()
    if a is None:
        return {}
    return {
        **a,
        "types": [r["type"] for r in conn.execute(
            "SELECT type FROM article_types WHERE article_id = %s ORDER BY score DESC, type", (article_id,))],
        "regions": conn.execute(
            """SELECT name, level, province, city, country, mentions FROM article_regions WHERE article_id = %s
               ORDER BY mentions DESC, name""", (article_id,)).fetchall(),
        "figures": conn.execute(
            "SELECT value, unit, subject, sentence FROM key_figures WHERE article_id = %s ORDER BY id",
            (article_id,)).fetchall(),
        "indicators": conn.execute(
            "SELECT kind, value, official FROM scam_indicators WHERE article_id = %s ORDER BY id",
            (article_id,)).fetchall(),
    }


def cluster_tags(conn: psycopg.Connection, cluster_id: int) -> dict[str, Any]:
    """A story cluster's tags: the union of its members' types, regions and terms; relevance = the
    best member's (a copy that keeps only the intro must not make the story irrelevant)."""
    head = conn.execute(
        """SELECT count(*) AS members, max(relevance) AS relevance, coalesce(bool_or(relevant), false) AS relevant,
                  array(SELECT DISTINCT unnest(matched_terms) FROM articles WHERE cluster_id = %(c)s
                        ORDER BY 1) AS matched_terms
           FROM articles WHERE cluster_id = %(c)s""", {"c": cluster_id}).fetchone()
    types = [r["type"] for r in conn.execute(
        """SELECT t.type, max(t.score) AS s FROM article_types t JOIN articles a ON a.id = t.article_id
           WHERE a.cluster_id = %s GROUP BY t.type ORDER BY s DESC, t.type""", (cluster_id,))]
    regions = conn.execute(
        """SELECT r.name, r.level, r.province, r.city, r.country, sum(r.mentions)::int AS mentions
           FROM article_regions r JOIN articles a ON a.id = r.article_id WHERE a.cluster_id = %s
           GROUP BY r.name, r.level, r.province, r.city, r.country ORDER BY mentions DESC, r.name""",
        (cluster_id,)).fetchall()
    return {"cluster_id": cluster_id, **head, "types": types, "regions": regions}


def articles_to_reanalyse(conn: psycopg.Connection, *, only_missing: bool = True, batch: int = 500
                          ) -> Iterable[dict[str, Any]]:
    """Stored articles for re-tagging (after a profile change, or rows stored before monitoring existed)."""
    last = 0
    while True:
        rows = conn.execute(
            """SELECT id, title, text, text_simplified, lang FROM articles
               WHERE id > %s AND (NOT %s OR relevance IS NULL) ORDER BY id LIMIT %s""",
            (last, only_missing, batch)).fetchall()
        if not rows:
            return
        yield from rows
        last = rows[-1]["id"]


# ---------------------------------------------------------------- stats

STATS_GROUPS = {
    "day": ("to_char(date_trunc('day', s.day), 'YYYY-MM-DD')", ""),
    "region": ("coalesce(r.province, r.country)", "JOIN article_regions r ON r.article_id = m.id"),
    "city": ("r.city_name", "JOIN (SELECT article_id, CASE WHEN level = 'province' THEN NULL ELSE coalesce(city, name) END"
             " AS city_name FROM article_regions WHERE level IN ('city', 'district')) r ON r.article_id = m.id"),
    "type": ("t.type", "JOIN article_types t ON t.article_id = m.id"),
    "outlet": ("coalesce(nullif(m.outlet, ''), m.site)", ""),
    "source": ("m.source", ""),
}


def stats(conn: psycopg.Connection, *, by: str = "day", since: datetime | None = None,
          until: datetime | None = None, relevant: bool = True) -> list[dict[str, Any]]:
    """Relevant story counts grouped by day, region (province/country), city, type, outlet or source.

    A story is a cluster (or a lone article); its day is its earliest member's publication (or
    first-seen) time; by region/type/outlet a story counts once per value carried by any member.
    """
    if by not in STATS_GROUPS:
        raise ValueError(f"unknown grouping {by!r} (choose from {', '.join(STATS_GROUPS)})")
    key, join = STATS_GROUPS[by]
    sql = f"""
        WITH m AS (
            SELECT a.id, a.outlet, a.site, a.source, {STORY_KEY_SQL} AS story,
                   coalesce(a.published_at, a.first_seen_at) AS at
            FROM articles a WHERE (NOT %(relevant)s OR a.relevant)
        ), s AS (
            SELECT story, min(at) AS day FROM m GROUP BY story
        )
        SELECT {key} AS key, count(DISTINCT m.story) AS stories, count(DISTINCT m.id) AS articles
        FROM m JOIN s ON s.story = m.story {join}
        WHERE (%(since)s::timestamptz IS NULL OR s.day >= %(since)s)
          AND (%(until)s::timestamptz IS NULL OR s.day < %(until)s)
        GROUP BY 1 ORDER BY {"1" if by == "day" else "2 DESC, 1"}"""
    return conn.execute(sql, {"since": since, "until": until, "relevant": relevant}).fetchall()


# ---------------------------------------------------------------- alerts

def story_key(cluster_id: int | None, article_id: int) -> str:
    return f"c:{cluster_id}" if cluster_id is not None else f"a:{article_id}"


def alert_payload(conn: psycopg.Connection, article_id: int) -> dict[str, Any]:
    """What a receiver gets: the story's best article, its tags, and the cluster's size."""
    a = conn.execute(
        """SELECT id, title, url, source, site, outlet, published_at, first_seen_at, relevance, matched_terms, cluster_id
           FROM articles WHERE id = %s""", (article_id,)).fetchone()
    tags = article_tags(conn, article_id)
    payload = {
        "event": "relevant_story", "article_id": a["id"], "cluster_id": a["cluster_id"], "title": a["title"],
        "url": a["url"], "source": a["source"], "outlet": a["outlet"] or a["site"],
        "published_at": a["published_at"].isoformat() if a["published_at"] else None,
        "first_seen_at": a["first_seen_at"].isoformat() if a["first_seen_at"] else None,
        "relevance": a["relevance"], "matched_terms": a["matched_terms"] or [], "types": tags["types"],
        "regions": [{k: r[k] for k in ("name", "province", "city", "country")} for r in tags["regions"]],
        "key_figures": [{"value": float(f["value"]), "unit": f["unit"], "subject": f["subject"]}
                        for f in tags["figures"][:10]],
    }
    return payload


def enqueue_alerts(conn: psycopg.Connection, article_id: int, hooks: Sequence[dict[str, Any]]) -> int:
    """Pending alert rows for the article's story; a story already alerted to a webhook is skipped."""
    row = conn.execute("SELECT cluster_id FROM articles WHERE id = %s", (article_id,)).fetchone()
    cluster_id = row["cluster_id"] if row else None
    payload = None
    n = 0
    for hook in hooks:
        if cluster_id is not None and conn.execute(
                """SELECT 1 FROM alerts al JOIN articles a ON a.id = al.article_id
                   WHERE al.webhook = %s AND a.cluster_id = %s AND al.status <> 'skipped' LIMIT 1""",
                (hook["name"], cluster_id)).fetchone():
            continue
        payload = payload or alert_payload(conn, article_id)
        got = conn.execute(
            """INSERT INTO alerts (webhook, url, story_key, article_id, cluster_id, payload)
               VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (webhook, story_key) DO NOTHING RETURNING id""",
            (hook["name"], hook["url"], story_key(cluster_id, article_id), article_id, cluster_id,
             Jsonb({**payload, "webhook": hook["name"], "profile": hook.get("profile"),
                    "profile_relevance": hook.get("relevance")}))).fetchone()
        n += got is not None
    return n


def post_json(url: str, body: bytes, timeout: float) -> int:
    """POST and return the HTTP status (raises OSError for network failures)."""
    req = urllib.request.Request(url, data=body, method="POST",
                                 headers={"Content-Type": "application/json", "User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - configured webhook URL
            return resp.status
    except urllib.error.HTTPError as exc:
        return exc.code


def backoff_delay(attempts: int, base: float, cap: float = 3600.0) -> float:
    """Exponential backoff: base, 2·base, 4·base … capped (attempts counts the failed tries so far)."""
    return min(cap, base * (2 ** max(0, attempts - 1)))


def _duplicate_of_delivered(conn: psycopg.Connection, alert: dict[str, Any]) -> bool:
    """The article joined a cluster after its alert was queued, and that story was already alerted."""
    if alert["article_id"] is None:
        return False
    row = conn.execute("SELECT cluster_id FROM articles WHERE id = %s", (alert["article_id"],)).fetchone()
    if not row or row["cluster_id"] is None:
        return False
    return conn.execute(
        """SELECT 1 FROM alerts al JOIN articles a ON a.id = al.article_id
           WHERE al.webhook = %s AND al.id <> %s AND a.cluster_id = %s
             AND (al.status = 'delivered' OR (al.status = 'pending' AND al.id < %s)) LIMIT 1""",
        (alert["webhook"], alert["id"], row["cluster_id"], alert["id"])).fetchone() is not None


def deliver_pending(conn: psycopg.Connection, *, limit: int = 100, timeout: float = 10.0, max_attempts: int = 8,
                    backoff: float = 30.0, post: Callable[[str, bytes, float], int] | None = None,
                    webhook: str | None = None) -> dict[str, int]:
    """Deliver due pending alerts, each in its own transaction with the row locked (SKIP LOCKED: two
    deliverers never send the same alert). 2xx = delivered; otherwise the attempt is recorded and the
    alert retried after an exponential backoff, until `max_attempts`, when it is marked failed.
    Returns counts by outcome. Needs a connection not inside a transaction."""
    post = post or post_json
    counts = {"delivered": 0, "retry": 0, "failed": 0, "skipped": 0}
    tried: list[int] = []  # one attempt per alert per call, even with a zero backoff
    for _ in range(limit):
        with conn.transaction():
            alert = conn.execute(
                """SELECT id, webhook, url, article_id, payload, attempts FROM alerts
                   WHERE status = 'pending' AND next_attempt_at <= now()
                     AND (%s::text IS NULL OR webhook = %s) AND id <> ALL(%s)
                   ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED""",
                (webhook, webhook, tried)).fetchone()
            if alert is None:
                break
            tried.append(alert["id"])
            if _duplicate_of_delivered(conn, alert):
                conn.execute("UPDATE alerts SET status = 'skipped', last_error = 'story already alerted' WHERE id = %s",
                             (alert["id"],))
                counts["skipped"] += 1
                continue
            body = json.dumps({**alert["payload"], "alert_id": alert["id"]}, ensure_ascii=False).encode()
            status, error = None, None
            try:
                status = post(alert["url"], body, timeout)
                if not 200 <= status < 300:
                    error = f"HTTP {status}"
            except (OSError, ValueError) as exc:  # refused, timeout, DNS, bad URL
                error = f"{exc.__class__.__name__}: {exc}"[:500]
            attempts = alert["attempts"] + 1
            if error is None:
                conn.execute("""UPDATE alerts SET status = 'delivered', attempts = %s, last_status = %s,
                                last_error = NULL, delivered_at = now() WHERE id = %s""",
                             (attempts, status, alert["id"]))
                counts["delivered"] += 1
            else:
                final = attempts >= max_attempts
                conn.execute(
                    """UPDATE alerts SET status = %s, attempts = %s, last_status = %s, last_error = %s,
                              next_attempt_at = now() + %s WHERE id = %s""",
                    ("failed" if final else "pending", attempts, status, error,
                     timedelta(seconds=backoff_delay(attempts, backoff)), alert["id"]))
                counts["failed" if final else "retry"] += 1
                log.warning("alert %s to %s: attempt %d failed: %s", alert["id"], alert["webhook"], attempts, error)
    return counts


def list_alerts(conn: psycopg.Connection, *, status: str | None = None, limit: int = 50) -> list[dict[str, Any]]:
    return conn.execute(
        """SELECT id, webhook, status, attempts, story_key, article_id, cluster_id, payload->>'title' AS title,
                  created_at, next_attempt_at, delivered_at, last_status, last_error
           FROM alerts WHERE (%(s)s::text IS NULL OR status = %(s)s) ORDER BY id DESC LIMIT %(n)s""",
        {"s": status, "n": limit}).fetchall()


def requeue_failed(conn: psycopg.Connection, ids: Sequence[int] | None = None) -> int:
    """Failed alerts back to pending with a fresh attempt budget (after a receiver is fixed)."""
    cur = conn.execute(
        """UPDATE alerts SET status = 'pending', attempts = 0, next_attempt_at = now()
           WHERE status = 'failed' AND (%(ids)s::bigint[] IS NULL OR id = ANY(%(ids)s))""",
        {"ids": list(ids) if ids else None})
    return cur.rowcount
