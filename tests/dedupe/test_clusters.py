"""Cluster assignment against real PostgreSQL: copies join, same-topic stories do not, races, updates."""

from __future__ import annotations

import random
import threading
from datetime import UTC, datetime

from benchmarks.dedupe_corpus import COPY_KINDS, make_story, mirror
from pipelines.store import clusters, open_db
from tests.dedupe.helpers import store


def _story(seed: int, topic: str = "断卡", prov: str | None = None) -> list[str]:
    return make_story(random.Random(seed), topic, prov)[1]


def test_every_copy_kind_joins_the_story(db):
    rng = random.Random(2)
    paras = _story(1)
    _, first = store(db, "http://origin.example/a/1.html", "\n".join(paras), outlet="法治日报")
    assert first.kind == "new"
    kinds = {}
    for i, kind in enumerate(COPY_KINDS):
        outcome, placed = store(db, f"http://mirror{i}.example/p/{i}.html", "\n".join(mirror(rng, kind, paras)))
        assert outcome == "new"
        kinds[kind] = (placed.cluster_id, placed.kind)
    assert {k: v[0] for k, v in kinds.items()} == {k: first.cluster_id for k in COPY_KINDS}
    # re-punctuated and s2t+pinyin copies have the same normalised body: the exact-hash step catches them
    assert {k: v[1] for k, v in kinds.items()} == {
        "exact": "exact", "trad": "near", "pinyin": "exact", "truncate": "near", "ads": "near",
        "reorder": "near", "edited": "near", "farm": "near"}
    row = db.execute("SELECT member_count, site_count FROM clusters WHERE id = %s", (first.cluster_id,)).fetchone()
    assert row == {"member_count": 9, "site_count": 9}
    assert db.execute("SELECT count(*) AS n FROM articles WHERE cluster_id IS NULL").fetchone()["n"] == 0


def test_same_topic_stories_from_other_provinces_stay_apart(db):
    ids = set()
    for seed, prov in enumerate(["江苏", "四川", "河南", "云南", "山东", "湖北"]):
        for topic in ("断卡", "刷单"):
            _, placed = store(db, f"http://{prov}.example/{topic}/{seed}.html",
                              "\n".join(_story(100 + seed, topic, prov)))
            assert placed.kind == "new"
            ids.add(placed.cluster_id)
    assert len(ids) == 12
    assert db.execute("SELECT count(*) AS n FROM clusters").fetchone()["n"] == 12


def test_cluster_summary_names_the_original_outlet_and_first_publisher(db):
    paras = _story(7)
    text = "\n".join(paras)
    t = lambda day: datetime(2024, 3, day, 8, tzinfo=UTC)  # noqa: E731
    store(db, "http://farm.example/1.html", "\n".join(mirror(random.Random(1), "farm", paras)),
          outlet="不详", published_at=t(9))
    store(db, "http://portal.example/2.html", text, outlet="法治日报", published_at=t(6))
    _, placed = store(db, "http://origin.example/3.html", text + "\n（完）", outlet="法治日报", published_at=t(5))
    c = db.execute("SELECT * FROM clusters WHERE id = %s", (placed.cluster_id,)).fetchone()
    first_id = db.execute("SELECT id FROM articles WHERE url = 'http://farm.example/1.html'").fetchone()["id"]
    earliest = db.execute("SELECT id FROM articles WHERE url = 'http://origin.example/3.html'").fetchone()["id"]
    assert (c["member_count"], c["site_count"], c["sites"]) == (
        3, 3, ["farm.example", "origin.example", "portal.example"])
    assert (c["first_article_id"], c["earliest_article_id"], c["earliest_published_at"]) == (first_id, earliest, t(5))
    assert (c["original_outlet"], c["original_site"]) == ("法治日报", "origin.example")


def test_original_outlet_falls_back_to_the_earliest_site(db):
    _, placed = store(db, "http://first.example/1.html", "\n".join(_story(8)), outlet="佚名")
    c = db.execute("SELECT original_outlet FROM clusters WHERE id = %s", (placed.cluster_id,)).fetchone()
    assert c["original_outlet"] == "first.example"


def test_update_keeps_id_records_version_and_rechecks_cluster(db):
    a, b = "\n".join(_story(20, "贷款")), "\n".join(_story(21, "投资理财"))
    store(db, "http://x.example/a.html", a)
    _, other = store(db, "http://y.example/b.html", b)
    outcome, first = store(db, "http://z.example/c.html", a + "\n补充：记者从警方获悉，案件已移送起诉。")
    assert outcome == "new" and first.kind == "near"
    article_id = first.article_id
    # same URL, new text: now a copy of the other story
    outcome, moved = store(db, "http://z.example/c.html", b)
    assert outcome == "updated"
    assert (moved.article_id, moved.cluster_id, moved.kind, moved.previous_cluster_id) == (
        article_id, other.cluster_id, "exact", first.cluster_id)
    outcome, again = store(db, "http://z.example/c.html", b)
    assert (outcome, again) == ("unchanged", None)
    versions = clusters.versions(db, article_id)
    assert [(v["version"], v["cluster_id"]) for v in versions] == [(1, first.cluster_id)]
    assert versions[0]["text"].startswith(a[:30])
    assert db.execute("SELECT count(*) AS n FROM articles").fetchone()["n"] == 3
    sizes = {r["id"]: r["member_count"] for r in db.execute("SELECT id, member_count FROM clusters").fetchall()}
    assert sizes == {first.cluster_id: 1, other.cluster_id: 2}
    bands = db.execute("SELECT count(*) AS n FROM lsh_band WHERE article_id = %s", (article_id,)).fetchone()["n"]
    assert bands == 42  # old band keys removed, new ones stored


def test_updated_article_alone_in_its_cluster_keeps_it(db):
    _, first = store(db, "http://solo.example/a.html", "\n".join(_story(30)))
    _, again = store(db, "http://solo.example/a.html", "\n".join(_story(31, "冒充公检法")))
    assert (again.kind, again.cluster_id) == ("kept", first.cluster_id)
    assert len(clusters.versions(db, first.article_id)) == 1


def test_shared_warning_paragraph_is_learned_as_boilerplate(db):
    warning = ("反诈民警提醒：不轻信、不透露、不转账，下载安装国家反诈中心App，开启来电预警功能，守好自己的钱袋子。"
               "凡是自称公检法要求汇款的，凡是叫你汇款到安全账户的，都是诈骗。")
    for i in range(3):
        store(db, f"http://p{i}.example/x.html", "\n".join(_story(40 + i, "冒充客服")) + "\n" + warning)
    row = db.execute("SELECT max(clusters) AS n FROM boilerplate_paragraphs").fetchone()
    assert row["n"] == 3
    # a short story that is mostly the warning no longer looks like the others
    short = "9月3日，某市一名市民接到冒充客服电话，损失3千元，警方已立案侦查。\n" + warning
    _, placed = store(db, "http://q.example/y.html", short)
    assert placed.kind == "new"


def _race(pg_url: str, texts: list[str], barrier: threading.Barrier, results: list, idx: int) -> None:
    conn = open_db(pg_url)
    conn.commit()  # open_db can leave its migration transaction open (see migrate.upgrade)
    try:
        barrier.wait()
        for j, text in enumerate(texts):
            _, placed = store(conn, f"http://w{idx}.example/{j}.html", text)
            results.append((idx, j, placed.cluster_id))
    finally:
        conn.close()


def test_concurrent_writers_storing_copies_end_in_one_cluster(pg_url):
    conn = open_db(pg_url)  # migrate once before the race
    conn.commit()
    conn.close()
    stories = [_story(60 + s, topic) for s, topic in enumerate(["断卡", "刷单", "冒充客服"])]
    writers = 6
    rng = random.Random(9)
    per_writer = [["\n".join(mirror(rng, rng.choice(COPY_KINDS[:6]), paras)) for paras in stories]
                  for _ in range(writers)]
    barrier = threading.Barrier(writers, timeout=30)
    results: list = []
    threads = [threading.Thread(target=_race, args=(pg_url, per_writer[i], barrier, results, i))
               for i in range(writers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert len(results) == writers * len(stories)
    by_story = {j: {c for _, jj, c in results if jj == j} for j in range(len(stories))}
    assert all(len(ids) == 1 for ids in by_story.values()), by_story
    assert len({next(iter(ids)) for ids in by_story.values()}) == 3
    conn = open_db(pg_url)
    try:
        sizes = sorted(r["member_count"] for r in conn.execute("SELECT member_count FROM clusters").fetchall())
    finally:
        conn.close()
    assert sizes == [writers] * 3
