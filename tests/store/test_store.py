"""The store against a real PostgreSQL: migrations, upserts, hostile text, run bookkeeping."""

from __future__ import annotations

import time
from datetime import UTC, datetime

import psycopg
import pytest

from pipelines.normalise import normalise_article
from pipelines.store import articles, migrate, open_db
from pipelines.store import runs as run_store


class FakeExtracted:
    """Stands in for extraction output: only the fields normalise_article reads."""

    def __init__(self, **fields):
        self.fields = fields
        self.published_at = fields.get("published_at")

    def to_dict(self):
        return dict(self.fields)


def row_for(url: str, title: str, text: str) -> dict:
    row = normalise_article(url, FakeExtracted(title=title, text=text, text_simplified=text, lang="zh"))
    row.update(source="t", fetched_at=datetime.now(UTC), raw_html=articles.compress_html(b"<html></html>"))
    return row


def test_migrations_apply_once_and_in_order(pg_url):
    with open_db(pg_url) as conn:
        done = migrate.applied(conn)
        assert sorted(done) == [m.version for m in migrate.available()]
        assert migrate.pending(conn) == []
        assert migrate.upgrade(conn) == []  # idempotent


def test_upsert_new_unchanged_updated(db):
    url = "http://x.cn/content/2021-09/15/content_1.html"
    first = articles.upsert_article(db, row_for(url, "标题", "第一段。\n第二段。"))
    same = articles.upsert_article(db, row_for(url + "?utm_source=wx", "标题", "第一段。\n第二段。"))
    changed = articles.upsert_article(db, row_for(url, "标题", "第一段。\n第二段（更新）。"))
    db.commit()
    assert first[1] == "new" and same == (first[0], "unchanged") and changed == (first[0], "updated")
    assert db.execute("SELECT count(*) AS n, max(text) AS t FROM articles").fetchone() == {
        "n": 1, "t": "第一段。\n第二段（更新）。"}


def test_hostile_text_is_stored_safely(db):
    evil = "标题\x00'); DROP TABLE articles; --"
    row = row_for("http://x.cn/a/123456.html", evil, "正文\x00内容" + "字" * 2_000_000)
    assert "\x00" not in row["title"] and len(row["text"]) == 1_000_000
    articles.upsert_article(db, row)
    db.commit()
    stored = db.execute("SELECT title FROM articles").fetchone()["title"]
    assert stored == "标题'); DROP TABLE articles; --"


def test_source_lock_excludes_a_second_session(pg_url):
    a = psycopg.connect(pg_url, autocommit=True, row_factory=psycopg.rows.dict_row)
    b = psycopg.connect(pg_url, autocommit=True, row_factory=psycopg.rows.dict_row)
    try:
        assert run_store.try_source_lock(a, "fzrb")
        assert not run_store.try_source_lock(b, "fzrb")
        assert run_store.try_source_lock(b, "mirror")
        assert run_store.source_lock_held(b, "fzrb")
        a.close()  # the server releases a dead session's lock (once it has noticed the session ended)
        deadline = time.monotonic() + 5
        while not run_store.try_source_lock(b, "fzrb"):
            assert time.monotonic() < deadline, "lock of a closed session was never released"
            time.sleep(0.05)
    finally:
        b.close()


def test_runs_left_running_by_a_dead_process_become_interrupted(db, pg_url):
    holder = psycopg.connect(pg_url, autocommit=True, row_factory=psycopg.rows.dict_row)
    assert run_store.try_source_lock(holder, "alive")
    alive = run_store.start_run(db, "alive", "manual")
    dead = run_store.start_run(db, "dead", "schedule")
    assert run_store.mark_interrupted(db) == [dead]
    assert run_store.get_run(db, alive)["status"] == "running"
    assert run_store.get_run(db, dead)["status"] == "interrupted"
    holder.close()


@pytest.mark.parametrize("status", ["bogus"])
def test_finish_run_rejects_unknown_status(db, status):
    run_id = run_store.start_run(db, "s", "manual")
    with pytest.raises(ValueError, match="unknown run status 'bogus'"):
        run_store.finish_run(db, run_id, status, {})


def test_migrations_are_committed_by_open_db(pg_url):
    conn = open_db(pg_url)  # not autocommit: the migrations must not wait for the caller's commit
    try:
        assert conn.info.transaction_status == psycopg.pq.TransactionStatus.IDLE
    finally:
        conn.close()  # closing without commit must keep the schema
    with psycopg.connect(pg_url) as other:
        assert other.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == len(migrate.available())


def test_a_productive_timeout_is_not_a_failure(db):
    from newsmon.config import Source
    from pipelines.store import sources as source_store

    source_store.sync_sources(db, [Source(name="big", start_urls=["https://big.example/"]),
                                   Source(name="dead", start_urls=["https://dead.example/"])])
    run_store.finish_run(db, run_store.start_run(db, "big", "schedule"), "timeout", {"pages_fetched": 500})
    run_store.finish_run(db, run_store.start_run(db, "dead", "schedule"), "timeout", {"pages_fetched": 0})
    health = {r["name"]: r["consecutive_failures"] for r in db.execute("SELECT * FROM sources")}
    assert health == {"big": 0, "dead": 1}
