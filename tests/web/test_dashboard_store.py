"""pipelines.store.dashboard against a fresh PostgreSQL database: exact counts and rows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pipelines.store import dashboard as dash
from pipelines.store import runs as run_store
from tests.monitor.helpers import add_article

NOW = datetime.now(UTC).replace(microsecond=0)
FRAUD = "黑龙江大庆警方破获一起电信网络诈骗案件，受害人被冒充公检法的诈骗分子骗走12万元。"
SHUADAN = "江苏南京警方破获一起刷单返利诈骗案，受害人刷单被骗4.6万元，警方提醒所有刷单都是诈骗。"
OTHER = "本市举行马拉松比赛，电信运营商保障通信畅通。"


def seed(db) -> dict[str, int]:
    db.execute("INSERT INTO clusters (id, member_count, site_count, original_outlet, title, first_seen_at)"
               " VALUES (7, 2, 2, '大庆日报', '大庆警方破获电信网络诈骗案', now())")
    ids = {
        "a": add_article(db, "https://a.test/1", "大庆警方破获电信网络诈骗案", FRAUD, cluster_id=7,
                         published=NOW - timedelta(days=2), outlet="大庆日报"),
        "b": add_article(db, "https://b.test/1", "大庆破获电信网络诈骗案（转载）", FRAUD, cluster_id=7,
                         published=NOW - timedelta(hours=1), outlet="新闻网"),
        "c": add_article(db, "https://c.test/1", "南京破获刷单返利诈骗案", SHUADAN, published=NOW - timedelta(days=10)),
        "d": add_article(db, "https://d.test/1", "马拉松开跑", OTHER, published=NOW - timedelta(hours=2)),
        "e": add_article(db, "https://e.test/1", "旧闻：刷单返利诈骗", SHUADAN + "旧", source="old",
                         published=NOW - timedelta(days=40)),
    }
    db.commit()
    return ids


def test_story_counts_count_stories_not_copies(db) -> None:
    seed(db)
    windows = {"2d": NOW - timedelta(days=2, minutes=1), "7d": NOW - timedelta(days=7),
               "30d": NOW - timedelta(days=30), "all": NOW - timedelta(days=400)}
    # cluster 7 (two copies, dated by its earliest), lone c; d is not relevant; e is 40 days old
    assert dash.story_counts(db, windows, NOW + timedelta(seconds=1)) == {"2d": 1, "7d": 1, "30d": 2, "all": 3}
    assert dash.story_counts(db, {}, NOW) == {}


def test_daily_by_type_gives_each_story_its_main_type(db) -> None:
    seed(db)
    rows = dash.daily_by_type(db, NOW - timedelta(days=30), NOW + timedelta(days=1), "UTC")
    assert rows == [
        {"day": (NOW - timedelta(days=10)).date(), "type": "刷单返利", "stories": 1},
        {"day": (NOW - timedelta(days=2)).date(), "type": "冒充公检法", "stories": 1},
    ]
    shanghai = dash.daily_by_type(db, NOW - timedelta(days=3), NOW + timedelta(days=1), "Asia/Shanghai")
    assert shanghai == [{"day": (NOW - timedelta(days=2) + timedelta(hours=8)).date(), "type": "冒充公检法",
                         "stories": 1}]
    assert dash.type_labels(db) == {"冒充公检法": "impersonation-authority", "刷单返利": "task-scam"}


def test_list_stories_filters_and_groups(db) -> None:
    ids = seed(db)
    rows = dash.list_stories(db, limit=10)
    assert [(r["story"], r["copies"], r["size"], r["total"]) for r in rows] == [
        (-ids["d"], 1, 1, 4), (7, 2, 2, 4), (-ids["c"], 1, 1, 4), (-ids["e"], 1, 1, 4)]
    story = rows[1]
    assert (story["id"], story["title"], story["first_outlet"], story["site_count"]) == (
        ids["a"], "大庆警方破获电信网络诈骗案", "大庆日报", 2)
    assert story["at"] == NOW - timedelta(days=2)
    relevant = dash.list_stories(db, relevant=True, since=NOW - timedelta(days=30))
    assert [r["story"] for r in relevant] == [7, -ids["c"]]
    assert [r["story"] for r in dash.list_stories(db, region="黑龙江")] == [7]
    assert [r["story"] for r in dash.list_stories(db, region="南京")] == [-ids["c"], -ids["e"]]
    assert [r["story"] for r in dash.list_stories(db, fraud_type="刷单返利", source="test")] == [-ids["c"]]
    # one member passing the filter lists the story; copies counts the matching members
    recent = dash.list_stories(db, since=NOW - timedelta(days=1), relevant=True)
    assert [(r["story"], r["copies"], r["size"], r["id"]) for r in recent] == [(7, 1, 2, ids["b"])]
    assert [r["story"] for r in dash.list_stories(db, limit=2, offset=2)] == [-ids["c"], -ids["e"]]


def test_story_members_figures_and_summaries(db) -> None:
    ids = seed(db)
    members = dash.story_members(db, [ids["a"], ids["b"]])
    assert set(members) == {ids["a"], ids["b"]} and members[ids["a"]]["relevant"] is True
    figures = dash.story_figures(db, [ids["a"], ids["b"]])
    assert [(int(f["value"]), f["unit"], f["copies"]) for f in figures] == [(120000, "元", 2)]
    info = dash.story_summaries(db, [ids["b"], ids["c"]])
    assert (info[ids["b"]]["story"], info[ids["b"]]["size"], info[ids["b"]]["first_outlet"]) == (7, 2, "大庆日报")
    assert (info[ids["c"]]["story"], info[ids["c"]]["size"], info[ids["c"]]["first_outlet"]) == (
        -ids["c"], 1, "c.test")
    assert dash.story_summaries(db, []) == {}
    assert dash.raw_page(db, ids["a"])["raw_html"] is None


def test_runs_filters_and_last_runs(db) -> None:
    db.execute("INSERT INTO sources (name) VALUES ('s1'), ('s2')")
    first = run_store.start_run(db, "s1", "schedule")
    run_store.finish_run(db, first, "ok", {"pages_fetched": 5, "articles_new": 2})
    second = run_store.start_run(db, "s1", "api")
    run_store.finish_run(db, second, "failed", {"pages_fetched": 1, "errors": 1}, {"http_500": 1}, error="boom")
    third = run_store.start_run(db, "s2", "manual")
    assert [r["id"] for r in dash.list_runs(db)] == [third, second, first]
    assert [r["id"] for r in dash.list_runs(db, source="s1", status="failed")] == [second]
    assert [r["id"] for r in dash.list_runs(db, trigger="schedule")] == [first]
    assert [r["id"] for r in dash.list_runs(db, before=third, limit=1)] == [second]
    assert dash.list_runs(db, since=datetime.now(UTC) + timedelta(days=1)) == []
    last = dash.last_runs(db)
    assert (last["s1"]["id"], last["s1"]["status"], last["s1"]["pages_fetched"]) == (second, "failed", 1)
    assert (last["s2"]["id"], last["s2"]["status"]) == (third, "running")
    assert dash.source_names(db) == ["s1", "s2"]
