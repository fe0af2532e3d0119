"""Crawl runs and the per-source lock that keeps two crawls of one source from overlapping.

The lock is a PostgreSQL session advisory lock, so it holds across processes and machines and
is released by the server when the holder dies, even on kill -9.
"""

from __future__ import annotations

import os
import socket
from typing import Any

import psycopg
from psycopg.types.json import Jsonb

LOCK_NAMESPACE = 7310  # first key of the two-int advisory lock; the second is hashtext(source)
COUNTERS = ("pages_fetched", "pages_not_modified", "articles_new", "articles_updated", "articles_unchanged",
            "articles_duplicate", "errors")
STATUSES = ("running", "ok", "failed", "timeout", "interrupted", "skipped")


def try_source_lock(conn: psycopg.Connection, source: str) -> bool:
    """Take the source's lock on this (autocommit) session; False if another session holds it."""
    row = conn.execute("SELECT pg_try_advisory_lock(%s, hashtext(%s)) AS ok", (LOCK_NAMESPACE, source)).fetchone()
    return bool(row["ok"])


def wait_source_lock(conn: psycopg.Connection, source: str) -> None:
    """Block until this (autocommit) session holds the source's lock: `newsmon crawl --wait`."""
    conn.execute("SELECT pg_advisory_lock(%s, hashtext(%s))", (LOCK_NAMESPACE, source))


def release_source_lock(conn: psycopg.Connection, source: str) -> None:
    conn.execute("SELECT pg_advisory_unlock(%s, hashtext(%s))", (LOCK_NAMESPACE, source))


def source_lock_held(conn: psycopg.Connection, source: str) -> bool:
    """True when some session holds the source's lock (seen in pg_locks)."""
    row = conn.execute(
        """SELECT count(*) AS n FROM pg_locks
           WHERE locktype = 'advisory' AND classid = %s AND objid = hashtext(%s)::oid AND granted""",
        (LOCK_NAMESPACE, source),
    ).fetchone()
    return row["n"] > 0


def start_run(conn: psycopg.Connection, source: str, trigger: str, status: str = "running") -> int:
    row = conn.execute(
        """INSERT INTO crawl_runs (source, trigger, status, pid, host) VALUES (%s, %s, %s, %s, %s)
           RETURNING id""",
        (source, trigger, status, os.getpid(), socket.gethostname()),
    ).fetchone()
    conn.commit() if not conn.autocommit else None
    return row["id"]


def record_skipped(conn: psycopg.Connection, source: str, trigger: str, reason: str) -> int:
    row = conn.execute(
        """INSERT INTO crawl_runs (source, trigger, status, finished_at, error, pid, host)
           VALUES (%s, %s, 'skipped', now(), %s, %s, %s) RETURNING id""",
        (source, trigger, reason, os.getpid(), socket.gethostname()),
    ).fetchone()
    conn.commit() if not conn.autocommit else None
    return row["id"]


def finish_run(conn: psycopg.Connection, run_id: int, status: str, counters: dict[str, int],
               errors_by_kind: dict[str, int] | None = None, stats: dict[str, Any] | None = None,
               error: str | None = None, log_excerpt: str | None = None) -> None:
    if status not in STATUSES:
        raise ValueError(f"unknown run status {status!r}")
    params = {c: int(counters.get(c, 0)) for c in COUNTERS}
    params.update(id=run_id, status=status, ebk=Jsonb(errors_by_kind or {}), stats=Jsonb(stats or {}),
                  error=(error or None) and error[:4000], log=(log_excerpt or None) and log_excerpt[-20000:])
    conn.execute(
        f"""UPDATE crawl_runs SET status = %(status)s, finished_at = now(),
               {", ".join(f"{c} = %({c})s" for c in COUNTERS)},
               errors_by_kind = %(ebk)s, stats = %(stats)s, error = %(error)s, log_excerpt = %(log)s
           WHERE id = %(id)s""",
        params,
    )
    # a big site that fills its time limit every run is working, not failing: no back-off for it
    productive_timeout = status == "timeout" and params["pages_fetched"] + params["pages_not_modified"] > 0
    if status == "ok" or productive_timeout:
        conn.execute(
            """UPDATE sources SET consecutive_failures = 0, last_success_at = now()
               WHERE name = (SELECT source FROM crawl_runs WHERE id = %s)""", (run_id,))
    elif status in ("failed", "timeout"):  # a timeout here fetched nothing at all
        conn.execute(
            """UPDATE sources SET consecutive_failures = consecutive_failures + 1, last_error = %s
               WHERE name = (SELECT source FROM crawl_runs WHERE id = %s)""", (error or status, run_id))
    conn.commit() if not conn.autocommit else None


def list_runs(conn: psycopg.Connection, limit: int = 20, source: str | None = None) -> list[dict[str, Any]]:
    return conn.execute(
        """SELECT *, EXTRACT(EPOCH FROM (COALESCE(finished_at, now()) - started_at))::float8 AS seconds
           FROM crawl_runs WHERE (%(s)s::text IS NULL OR source = %(s)s)
           ORDER BY id DESC LIMIT %(limit)s""",
        {"s": source, "limit": limit},
    ).fetchall()


def get_run(conn: psycopg.Connection, run_id: int) -> dict[str, Any] | None:
    return conn.execute(
        """SELECT *, EXTRACT(EPOCH FROM (COALESCE(finished_at, now()) - started_at))::float8 AS seconds
           FROM crawl_runs WHERE id = %s""", (run_id,)).fetchone()


def mark_interrupted(conn: psycopg.Connection) -> list[int]:
    """Runs left 'running' whose source lock nobody holds: their process died."""
    rows = conn.execute(
        """UPDATE crawl_runs r SET status = 'interrupted', finished_at = now(),
                  error = COALESCE(error, 'process ended before the run finished')
           WHERE status = 'running' AND NOT EXISTS (
               SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.classid = %s
                 AND l.objid = hashtext(r.source)::oid AND l.granted)
           RETURNING id""",
        (LOCK_NAMESPACE,),
    ).fetchall()
    conn.commit() if not conn.autocommit else None
    return [r["id"] for r in rows]
