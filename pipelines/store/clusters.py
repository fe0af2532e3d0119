"""Story clusters in PostgreSQL: assign stored articles to clusters, keep cluster summaries, read them.

Everything runs inside the caller's transaction (the one that upserted the articles), so an
article is never visible without its cluster. Concurrent writers (several crawler processes)
are serialised only where they could meet: each transaction takes `pg_advisory_xact_lock` on
every LSH band key and exact-hash key of its articles, in one sorted pass (no deadlocks between
batches), before it looks candidates up and inserts its own keys. Under READ COMMITTED every
later statement sees what the previous lock holder committed, so two copies of one story
stored at the same moment still end in one cluster.

Lock order inside a transaction: advisory keys → cluster rows (sorted) → boilerplate rows (sorted).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import psycopg

from pipelines import dedupe, shingles

CANDIDATE_LIMIT = 64  # most band hits first; a real copy shares many bands with its best match
# Outlet values that name no one (content farms fill 来源 with these)
JUNK_OUTLETS = ["不详", "不詳", "未知", "佚名", "网络", "網絡", "网络转载", "互联网", "本站", "本网", "转载", "轉載",
                "网友投稿", "综合", "综合整理", "匿名"]
PARAGRAPH_MAX_CHARS = 400  # longer paragraphs are story text, never learned as boilerplate


@dataclass
class Assignment:
    """Where one article landed and why."""

    article_id: int
    cluster_id: int
    kind: str  # exact | near | new | kept (updated text still matches its own cluster or is alone)
    duplicate_of: int | None = None
    similarity: float | None = None
    previous_cluster_id: int | None = None

    @property
    def duplicate(self) -> bool:
        return self.kind in ("exact", "near")


def body_of(row: dict[str, Any]) -> str:
    return row.get("text_simplified") or row.get("text") or ""


def lock_keys(conn: psycopg.Connection, keys: Iterable[int]) -> None:
    """Transaction-level advisory locks on all keys, in ascending order, in one round trip."""
    ordered = sorted(set(keys))
    if ordered:
        conn.execute(
            "SELECT pg_advisory_xact_lock(k) FROM (SELECT k FROM unnest(%s::bigint[]) WITH ORDINALITY"
            " AS u(k, i) ORDER BY i) s",
            (ordered,),
        ).fetchall()


def known_boilerplate(conn: psycopg.Connection, keys: Iterable[int]) -> set[int]:
    wanted = sorted(set(keys))
    if not wanted:
        return set()
    rows = conn.execute(
        "SELECT key FROM boilerplate_paragraphs WHERE key = ANY(%s) AND clusters >= %s",
        (wanted, dedupe.BOILERPLATE_MIN_CLUSTERS),
    ).fetchall()
    return {r["key"] for r in rows}


def fingerprints(conn: psycopg.Connection, bodies: Sequence[str]) -> list[dedupe.Fingerprint]:
    """Fingerprints with the boilerplate learned so far left out of the signatures."""
    para_keys = [dedupe.paragraph_keys(shingles.paragraphs("\n".join(dedupe.story_lines(b)))) for b in bodies]
    boiler = known_boilerplate(conn, (k for keys in para_keys for k in keys))
    return [dedupe.fingerprint(b, boiler) for b in bodies]


def _exact_match(conn: psycopg.Connection, article_id: int, fp: dedupe.Fingerprint) -> dict | None:
    return conn.execute(
        """SELECT id, cluster_id FROM articles WHERE text_hash = %s AND id <> %s AND cluster_id IS NOT NULL
           ORDER BY id LIMIT 1""",
        (fp.text_hash, article_id),
    ).fetchone()


def candidates(conn: psycopg.Connection, keys: list[int], exclude: int | None = None) -> list[dict]:
    """Stored articles sharing at least one band key, most shared bands first, with their signatures."""
    if not keys:
        return []
    return conn.execute(
        """SELECT a.id, a.cluster_id, a.minhash, a.shingle_count, c.hits
           FROM (SELECT article_id, count(*) AS hits FROM lsh_band
                 WHERE key = ANY(%(keys)s) AND article_id <> %(ex)s
                 GROUP BY article_id ORDER BY count(*) DESC, article_id LIMIT %(lim)s) c
           JOIN articles a ON a.id = c.article_id
           WHERE a.cluster_id IS NOT NULL AND a.minhash IS NOT NULL
           ORDER BY c.hits DESC, a.id""",
        {"keys": keys, "ex": exclude if exclude is not None else -1, "lim": CANDIDATE_LIMIT},
    ).fetchall()


def best_match(fp: dedupe.Fingerprint, rows: Sequence[dict], prefer_cluster: int | None = None
               ) -> tuple[dict, dedupe.Similarity] | None:
    """The verified candidate with the highest similarity; the article's own cluster wins ties of kind."""
    best: tuple[dict, dedupe.Similarity] | None = None
    own: tuple[dict, dedupe.Similarity] | None = None
    for row in rows:
        sig = shingles.signature_from_bytes(row["minhash"])
        sim = dedupe.similarity(fp.signature, fp.shingle_count, sig, row["shingle_count"] or 0)
        if not dedupe.is_same_story(sim, fp.shingle_count, row["shingle_count"] or 0):
            continue
        if best is None or sim.score > best[1].score:
            best = (row, sim)
        if prefer_cluster is not None and row["cluster_id"] == prefer_cluster and (
                own is None or sim.score > own[1].score):
            own = (row, sim)
    return own or best


def _new_cluster(conn: psycopg.Connection) -> int:
    return conn.execute("INSERT INTO clusters DEFAULT VALUES RETURNING id").fetchone()["id"]


def _alone_in(conn: psycopg.Connection, cluster_id: int | None, article_id: int) -> bool:
    if cluster_id is None:
        return False
    other = conn.execute("SELECT 1 FROM articles WHERE cluster_id = %s AND id <> %s LIMIT 1",
                         (cluster_id, article_id)).fetchone()
    return other is None


def assign_articles(conn: psycopg.Connection, items: Sequence[tuple[int, str, dict[str, Any]]]
                    ) -> list[Assignment]:
    """Cluster freshly upserted articles: items are (article_id, outcome, row) with outcome new|updated.

    Must run inside the transaction that upserted them. Returns one Assignment per item.
    """
    items = [it for it in items if it[1] in ("new", "updated")]
    if not items:
        return []
    fps = fingerprints(conn, [body_of(row) for _, _, row in items])
    previous: dict[int, dict] = {}
    updated_ids = sorted(aid for aid, outcome, _ in items if outcome == "updated")
    if updated_ids:
        for r in conn.execute("SELECT id, cluster_id, minhash FROM articles WHERE id = ANY(%s)",
                              (updated_ids,)).fetchall():
            previous[r["id"]] = r
    lock_keys(conn, (k for fp in fps for k in fp.lock_keys))

    out: list[Assignment] = []
    founders: list[dedupe.Fingerprint] = []
    for (article_id, _outcome, _row), fp in zip(items, fps, strict=True):
        prev = previous.get(article_id)
        prev_cluster = prev["cluster_id"] if prev else None
        if prev and prev["minhash"] is not None:  # its old band keys no longer describe it
            old_keys = shingles.band_keys(shingles.signature_from_bytes(prev["minhash"]))
            conn.execute("DELETE FROM lsh_band WHERE key = ANY(%s) AND article_id = %s", (old_keys, article_id))
        result = _place(conn, article_id, fp, prev_cluster)
        result.previous_cluster_id = prev_cluster
        conn.execute(
            """UPDATE articles SET cluster_id = %s, text_hash = %s, minhash = %s, shingle_count = %s,
                   duplicate_of = %s, similarity = %s WHERE id = %s""",
            (result.cluster_id, fp.text_hash, shingles.signature_bytes(fp.signature), fp.shingle_count,
             result.duplicate_of, result.similarity, article_id),
        )
        if fp.band_keys:
            with conn.cursor() as cur:
                cur.execute("INSERT INTO lsh_band (key, article_id) SELECT unnest(%s::bigint[]), %s",
                            (fp.band_keys, article_id))
        if result.kind == "new":
            founders.append(fp)
        out.append(result)

    touched = {a.cluster_id for a in out} | {a.previous_cluster_id for a in out if a.previous_cluster_id}
    refresh(conn, touched)
    learn_boilerplate(conn, founders)
    return out


def _place(conn: psycopg.Connection, article_id: int, fp: dedupe.Fingerprint, prev_cluster: int | None
           ) -> Assignment:
    if fp.clusterable:
        exact = _exact_match(conn, article_id, fp)
        if exact is not None:
            return Assignment(article_id, exact["cluster_id"], "exact", exact["id"], 1.0)
        match = best_match(fp, candidates(conn, fp.band_keys, article_id), prev_cluster)
        if match is not None:
            row, sim = match
            return Assignment(article_id, row["cluster_id"], "near", row["id"], round(sim.score, 4))
    if prev_cluster is not None and _alone_in(conn, prev_cluster, article_id):
        return Assignment(article_id, prev_cluster, "kept")
    return Assignment(article_id, _new_cluster(conn), "new")


def learn_boilerplate(conn: psycopg.Connection, founders: Sequence[dedupe.Fingerprint]) -> None:
    """Count each short paragraph once per new story; at BOILERPLATE_MIN_CLUSTERS it is boilerplate."""
    keys = sorted(k for fp in founders for k in fp.paragraph_keys)
    if keys:
        conn.execute(
            """INSERT INTO boilerplate_paragraphs AS b (key, clusters)
               SELECT k, count(*) FROM unnest(%s::bigint[]) AS u(k) GROUP BY k ORDER BY k
               ON CONFLICT (key) DO UPDATE SET clusters = b.clusters + EXCLUDED.clusters, updated_at = now()""",
            (keys,),
        )


REFRESH_SQL = """
UPDATE clusters c SET
    member_count = s.n, site_count = s.site_count, sites = s.sites,
    first_article_id = s.first_id, first_seen_at = s.first_seen,
    earliest_article_id = s.earliest_id, earliest_published_at = s.earliest_published,
    original_outlet = coalesce(
        (SELECT a.outlet FROM articles a
         WHERE a.cluster_id = %(c)s AND a.outlet IS NOT NULL AND btrim(a.outlet) <> ''
               AND NOT (btrim(a.outlet) = ANY(%(junk)s))
         GROUP BY a.outlet ORDER BY count(*) DESC, min(coalesce(a.published_at, a.first_seen_at)), a.outlet
         LIMIT 1),
        s.earliest_site),
    original_site = s.earliest_site, title = s.title, updated_at = now()
FROM (
    SELECT count(*) AS n, count(DISTINCT site) AS site_count,
           coalesce(array_agg(DISTINCT site ORDER BY site), '{}') AS sites,
           (array_agg(id ORDER BY first_seen_at, id))[1] AS first_id, min(first_seen_at) AS first_seen,
           (array_agg(id ORDER BY published_at NULLS LAST, first_seen_at, id))[1] AS earliest_id,
           min(published_at) AS earliest_published,
           (array_agg(site ORDER BY published_at NULLS LAST, first_seen_at, id))[1] AS earliest_site,
           (array_agg(title ORDER BY first_seen_at, id) FILTER (WHERE coalesce(title, '') <> ''))[1] AS title
    FROM articles WHERE cluster_id = %(c)s
) s
WHERE c.id = %(c)s
RETURNING c.member_count
"""


def refresh(conn: psycopg.Connection, cluster_ids: Iterable[int | None]) -> None:
    """Recompute the summaries of these clusters from their members (sorted: no row-lock deadlocks)."""
    for cid in sorted({c for c in cluster_ids if c is not None}):
        # Lock the row first, in its own statement: the UPDATE below then reads the members with a
        # snapshot taken after any concurrent refresh committed (READ COMMITTED), not before it.
        conn.execute("SELECT id FROM clusters WHERE id = %s FOR UPDATE", (cid,))
        got = conn.execute(REFRESH_SQL, {"c": cid, "junk": JUNK_OUTLETS}).fetchone()
        if got is not None and got["member_count"] == 0:
            conn.execute("DELETE FROM clusters WHERE id = %s", (cid,))


def backfill(conn: psycopg.Connection, batch: int = 200) -> int:
    """Cluster articles stored before clustering existed (no text_hash yet), oldest first."""
    done = 0
    while True:
        with conn.transaction():
            rows = conn.execute(
                """SELECT id, text, text_simplified FROM articles WHERE text_hash IS NULL
                   ORDER BY id LIMIT %s FOR UPDATE SKIP LOCKED""", (batch,)).fetchall()
            if not rows:
                return done
            assign_articles(conn, [(r["id"], "new", r) for r in rows])
        done += len(rows)


# ---- reading -------------------------------------------------------------------------------------

def list_clusters(conn: psycopg.Connection, *, since: datetime | None = None, min_size: int = 1,
                  limit: int = 50) -> list[dict[str, Any]]:
    return conn.execute(
        """SELECT id, member_count, site_count, sites, original_outlet, original_site, earliest_published_at,
                  first_seen_at, first_article_id, earliest_article_id, title, updated_at
           FROM clusters
           WHERE member_count >= %(min)s
             AND (%(since)s::timestamptz IS NULL OR first_seen_at >= %(since)s OR updated_at >= %(since)s)
           ORDER BY member_count DESC, first_seen_at DESC, id DESC LIMIT %(limit)s""",
        {"min": min_size, "since": since, "limit": limit},
    ).fetchall()


MEMBER_COLUMNS = ("id, site, outlet, author, title, url, published_at, first_seen_at, duplicate_of, minhash, "
                  "shingle_count, text_hash")


def get_cluster(conn: psycopg.Connection, cluster_id: int, *, limit: int = 1000) -> dict[str, Any] | None:
    """The cluster row plus its first `limit` members (earliest published first), each with its
    similarity to the cluster's first article; `member_count` tells how many there are in all."""
    cluster = conn.execute("SELECT * FROM clusters WHERE id = %s", (cluster_id,)).fetchone()
    if cluster is None:
        return None
    members = conn.execute(
        f"""SELECT {MEMBER_COLUMNS} FROM articles WHERE cluster_id = %s
            ORDER BY published_at NULLS LAST, first_seen_at, id LIMIT %s""",
        (cluster_id, limit),
    ).fetchall()
    first = next((m for m in members if m["id"] == cluster["first_article_id"]), None)
    if first is None and cluster["first_article_id"] is not None:  # beyond the limit: fetch it alone
        first = conn.execute(f"SELECT {MEMBER_COLUMNS} FROM articles WHERE id = %s",
                             (cluster["first_article_id"],)).fetchone()
    first = first or (members[0] if members else None)
    first_sig = shingles.signature_from_bytes(first["minhash"]) if first and first["minhash"] else None
    first_id, first_hash = (first["id"], first["text_hash"]) if first else (None, None)
    first_size = first["shingle_count"] or 0 if first else 0
    for m in members:
        sig, text_hash = m.pop("minhash"), m.pop("text_hash")
        if first_sig is None or sig is None:
            m["jaccard"] = m["containment"] = None
        elif m["id"] == first_id or text_hash == first_hash:
            m["jaccard"] = m["containment"] = 1.0
        else:
            sim = dedupe.similarity(shingles.signature_from_bytes(sig), m["shingle_count"] or 0, first_sig, first_size)
            m["jaccard"], m["containment"] = round(sim.jaccard, 3), round(sim.containment, 3)
    cluster["members"] = members
    return cluster


def versions(conn: psycopg.Connection, article_id: int) -> list[dict[str, Any]]:
    return conn.execute(
        "SELECT * FROM article_versions WHERE article_id = %s ORDER BY version", (article_id,)
    ).fetchall()
