"""End to end in headless Debian chromium: what an analyst does on the dashboard.

Every test also checks that the page asked no outside host for anything and opened no dialog.
`NEWSMON_SCREENSHOTS=1` writes the screenshots to docs/screenshots/ (the README's images).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .conftest import HOSTILE_TITLE, LATE, Dashboard, publish, screenshot


def clean(pg: Any) -> None:
    assert pg.dialogs == [], f"a dialog opened: {pg.dialogs}"
    assert pg.outside == [], f"requests to outside hosts: {pg.outside}"


def test_overview(page: Any, dashboard: Dashboard, tmp_path: Path) -> None:
    page.goto(dashboard.url + "/")
    # seeded:断卡 + hostile story today, 冒充公检法 3 days ago, 刷单返利 10 days ago; the test web's own
    # stories are from 2021-2024
    assert page.inner_text("#count-today .big") == "2"
    assert page.inner_text("#count-7d .big") == "3"
    assert page.inner_text("#count-30d .big") == "4"
    assert page.locator("svg.chart rect.bar").count() >= 4
    legend = page.inner_text("ul.legend")
    assert "冒充公检法" in legend and "刷单返利" in legend
    regions = page.inner_text("#regions")
    assert "浙江省" in regions and "湖南省" in regions and "四川省" in regions
    assert "All 4 sources are healthy" in page.inner_text("#attention")
    screenshot(page, "overview", tmp_path)
    clean(page)


def test_search_traditional_finds_simplified_story(page: Any, dashboard: Dashboard, tmp_path: Path) -> None:
    page.goto(dashboard.url + "/ui/stories")
    page.fill('input[name="q"]', "斷卡")
    with page.expect_navigation():
        page.click('form[role="search"] button[type="submit"]')
    titles = page.locator("#results li.story a.title").all_inner_texts()
    assert "温州“断卡”行动打掉涉“两卡”违法犯罪团伙42个" in titles
    assert "浙江杭州开展断卡行动集中收网 打掉涉诈团伙12个" in titles
    marks = page.locator("#results mark").all_inner_texts()
    # highlights are in each snippet's own script: 断卡 in simplified copies, 斷卡 in the GBK mirror's
    assert "断卡" in marks and set(marks) <= {"断卡", "斷卡"}
    screenshot(page, "stories", tmp_path)
    clean(page)


def test_story_page_shows_every_copy(page: Any, dashboard: Dashboard, tmp_path: Path) -> None:
    page.goto(dashboard.url + "/ui/stories?q=" + "立案數連續")  # traditional query, simplified original
    item = page.locator("#results li.story").first
    assert "2 copies on 2 sites" in item.inner_text()
    with page.expect_navigation():
        item.locator("a.title").click()
    assert page.inner_text("#story-title") == "全国电信网络诈骗案件立案数连续3个月同比下降"
    rows = page.locator("#copies tr.copy")
    assert rows.count() == 2
    fzrb, mirror = (dashboard.web.base(s).removeprefix("http://") for s in ("fzrb", "mirror"))
    texts = rows.all_inner_texts()  # by publication: the original, then the traditional GBK mirror
    assert fzrb in texts[0] and "法治日报" in texts[0] and "spam title" not in texts[0]
    assert mirror in texts[1] and "法治日報" in texts[1]
    assert "spam title" in texts[1] and "pinyin stripped" in texts[1] and "mojibake score" in texts[1]
    similarity = sorted(rows.locator("td.similarity").all_inner_texts())  # one is the reference
    assert similarity[1] == "first stored" and similarity[0].endswith("%") and int(similarity[0][:-1]) >= 80
    assert "(earliest published copy: " + fzrb in page.inner_text("#text")
    assert "广东省" in page.inner_text("#regions") or "黑龙江省" in page.inner_text("#regions")
    assert "2770亿元" in page.inner_text("#figures")
    with page.expect_navigation():
        rows.nth(1).locator("text=view").click()
    frame_el = page.locator("#raw iframe")
    assert frame_el.get_attribute("sandbox") == ""
    frame = page.frame_locator("#raw iframe")
    assert "珠海生活網" in frame.locator("body").inner_text()  # the GBK mirror, decoded
    screenshot(page, "story", tmp_path)
    clean(page)


def test_crawl_now_shows_the_run_until_it_ends(page: Any, dashboard: Dashboard, tmp_path: Path) -> None:
    publish(dashboard.web, LATE, datetime.now(UTC), 90)  # 400 days old: the overview counts stay exact
    page.goto(dashboard.url + "/ui/sources")
    row = page.locator("#source-fzrb")
    row.locator("button", has_text="Crawl now").click()
    progress = row.locator(".progress")
    progress.locator("[class~=status]").wait_for()
    page.wait_for_function(
        "() => ['ok', 'failed', 'timeout'].includes(document.querySelector('#source-fzrb .progress').dataset.status)",
        timeout=45_000)
    text = progress.inner_text()
    assert "ok" in text and "new 1" in text, text
    run_id = int(progress.get_attribute("data-run-id"))
    run = dashboard.sql("SELECT status, trigger, articles_new FROM crawl_runs WHERE id = %s", run_id)[0]
    assert run == {"status": "ok", "trigger": "api", "articles_new": 1}
    screenshot(page, "sources", tmp_path)
    with page.expect_navigation():
        progress.locator("a").click()
    assert page.inner_text("#run-status") == "ok"
    assert page.inner_text('[data-counter="articles_new"]') == "1"
    screenshot(page, "run", tmp_path)
    page.goto(dashboard.url + "/ui/runs")
    screenshot(page, "runs", tmp_path)
    page.select_option('select[name="trigger"]', "api")
    with page.expect_navigation():
        page.click("form.filters button[type=submit]")
    assert page.locator("#runs tbody tr").all_inner_texts()[0].split("\t")[:4] == [f"#{run_id}", "fzrb", "ok", "api"]
    clean(page)


def test_hostile_stored_page_renders_inert(page: Any, dashboard: Dashboard, tmp_path: Path) -> None:
    article_id = dashboard.article_id(dashboard.paths["hostile"])
    cluster_id = dashboard.sql("SELECT cluster_id FROM articles WHERE id = %s", article_id)[0]["cluster_id"]
    page.goto(f"{dashboard.url}/ui/stories/{cluster_id}?raw={article_id}#raw")
    assert page.inner_text("#story-title") == HOSTILE_TITLE  # shown as text, not run
    assert page.locator("h1 script").count() == 0
    frame = page.frame_locator("#raw iframe")
    assert "冒充客服退款诈骗又现新变种" in frame.locator("body").inner_text()
    assert frame.locator("script, [onerror], a[href]").count() == 0
    page.goto(dashboard.url + "/ui/stories?q=冒充客服退款")
    assert HOSTILE_TITLE in page.locator("#results").inner_text()
    page.wait_for_timeout(300)  # a dialog, if any, would have opened by now
    clean(page)
