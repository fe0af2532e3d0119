"""Webhook alerts: one per story cluster, retries with backoff against a local receiver that fails
twice, nothing lost across a restart, a dead receiver only delays its own alerts."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import psycopg
import pytest

from pipelines.store import open_db
from pipelines.store.monitor import backoff_delay, deliver_pending, list_alerts, requeue_failed

from .helpers import add_article

TEXT = "警方破获一起刷单返利类电信网络诈骗案件，受害人被骗8万元。警方提醒：刷单就是诈骗。"


class Receiver:
    """127.0.0.1 HTTP receiver answering 500 for the first `failures` POSTs, then 204."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.bodies: list[dict] = []
        self.calls = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers["Content-Length"]))
                outer.calls += 1
                if outer.calls <= outer.failures:
                    self.send_response(500)
                else:
                    outer.bodies.append(json.loads(body))
                    self.send_response(204)
                self.end_headers()

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    r = Receiver(failures=2)
    yield r
    r.close()


def hook(url: str, name: str = "ops") -> dict:
    return {"name": name, "url": url, "profile": "anti-fraud", "min_score": 8.0}


def test_one_alert_per_cluster_with_retries(db, receiver, pg_url):
    h = [hook(receiver.url)]
    add_article(db, "https://a.test/1", "刷单返利诈骗案告破", TEXT, cluster_id=3, hooks=h)
    add_article(db, "https://b.test/1", "刷单返利诈骗案告破（转）", TEXT, cluster_id=3, hooks=h)  # a copy
    add_article(db, "https://c.test/1", "另一起刷单诈骗", TEXT + "又一起。", cluster_id=4, hooks=h)
    add_article(db, "https://d.test/1", "马拉松开跑", "本市举行马拉松比赛。", cluster_id=5, hooks=h)  # not relevant
    db.commit()
    assert [a["story_key"] for a in list_alerts(db)] == ["c:4", "c:3"]

    with open_db(pg_url, autocommit=True) as conn:
        # the receiver fails twice, then succeeds; backoff 0 makes the retries due at once
        assert deliver_pending(conn, backoff=0) == {"delivered": 0, "retry": 2, "failed": 0, "skipped": 0}
        assert deliver_pending(conn, backoff=0) == {"delivered": 2, "retry": 0, "failed": 0, "skipped": 0}
        assert deliver_pending(conn, backoff=0) == {"delivered": 0, "retry": 0, "failed": 0, "skipped": 0}
        rows = {a["story_key"]: a for a in list_alerts(conn)}
    assert {k: (v["status"], v["attempts"], v["last_status"]) for k, v in rows.items()} == {
        "c:3": ("delivered", 2, 204), "c:4": ("delivered", 2, 204)}
    assert receiver.calls == 4
    assert sorted(b["cluster_id"] for b in receiver.bodies) == [3, 4]
    body = next(b for b in receiver.bodies if b["cluster_id"] == 3)
    assert body["event"] == "relevant_story" and body["types"] == ["刷单返利"] and body["webhook"] == "ops"


def test_backoff_schedule_and_failure_after_max_attempts(db, pg_url):
    assert [backoff_delay(n, 30) for n in (1, 2, 3, 4)] == [30, 60, 120, 240]
    add_article(db, "https://a.test/1", "刷单返利诈骗案告破", TEXT, cluster_id=3,
                hooks=[hook("http://127.0.0.1:9/closed")])  # nothing listens on port 9
    db.commit()
    with open_db(pg_url, autocommit=True) as conn:
        assert deliver_pending(conn, backoff=0, timeout=2, max_attempts=2)["retry"] == 1
        assert deliver_pending(conn, backoff=0, timeout=2, max_attempts=2)["failed"] == 1
        (row,) = list_alerts(conn)
        assert (row["status"], row["attempts"]) == ("failed", 2) and "Error" in row["last_error"]
        assert requeue_failed(conn) == 1
        assert list_alerts(conn)[0]["status"] == "pending"


def test_pending_alert_survives_restart(pg_url, receiver):
    receiver.failures = 0
    conn = open_db(pg_url)
    add_article(conn, "https://a.test/1", "刷单返利诈骗案告破", TEXT, cluster_id=9, hooks=[hook(receiver.url)])
    conn.commit()
    conn.close()  # the crawler process ends before anything is delivered
    with psycopg.connect(pg_url) as raw:  # a new process: nothing in memory, everything in the table
        assert raw.execute("SELECT status FROM alerts").fetchall() == [("pending",)]
    with open_db(pg_url, autocommit=True) as conn2:
        assert deliver_pending(conn2)["delivered"] == 1
        assert deliver_pending(conn2)["delivered"] == 0  # never sent twice
    assert len(receiver.bodies) == 1 and receiver.bodies[0]["cluster_id"] == 9


def test_late_cluster_assignment_is_not_alerted_twice(db, receiver, pg_url):
    receiver.failures = 0
    h = [hook(receiver.url)]
    a = add_article(db, "https://a.test/1", "刷单返利诈骗案告破", TEXT, hooks=h)  # no cluster yet → key a:<id>
    db.execute("UPDATE articles SET cluster_id = 11 WHERE id = %s", (a,))
    add_article(db, "https://b.test/1", "刷单返利诈骗案告破（转）", TEXT, cluster_id=11, hooks=h)
    db.commit()
    with open_db(pg_url, autocommit=True) as conn:
        counts = deliver_pending(conn)
    assert counts["delivered"] + counts["skipped"] <= 2 and len(receiver.bodies) == 1
