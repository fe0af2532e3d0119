"""StorePipeline keeps pages when the database drops the connection or rejects one row."""

from __future__ import annotations

from datetime import UTC, datetime

import psycopg

from crawler.items import PageItem
from pipelines.normalise import normalise_article
from pipelines.store.pipeline import StorePipeline
from tests.store.test_store import FakeExtracted


def article_item(n: int, text: str | None = None) -> PageItem:
    url = f"http://x.cn/content/2024-05/01/content_{n}.html"
    item = PageItem(url=url, final_url=url, source="t", status=200, headers={"etag": f'"{n}"'},
                    body=b"<html>...</html>", kind="html", depth=1, via="link", fetched_at=datetime.now(UTC))
    body = text or f"第{n}篇文章的正文，讲述断卡行动的最新进展。"
    item.is_article = True
    item.article = normalise_article(url, FakeExtracted(title=f"标题{n}", text=body, text_simplified=body, lang="zh"))
    return item


def count(url: str, table: str) -> int:
    with psycopg.connect(url) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # table names are constants here


def test_a_dropped_connection_is_reopened_and_nothing_is_lost(db, pg_url):
    pipe = StorePipeline()
    pipe.url = pg_url
    pipe.open_spider()
    for n in range(3):
        pipe.process_item(article_item(n))
    with psycopg.connect(pg_url, autocommit=True) as admin:  # the server kills our session
        admin.execute("SELECT pg_terminate_backend(%s)", (pipe.conn.info.backend_pid,))
    pipe.close_spider()
    assert count(pg_url, "articles") == 3 and count(pg_url, "pages") == 3


def test_one_bad_row_does_not_lose_the_batch(db, pg_url):
    pipe = StorePipeline()
    pipe.url = pg_url
    pipe.open_spider()
    good = [article_item(n) for n in range(3)]
    bad = article_item(9)
    bad.article["published_at"] = "not a date"  # the database rejects this row only
    for item in (good[0], bad, good[1], good[2]):
        pipe.process_item(item)
    pipe.close_spider()
    assert count(pg_url, "articles") == 3
    assert [i.outcome for i in good] == ["new", "new", "new"] and bad.outcome is None


def test_pages_are_held_while_the_database_is_away(db, pg_url):
    pipe = StorePipeline()
    pipe.url = "postgresql://postgres@127.0.0.1:1/none"  # unreachable from the start of the flush
    pipe.conn = psycopg.connect(pg_url)
    pipe.conn.close()
    for n in range(3):
        pipe.batch.append(article_item(n))
    pipe.flush()
    assert len(pipe.batch) == 3  # kept for the next flush, not dropped
    pipe.url = pg_url
    pipe._reconnect()
    pipe.flush()
    assert pipe.batch == [] and count(pg_url, "articles") == 3
