"""Manual triggers for a running service: PostgreSQL NOTIFY on the service channel.

Chosen over a polled jobs table because the leader is woken at once, nothing accumulates when no
service runs, and the crawl itself is still recorded in crawl_runs like any other.
"""

from __future__ import annotations

from pipelines.store import DatabaseError, open_db
from pipelines.store import service as service_store


def queue_crawls(sources: list[str], trigger: str = "manual") -> None:
    """Ask the scheduling service to crawl these sources now; raises when no service is scheduling."""
    with open_db(autocommit=True) as conn:
        if service_store.leader_pid(conn) is None:
            raise DatabaseError("no `newsmon serve` is scheduling against this database; "
                                "run the crawl in the foreground without --queue")
        for name in sources:
            service_store.notify(conn, {"action": "crawl", "source": name, "trigger": trigger})


def request_reload() -> None:
    """Ask running services to reload their config (same as SIGHUP, but works across hosts)."""
    with open_db(autocommit=True) as conn:
        service_store.notify(conn, {"action": "reload"})
