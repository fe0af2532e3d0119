"""What the long-lived service (`newsmon serve`) needs from PostgreSQL.

The schedule itself is not stored: it is rebuilt at start-up from the config plus the recorded
runs below, so there is no second copy of the truth (APScheduler's job stores cannot be shared
between schedulers or read with SQL). Cross-process coordination uses advisory locks, which the
server releases when a holder's session dies, and NOTIFY for manual triggers.
"""

from __future__ import annotations

import json
from typing import Any

import psycopg

from . import runs as run_store

LEADER_LOCK = 7_310_002  # one bigint key: "this session's service schedules"; 7_310_001 is migrations
CHANNEL = "newsmon_service"


def try_leader_lock(conn: psycopg.Connection) -> bool:
    """Take the "one active scheduler" lock on this (autocommit) session; False if another service has it."""
    row = conn.execute("SELECT pg_try_advisory_lock(%s) AS ok", (LEADER_LOCK,)).fetchone()
    return bool(row["ok"])


def leader_pid(conn: psycopg.Connection) -> int | None:
    """Server pid of the session holding the leader lock (None when no service schedules)."""
    row = conn.execute(
        """SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND classid = 0 AND objid = %s
           AND objsubid = 1 AND granted""", (LEADER_LOCK,)).fetchone()
    return row["pid"] if row else None


def schedule_state(conn: psycopg.Connection) -> dict[str, dict[str, Any]]:
    """Per source: the last scheduled run that counts for the schedule, and the health used for back-off.

    `last_scheduled_at` ignores interrupted runs (a restart mid-crawl repeats that slot) but counts
    skipped ones (another crawl of the source was running, so the data were fresh anyway).
    """
    rows = conn.execute(
        """SELECT s.name, s.consecutive_failures, s.last_success_at, s.last_error,
                  (SELECT max(started_at) FROM crawl_runs r WHERE r.source = s.name AND r.trigger = 'schedule'
                     AND r.status <> 'interrupted') AS last_scheduled_at,
                  (SELECT max(COALESCE(finished_at, started_at)) FROM crawl_runs r
                    WHERE r.source = s.name AND r.status IN ('failed', 'timeout')) AS last_failure_at
           FROM sources s"""
    ).fetchall()
    return {r["name"]: r for r in rows}


def finish_if_running(conn: psycopg.Connection, run_id: int, status: str, error: str,
                      log_excerpt: str | None = None, statuses: tuple[str, ...] = ("running",)) -> bool:
    """Close a run its crawl process left open (crash, kill); False when the process had closed it."""
    row = run_store.get_run(conn, run_id)
    if row is None or row["status"] not in statuses:
        return False
    counters = {c: row[c] for c in run_store.COUNTERS}
    run_store.finish_run(conn, run_id, status, counters, row.get("errors_by_kind") or {}, row.get("stats") or {},
                         error, log_excerpt)
    return True


def notify(conn: psycopg.Connection, message: dict[str, Any]) -> None:
    """Send a message to running services (LISTEN on CHANNEL); delivered on commit."""
    conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, json.dumps(message)))
    conn.commit() if not conn.autocommit else None


def listen(conn: psycopg.Connection) -> None:
    conn.execute(f"LISTEN {CHANNEL}")
    conn.commit() if not conn.autocommit else None


def ping(conn: psycopg.Connection) -> bool:
    return conn.execute("SELECT 1 AS ok").fetchone()["ok"] == 1
