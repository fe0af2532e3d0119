"""Search, stored tags, cluster tags and stats against the real PostgreSQL (fresh database per test)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pipelines.store.monitor import article_tags, cluster_tags, stats
from pipelines.store.search import search_articles, snippet

from .helpers import add_article

FRAUD_S = "黑龙江大庆警方破获一起电信网络诈骗案件，受害人被冒充公检法的诈骗分子骗走12万元。"
FRAUD_T = "香港警方破獲一宗電信網路詐騙案，騙徒冒充客服，以快遞遺失理賠為由騙取市民款項。"
OTHER = "本市举行马拉松比赛，电信运营商保障通信畅通。"


def seed(db):
    a = add_article(db, "https://a.test/1", "大庆警方破获电信网络诈骗案", FRAUD_S, cluster_id=7,
                    published=datetime(2026, 3, 1, tzinfo=UTC), outlet="大庆日报")
    b = add_article(db, "https://b.test/1", "大庆破获电信网络诈骗案（转载）", FRAUD_S[:40], cluster_id=7,
                    published=datetime(2026, 3, 2, tzinfo=UTC), outlet="新闻网")
    c = add_article(db, "https://c.test/1", "香港破獲電信網路詐騙案", FRAUD_T, published=datetime(2026, 3, 5, tzinfo=UTC))
    d = add_article(db, "https://d.test/1", "马拉松开跑", OTHER, published=datetime(2026, 3, 5, tzinfo=UTC))
    return a, b, c, d


def test_tags_stored_per_article(db):
    a, _, c, d = seed(db)
    tags = article_tags(db, a)
    assert tags["relevant"] is True and tags["relevance"] > 8
    assert "电信网络诈骗" in tags["matched_terms"]
    assert tags["types"] == ["冒充公检法"]
    assert [(r["name"], r["province"]) for r in tags["regions"]] == [("大庆市", "黑龙江省")]
    assert [(int(f["value"]), f["unit"]) for f in tags["figures"]] == [(120000, "元")]
    assert article_tags(db, d)["relevant"] is False
    assert article_tags(db, c)["types"] == ["冒充电商物流客服"]


def test_simplified_query_finds_traditional_article_and_back(db):
    _, _, c, _ = seed(db)
    hits = search_articles(db, "电信网络诈骗")  # simplified query
    assert [h["id"] for h in hits if h["id"] == c] == [c]
    hits_t = search_articles(db, "電信網路詐騙")  # traditional query (Taiwan phrasing 網路)
    assert {h["id"] for h in hits_t} == {h["id"] for h in hits}
    assert search_articles(db, "快递遗失理赔")[0]["id"] == c  # simplified query, traditional page
    assert search_articles(db, "冒充公檢法")[0]["url"] == "https://a.test/1"  # traditional query, simplified page


def test_phrase_is_exact_substring(db):
    seed(db)
    assert search_articles(db, "电信运营商")[0]["url"] == "https://d.test/1"
    assert search_articles(db, "电信诈骗") == []  # the characters occur, the phrase does not
    assert search_articles(db, "诈骗电信") == []


def test_grouped_by_cluster_with_copies_and_snippet(db):
    a, b, c, _ = seed(db)
    hits = search_articles(db, "大庆")
    assert len(hits) == 1 and hits[0]["cluster_id"] == 7 and hits[0]["copies"] == 2
    assert "【大庆】" in hits[0]["snippet"]
    assert {h["id"] for h in search_articles(db, "大庆", group=False)} == {a, b}


def test_filters(db):
    a, _, c, d = seed(db)
    assert [h["id"] for h in search_articles(db, "电信", region="香港")] == [c]
    assert [h["id"] for h in search_articles(db, "电信", region="黑龙江")][0] in (a,)
    assert [h["id"] for h in search_articles(db, "电信", fraud_type="delivery")] == [c]
    assert d not in [h["id"] for h in search_articles(db, "电信", relevant=True)]
    assert [h["id"] for h in search_articles(db, "电信", since=datetime(2026, 3, 4, tzinfo=UTC), group=False)] \
        in ([c, d], [d, c])
    assert search_articles(db, "电信", source="nope") == []
    assert search_articles(db, "，。") == []


def test_cluster_tags_union(db):
    seed(db)
    tags = cluster_tags(db, 7)
    assert tags["members"] == 2 and tags["relevant"] is True
    assert tags["types"] == ["冒充公检法"]
    assert [r["name"] for r in tags["regions"]] == ["大庆市"]


def test_stats(db):
    seed(db)
    by_day = stats(db, by="day")
    assert [(r["key"], r["stories"], r["articles"]) for r in by_day] == [("2026-03-01", 1, 2), ("2026-03-05", 1, 1)]
    by_region = {r["key"]: r["stories"] for r in stats(db, by="region")}
    assert by_region == {"黑龙江省": 1, "香港特别行政区": 1}
    by_type = {r["key"]: r["stories"] for r in stats(db, by="type")}
    assert by_type == {"冒充公检法": 1, "冒充电商物流客服": 1}
    by_outlet = {r["key"]: r["stories"] for r in stats(db, by="outlet")}
    assert by_outlet == {"大庆日报": 1, "新闻网": 1, "c.test": 1}
    assert stats(db, by="day", since=datetime(2026, 3, 4, tzinfo=UTC))[0]["key"] == "2026-03-05"


def test_snippet_marks():
    assert snippet("警方提醒：刷单就是诈骗", "刷单", marks=("<b>", "</b>")) == "警方提醒：<b>刷单</b>就是诈骗"
    # a traditional article is shown in its own script, matched through its simplified copy
    assert snippet("警方提醒：刷单就是诈骗", "刷單", original="警方提醒：刷單就是詐騙") == "警方提醒：【刷單】就是詐騙"
    assert snippet("Scams rise", "scam") == "【Scam】s rise"


def test_an_older_exact_phrase_is_not_lost_behind_newer_partial_matches(db):
    """中国银行: hundreds of newer articles hold 中国 and 银行 apart; the older exact match still counts."""
    from pipelines.store import search as search_store

    old = datetime(2020, 1, 1, tzinfo=UTC)
    exact = add_article(db, "https://x.test/exact", "旧闻", "市民在中国银行柜台被拦下，避免了一起诈骗。",
                        published=old)
    base = datetime(2024, 1, 1, tzinfo=UTC)
    with db.transaction():
        for n in range(search_store.CANDIDATES + 20):
            add_article(db, f"https://x.test/p{n}", f"新闻{n}", f"中国警方提醒：银行卡不要出借，第{n}号通报。",
                        published=base + timedelta(minutes=n))
    db.commit()
    assert [r["id"] for r in search_articles(db, "中国银行", group=False, limit=5)] == [exact]


def test_private_use_mark_characters_in_text_never_become_marks():
    text = "某人在\ue001中国\ue000银行 被骗了"
    assert snippet(text, "骗", marks=("\ue000", "\ue001")) == "某人在中国银行 被\ue000骗\ue001了"


def test_multiplication_sign_splits_tokens_as_postgres_does():
    from pipelines.monitor.tokenize import needles

    assert needles("3×4") == ["3", "4"]
