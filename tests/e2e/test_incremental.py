"""Incremental re-crawls: a site that publishes three articles gets exactly those three stored."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
from psycopg.rows import dict_row

from tests.conftest import run_cli
from tests.newsweb import SITES_DIR, NewsWeb, load_expected

TEMPLATE = (SITES_DIR / "fzrb" / "content" / "2022-06" / "07" / "content_8735102.html").read_text("utf-8")
STORIES = [
    ("湖南长沙警方破获一起冒充公检法诈骗案 追回被骗资金86万元",
     ["近日，湖南省长沙市公安局岳麓分局成功破获一起冒充公检法诈骗案，抓获犯罪嫌疑人5名，为受害人追回被骗资金86万元。",
      "今年10月，市民李女士接到自称“公安民警”的电话，称其身份信息涉嫌洗钱，要求她将存款转入所谓“安全账户”配合调查。",
      "民警提醒，公检法机关不会通过电话办案，更不存在所谓“安全账户”，接到此类电话请立即挂断并拨打110报警。"]),
    ("浙江杭州开展断卡行动集中收网 打掉涉诈团伙12个",
     ["11月20日，浙江省杭州市公安局组织开展断卡行动集中收网，打掉非法买卖银行卡、电话卡团伙12个，抓获犯罪嫌疑人63名。",
      "经查，该团伙在网上招募学生和务工人员开办银行卡、电话卡，以每套数百元的价格出售给境外诈骗集团使用。",
      "警方提醒，出租出借、出售银行卡和电话卡属于违法行为，情节严重的将被追究刑事责任。"]),
    ("四川成都警方提醒：警惕刷单返利新套路",
     ["近期，四川省成都市接连发生多起刷单返利诈骗案件，骗子以“点赞关注就能赚钱”为诱饵，引导受害人下载虚假App。",
      "受害人起初获得小额返利后，被要求完成“联单任务”，投入资金越来越多，最终无法提现，累计损失超过40万元。",
      "警方表示，所有刷单都是诈骗，请广大群众提高警惕，下载国家反诈中心App开启预警功能。"]),
]


def article_html(path: str, title: str, paragraphs: list[str], when: datetime) -> str:
    page = TEMPLATE.replace("/content/2022-06/07/content_8735102.html", path)
    page = re.sub(r"<title>.*?</title>", f"<title>{title}_法治网</title>", page, count=1, flags=re.S)
    page = re.sub(r'(<meta property="og:title" content=")[^"]*', lambda m: m.group(1) + title, page)
    page = re.sub(r'<h1 class="title">.*?</h1>', f'<h1 class="title">{title}</h1>', page, flags=re.S)
    page = page.replace("2022-06-07T18:40:00+08:00", when.isoformat(timespec="seconds"))
    page = page.replace("2022-06-07", when.strftime("%Y-%m-%d")).replace("18:40", when.strftime("%H:%M"))
    body = "\n".join(f'        <p style="text-indent:2em;">{p}</p>' for p in paragraphs)
    return re.sub(r'(        <p style="text-indent:2em;">法治日报记者 徐鹏</p>\n)(?:        <p style="text-indent:2em;">.*?</p>\n)+',
                  lambda m: m.group(1) + body + "\n", page, count=1)


def test_three_new_articles_are_exactly_what_the_next_run_stores(pg_url, tmp_path: Path):
    env = {"NEWSMON_DATABASE_URL": pg_url}
    with NewsWeb() as web:
        cfg = tmp_path / "s.toml"
        cfg.write_text(f'[[sources]]\nname = "fzrb"\nstart_urls = ["{web.base("fzrb")}/"]\ndownload_delay = 0\n',
                       encoding="utf-8")
        first = run_cli("crawl", "fzrb", "--config", str(cfg), env=env)
        assert first.returncode == 0, first.stderr
        now = datetime.now(UTC).astimezone()
        added = []
        for i, (title, paragraphs) in enumerate(STORIES):
            path = f"/content/{now:%Y-%m}/{now:%d}/content_99000{i}.html"
            when = now - timedelta(hours=3 - i)
            web.add_article("fzrb", path, article_html(path, title, paragraphs, when), title=title,
                            published=when.isoformat(timespec="seconds"))
            added.append((path, title, "\n".join(paragraphs)))
        web.clear_log()
        second = run_cli("crawl", "fzrb", "--config", str(cfg), env=env)
        assert second.returncode == 0, second.stderr
        log = web.records("fzrb")
        web.clear_log()
        third = run_cli("crawl", "fzrb", "--config", str(cfg), env=env)
        third_log = web.records("fzrb")
        web.clear_log()
        refresh = run_cli("crawl", "fzrb", "--refresh-all", "--config", str(cfg), env=env)
        refresh_log = web.records("fzrb")
    with psycopg.connect(pg_url, row_factory=dict_row) as conn:
        runs = conn.execute("SELECT articles_new, articles_updated, articles_unchanged FROM crawl_runs ORDER BY id").fetchall()
        new_rows = conn.execute("SELECT canonical_url, title, text, run_id FROM articles WHERE run_id = "
                                "(SELECT id FROM crawl_runs ORDER BY id OFFSET 1 LIMIT 1) ORDER BY canonical_url").fetchall()
    assert [(r["articles_new"], r["articles_updated"]) for r in runs] == [(7, 0), (3, 0), (0, 0), (0, 0)]
    assert [(r["canonical_url"][len(web.base("fzrb")):], r["title"], r["text"]) for r in new_rows] == sorted(added)
    fetched_articles = sorted(r["path"] for r in log if r["path"].startswith("/content/") and r["status"] == 200)
    assert fetched_articles == sorted(p for p, _, _ in added)  # old articles were not fetched again
    # third run: the fresh articles are younger than refresh_age, so they are re-checked conditionally
    rechecks = [r for r in third_log if r["path"] in {p for p, _, _ in added}]
    assert len(rechecks) == 3 and all(r["status"] == 304 and r["if_none_match"] for r in rechecks)
    assert third.returncode == 0
    # --refresh-all: old articles are re-checked too (conditionally: nothing changed, nothing stored)
    assert refresh.returncode == 0
    old_paths = {a["path"] for a in load_expected()["fzrb"]["articles"]}
    assert {r["path"] for r in refresh_log if r["path"] in old_paths and r["status"] == 304} == old_paths
